"""What to do when someone else saved the posting first: keep mine as a copy, or theirs.

Asked when a save meets a newer version in the library. Nothing has been overwritten at
that point, and either answer keeps it so: the copy is a new posting, and reloading
theirs drops only the edits the user chose to drop.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class ConflictChoice(enum.Enum):
    SAVE_COPY = "copy"
    RELOAD_THEIRS = "reload"
    CANCEL = "cancel"


def ask_about_conflict(parent: QWidget, title: str) -> ConflictChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("ConflictQuestion", "Someone else saved this posting")
    )
    box.setText(
        QCoreApplication.translate(
            "ConflictQuestion",
            "“{0}” was changed and saved by someone else after you opened it. "
            "Nothing was overwritten.",
        ).format(title)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ConflictQuestion",
            "Save your version as a new copy, or reload theirs and lose your changes.",
        )
    )
    copy_button = box.addButton(
        QCoreApplication.translate("ConflictQuestion", "Save as &Copy"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    reload_button = box.addButton(
        QCoreApplication.translate("ConflictQuestion", "&Reload Theirs"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is copy_button:
        return ConflictChoice.SAVE_COPY
    if clicked is reload_button:
        return ConflictChoice.RELOAD_THEIRS
    return ConflictChoice.CANCEL
