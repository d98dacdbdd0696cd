"""View ▸ Language: the system's language, or one JD Editor is translated into.

A shortcut to the language of Edit › Preferences, kept in the menu bar because a person
who cannot read the current interface finds their own language's name there. Both write
the settings file's ``language``, read when the app starts (``app.install_translations``);
the window says so, since every label would otherwise have to be rebuilt in place.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from jdeditor.errors import UserFacingError
from jdeditor.gui.error_text import error_text
from jdeditor.gui.languages import INTERFACE_LANGUAGES, choose_language, chosen_language


class LanguageMenu(QMenu):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("language_menu")
        group = QActionGroup(self)
        for code, name in [("", self.tr("System Language")), *INTERFACE_LANGUAGES]:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            group.addAction(action)
            self.addAction(action)
        self._show_chosen()
        group.triggered.connect(self._choose)
        # Preferences may have changed it since.
        self.aboutToShow.connect(self._show_chosen)

    def _show_chosen(self) -> None:
        chosen = chosen_language()
        for action in self.actions():
            action.setChecked(str(action.data() or "") == chosen)

    def _choose(self, action: QAction) -> None:
        code = str(action.data() or "")
        if code == chosen_language():
            return
        try:
            choose_language(code)
        except (OSError, UserFacingError) as error:
            text = error_text(error) if isinstance(error, UserFacingError) else str(error)
            QMessageBox.warning(self.parentWidget(), self.tr("Language"), text)
            self._show_chosen()
            return
        QMessageBox.information(
            self.parentWidget(),
            self.tr("Language"),
            self.tr("JD Editor will use the new language the next time it starts."),
        )
