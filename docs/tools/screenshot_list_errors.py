"""Screenshots of the library list with its errors column and "With errors" filter.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m docs.tools.screenshot_list_errors

Imports the Chinese sample file into a temporary library, adds a posting with a gender
condition and a ``___`` left in, and saves docs/screenshots/list-errors-zh.png and
list-errors-en.png (the window), and the list alone with the filter on
(list-errors-zh-filtered.png, -en-filtered.png). Before the rules of core/checks exist
(a branch of its own), two stand-in rules of the same kind make the errors to show.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from jdeditor.app import install_translations
from jdeditor.core.checks import Bilingual, Category, Rule, Severity, Span, engine, registry
from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from jdeditor.gui.main_window import MainWindow
from jdeditor.service import Library

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "shared" / "samples"
OUT = ROOT / "docs" / "screenshots"


def _spans(pattern: str) -> object:
    def check(text: str) -> Iterator[Span]:
        for match in re.finditer(pattern, text):
            yield Span(match.start(), match.end())

    return check


STAND_INS = (
    Rule(
        "zh.gender",
        Category.LAW,
        Severity.ERROR,
        Bilingual("性别限制", "Gender condition"),
        Bilingual("", ""),
        text_check=_spans("限女性|限男性"),  # type: ignore[arg-type]
    ),
    Rule(
        "quality.debris",
        Category.QUALITY,
        Severity.ERROR,
        Bilingual("占位符", "Placeholder"),
        Bilingual("", ""),
        text_check=_spans("_{3,}"),  # type: ignore[arg-type]
    ),
)


def faulty_posting() -> Posting:
    return Posting(
        title="前台接待",
        department="行政部",
        language=Language.ZH,
        sections=[
            Section(SectionKind.DUTIES, "岗位职责", [Item("负责来访登记与接待"), Item("___")]),
            Section(SectionKind.REQUIREMENTS, "任职要求", [Item("限女性，形象气质佳")]),
        ],
    )


def shoot(app: QApplication, language: str, name: str) -> Path:
    translators = install_translations(app, language)
    target = OUT / f"{name}.png"
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JDEDITOR_DATA_DIR"] = folder
        library = Library.open(Path(folder) / "library.db")
        library.import_files([SAMPLES / "product-manager-postings.zh.txt"])
        opened = library.create_posting(faulty_posting())
        window = MainWindow(library)
        window.resize(1440, 860)
        window.show()
        window.panel.refresh()
        window.panel.select_posting(opened.id)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(target))
        window.panel.errors_filter.setChecked(True)
        for _ in range(5):
            app.processEvents()
        window.panel.grab().save(str(OUT / f"{name}-filtered.png"))
        window.editor.set_posting(None)
        window.close()
        library.close()
    for translator in translators:
        app.removeTranslator(translator)
    return target


def main() -> None:
    if not any(rule.severity is Severity.ERROR for rule in registry.all_rules()):
        registry.all_rules = lambda: STAND_INS  # type: ignore[assignment]
        engine.all_rules = lambda: STAND_INS  # type: ignore[attr-defined,assignment]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("JDEditor-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    OUT.mkdir(parents=True, exist_ok=True)
    print(shoot(app, "zh_CN", "list-errors-zh"))
    print(shoot(app, "en_US", "list-errors-en"))


if __name__ == "__main__":
    main()
