"""The main window's menu bar and tool bar, laid out from the actions the window holds.

Each group of actions is made where its work is done (``ImportActions``, ``ExportActions``,
the window's own editing actions); this module only says where each one appears.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from jdeditor.gui.language_menu import LanguageMenu
from jdeditor.gui.preferences_actions import PreferencesActions
from jdeditor.gui.template_actions import TemplateActions

if TYPE_CHECKING:
    from jdeditor.gui.window_protocol import WindowParts


def _fill(menu: QMenu, entries: list[QAction | QMenu | None]) -> None:
    """Actions and submenus in order; None is a separator."""
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        elif isinstance(entry, QMenu):
            menu.addMenu(entry)
        else:
            menu.addAction(entry)


def build_menus(window: QMainWindow, parts: WindowParts) -> None:
    """File, Edit, View, Tools and Help, and the tool bar under them."""
    bar = window.menuBar()
    _fill(
        bar.addMenu(QCoreApplication.translate("WindowMenus", "&File")),
        [
            parts.new_action,
            *parts.history.file_actions,
            *parts.imports.actions,
            parts.export_action,
            None,
            *parts.prints.actions,
            None,
            *parts.libraries.actions,
            None,
            parts.save_action,
            parts.duplicate_action,
            *parts.history.compare_actions,
            None,
            parts.delete_action,
            parts.restore_action,
            None,
            parts.quit_action,
        ],
    )
    _fill(
        bar.addMenu(QCoreApplication.translate("WindowMenus", "&Edit")),
        [
            parts.undo_action,
            parts.redo_action,
            None,
            parts.find_action,
            None,
            PreferencesActions(window, parts).preferences_action,
        ],
    )
    _fill(
        bar.addMenu(QCoreApplication.translate("WindowMenus", "&View")),
        [
            parts.preview_action,
            *parts.checks.actions,
            *parts.history.actions,
            *parts.statements.actions,
            parts.trash_action,
            None,
            LanguageMenu(window),
        ],
    )
    templates = TemplateActions(window, parts)
    _fill(
        bar.addMenu(QCoreApplication.translate("WindowMenus", "&Tools")),
        [templates.templates_action],
    )
    _fill(
        bar.addMenu(QCoreApplication.translate("WindowMenus", "&Help")),
        [parts.about_action, parts.about_qt_action],
    )
    toolbar = window.addToolBar(QCoreApplication.translate("WindowMenus", "Main"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.setMovable(False)
    for action in (
        parts.new_action,
        parts.imports.import_action,
        parts.export_action,
        parts.save_action,
        parts.undo_action,
        parts.redo_action,
        parts.delete_action,
    ):
        toolbar.addAction(action)
