"""Help › About JD Editor and About Qt, as a person opens them."""

from __future__ import annotations

import importlib.metadata
import platform
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

import jdeditor
from jdeditor.gui.dialogs import about_dialog
from jdeditor.gui.dialogs.about_dialog import AboutDialog
from jdeditor.gui.main_window import MainWindow
from jdeditor.paths import log_dir
from tests.gui.windows import open_window


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    opened = open_window(qtbot, tmp_path / "about-library.db")
    yield opened
    opened.library.close()


@pytest.fixture
def about(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AboutDialog]:
    """The dialog Help › About JD Editor opens, kept open for the test."""
    opened: list[AboutDialog] = []

    def keep(dialog: AboutDialog) -> int:
        opened.append(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(AboutDialog, "exec", keep)
    monkeypatch.setattr(AboutDialog, "deleteLater", lambda dialog: None)
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.about_action in help_menu.actions()  # type: ignore[union-attr]
    window.about_action.trigger()
    (dialog,) = opened
    yield dialog
    dialog.close()


def shown_text(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_shows_version_licence_folders_and_versions(
    about: AboutDialog, window: MainWindow
) -> None:
    text = shown_text(about)
    assert importlib.metadata.version("jdeditor") == jdeditor.__version__
    for expected in (
        "JD Editor",
        jdeditor.__version__,
        "MIT License",
        "no warranty",
        str(window.library.location.file),
        str(log_dir()),
        f"{qVersion()} (PySide6 {PySide6.__version__})",
        platform.python_version(),
    ):
        assert expected in text, expected


def test_copy_details_puts_everything_on_the_clipboard(
    qtbot: object, about: AboutDialog, window: MainWindow
) -> None:
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(about.copy_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    copied = QGuiApplication.clipboard().text()
    lines = copied.splitlines()
    assert lines[0] == f"JD Editor {jdeditor.__version__}"
    assert f"Version: {jdeditor.__version__}" in lines
    assert "Licence: MIT License" in lines
    assert f"Library: {window.library.location.file}" in lines
    assert f"Log folder: {log_dir()}" in lines
    assert f"Qt: {qVersion()} (PySide6 {PySide6.__version__})" in lines
    assert any(line.startswith(f"Python: {platform.python_version()}") for line in lines)
    assert about.copy_button.text() == "Copied"


def test_the_folder_buttons_open_the_library_and_log_folders(
    qtbot: object, about: AboutDialog, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(about.library_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.mouseClick(about.log_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    library_file = window.library.location.file
    assert library_file is not None
    assert [Path(url.toLocalFile()) for url in opened] == [library_file.parent, log_dir()]
    assert log_dir().is_dir()  # made when missing, so the file manager has a folder to show


def test_the_version_falls_back_to_the_source_when_not_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def not_installed(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    monkeypatch.setattr(jdeditor, "__version__", "9.8.7")
    assert about_dialog.app_version() == "9.8.7"


def test_about_in_chinese(qtbot: object, chinese: None) -> None:
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "关于岗位说明书编辑器"
    text = shown_text(dialog)
    for expected in (
        "岗位说明书编辑器",
        "版本：",
        "MIT 许可证",
        "岗位库：",
        "（正在打开）",
        "日志文件夹：",
    ):
        assert expected in text, expected
    assert "岗位库：（正在打开）" in dialog.details()
    assert not dialog.library_button.isEnabled()  # no library yet: no folder to open


def test_help_offers_about_qt(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[bool] = []
    monkeypatch.setattr(QApplication, "aboutQt", lambda: shown.append(True))
    window = open_window(qtbot, tmp_path / "qt.db")
    try:
        help_menu = window.menuBar().actions()[-1].menu()
        assert window.about_qt_action in help_menu.actions()  # type: ignore[union-attr]
        assert window.about_action.menuRole() is QAction.MenuRole.AboutRole
        assert window.about_qt_action.menuRole() is QAction.MenuRole.AboutQtRole
        window.about_qt_action.trigger()
        assert shown == [True]
    finally:
        window.library.close()
