"""File › New Library…, Open Library… and Open Recent, and what happens when a library
cannot be opened.

Switching library needs no restart and loses no edit: the open posting's changes are
asked about first (Save / Discard / Cancel, as when closing), then the window lets go
of the old library (``detach_library``), which is closed, and the new one opens in the
background (``LibraryOpener``) and fills the window. A library that cannot be opened, at
start or when switching, is explained by ``LibraryErrorDialog``, which offers another
library, a backup where the file is damaged, or quitting.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QThreadPool
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from jdeditor.errors import UserFacingError
from jdeditor.gui.connect_actions import ConnectActions
from jdeditor.gui.error_text import error_text

if TYPE_CHECKING:
    from jdeditor.gui.library_opener import LibraryOpener
    from jdeditor.gui.window_protocol import WindowParts

logger = logging.getLogger(__name__)

RECENT_KEY = "libraries/recent"
RECENT_COUNT = 5
SUFFIX = ".db"
STATUS_MS = 8000


class LibraryActions(QObject):
    def __init__(self, window: QMainWindow, parts: WindowParts) -> None:
        super().__init__(window)
        self._window = window
        self._parts = parts
        self._opener: LibraryOpener | None = None
        self._pending_message = ""  # shown once the library opened
        self.new_library_action = QAction(self.tr("New &Library…"), window)
        self.new_library_action.setStatusTip(self.tr("Start a new, empty library file"))
        self.new_library_action.triggered.connect(self.new_library)
        self.open_library_action = QAction(self.tr("&Open Library…"), window)
        self.open_library_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_library_action.setStatusTip(self.tr("Switch to another library file"))
        self.open_library_action.triggered.connect(self.open_library)
        self.connections = ConnectActions(window, self)  # Connect to a Team Library…
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.setObjectName("recent_libraries")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.fill_recent_menu()

    @property
    def actions(self) -> tuple[QAction, QAction, QAction, QMenu]:
        return (
            self.new_library_action,
            self.open_library_action,
            self.connections.connect_action,
            self.recent_menu,
        )

    def use_opener(self, opener: LibraryOpener) -> None:
        """The opener that opened the first library (the app's): it opens the next ones."""
        self._opener = opener

    # -- recent libraries ----------------------------------------------------------------

    def recent(self) -> list[str]:
        value = QSettings().value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings gives a one-entry list back as a string
            value = [value]
        entries = value if isinstance(value, list) else []
        return [str(entry) for entry in entries if entry][:RECENT_COUNT]

    def _set_recent(self, entries: list[str]) -> None:
        QSettings().setValue(RECENT_KEY, entries[:RECENT_COUNT])
        self.fill_recent_menu()

    def remember_open_library(self) -> None:
        """The window shows a library: it goes to the top of Open Recent."""
        library = self._parts.open_library()
        if library is not None:
            name = library.location.display_name
            self._set_recent([name] + [entry for entry in self.recent() if entry != name])
        if self._pending_message:
            self._window.statusBar().showMessage(self._pending_message, 15000)
            self._pending_message = ""

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        entries = self.recent()
        for number, entry in enumerate(entries, start=1):
            action = menu.addAction(f"&{number} {entry}")
            action.setData(entry)
            action.triggered.connect(lambda _checked=False, e=entry: self.open_recent(e))
        if entries:
            menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear Menu"))
        clear.setObjectName("clear_recent")
        clear.setEnabled(bool(entries))
        clear.triggered.connect(lambda: self._set_recent([]))

    def open_recent(self, entry: str) -> None:
        if "://" not in entry and not Path(entry).is_file():
            QMessageBox.information(
                self._window,
                self.tr("Open Recent"),
                self.tr(
                    "{0} no longer exists (moved, renamed or on a drive that is not "
                    "connected). It was removed from the list."
                ).format(entry),
            )
            self._set_recent([other for other in self.recent() if other != entry])
            return
        self.switch_to(entry, create=False)

    # -- choosing a library --------------------------------------------------------------

    def _folder(self) -> str:
        library = self._parts.open_library()
        if library is not None and library.location.file is not None:
            return str(library.location.file.parent)
        recent = [entry for entry in self.recent() if "://" not in entry]
        return str(Path(recent[0]).parent) if recent else ""

    def _filter(self) -> str:
        return self.tr("JD Editor libraries (*.db);;All files (*)")

    def choose_existing(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open Library"), self._folder(), self._filter()
        )
        return path or None

    def new_library(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("New Library"),
            str(Path(self._folder()) / self.tr("library.db")),
            self._filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_name(target.name + SUFFIX)
        if target.exists():
            QMessageBox.warning(
                self._window,
                self.tr("New Library"),
                self.tr(
                    "{0} already exists. Choose another name for the new library, or open "
                    "this one with File › Open Library…."
                ).format(target),
            )
            return
        self.switch_to(str(target), create=True)

    def open_library(self) -> None:
        path = self.choose_existing()
        if path is not None:
            self.switch_to(path, create=False)

    def switch_to(self, location: str, create: bool) -> bool:
        """Close the open library (asking about unsaved changes first) and open
        ``location``; False if the user cancelled or it is the one open already."""
        library = self._parts.open_library()
        if library is not None and _same(location, library.location.display_name):
            self._window.statusBar().showMessage(
                self.tr("{0} is the library open now.").format(library.location.display_name),
                STATUS_MS,
            )
            return False
        if not self._parts.maybe_save():
            return False
        old = self._parts.detach_library()
        if old is not None:
            QThreadPool.globalInstance().waitForDone()  # nothing may use it any more
            old.close()
        self._open(location, create)
        return True

    def _open(self, location: str, create: bool) -> None:
        self._window.statusBar().showMessage(self.tr("Opening {0}…").format(location))
        if self._opener is None:
            from jdeditor.gui.library_opener import LibraryOpener

            self._opener = LibraryOpener(None, self)
            self._opener.opened.connect(self._parts.library_opened)
            self._opener.failed.connect(self._parts.library_failed)
        self._opener.open(location, create)

    # -- a library that cannot be opened -------------------------------------------------

    def failed(self, error: BaseException) -> None:
        """Say why the library cannot be opened; open another, restore a backup or quit."""
        from jdeditor.gui.dialogs.library_error_dialog import (
            LibraryErrorChoice,
            LibraryErrorDialog,
        )
        from jdeditor.service import list_backups

        if not isinstance(error, UserFacingError):
            logger.error("could not open the library", exc_info=error)
        location = self._opener.location if self._opener is not None else None
        self._window.statusBar().clearMessage()
        asks = getattr(error, "kind", "") == "password_needed" and location
        if asks and self.connections.connect_to(str(location)):  # typed: opening again
            return
        while True:
            backups = [(backup.path, backup.made_at) for backup in list_backups(location)]
            dialog = LibraryErrorDialog(error, backups, self._window)
            try:
                dialog.exec()
                choice, backup = dialog.choice, dialog.chosen_backup()
            finally:
                dialog.deleteLater()
            if choice is LibraryErrorChoice.OPEN_ANOTHER:
                path = self.choose_existing()
                if path is not None:
                    self._open(path, create=False)
                    return
            elif choice is LibraryErrorChoice.RESTORE and backup is not None:
                if self._restore(location, *backup):
                    return
            else:
                self._window.close()
                QCoreApplication.exit(1)
                return

    def _restore(self, location: str | None, backup: Path, when: str) -> bool:
        from jdeditor.service import restore_backup

        answer = QMessageBox.question(
            self._window,
            self.tr("Restore from Backup"),
            self.tr(
                "Replace the damaged library with the backup of {0}? Changes made after "
                "that are not in the backup. The damaged file is kept beside it."
            ).format(when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            aside = restore_backup(location, backup)
        except UserFacingError as error:
            QMessageBox.warning(self._window, self.tr("Restore from Backup"), error_text(error))
            return False
        message = self.tr("Restored the backup of {0}.").format(when)
        if aside is not None:
            message += " " + self.tr("The damaged file was kept as {0}.").format(aside.name)
        self._pending_message = message
        self._open(str(location) if location is not None else "", create=False)
        return True


def _same(location: str, open_name: str) -> bool:
    if "://" in location:
        return location == open_name
    return str(Path(location).expanduser().absolute()) == open_name
