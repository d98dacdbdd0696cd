"""Undo commands that add, remove, move and rename a posting's sections."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from jdeditor.core.model import Posting, Section, SectionKind

RENAME_SECTION_ID = 0x4A44_0002

SectionsRefresher = Callable[[], None]
"""Called after the list of sections changed (rebuild the section widgets)."""


class AddSectionCommand(QUndoCommand):
    def __init__(
        self, posting: Posting, position: int, section: Section, refresh: SectionsRefresher
    ) -> None:
        super().__init__(QCoreApplication.translate("AddSectionCommand", "Add section"))
        self._posting = posting
        self._position = position
        self._section = section
        self._refresh = refresh

    def redo(self) -> None:
        self._posting.sections.insert(self._position, self._section)
        self._refresh()

    def undo(self) -> None:
        del self._posting.sections[self._position]
        self._refresh()


class RemoveSectionCommand(QUndoCommand):
    def __init__(self, posting: Posting, position: int, refresh: SectionsRefresher) -> None:
        super().__init__(QCoreApplication.translate("RemoveSectionCommand", "Remove section"))
        self._posting = posting
        self._position = position
        self._section = posting.sections[position]
        self._refresh = refresh

    def redo(self) -> None:
        del self._posting.sections[self._position]
        self._refresh()

    def undo(self) -> None:
        self._posting.sections.insert(self._position, self._section)
        self._refresh()


class MoveSectionCommand(QUndoCommand):
    def __init__(
        self, posting: Posting, source: int, target: int, refresh: SectionsRefresher
    ) -> None:
        super().__init__(QCoreApplication.translate("MoveSectionCommand", "Move section"))
        self._posting = posting
        self._source = source
        self._target = target
        self._refresh = refresh

    def _move(self, source: int, target: int) -> None:
        section = self._posting.sections.pop(source)
        self._posting.sections.insert(target, section)
        self._refresh()

    def redo(self) -> None:
        self._move(self._source, self._target)

    def undo(self) -> None:
        self._move(self._target, self._source)


class RenameSectionCommand(QUndoCommand):
    """Change a section's heading and/or kind; typing a heading merges into one step."""

    def __init__(
        self,
        posting: Posting,
        position: int,
        heading: str,
        kind: SectionKind,
        refresh: Callable[[int], None],
    ) -> None:
        super().__init__(QCoreApplication.translate("RenameSectionCommand", "Rename section"))
        section = posting.sections[position]
        self._posting = posting
        self._position = position
        self._old = (section.heading, section.kind)
        self._new = (heading, kind)
        self._refresh = refresh

    def id(self) -> int:
        return RENAME_SECTION_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, RenameSectionCommand)
            or other._posting is not self._posting
            or other._position != self._position
        ):
            return False
        self._new = other._new
        if self._new == self._old:
            self.setObsolete(True)
        return True

    def _apply(self, value: tuple[str, SectionKind]) -> None:
        section = self._posting.sections[self._position]
        section.heading, section.kind = value
        self._refresh(self._position)

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)
