"""Keeping the window current while other people change the same library.

On a server (PostgreSQL) a background thread listens for the store's notices
(``LISTEN jdeditor_changes``, on a connection of its own, waking every second to see
whether it should stop); on a library file, the window looks whether the file or its
write-ahead log changed (``store/change_notices.FileChanges``) every few seconds while
it is shown and whenever the app comes back to the front.
Bursts (an import of 500 postings, a reword) are gathered for a moment and applied once.

Applying them re-reads the list, keeping the selection, the scroll position and the
open posting. When the open posting itself was changed by someone else, it is reloaded
if the form has no unsaved edits (with a notice saying so); with unsaved edits, a notice
bar says that the next save will ask how to combine them (the save's conflict question
does that). A posting deleted by someone else keeps its edits in the form, and the
notice says so.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QMainWindow

from jdeditor.errors import NotFoundError
from jdeditor.gui.panels.notice_bar import NoticeBar

if TYPE_CHECKING:
    from jdeditor.gui.window_protocol import WindowParts
    from jdeditor.service import Library
    from jdeditor.service.changes import Change, ChangeSource

logger = logging.getLogger(__name__)

POLL_MS = 5000  # a library file is asked this often while the window is shown
GATHER_MS = 300  # notices arriving this close together are applied once
WAIT_S = 1.0  # how long the listening thread waits before looking whether to stop


class _Listener(threading.Thread):
    """Waits for a server's notices and hands them to the GUI thread."""

    def __init__(self, source: ChangeSource, arrived: SignalInstance) -> None:
        super().__init__(name="jdeditor-changes", daemon=True)
        self._source = source
        self._arrived = arrived
        self.stopping = threading.Event()

    def run(self) -> None:
        try:
            while not self.stopping.is_set():
                changes = self._source.wait(WAIT_S)
                if changes and not self.stopping.is_set():
                    self._arrived.emit(changes)
        except Exception:  # the server went away: the window keeps working without news
            if not self.stopping.is_set():
                logger.warning("stopped listening for others' changes", exc_info=True)
        finally:
            self._source.close()


def _set_all(events: list[threading.Event]) -> None:
    for event in events:
        event.set()


class OthersChanges(QObject):
    arrived = Signal(object)  # a list of Change, from the listening thread
    applied = Signal()  # the window shows the changes (tests wait for it)

    def __init__(self, window: QMainWindow, parts: WindowParts) -> None:
        super().__init__(window)
        self._window = window
        self._parts = parts
        self._library: Library | None = None
        self._listener: _Listener | None = None
        self._file: ChangeSource | None = None
        self._pending: list[Change] = []
        self.notice = NoticeBar(window)  # moved above the form when first shown
        parts.panel.posting_activated.connect(self.notice.hide)
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._apply_pending)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check_now)
        self.arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)
        # Stopped by a plain function: when the window goes, this object goes with it.
        self._stops: list[threading.Event] = []
        stops = self._stops
        window.destroyed.connect(lambda: _set_all(stops))

    # -- following a library -----------------------------------------------------------

    def follow(self) -> None:
        """The window shows a (new) library: watch it instead of the one before."""
        self.stop()
        library = self._parts.open_library()
        self._library = library
        if library is None:
            return
        try:
            source = library.watch_changes()
        except Exception:  # no news is no harm: the window works as before
            logger.warning("cannot watch %s for changes", library.location.display_name)
            return
        if library.notifies:
            self._listener = _Listener(source, self.arrived)
            self._stops.append(self._listener.stopping)
            self._listener.start()
        else:
            self._file = source
            self._poll.start()

    def stop(self) -> None:
        self._poll.stop()
        self._gather.stop()
        self._pending = []
        if self._listener is not None:
            self._listener.stopping.set()  # it closes its connection within WAIT_S
            self._stops.remove(self._listener.stopping)
            self._listener = None
        if self._file is not None:
            self._file.close()
            self._file = None

    def check_now(self) -> bool:
        """Ask a library file whether someone wrote to it; apply what changed. True if
        something had changed."""
        if self._file is None or (self._poll.isActive() and not self._window.isVisible()):
            return False
        if self._parts.open_library() is not self._library:  # let go of: stop asking it
            self.stop()
            return False
        try:
            changes = self._file.wait(0.0)
        except Exception:  # a file on a drive taken away: asked again later
            logger.warning("cannot ask the library file for changes", exc_info=True)
            return False
        if changes:
            self._on_arrived(changes)
            self._apply_pending()
        return bool(changes)

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_now()

    def _on_arrived(self, changes: list[Change]) -> None:
        self._pending += changes
        self._gather.start()

    # -- showing them --------------------------------------------------------------------

    def _apply_pending(self) -> None:
        changes, self._pending = self._pending, []
        library = self._parts.open_library()
        if not changes or library is None or library is not self._library:
            return
        ids: set[int] | None = set()
        for change in changes:
            if change.ids is None or ids is None:
                ids = None
            else:
                ids.update(change.ids)
        self._refresh_list()
        self._check_open_posting(library, ids)
        self.applied.emit()

    def _refresh_list(self) -> None:
        panel = self._parts.panel
        bar = panel.view.verticalScrollBar()
        position = bar.value()
        panel.refresh_filters()
        panel.refresh()
        bar.setValue(position)

    def _check_open_posting(self, library: Library, ids: set[int] | None) -> None:
        posting = self._parts.current_posting()
        if posting is None or posting.id is None or (ids is not None and posting.id not in ids):
            return
        try:
            stored = library.get_posting(posting.id)
        except NotFoundError:
            self._show(
                self.tr(
                    "Someone else moved this posting to the trash or deleted it. Your text "
                    "is still here: save it as a new posting (Duplicate) or copy what you need."
                )
            )
            return
        if stored.version == posting.version:
            return
        if self._parts.is_modified():
            self._show(
                self.tr(
                    "Someone else saved this posting — your save will ask how to combine "
                    "the two versions."
                )
            )
            return
        self._parts.reload_posting(stored)
        self._show(self.tr("Someone else saved this posting; it now shows their version."))

    def _show(self, text: str) -> None:
        """The notice, above the form (placed there the first time)."""
        from jdeditor.gui.editors.posting_editor import PostingEditor

        editor = self._window.findChild(PostingEditor)
        layout = editor.layout() if editor is not None else None
        if isinstance(layout, QBoxLayout) and self.notice.parent() is not editor:
            layout.insertWidget(0, self.notice)
        if self.notice.parent() is editor:
            self.notice.show_text(text)
        else:  # no form to show it over: the status bar says it
            self._window.statusBar().showMessage(text, 15000)
