"""The interface in Chinese and English: complete, current, and loaded for the right language."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from jdeditor.app import install_translations
from jdeditor.gui.languages import INTERFACE_LANGUAGES
from jdeditor.gui.main_window import MainWindow
from jdeditor.service import Library
from jdeditor.settings import load_settings

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER_RE = re.compile(r"\{\w+\}|%L?n|<[^>]+>")


def load_updater() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", TRANSLATIONS / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(language: str) -> Iterator[tuple[str, ET.Element]]:
    tree = ET.parse(TRANSLATIONS / f"jdeditor_{language}.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[object]:
    """Install translations for a test, and take them out again afterwards."""
    installed = []

    def install(language: str) -> None:
        installed.extend(install_translations(qapp, language))

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


def test_the_translation_files_are_current_with_the_code() -> None:
    assert load_updater().stale() == []


def test_every_chinese_string_is_translated_with_its_placeholders() -> None:
    count = 0
    for context, message in messages("zh_CN"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        for text in texts(message):
            count += 1
            assert text.strip(), (context, source)
            assert sorted(PLACEHOLDER_RE.findall(text)) == sorted(PLACEHOLDER_RE.findall(source)), (
                context,
                source,
                text,
            )
            assert ("&" in text) == ("&" in source), (context, source, text)
    assert count > 150


def test_english_plural_forms_are_complete() -> None:
    plural = [(c, m) for c, m in messages("en") if m.get("numerus") == "yes"]
    assert plural
    for context, message in plural:
        singular, several = texts(message)
        assert "%Ln" in singular and "%Ln" in several, (context, message.findtext("source"))
        assert singular != several or "more" in singular


def test_chinese_interface(translated: object, qtbot: object, tmp_path: Path) -> None:
    translated("zh_CN")  # type: ignore[operator]
    assert QCoreApplication.translate("WindowMenus", "&File") == "文件(&F)"
    assert QCoreApplication.translate("LibraryPanel", "%Ln posting(s)", "", 3) == "共 3 个岗位"
    # Qt's own buttons (Save / Discard / Cancel in the unsaved-changes question) too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    library = Library.open(tmp_path / "lib.db")
    window = MainWindow(library)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    try:
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["文件(&F)", "编辑(&E)", "视图(&V)", "工具(&T)", "帮助(&H)"]
        assert window.panel.count_label.text() == "共 0 个岗位"
        assert window.panel.model.headerData(0, Qt.Orientation.Horizontal) == "岗位名称"
    finally:
        library.close()


def test_english_counts_use_the_singular_for_one(translated: object) -> None:
    translated("en")  # type: ignore[operator]
    assert QCoreApplication.translate("LibraryPanel", "%Ln posting(s)", "", 1) == "1 posting"
    assert QCoreApplication.translate("LibraryPanel", "%Ln posting(s)", "", 2) == "2 postings"
    assert QCoreApplication.translate("WindowMenus", "&File") == "&File"


def test_a_language_we_lack_gets_the_english_interface(translated: object) -> None:
    translated("de_DE")  # type: ignore[operator]
    assert QCoreApplication.translate("LibraryPanel", "%Ln match(es)", "", 1) == "1 match"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # not German


def test_the_language_chosen_in_the_menu_is_kept_for_the_next_start(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(str(args[2])))
    library = Library.open(tmp_path / "lib.db")
    window = MainWindow(library)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    try:
        menu = window.findChild(QMenu, "language_menu")
        assert menu is not None
        names = [action.text() for action in menu.actions()]
        assert names[1:] == [name for _, name in INTERFACE_LANGUAGES]
        assert menu.actions()[0].isChecked()  # the system's, until one is chosen
        menu.actions()[1].trigger()
        assert load_settings()[0].language == "zh_CN"  # the same setting as Preferences
        assert told and "next time" in told[0]
    finally:
        library.close()
