"""Tools › Templates…: the template manager, showing the open posting in each template."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from jdeditor.gui.window_protocol import WindowParts


class TemplateActions(QObject):
    def __init__(self, window: QMainWindow, parts: WindowParts) -> None:
        super().__init__(window)
        self._window = window
        self._parts = parts
        self.templates_action = QAction(self.tr("&Templates…"), window)
        self.templates_action.setObjectName("templates_action")
        self.templates_action.triggered.connect(self.manage)

    def manage(self) -> None:
        from jdeditor.gui.dialogs.template_manager_dialog import TemplateManagerDialog

        dialog = TemplateManagerDialog(self._parts.current_posting(), self._window)
        dialog.resize(900, 760)
        dialog.exec()
        dialog.deleteLater()
