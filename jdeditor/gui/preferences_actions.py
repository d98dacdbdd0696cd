"""Edit › Preferences… (Ctrl+,; on macOS Cmd+, in the application menu).

Opens :class:`PreferencesDialog` on the settings file and makes what it saves take effect
at once: the preview renders again (company name, default templates), and the export
flow, the form and the service read the file each time they need a value. Only the
interface language waits for the next start, which the dialog says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from jdeditor.gui.languages import chosen_language

if TYPE_CHECKING:
    from jdeditor.gui.dialogs.preferences_dialog import PreferencesDialog
    from jdeditor.gui.window_protocol import WindowParts
    from jdeditor.settings import Settings

APPLIED_MESSAGE_MS = 5000


class PreferencesActions(QObject):
    def __init__(self, window: QMainWindow, parts: WindowParts) -> None:
        super().__init__(window)
        self.setObjectName("preferences_actions")
        self._window = window
        self._parts = parts
        # The language the interface was started in: a change waits for the next start.
        self._running_language = chosen_language()
        self.preferences_action = QAction(self.tr("&Preferences…"), window)
        self.preferences_action.setObjectName("preferences_action")
        # The platform's own (Cmd+, on macOS); Qt has none on Windows and GNOME: Ctrl+, there.
        self.preferences_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")]
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.dialog: PreferencesDialog | None = None  # while it is open

    def show_preferences(self) -> None:
        # Imported when first used: the window shows without the service behind it.
        from jdeditor.gui.dialogs.preferences_dialog import PreferencesDialog
        from jdeditor.service import Library
        from jdeditor.settings import load_settings

        settings, _ = load_settings()
        self.dialog = PreferencesDialog(
            settings, Library.templates(), self._running_language, self._window
        )
        self.dialog.applied.connect(self._on_applied)
        try:
            self.dialog.exec()
        finally:
            self.dialog.deleteLater()
            self.dialog = None

    def _on_applied(self, settings: Settings) -> None:
        self._parts.preview_panel.settings_changed()
        text = self.tr("Preferences saved.")
        if settings.language != self._running_language:
            text += " " + self.tr("The new language applies the next time JD Editor starts.")
        self._window.statusBar().showMessage(text, APPLIED_MESSAGE_MS)
