"""Running slow library work off the GUI thread.

Anything that can take more than about 100 ms (imports, bulk changes, exports) runs in
``QThreadPool``; the result comes back as a signal on the GUI thread. Work that the user
cancels is not interrupted mid-transaction: its result is simply dropped, and since
every library operation is one transaction, nothing half-done is left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


class _TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    """One call of ``function`` in the thread pool; connect to ``signals`` before starting."""

    def __init__(self, function: Callable[[], Any]) -> None:
        super().__init__()
        self.signals = _TaskSignals()
        self._function = function
        self.cancelled = False

    def report(self, done: int, total: int) -> bool:
        """A progress callback for the work: tells the GUI, and False once cancelled."""
        if not self.cancelled:
            self.signals.progress.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as error:  # handed to the GUI thread, which decides what to show
            if not self.cancelled:
                self.signals.failed.emit(error)
            return
        if not self.cancelled:
            self.signals.finished.emit(result)


def start_task(
    function: Callable[[], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Task:
    return start_progress_task(lambda _report: function(), on_finished, on_failed)


def start_progress_task(
    function: Callable[[Callable[[int, int], bool]], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Like :func:`start_task`, for work that reports ``(done, total)`` through the callback
    it is given; the callback returns False once the task is cancelled."""
    task = Task(lambda: function(task.report))
    if on_progress is not None:
        task.signals.progress.connect(
            lambda done, total: None if task.cancelled else on_progress(done, total),
            Qt.ConnectionType.QueuedConnection,
        )
    task.setAutoDelete(False)  # the caller keeps it, to cancel it
    # Queued: the callbacks run on the GUI thread (where the signals object lives), never
    # on the worker thread, even when they are plain functions rather than Qt slots.
    # A cancel may come after the worker finished but before its result arrived here:
    # the result is checked again on delivery, so a cancelled task never reports.
    task.signals.finished.connect(
        lambda result: None if task.cancelled else on_finished(result),
        Qt.ConnectionType.QueuedConnection,
    )
    task.signals.failed.connect(
        lambda error: None if task.cancelled else on_failed(error),
        Qt.ConnectionType.QueuedConnection,
    )
    QThreadPool.globalInstance().start(task)
    return task
