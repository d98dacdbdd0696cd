"""Screenshots of the dialog for a save that met someone else's save, in Chinese and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m docs.tools.screenshots conflict

Saves docs/screenshots/save-conflict-zh.png, -en.png (their changes against the revision
I opened) and save-conflict-merge-zh.png, -en.png (the merge page: the two long edits of
one requirement, the two headings of its section and the two salaries to choose between,
long texts wrapped). The postings are made up here.
"""

from __future__ import annotations

import copy
import os
import tempfile
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QApplication

from docs.tools.history_screenshots import _posting, _settle
from jdeditor.app import install_translations
from jdeditor.core.model import Item, Language, Salary
from jdeditor.gui.dialogs.save_conflict_dialog import SaveConflictDialog
from jdeditor.service import Library

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shoot_conflict(app: QApplication, language: str, suffix: str) -> list[Path]:
    translators = install_translations(app, language)
    zh = language.startswith("zh")
    targets: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JDEDITOR_DATA_DIR"] = folder
        library = Library.open(Path(folder) / "library.db")
        opened = _posting(Language.ZH if zh else Language.EN)
        opened.sections[1].items[1].text = (
            "3年以上互联网产品经验，熟悉从需求调研、原型设计到上线运营的完整流程，"
            "能独立负责一条产品线"
            if zh
            else "Three years of experience as a product manager, taking features from "
            "discovery and prototypes to launch, and able to own a product line alone"
        )
        base = library.create_posting(opened)
        assert base.id is not None
        theirs = copy.deepcopy(base)
        mine = copy.deepcopy(base)
        if zh:
            theirs.sections[1].items[1].text = (
                "3年以上B端SaaS产品经验，熟悉从需求调研、原型设计到上线运营的完整流程，"
                "能独立负责一条产品线并带领两三名产品助理"
            )
            theirs.sections[0].items.append(Item("撰写产品上线说明与培训材料"))
            theirs.sections[1].heading = "岗位要求"
            theirs.salary = Salary(Decimal(22000), Decimal(32000))
            mine.sections[1].items[1].text = (
                "3年以上互联网产品经验，有电商或支付产品经验优先，熟悉从需求调研、"
                "原型设计到上线运营的完整流程，能独立负责一条产品线"
            )
            mine.sections[1].heading = "任职资格"
            mine.salary = Salary(Decimal(25000), Decimal(35000))
            mine.title = "高级产品经理"
            note = "按部门意见修改"
        else:
            theirs.sections[1].items[1].text = (
                "Three years of experience as a B2B product manager on a SaaS product, "
                "taking features from discovery and prototypes to launch and adoption, and "
                "able to own a product line alone"
            )
            theirs.sections[0].items.append(Item("Write release notes and training material"))
            theirs.sections[1].heading = "What you bring"
            theirs.salary = Salary(Decimal(62000), Decimal(78000), "GBP")
            mine.sections[1].items[1].text = (
                "Three years of experience as a product manager (fintech or payments a "
                "plus), taking features from discovery and prototypes to launch, and able "
                "to own a product line alone"
            )
            mine.sections[1].heading = "Skills and experience"
            mine.salary = Salary(Decimal(65000), Decimal(80000), "GBP")
            mine.title = "Senior Product Manager"
            note = "Changes asked for by the department"
        stored = library.save_posting(theirs, note=note)
        revision = library.history(base.id)[0]
        dialog = SaveConflictDialog(base, mine, stored, revision)
        dialog.show()
        _settle(app)
        for index, name in ((0, "save-conflict"), (2, "save-conflict-merge")):
            dialog.tabs.setCurrentIndex(index)
            _settle(app)
            target = OUT / f"{name}-{suffix}.png"
            dialog.grab().save(str(target))
            targets.append(target)
        dialog.close()
        library.close()
    for translator in translators:
        app.removeTranslator(translator)
    return targets
