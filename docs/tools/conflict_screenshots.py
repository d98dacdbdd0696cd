"""Screenshots of the dialog for a save that met someone else's save, in Chinese and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m docs.tools.screenshots conflict

Saves docs/screenshots/save-conflict-zh.png, -en.png (their changes against the revision
I opened) and save-conflict-merge-zh.png, -en.png (the merge page: the two edits of one
requirement and the two salaries to choose between). The postings are made up here.
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
        base = library.create_posting(_posting(Language.ZH if zh else Language.EN))
        assert base.id is not None
        theirs = copy.deepcopy(base)
        mine = copy.deepcopy(base)
        if zh:
            theirs.sections[1].items[1].text = "3年以上B端产品经验"
            theirs.sections[0].items.append(Item("撰写产品上线说明与培训材料"))
            theirs.salary = Salary(Decimal(22000), Decimal(32000))
            mine.sections[1].items[1].text = "3年以上互联网产品经验，有电商经验优先"
            mine.salary = Salary(Decimal(25000), Decimal(35000))
            mine.title = "高级产品经理"
            note = "按部门意见修改"
        else:
            theirs.sections[1].items[1].text = "Three years of experience as a B2B product manager"
            theirs.sections[0].items.append(Item("Write release notes and training material"))
            theirs.salary = Salary(Decimal(62000), Decimal(78000), "GBP")
            mine.sections[1].items[
                1
            ].text = "Three years of experience as a product manager, fintech a plus"
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
