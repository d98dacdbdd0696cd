"""GUI test set-up: offscreen Qt, Qt warnings fail the test, a fresh undo stack per test.

The project's pytest configuration sets ``qt_log_level_fail = "WARNING"``, so any Qt
warning a test causes fails it (pytest-qt). The one exception is noise from the offscreen
platform plugin itself, which warns whenever a window is shown or a popup grabs input; it
says nothing about our code and is ignored here by exact text, so every other warning
still fails.

PySide6-Essentials 6.12.0 drops a reference to ``None`` on Python 3.11 and eventually
aborts the interpreter; pyproject.toml excludes it, and
``test_qt_binding_keeps_singletons_alive`` fails if such a binding is installed again.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from jdeditor.core.model import Item, ItemKind, Section, SectionKind

GUI_TESTS = Path(__file__).resolve().parent
OFFSCREEN_NOISE = (
    r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the \w+)$",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_TESTS not in Path(str(item.path)).parents:
            continue
        own = item.get_closest_marker("qt_log_ignore")
        patterns = OFFSCREEN_NOISE + (tuple(own.args) if own is not None else ())
        extend = own.kwargs.get("extend", True) if own is not None else True
        item.add_marker(pytest.mark.qt_log_ignore(*patterns, extend=extend), append=False)


@pytest.fixture
def undo_stack(qapp: object) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def nested_section() -> Section:
    """Duties with a group, a paragraph that is not numbered, and mixed languages."""
    return Section(
        SectionKind.DUTIES,
        "岗位职责",
        [
            Item("负责产品规划"),
            Item(
                "市场及用户研究",
                [Item("市场分析"), Item("User interviews", [Item("Personas")])],
            ),
            Item("以下为补充说明。", kind=ItemKind.PARAGRAPH),
            Item("Write the roadmap"),
        ],
    )


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the test run: fail instead."""

    def unexpected(*args: object, **kwargs: object) -> object:
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", unexpected)


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp: object) -> Iterator[None]:
    """The English interface, as the app loads it (its plural forms: "1 posting")."""
    from jdeditor.app import install_translations

    translators = install_translations(qapp, "en")  # type: ignore[arg-type]
    yield
    for translator in translators:
        qapp.removeTranslator(translator)  # type: ignore[attr-defined]


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    """The Chinese interface for one test (then back to the English one)."""
    from jdeditor.app import install_translations

    translators = install_translations(qapp, "zh_CN")  # type: ignore[arg-type]
    yield
    for translator in translators:
        qapp.removeTranslator(translator)  # type: ignore[attr-defined]
