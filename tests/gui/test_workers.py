"""Work in the thread pool reports back on the GUI thread, unless it was cancelled."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from jdeditor.gui.workers import start_task


def test_results_arrive_on_the_gui_thread(qtbot: object) -> None:
    arrived: list[tuple[object, bool]] = []
    start_task(
        lambda: 42,
        lambda result: arrived.append(
            (result, threading.current_thread() is threading.main_thread())
        ),
        lambda error: arrived.append((error, False)),
    )
    qtbot.waitUntil(lambda: bool(arrived))  # type: ignore[attr-defined]
    assert arrived == [(42, True)]


def test_failures_arrive_as_the_exception(qtbot: object) -> None:
    failed: list[BaseException] = []
    start_task(lambda: 1 / 0, lambda result: None, failed.append)
    qtbot.waitUntil(lambda: bool(failed))  # type: ignore[attr-defined]
    assert isinstance(failed[0], ZeroDivisionError)


def test_a_task_cancelled_after_it_finished_never_reports(qtbot: object) -> None:
    """The user pressed Cancel just as the work ended: its result is not shown."""
    reported: list[object] = []
    task = start_task(lambda: "plan", reported.append, reported.append)
    QThreadPool.globalInstance().waitForDone()  # finished; its result not yet delivered
    task.cancelled = True
    qtbot.wait(50)  # type: ignore[attr-defined]  # the queued result is delivered now
    assert reported == []
