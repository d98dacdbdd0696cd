"""Made-up check rules for the GUI tests: one of each severity, one with a suggestion.

The real rules arrive from the rule modules (core/checks); the panel is tested against
these so that it does not depend on what those rules find.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from jdeditor.core.checks.model import Bilingual, Category, Rule, Severity, Span


def pattern(regex: str, suggestion: str = "") -> Callable[[str], Iterable[Span]]:
    compiled = re.compile(regex)

    def check(text: str) -> Iterable[Span]:
        return [Span(m.start(), m.end(), suggestion) for m in compiled.finditer(text)]

    return check


GENDER = Rule(
    "test.gender",
    Category.LAW,
    Severity.ERROR,
    Bilingual("限定性别", "Gender limit"),
    Bilingual("招聘不得限定性别。", "A posting must not limit applicants to one gender."),
    source=Bilingual("《就业促进法》第27条", "Employment Promotion Law, art. 27"),
    text_check=pattern(r"限男性|限女性|男性优先"),
)
AGE = Rule(
    "test.age",
    Category.LAW,
    Severity.WARNING,
    Bilingual("年龄限制", "Age limit"),
    Bilingual("年龄上限有歧视风险。", "An age cap risks discrimination."),
    text_check=pattern(r"\d+岁以下"),
)
COMMA = Rule(
    "test.halfwidth_comma",
    Category.QUALITY,
    Severity.INFO,
    Bilingual("中文里的半角逗号", "Half-width comma in Chinese text"),
    Bilingual("中文里请用全角逗号。", "Use the full-width comma in Chinese text."),
    text_check=pattern(r"(?<=[\u4e00-\u9fff]),(?=[\u4e00-\u9fff])", "，"),
)
RULES = (GENDER, AGE, COMMA)


def heavy_rules(count: int = 60) -> list[Rule]:
    """Many rules of the kind the rule modules hold (word lists with look-arounds)."""
    words = ["限男性", "已婚已育", "本地户口", "乙肝", "形象气质佳", "35岁以下", "young", "old"]
    rules = []
    for number in range(count):
        regex = "|".join(f"(?<!不){re.escape(word)}{number % 7}?" for word in words)
        rules.append(
            Rule(
                f"heavy.{number}",
                Category.QUALITY,
                Severity(number % 3),
                Bilingual("重", "heavy"),
                Bilingual("重", "heavy"),
                text_check=pattern(regex),
            )
        )
    return rules
