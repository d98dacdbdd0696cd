"""File › Connect to a Team Library…, and asking for a server library's password again.

The dialog gives an address without a password (the password is in the keyring or in
memory, see ``service/team.py``); the library then opens like any other, through
``LibraryActions.switch_to``, and Open Recent keeps the address. Opening a server
library from Open Recent when no password is known (none remembered, no ~/.pgpass)
shows the same dialog again, filled in, so that only the password is to be typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from jdeditor.gui.dialogs.connect_dialog import ConnectDialog


class Switcher(Protocol):
    def switch_to(self, location: str, create: bool) -> bool: ...


class ConnectActions(QObject):
    def __init__(self, window: QMainWindow, libraries: Switcher) -> None:
        super().__init__(window)
        self._window = window
        self._libraries = libraries
        self.connect_action = QAction(self.tr("Connect to a &Team Library…"), window)
        self.connect_action.setStatusTip(
            self.tr("Open a library shared on a PostgreSQL database server")
        )
        self.connect_action.triggered.connect(lambda: self.connect_to(None))

    def make_dialog(self) -> ConnectDialog:
        from jdeditor.gui.dialogs.connect_dialog import ConnectDialog

        return ConnectDialog(self._window)

    def connect_to(self, address: str | None) -> bool:
        """Show the dialog (filled in from ``address``); True if a library is opening."""
        dialog = self.make_dialog()
        try:
            if address:
                dialog.set_address(address)
            dialog.exec()
            chosen, create = dialog.address, dialog.create_library  # the address is set on accept
        finally:
            dialog.deleteLater()
        if not chosen:
            return False
        return self._libraries.switch_to(chosen, create=create)
