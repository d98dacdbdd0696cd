"""The library cannot be opened: why, in the user's words, and what can be done now.

It offers Open Another…, Quit and, only where the file is really damaged (it cannot be
read as a database), Restore from Backup… with the library's automatic backups listed
by date. A library that is locked, read-only, missing, newer or on a server that does
not answer is never offered a backup: restoring would throw away good data.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from jdeditor.errors import UserFacingError
from jdeditor.gui.error_text import error_text

# The kinds where the file itself is damaged: the only ones a backup is offered for.
RESTORABLE_KINDS = frozenset({"library_damaged"})


class LibraryErrorChoice(enum.Enum):
    OPEN_ANOTHER = "open_another"
    RESTORE = "restore"
    QUIT = "quit"


def _headings() -> dict[str, str]:
    # Every heading is a literal translate() call, so that lupdate finds it.
    return {
        "library_busy": QCoreApplication.translate(
            "LibraryErrorDialog", "The library is locked by another program"
        ),
        "library_read_only": QCoreApplication.translate(
            "LibraryErrorDialog", "The library file is read-only"
        ),
        "folder_read_only": QCoreApplication.translate(
            "LibraryErrorDialog", "The library's folder is read-only"
        ),
        "cannot_create_folder": QCoreApplication.translate(
            "LibraryErrorDialog", "The library's folder cannot be made"
        ),
        "no_such_folder": QCoreApplication.translate(
            "LibraryErrorDialog", "The library's folder does not exist"
        ),
        "no_library": QCoreApplication.translate("LibraryErrorDialog", "There is no library there"),
        "library_is_folder": QCoreApplication.translate(
            "LibraryErrorDialog", "That is a folder, not a library"
        ),
        "library_inaccessible": QCoreApplication.translate(
            "LibraryErrorDialog", "The library file cannot be reached"
        ),
        "library_damaged": QCoreApplication.translate(
            "LibraryErrorDialog", "The library is damaged"
        ),
        "foreign_database": QCoreApplication.translate(
            "LibraryErrorDialog", "This is not a JD Editor library"
        ),
        "empty_database": QCoreApplication.translate(
            "LibraryErrorDialog", "This is not a JD Editor library"
        ),
        "newer_library": QCoreApplication.translate(
            "LibraryErrorDialog", "The library is from a newer JD Editor"
        ),
        "disk_full": QCoreApplication.translate("LibraryErrorDialog", "The disk is full"),
        "server_unreachable": QCoreApplication.translate(
            "LibraryErrorDialog", "The database server does not answer"
        ),
        "wrong_password": QCoreApplication.translate(
            "LibraryErrorDialog", "The server refused the user name or password"
        ),
        "no_such_database": QCoreApplication.translate(
            "LibraryErrorDialog", "The server has no such database"
        ),
    }


class LibraryErrorDialog(QDialog):
    def __init__(
        self,
        error: BaseException,
        backups: Sequence[tuple[Path, datetime]] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``backups``: the library's automatic backups (file, when made), newest first."""
        super().__init__(parent)
        self.setObjectName("library_error_dialog")
        self.setWindowTitle(self.tr("The library cannot be opened"))
        self.choice = LibraryErrorChoice.QUIT
        kind = error.kind if isinstance(error, UserFacingError) else ""
        self.restorable = kind in RESTORABLE_KINDS
        if isinstance(error, UserFacingError):
            text = error_text(error)
        else:
            text = self.tr(
                "The library could not be opened: {0}. Details are in the log file."
            ).format(error)

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(_headings().get(kind, self.tr("The library cannot be opened")))
        self.heading.setObjectName("library_error_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.message = QLabel(text)
        self.message.setObjectName("library_error_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        texts = QVBoxLayout()
        texts.addWidget(self.heading)
        texts.addWidget(self.message)
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backup_list")
        if self.restorable:
            self._add_backups(texts, backups)
        texts.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)

        self.open_button = QPushButton(self.tr("Open Another…"))
        self.open_button.setObjectName("open_another")
        self.restore_button = QPushButton(self.tr("Restore from Backup…"))
        self.restore_button.setObjectName("restore_backup")
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setObjectName("quit")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        if self.restorable:
            buttons.addWidget(self.restore_button)
        else:
            self.restore_button.hide()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        self.restore_button.setEnabled(self.restorable and bool(backups))
        self.open_button.setDefault(not self.restore_button.isEnabled())
        self.restore_button.setDefault(self.restore_button.isEnabled())
        self.open_button.clicked.connect(lambda: self._choose(LibraryErrorChoice.OPEN_ANOTHER))
        self.restore_button.clicked.connect(lambda: self._choose(LibraryErrorChoice.RESTORE))
        self.quit_button.clicked.connect(lambda: self._choose(LibraryErrorChoice.QUIT))

        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def _add_backups(self, layout: QVBoxLayout, backups: Sequence[tuple[Path, datetime]]) -> None:
        if not backups:
            none = QLabel(self.tr("There are no automatic backups of this library."))
            none.setObjectName("no_backups")
            none.setWordWrap(True)
            layout.addWidget(none)
            self.backup_list.hide()
            return
        label = QLabel(self.tr("Automatic &backups of this library, newest first:"))
        label.setBuddy(self.backup_list)
        for path, made_at in backups:
            when = made_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(when)
            item.setData(Qt.ItemDataRole.UserRole, (str(path), when))
            item.setToolTip(str(path))
            self.backup_list.addItem(item)
        self.backup_list.setCurrentRow(0)
        self.backup_list.setMaximumHeight(self.fontMetrics().height() * 7)
        self.backup_list.itemDoubleClicked.connect(
            lambda _item: self._choose(LibraryErrorChoice.RESTORE)
        )
        layout.addWidget(label)
        layout.addWidget(self.backup_list)

    def chosen_backup(self) -> tuple[Path, str] | None:
        """The backup chosen in the list and its date as shown."""
        item = self.backup_list.currentItem()
        if item is None:
            return None
        path, when = item.data(Qt.ItemDataRole.UserRole)
        return Path(path), str(when)

    def _choose(self, choice: LibraryErrorChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:  # Escape or the window's close button: the same as Quit
        self.choice = LibraryErrorChoice.QUIT
        super().reject()
