"""Rewording a family as one undo step of the library (not of one posting).

The reword is done before the command is pushed (so a failure never leaves a command
on the stack); the first ``redo`` only records it. ``undo`` reverts it through the
library (each posting put back gets a new revision; postings saved since are left
alone and reported), and a later ``redo`` rewords the family again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from jdeditor.errors import UserFacingError

if TYPE_CHECKING:
    from jdeditor.core.statements.catalog import RevertResult, RewordResult


class RewordService(Protocol):
    def reword_family(
        self,
        family_id: str,
        to_text: str,
        skip: Mapping[int, str] = ...,
        expected_versions: Mapping[int, int] | None = ...,
    ) -> RewordResult: ...

    def revert_reword(self, change_id: int) -> RevertResult: ...


class RewordCommand(QUndoCommand):
    def __init__(
        self,
        service: RewordService,
        family_id: str,
        to_text: str,
        done: RewordResult,
        skip: Callable[[], Mapping[int, str]],
        reworded: Callable[[RewordResult], None],
        reverted: Callable[[RevertResult], None],
        failed: Callable[[UserFacingError], None],
    ) -> None:
        """``done``: the reword already applied; ``skip()``: the postings to leave alone
        when it is applied again (the open one with unsaved edits)."""
        short = to_text if len(to_text) <= 24 else to_text[:23] + "…"
        super().__init__(
            QCoreApplication.translate("RewordCommand", "Reword to “{0}”").format(short)
        )
        self._service = service
        self._family_id = family_id
        self._to_text = to_text
        self.result: RewordResult = done
        self._skip = skip
        self._reworded = reworded
        self._reverted = reverted
        self._failed = failed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self.result = self._service.reword_family(self._family_id, self._to_text, self._skip())
        except UserFacingError as error:
            self.setObsolete(True)
            self._failed(error)
            return
        self._reworded(self.result)

    def undo(self) -> None:
        try:
            reverted = self._service.revert_reword(self.result.change_id)
        except UserFacingError as error:
            self.setObsolete(True)
            self._failed(error)
            return
        self._reverted(reverted)
