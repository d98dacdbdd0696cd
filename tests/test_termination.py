"""SIGTERM reaches the app while Qt's event loop waits in C++ (.ci/smoke_frozen.sh: the app)."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from jdeditor.termination import quit_on_terminate

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM on Windows")


@pytest.fixture
def restored_signals() -> Iterator[None]:
    handler = signal.getsignal(signal.SIGTERM)
    wakeup = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(wakeup)
    yield
    signal.signal(signal.SIGTERM, handler)
    signal.set_wakeup_fd(wakeup)


@pytest.mark.usefixtures("restored_signals")
def test_sigterm_quits_a_waiting_event_loop_at_once(qapp: QApplication) -> None:
    loop = QEventLoop()
    quit_calls: list[float] = []

    def quit_app() -> None:
        quit_calls.append(time.monotonic())
        loop.quit()

    assert quit_on_terminate(qapp, quit_app)
    # Without the wake-up pipe, Python would run the handler only when the 10 s guard fires.
    guard = QTimer(singleShot=True, interval=10_000)
    guard.timeout.connect(loop.quit)
    guard.start()
    sender = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGTERM))
    started = time.monotonic()
    sender.start()
    loop.exec()
    guard.stop()
    sender.join()
    assert len(quit_calls) == 1
    assert quit_calls[0] - started < 5
