"""A main window on a library, as the GUI tests open it."""

from __future__ import annotations

from pathlib import Path

from jdeditor.gui.main_window import MainWindow
from jdeditor.service import Library


def open_window(qtbot: object, path: Path) -> MainWindow:
    """The window on the library at ``path``, shown and closed by pytest-qt after the test."""
    window = MainWindow(Library.open(path))
    # Closed by pytest-qt before fixture teardown: drop any edit first, so closing asks nothing.
    qtbot.addWidget(  # type: ignore[attr-defined]
        window, before_close_func=lambda w: w.editor.set_posting(None)
    )
    window.show()
    return window
