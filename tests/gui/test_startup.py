"""Starting the app: the window shows first, the library opens behind it, then fills it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

import jdeditor.app as app_module
from jdeditor.core.model import Status
from jdeditor.gui.dialogs.about_dialog import AboutDialog
from jdeditor.gui.main_window import MainWindow
from jdeditor.service import Library
from tests.factories import chinese_posting, english_posting

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_window_before_the_library_shows_it_is_opening(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    panel = window.panel
    assert panel.stack.currentWidget() is panel.opening
    assert not panel.search_edit.isEnabled()
    for action in (window.new_action, window.import_action, window.save_action):
        assert not action.isEnabled()
    assert window.editor_area.currentWidget() is window.editor_hint
    window.write_draft_now()  # after a crash this early there is nothing to keep
    shown: list[str] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog.details()))
    window.about_action.trigger()
    assert "Library: (still opening)" in shown[0]


def test_attaching_the_library_fills_the_window(qtbot: object, tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib.db")
    library.create_posting(chinese_posting())
    window = MainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    with qtbot.waitSignal(window.library_ready):  # type: ignore[attr-defined]
        window.attach_library(library)
    try:
        assert window.panel.stack.currentWidget() is window.panel.view
        assert window.panel.model.total == 1
        assert window.new_action.isEnabled() and window.panel.search_edit.isEnabled()
        assert window.editor_area.currentWidget() is window.editor_hint
        window.panel.view.selectRow(0)
        assert window.editor_area.currentWidget() is window.editor
        assert window.editor.posting() is not None
    finally:
        window.editor.set_posting(None)
        library.close()


def test_the_form_is_built_only_when_a_posting_opens(qtbot: object, tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib.db")
    window = MainWindow(library)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    try:
        window.trash_action.setChecked(True)
        window.trash_action.setChecked(False)
        assert window._editor is None  # browsing and the trash need no form
        window.new_posting()
        assert window._editor is not None
        assert window.editor_area.currentWidget() is window.editor
        window.delete()  # a never-saved posting just closes
        assert window.editor_area.currentWidget() is window.editor_hint
    finally:
        library.close()


def run_app_until_ready(db: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[MainWindow]]:
    """``run_gui`` as the ``jdeditor`` command runs it, closing the window once it is ready."""
    windows: list[MainWindow] = []
    show = app_module.show_main_window

    def show_and_close_when_ready(location: str | None):  # type: ignore[no-untyped-def]
        window, opener = show(location)
        windows.append(window)
        window.library_ready.connect(lambda: QTimer.singleShot(0, window.close))
        return window, opener

    monkeypatch.setattr(app_module, "show_main_window", show_and_close_when_ready)
    QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]
    return app_module.run_gui(str(db)), windows


def test_run_gui_opens_the_library_in_the_background(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "library.db"
    with Library.open(db) as library:
        library.create_posting(english_posting())
        published = chinese_posting()
        published.status = Status.PUBLISHED
        library.create_posting(published)
    code, windows = run_app_until_ready(db, monkeypatch)
    assert code == 0
    assert not QApplication.windowIcon().isNull()  # resources/icons/jdeditor.svg
    (window,) = windows
    assert window.panel.model.total == 2
    assert window.statusBar().currentMessage().endswith("library.db")


def test_starting_the_window_loads_no_database_layer() -> None:
    """What showing the window needs, and nothing more, is imported before it shows."""
    script = textwrap.dedent(
        """
        import sys
        import jdeditor.cli, jdeditor.app
        from jdeditor.gui.main_window import MainWindow
        from jdeditor.gui.library_opener import LibraryOpener
        heavy = ("sqlalchemy", "alembic", "docx", "docxtpl", "jdeditor.service",
                 "jdeditor.store", "jdeditor.gui.editors.posting_editor",
                 "jdeditor.core.structure", "logging.handlers")
        print(sorted(m for m in sys.modules if m.startswith(heavy)))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "[]"


def test_closing_before_the_library_opened_still_closes_it(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user closes the window at once: the library that opens after is closed cleanly."""
    import threading

    import jdeditor.service

    window_closed = threading.Event()
    closed: list[Library] = []
    real_open, real_close = Library.open, Library.close

    def slow_open(location: str | None, create: bool = True) -> Library:
        window_closed.wait(10)  # the window is gone before the library is open
        return real_open(location, create)

    def recording_close(library: Library) -> None:
        closed.append(library)
        real_close(library)

    monkeypatch.setattr(jdeditor.service.Library, "open", staticmethod(slow_open))
    monkeypatch.setattr(jdeditor.service.Library, "close", recording_close)
    show = app_module.show_main_window

    def show_and_close_at_once(location: str | None):  # type: ignore[no-untyped-def]
        window, opener = show(location)
        window.destroyed.connect(window_closed.set)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        QTimer.singleShot(50, window.close)
        return window, opener

    monkeypatch.setattr(app_module, "show_main_window", show_and_close_at_once)
    QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]
    assert app_module.run_gui(str(tmp_path / "library.db")) == 0
    assert window_closed.is_set()
    assert len(closed) == 1
