"""A process that starts a window and exits as soon as it is shown and idle.

Run by benchmarks/bench_gui.py; ``--bare`` shows a plain PySide6 window (the floor).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    bare = "--bare" in sys.argv
    if bare:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1400, 860)
        window.show()
        QTimer.singleShot(0, app.quit)
        return app.exec()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from jdeditor.gui.main_window import MainWindow
    from jdeditor.service import Library

    app = QApplication(sys.argv[:1])
    library = Library.open(sys.argv[sys.argv.index("--db") + 1])
    window = MainWindow(library)
    window.show()
    QTimer.singleShot(0, app.quit)
    code = app.exec()
    library.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
