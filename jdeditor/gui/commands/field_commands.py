"""Undo commands for a posting's header fields.

Every change a widget makes to a posting's fields goes through :class:`SetFieldCommand`,
which records the old value. Consecutive edits of the same field merge into one undo
step (typing a title is one step, not one per key), as long as nothing else happened
in between.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from jdeditor.core.model import Posting

FIELD_COMMAND_ID = 0x4A44_0001

FieldRefresher = Callable[[str], None]
"""Called with the field name after the posting changed, to update widgets and views."""


def field_label(field: str) -> str:
    labels = {
        "title": QCoreApplication.translate("Fields", "title"),
        "department": QCoreApplication.translate("Fields", "department"),
        "location": QCoreApplication.translate("Fields", "location"),
        "reports_to": QCoreApplication.translate("Fields", "reports to"),
        "headcount": QCoreApplication.translate("Fields", "headcount"),
        "employment_type": QCoreApplication.translate("Fields", "employment type"),
        "salary": QCoreApplication.translate("Fields", "salary"),
        "status": QCoreApplication.translate("Fields", "status"),
        "language": QCoreApplication.translate("Fields", "language"),
        "tags": QCoreApplication.translate("Fields", "tags"),
        "summary": QCoreApplication.translate("Fields", "summary"),
    }
    return labels.get(field, field)


class SetFieldCommand(QUndoCommand):
    def __init__(
        self, posting: Posting, field: str, value: object, refresh: FieldRefresher
    ) -> None:
        super().__init__(
            QCoreApplication.translate("SetFieldCommand", "Edit {0}").format(field_label(field))
        )
        self._posting = posting
        self._field = field
        self._old = copy.deepcopy(getattr(posting, field))
        self._new = copy.deepcopy(value)
        self._refresh = refresh

    @property
    def field(self) -> str:
        return self._field

    def id(self) -> int:
        return FIELD_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other._posting is not self._posting:
            return False
        if other._field != self._field:
            return False
        self._new = copy.deepcopy(other._new)
        if self._new == self._old:
            self.setObsolete(True)  # typed and deleted back to the start: no step at all
        return True

    def redo(self) -> None:
        setattr(self._posting, self._field, copy.deepcopy(self._new))
        self._refresh(self._field)

    def undo(self) -> None:
        setattr(self._posting, self._field, copy.deepcopy(self._old))
        self._refresh(self._field)
