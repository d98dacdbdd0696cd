"""Screenshots of View › Statements: the list beside the form, the families, the reword.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m docs.tools.screenshots statements

Saves docs/screenshots/statements-panel-zh.png, families-panel-zh.png,
reword-dialog-zh.png and the same with -en: a library of a few made-up postings in each
language that word one requirement three ways, the window with the preview hidden and
the statements dock beside the form (a requirement being edited), then the Families tab,
then the reword dialog for the largest family with the open posting edited (so the
preview shows it left alone).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jdeditor.app import install_translations
from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from jdeditor.gui.main_window import MainWindow
from jdeditor.service import Library

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

ZH_POSTINGS = (
    ("数据分析师", "3年以上相关工作经验", "负责业务数据的日常监控与分析"),
    ("销售经理", "3年以上相关工作经验", "开拓华东区域客户，完成季度销售目标"),
    ("产品经理", "三年以上相关经验", "负责产品规划与需求分析"),
    ("运营专员", "3年及以上相关工作经验", "策划并执行线上活动"),
    ("财务主管", "三年以上相关经验", "负责月度结账与财务报表"),
)
EN_POSTINGS = (
    ("Data Analyst", "3+ years of relevant experience", "Build the weekly sales dashboards"),
    ("Sales Manager", "3+ years of relevant experience", "Win new customers in the North"),
    ("Product Manager", "Three years of relevant experience", "Own the product roadmap"),
    ("Marketing Lead", "3 or more years of relevant experience", "Plan the online campaigns"),
    ("Finance Lead", "Three years of relevant experience", "Close the books every month"),
)


def _postings(language: Language) -> list[Posting]:
    zh = language is Language.ZH
    rows = ZH_POSTINGS if zh else EN_POSTINGS
    duties, requirements = ("岗位职责", "任职要求") if zh else ("Responsibilities", "Requirements")
    degree = "本科及以上学历" if zh else "A degree in a related field"
    talk = "良好的沟通能力和团队合作精神" if zh else "Clear written and spoken communication"
    team = "与团队协作完成项目目标" if zh else "Work with the team on shared goals"
    return [
        Posting(
            title=title,
            department="业务部" if zh else "Operations",
            language=language,
            sections=[
                Section(SectionKind.DUTIES, duties, [Item(duty), Item(team)]),
                Section(
                    SectionKind.REQUIREMENTS,
                    requirements,
                    [Item(degree), Item(requirement), Item(talk)],
                ),
            ],
        )
        for title, requirement, duty in rows
    ]


def _settle(app: QApplication, window: MainWindow) -> None:
    actions = window.statements
    for _ in range(200):
        app.processEvents()
        if not actions.task_running("statements") and not actions.task_running("families"):
            break
        QApplication.instance().thread().msleep(20)  # type: ignore[union-attr]
    for _ in range(5):
        app.processEvents()


def shoot_statements(app: QApplication, language: str, suffix: str) -> list[Path]:
    translators = install_translations(app, language)
    posting_language = Language.ZH if language.startswith("zh") else Language.EN
    targets = []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JDEDITOR_DATA_DIR"] = folder
        library = Library.open(Path(folder) / "library.db")
        for posting in _postings(posting_language):
            library.create_posting(posting)
        window = MainWindow(library)
        window.resize(1440, 860)
        window.preview_action.setChecked(False)
        window.statements.statements_action.setChecked(True)  # View › Statements (F7)
        window.show()
        window.activateWindow()
        window.resizeDocks([window.statements.dock], [480], Qt.Orientation.Horizontal)
        window.panel.view.selectRow(0)
        section = window.editor.section_frames()[1].editor
        section.view().setFocus()
        section.view().setCurrentIndex(section.model().index_for_path((1,)))
        window.statements.refresh()
        _settle(app, window)
        window.statements.panel.list.setCurrentRow(1)
        target = OUT / f"statements-panel-{suffix}.png"
        window.grab().save(str(target))
        targets.append(target)

        actions = window.statements
        actions.tabs.setCurrentWidget(actions.families_panel)
        actions.families_panel.set_kind(SectionKind.REQUIREMENTS)
        _settle(app, window)
        target = OUT / f"families-panel-{suffix}.png"
        window.grab().save(str(target))
        targets.append(target)

        from jdeditor.gui.dialogs.reword_dialog import RewordDialog

        family = actions.families_panel.families()[0]
        title_edit = window.editor.header.title_edit
        title_edit.setFocus()
        title_edit.end(False)
        QTest.keyClicks(title_edit, " (draft)")  # unsaved edits: the preview leaves it alone
        dialog = RewordDialog(
            family,
            lambda text: library.reword_plan(family.id, text, actions.skip()),
            "",
            window,
        )
        dialog.show()
        for _ in range(5):
            app.processEvents()
        target = OUT / f"reword-dialog-{suffix}.png"
        dialog.grab().save(str(target))
        targets.append(target)
        dialog.reject()
        window.editor.set_posting(None)
        window.close()
        library.close()
    for translator in translators:
        app.removeTranslator(translator)
    return targets
