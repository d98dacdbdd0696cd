"""A process that starts a window, reports when it is shown and idle, and exits.

Run by benchmarks/bench_gui.py. ``--bare`` shows a plain PySide6 window (the floor);
otherwise the app starts through its real entry point (``jdeditor.cli.main``, as the
``jdeditor`` command does) with ``--db PATH``. The probe prints wall-clock moments
(``time.time()``) the parent subtracts its own launch moment from:

    shown <t>   the window is shown and the event loop idle
    ready <t>   the library is open, the list filled, and the event loop idle again
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def mark(name: str) -> None:
    print(f"{name} {time.time():.6f}", flush=True)


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 860)
    window.show()

    def shown() -> None:
        mark("shown")
        mark("ready")
        app.quit()

    QTimer.singleShot(0, shown)
    return app.exec()


def jdeditor(db: str) -> int:
    import jdeditor.app as app_module
    from jdeditor import cli

    show_main_window = app_module.show_main_window

    def instrumented(location: str | None):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        window, opener = show_main_window(location)
        QTimer.singleShot(0, lambda: mark("shown"))

        def ready() -> None:
            mark("ready")
            window.close()
            QApplication.quit()

        window.library_ready.connect(lambda: QTimer.singleShot(0, ready))
        return window, opener

    app_module.show_main_window = instrumented
    return cli.main(["--db", db])


def main() -> int:
    if "--bare" in sys.argv:
        return bare()
    return jdeditor(sys.argv[sys.argv.index("--db") + 1])


if __name__ == "__main__":
    sys.exit(main())
