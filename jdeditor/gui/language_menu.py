"""View ▸ Language: the system's language, or one JD Editor is translated into.

The choice is kept in QSettings and read when the app starts (``app.install_translations``);
the window says so, since every label would otherwise have to be rebuilt in place.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from jdeditor.gui.languages import INTERFACE_LANGUAGES, LANGUAGE_SETTING


class LanguageMenu(QMenu):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("language_menu")
        group = QActionGroup(self)
        chosen = chosen_language()
        for code, name in [("", self.tr("System Language")), *INTERFACE_LANGUAGES]:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            self.addAction(action)
        group.triggered.connect(self._choose)

    def _choose(self, action: QAction) -> None:
        code = str(action.data() or "")
        if code == chosen_language():
            return
        QSettings().setValue(LANGUAGE_SETTING, code)
        QMessageBox.information(
            self.parentWidget(),
            self.tr("Language"),
            self.tr("JD Editor will use the new language the next time it starts."),
        )


def chosen_language() -> str:
    """The language chosen in the menu ("" for the system's)."""
    return str(QSettings().value(LANGUAGE_SETTING, "") or "")
