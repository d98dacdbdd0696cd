"""Opening the library behind a window that is already shown.

Loading the database layer (SQLAlchemy) and opening the file takes longer than showing
the whole window, so the app shows the window first and opens the library here, in the
thread pool; the window stays responsive meanwhile and is filled when the library is
ready. A library that cannot be opened (a newer schema, a file that is not a library, a
server that does not answer) is reported by ``failed`` with the service's message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from jdeditor.gui.workers import Task, start_task

if TYPE_CHECKING:
    from jdeditor.service import Library


class LibraryOpener(QObject):
    opened = Signal(object)  # the Library, on the GUI thread
    failed = Signal(object)  # the exception, on the GUI thread

    def __init__(self, location: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._location = location
        self._task: Task | None = None
        self._library: Library | None = None

    def start(self) -> None:
        self._task = start_task(self._open, self.opened.emit, self.failed.emit)

    def _open(self) -> Library:
        from jdeditor.service import Library  # the slow import, off the GUI thread

        library = Library.open(self._location)
        self._library = library  # kept here: whoever opened it closes it
        return library

    def close(self) -> None:
        """At exit: wait for an open still under way, then close the library.

        The window may be closed before the library finished opening; its database
        connections are closed cleanly all the same.
        """
        QThreadPool.globalInstance().waitForDone()
        if self._library is not None:
            self._library.close()
            self._library = None
