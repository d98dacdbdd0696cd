"""The desktop app quits on SIGTERM as if its window were closed (POSIX only).

A logout, ``kill`` or a service manager sends SIGTERM; by default Python dies at once and
leaves the library's write-ahead log behind. Python runs a signal handler only when it
gets control back, and Qt's event loop can sit in C++ indefinitely, so the signal also
writes a byte to a pipe (``signal.set_wakeup_fd``) that a ``QSocketNotifier`` watches:
the handler then runs at once. Windows sends no SIGTERM to a windowed program.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSocketNotifier


def quit_on_terminate(app: QCoreApplication, quit_app: Callable[[], None] | None = None) -> bool:
    """On SIGTERM call ``quit_app`` (``app.quit``: windows close, then exec returns 0).

    Returns False where there is nothing to do (Windows). Call from the main thread.
    """
    if sys.platform == "win32":
        return False
    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)
    signal.set_wakeup_fd(writer)
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):  # nothing to read: already drained
            os.read(reader, 64)

    notifier.activated.connect(drain)
    action = quit_app or app.quit
    signal.signal(signal.SIGTERM, lambda _number, _frame: action())
    return True
