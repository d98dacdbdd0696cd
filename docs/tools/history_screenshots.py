"""Screenshots of View › History and of the compare view, in Chinese and in English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m docs.tools.screenshots history

Saves docs/screenshots/history-panel-zh.png, -en.png (the window with the history panel
beside the form, the two newest revisions selected) and compare-revisions-zh.png, -en.png
(revision 1 against revision 2: a moved duty, an edited requirement with its changed
characters or words marked, an added and a removed item, a changed salary). The postings
and their edits are made up here.
"""

from __future__ import annotations

import copy
import os
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jdeditor.app import install_translations
from jdeditor.core.model import Item, Language, Posting, Salary, Section, SectionKind
from jdeditor.gui.main_window import MainWindow
from jdeditor.service import Library

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _posting(language: Language) -> Posting:
    if language is Language.ZH:
        return Posting(
            title="产品经理",
            department="产品部",
            location="上海",
            salary=Salary(Decimal(20000), Decimal(30000)),
            language=Language.ZH,
            sections=[
                Section(
                    SectionKind.DUTIES,
                    "岗位职责",
                    [
                        Item("负责产品规划与需求分析，撰写产品需求文档"),
                        Item("协调研发、设计与测试团队，推动项目按时上线"),
                        Item("跟踪产品数据，持续优化用户体验"),
                        Item("组织用户调研与竞品分析"),
                    ],
                ),
                Section(
                    SectionKind.REQUIREMENTS,
                    "任职要求",
                    [
                        Item("本科及以上学历，计算机相关专业"),
                        Item("3年以上互联网产品经验"),
                        Item("良好的沟通能力与团队合作精神"),
                    ],
                ),
            ],
        )
    return Posting(
        title="Product Manager",
        department="Product",
        location="London",
        salary=Salary(Decimal(60000), Decimal(75000), "GBP"),
        language=Language.EN,
        sections=[
            Section(
                SectionKind.DUTIES,
                "Responsibilities",
                [
                    Item("Own the roadmap for the mobile app"),
                    Item("Work with design and engineering to ship features on time"),
                    Item("Track product metrics and improve the user experience"),
                    Item("Run user research and competitor analysis"),
                ],
            ),
            Section(
                SectionKind.REQUIREMENTS,
                "Requirements",
                [
                    Item("A degree in computer science or a related field"),
                    Item("Three years of experience as a product manager"),
                    Item("Clear written and spoken English"),
                ],
            ),
        ],
    )


def _revise(library: Library, posting: Posting, language: Language) -> None:
    """Revision 2: a duty moved, a requirement edited, one duty added, one removed, the
    salary changed; revision 3: the title."""
    second = copy.deepcopy(posting)
    duties, requirements = second.sections[0].items, second.sections[1].items
    duties.insert(0, duties.pop(2))  # "track the data" first
    del duties[3]  # user research
    if language is Language.ZH:
        requirements[1].text = "5年以上B端产品经验，有SaaS经验优先"
        duties.append(Item("撰写产品上线说明与培训材料"))
        second.salary = Salary(Decimal(25000), Decimal(35000))
    else:
        requirements[1].text = "Five years of experience as a B2B product manager"
        duties.append(Item("Write release notes and training material"))
        second.salary = Salary(Decimal(65000), Decimal(80000), "GBP")
    saved = library.save_posting(second, note="")
    saved.title += "（高级）" if language is Language.ZH else " (Senior)"
    library.save_posting(saved, note="")


def _settle(app: QApplication, done: object = None) -> None:
    """Let the background loading finish and the widgets lay out."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        app.processEvents()
        if done is None or done():  # type: ignore[operator]
            break
        time.sleep(0.01)
    for _ in range(10):
        app.processEvents()


def shoot_history(app: QApplication, language: str, suffix: str) -> list[Path]:
    translators = install_translations(app, language)
    posting_language = Language.ZH if language.startswith("zh") else Language.EN
    targets: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JDEDITOR_DATA_DIR"] = folder
        library = Library.open(Path(folder) / "library.db")
        stored = library.create_posting(_posting(posting_language))
        _revise(library, stored, posting_language)
        window = MainWindow(library)
        window.resize(1440, 860)
        window.preview_action.setChecked(False)
        window.history.history_action.setChecked(True)  # View › History
        window.show()
        window.resizeDocks([window.history.dock], [430], Qt.Orientation.Horizontal)
        window.panel.view.selectRow(0)
        panel = window.history.panel
        _settle(app, lambda: len(panel.versions()) == 3)
        panel.select_versions([1, 2])
        _settle(app)
        target = OUT / f"history-panel-{suffix}.png"
        window.grab().save(str(target))
        targets.append(target)
        panel.compare_button.click()
        dialog = window.history.compare_dialog
        assert dialog is not None
        dialog.resize(1100, 640)
        _settle(app)
        target = OUT / f"compare-revisions-{suffix}.png"
        dialog.grab().save(str(target))
        targets.append(target)
        dialog.close()
        window.editor.set_posting(None)
        window.close()
        library.close()
    for translator in translators:
        app.removeTranslator(translator)
    return targets
