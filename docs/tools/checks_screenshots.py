"""Screenshots of View › Checks: a posting with a few problems, findings of each severity.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m docs.tools.screenshots checks

Saves docs/screenshots/checks-panel-zh.png and checks-panel-en.png: the window with the
preview hidden, the form and the checks panel beside it, the first error chosen (its
explanation and source below the list, its words selected in the form). The postings are
made up here. The real rules are used when they are there (``zh.gender``,
``quality.debris``, ``quality.halfwidth_punct``); until then a small stand-in set below,
one rule of each kind, so the picture shows what the panel does.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jdeditor.app import install_translations
from jdeditor.core.checks.model import Bilingual, Category, Rule, Severity, Span
from jdeditor.core.checks.registry import all_rules
from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from jdeditor.gui.main_window import MainWindow
from jdeditor.service import Library

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
REAL_IDS = ("zh.gender", "quality.debris", "quality.halfwidth_punct")


def _spans(regex: str, suggestion: str = "") -> Callable[[str], Iterable[Span]]:
    compiled = re.compile(regex)
    return lambda text: [Span(m.start(), m.end(), suggestion) for m in compiled.finditer(text)]


def _rule(
    rule_id: str, severity: Severity, language: Language, regex: str, texts: tuple[str, ...]
) -> Rule:
    message_zh, message_en, why_zh, why_en, *rest = texts
    source = Bilingual(rest[0], rest[1]) if rest else None
    suggestion = rest[2] if len(rest) > 2 else ""
    category = Category.LAW if source else Category.QUALITY
    return Rule(
        rule_id,
        category,
        severity,
        Bilingual(message_zh, message_en),
        Bilingual(why_zh, why_en),
        source=source,
        languages=frozenset({language}),
        text_check=_spans(regex, suggestion),
    )


ZH, EN = Language.ZH, Language.EN
LAW_ZH = "《就业促进法》第27条；《妇女权益保障法》第43条"
LAW_EN = "Employment Promotion Law, art. 27; Women's Rights Law, art. 43"
STAND_IN_RULES = (
    _rule(
        "zh.gender",
        Severity.ERROR,
        ZH,
        r"限男性|限女性|男性优先|女性优先",
        (
            "限定或优先某一性别",
            "Limits or prefers one gender",
            "招聘不得以性别为由拒绝录用或提高录用标准；写明岗位真正需要的能力即可。",
            "A posting may not refuse or prefer applicants for their gender; "
            "describe the abilities the work needs instead.",
            LAW_ZH,
            LAW_EN,
        ),
    ),
    _rule(
        "zh.marriage",
        Severity.ERROR,
        ZH,
        r"已婚已育|未婚",
        (
            "婚育状况条件",
            "Marriage or childbearing condition",
            "招聘不得限制婚姻、生育状况。",
            "A posting may not set conditions on marriage or children.",
            LAW_ZH,
            LAW_EN,
        ),
    ),
    _rule(
        "zh.age",
        Severity.WARNING,
        ZH,
        r"\d+\s*[-–至到]\s*\d+\s*岁|\d+岁以下",
        (
            "年龄范围",
            "Age range",
            "法律未规定年龄，但监管部门和法院将年龄上限视为歧视风险。",
            "The law names no age, but regulators and courts treat age caps as a "
            "discrimination risk.",
        ),
    ),
    _rule(
        "quality.debris",
        Severity.WARNING,
        ZH,
        r"_{2,}",
        (
            "导入残留的占位符",
            "Placeholder left from import",
            "“___”是模板里待填写的位置，请填写或删除。",
            "“___” marks a blank of a template: fill it in or take it out.",
        ),
    ),
    _rule(
        "quality.halfwidth_punct",
        Severity.INFO,
        ZH,
        r"(?<=[\u4e00-\u9fff]),(?=[\u4e00-\u9fff])",
        (
            "中文里的半角标点",
            "Half-width punctuation in Chinese text",
            "中文里请用全角标点。",
            "Chinese text takes full-width punctuation.",
            "",
            "",
            "，",
        ),
    ),
    _rule(
        "en.age_limit",
        Severity.ERROR,
        EN,
        r"under \d+",
        (
            "明确的年龄上限",
            "An explicit age limit",
            "招聘中写明年龄上限会排斥有经验的求职者。",
            "An age cap shuts out experienced applicants.",
        ),
    ),
    _rule(
        "en.age",
        Severity.WARNING,
        EN,
        r"\b(?:young|energetic|digital native)\b",
        (
            "暗示年龄的措辞",
            "Age-coded wording",
            "这类措辞会让年长的求职者认为自己不在考虑之列。",
            "Such words tell older applicants they need not apply.",
        ),
    ),
    _rule(
        "en.native",
        Severity.WARNING,
        EN,
        r"native English speaker",
        (
            "以母语为条件",
            "Native speaker",
            "要求语言熟练程度，而非出身。",
            "Ask for fluency, not for where a person comes from.",
            "",
            "",
            "fluent in English",
        ),
    ),
    _rule(
        "en.masculine",
        Severity.INFO,
        EN,
        r"\b(?:competitive|dominant|driven)\b",
        (
            "带有男性倾向的词",
            "Masculine-coded word",
            "Gaucher、Friesen 与 Kay（2011）的词表：多用中性词可吸引更多求职者。",
            "From the word lists of Gaucher, Friesen & Kay (2011): neutral wording draws "
            "more applicants.",
        ),
    ),
)


def _posting(language: Language) -> Posting:
    if language is ZH:
        return Posting(
            title="销售代表",
            department="销售部",
            location="杭州",
            language=ZH,
            sections=[
                Section(
                    SectionKind.DUTIES,
                    "岗位职责",
                    [Item("开拓华东区域客户"), Item("维护客户关系,完成季度销售目标")],
                ),
                Section(
                    SectionKind.REQUIREMENTS,
                    "任职要求",
                    [
                        Item("大专及以上学历，限男性"),
                        Item("年龄25-35岁，已婚已育优先"),
                        Item("有___年以上销售经验"),
                    ],
                ),
            ],
        )
    return Posting(
        title="Sales Representative",
        department="Sales",
        location="Manchester",
        language=EN,
        sections=[
            Section(
                SectionKind.DUTIES,
                "Responsibilities",
                [Item("Win new customers in the North West"), Item("Keep a competitive pipeline")],
            ),
            Section(
                SectionKind.REQUIREMENTS,
                "Requirements",
                [
                    Item("A young, energetic team player under 35"),
                    Item("A native English speaker"),
                    Item("A valid driving licence"),
                ],
            ),
        ],
    )


def shoot_checks(app: QApplication, language: str, name: str) -> Path:
    translators = install_translations(app, language)
    real = all(any(rule.id == rule_id for rule in all_rules()) for rule_id in REAL_IDS)
    target = OUT / f"{name}.png"
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JDEDITOR_DATA_DIR"] = folder
        library = Library.open(Path(folder) / "library.db")
        library.create_posting(_posting(ZH if language.startswith("zh") else EN))
        window = MainWindow(library)
        window.checks.rules = all_rules if real else (lambda: STAND_IN_RULES)
        window.resize(1440, 860)
        window.preview_action.setChecked(False)
        window.checks.checks_action.setChecked(True)  # View › Checks (F8)
        window.show()
        window.resizeDocks([window.checks.dock], [460], Qt.Orientation.Horizontal)
        window.panel.view.selectRow(0)
        window.checks.recheck()
        panel = window.checks.panel
        group = panel.tree.topLevelItem(0)
        if group is not None and group.childCount():
            panel.tree.setCurrentItem(group.child(0))
            finding = panel.current_finding()
            if finding is not None:
                window.checks.show_finding(finding)
        for _ in range(10):
            app.processEvents()
        window.grab().save(str(target))
        window.editor.set_posting(None)
        window.close()
        library.close()
    for translator in translators:
        app.removeTranslator(translator)
    return target
