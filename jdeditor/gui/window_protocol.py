"""The main window as the modules that make its actions and menus see it.

``ExportActions``, ``build_menus`` and the like are given the window twice: as a
``QMainWindow`` (parent, status bar, menu bar) and as these parts. Typing them against this
protocol instead of ``MainWindow`` keeps the imports pointing one way: the window imports
them, they do not import the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from jdeditor.core.model import Posting
    from jdeditor.gui.draft_keeper import DraftKeeper
    from jdeditor.gui.import_actions import ImportActions
    from jdeditor.gui.library_panel import LibraryPanel
    from jdeditor.gui.panels.preview_panel import PreviewPanel
    from jdeditor.service import Library


class MenuEntries(Protocol):
    """A group of actions made beside the window (``PrintActions``, ``LibraryActions``),
    as the menus list them: the groups import this module, so it does not import them."""

    @property
    def actions(self) -> Sequence[QAction | QMenu]: ...


class HistoryEntries(MenuEntries, Protocol):
    """View › History's group: also File › New from Posting… and the Compare actions."""

    @property
    def file_actions(self) -> Sequence[QAction]: ...

    @property
    def compare_actions(self) -> Sequence[QAction]: ...


class WindowParts(Protocol):
    panel: LibraryPanel
    preview_panel: PreviewPanel
    imports: ImportActions
    drafts: DraftKeeper  # made with the form, the first time a posting opens
    new_action: QAction
    export_action: QAction
    save_action: QAction
    duplicate_action: QAction
    delete_action: QAction
    restore_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    find_action: QAction
    preview_action: QAction
    trash_action: QAction
    about_action: QAction
    about_qt_action: QAction

    @property
    def prints(self) -> MenuEntries: ...

    @property
    def libraries(self) -> MenuEntries: ...

    @property
    def checks(self) -> MenuEntries: ...

    @property
    def history(self) -> HistoryEntries: ...

    @property
    def statements(self) -> MenuEntries: ...

    def open_library(self) -> Library | None:
        """The library, or None while it is still opening."""

    def current_posting(self) -> Posting | None:
        """The posting in the form, if one is open."""

    def open_posting(self, posting_id: int) -> None:
        """Show a posting in the form (asking about unsaved changes first)."""

    def is_modified(self) -> bool:
        """Whether the open posting has unsaved changes."""

    def reload_posting(self, posting: Posting) -> None:
        """Show the stored ``posting`` in place of the open one (no unsaved edits)."""

    def save(self) -> bool:
        """Save the open posting; False if it was not saved."""

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel about unsaved changes; True to go on."""

    def detach_library(self) -> Library | None:
        """Empty the window before another library opens; the library let go of."""

    def library_opened(self, library: Library) -> None:
        """A library opened in the background: fill the window."""

    def library_failed(self, error: BaseException) -> None:
        """A library could not be opened: say why and offer what can be done."""
