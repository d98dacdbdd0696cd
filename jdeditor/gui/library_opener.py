"""Opening the library behind a window that is already shown.

Loading the database layer (SQLAlchemy) and opening the file takes longer than showing
the whole window, so the app shows the window first and opens the library here, in the
thread pool; the window stays responsive meanwhile and is filled when the library is
ready. A library that cannot be opened (a newer schema, a file that is not a library, a
server that does not answer) is reported by ``failed`` with the service's message.
The same opener opens the next library when the user switches (File › Open Library…),
and makes the day's automatic backup of a library file once it is open.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from jdeditor.errors import UserFacingError
from jdeditor.gui.workers import Task, start_task

if TYPE_CHECKING:
    from jdeditor.service import Library

logger = logging.getLogger(__name__)


class LibraryOpener(QObject):
    opened = Signal(object)  # the Library, on the GUI thread
    failed = Signal(object)  # the exception, on the GUI thread

    def __init__(self, location: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._location = location
        self._create = True
        self._task: Task | None = None
        self._library: Library | None = None

    @property
    def location(self) -> str | None:
        """The library being opened or last opened (None: the default one)."""
        return self._location

    def start(self) -> None:
        self._task = start_task(self._open, self.opened.emit, self.failed.emit)

    def open(self, location: str, create: bool = True) -> None:
        """Open another library; the caller has closed the one before (and keeps no
        reference to it here). ``create`` False refuses a missing or empty one."""
        self._location, self._create = location, create
        self._library = None
        self.start()

    def _open(self) -> Library:
        from jdeditor.service import Library  # the slow import, off the GUI thread

        library = Library.open(self._location, create=self._create)
        self._library = library  # kept here: whoever opened it closes it
        _back_up(library)
        _count_checks(library)
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


def _count_checks(library: Library) -> None:
    """Count the check errors of postings not counted yet (stored before schema 0003, or
    imported by the command line), here in the opening thread: the list's errors column
    shows them, and the export's question on the GUI thread then only reads the counts.
    A failure only is logged: whatever needs a count counts it then."""
    try:
        counted = library.recount_checks(only_uncounted=True)
    except Exception:
        logger.exception("could not count the check errors of %s", library.location.describe())
        return
    if counted:
        logger.info("counted the check errors of %d postings", counted)


def _back_up(library: Library) -> None:
    """The day's automatic backup, if the settings want one; a failure only is logged
    (the library itself is fine, and the next opening tries again)."""
    from jdeditor.settings import load_settings

    settings, _ = load_settings()
    if not settings.backups:
        return
    try:
        made = library.back_up_daily(settings.backups_keep)
    except (OSError, UserFacingError) as error:
        logger.warning("could not back up %s: %s", library.location.display_name, error)
        return
    if made is not None:
        logger.info("automatic backup %s", made)
