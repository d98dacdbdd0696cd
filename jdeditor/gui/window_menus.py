"""The main window's menu bar and tool bar, laid out from the actions the window holds.

Each group of actions is made where its work is done (``ImportActions``, ``ExportActions``,
the window's own editing actions); this module only says where each one appears.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from jdeditor.gui.language_menu import LanguageMenu

if TYPE_CHECKING:
    from jdeditor.gui.main_window import MainWindow


def _fill(menu: QMenu, entries: list[QAction | QMenu | None]) -> None:
    """Actions and submenus in order; None is a separator."""
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        elif isinstance(entry, QMenu):
            menu.addMenu(entry)
        else:
            menu.addAction(entry)


def build_menus(window: MainWindow) -> None:
    """File, Edit, View and Help, and the tool bar under them."""
    bar = window.menuBar()
    _fill(
        bar.addMenu(QCoreApplication.translate("WindowMenus", "&File")),
        [
            window.new_action,
            *window.imports.actions,
            window.export_action,
            None,
            window.save_action,
            window.duplicate_action,
            None,
            window.delete_action,
            window.restore_action,
            None,
            window.quit_action,
        ],
    )
    _fill(
        bar.addMenu(QCoreApplication.translate("WindowMenus", "&Edit")),
        [window.undo_action, window.redo_action, None, window.find_action],
    )
    _fill(
        bar.addMenu(QCoreApplication.translate("WindowMenus", "&View")),
        [window.preview_action, window.trash_action, None, LanguageMenu(window)],
    )
    _fill(bar.addMenu(QCoreApplication.translate("WindowMenus", "&Help")), [window.about_action])
    toolbar = window.addToolBar(QCoreApplication.translate("WindowMenus", "Main"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.setMovable(False)
    for action in (
        window.new_action,
        window.import_action,
        window.export_action,
        window.save_action,
        window.undo_action,
        window.redo_action,
        window.delete_action,
    ):
        toolbar.addAction(action)
