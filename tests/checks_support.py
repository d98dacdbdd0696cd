"""Rules made for the tests of what surrounds the checks (store, service, list, CLI).

The real rules are written and tested in core/checks; these tests need rules whose
findings they know, whatever the real rules become: ``use_test_rules`` puts these in
place of ``all_rules()``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from jdeditor.core.checks import Bilingual, Category, Rule, Severity, Span

BLANK = re.compile(r"_{3,}")


def _blanks(text: str) -> Iterator[Span]:
    for match in BLANK.finditer(text):
        yield Span(match.start(), match.end(), "")


def _married(text: str) -> Iterator[Span]:
    start = text.find("已婚")
    if start >= 0:
        yield Span(start, start + 2, "")


def _exclamation(text: str) -> Iterator[Span]:
    start = text.find("!")
    if start >= 0:
        yield Span(start, start + 1, "！")


BLANK_RULE = Rule(
    id="test.blank",
    category=Category.QUALITY,
    severity=Severity.ERROR,
    message=Bilingual("留有空白占位符", "A blank placeholder is left in"),
    explanation=Bilingual("填写或删除 ___。", "Fill in or remove the ___."),
    text_check=_blanks,
)
MARRIED_RULE = Rule(
    id="test.married",
    category=Category.LAW,
    severity=Severity.ERROR,
    message=Bilingual("婚育条件", "Marriage condition"),
    explanation=Bilingual("不得以婚育状况限制应聘。", "Marriage may not be a condition."),
    source=Bilingual("《妇女权益保障法》第43条", "Women's Rights Protection Law, art. 43"),
    text_check=_married,
)
EXCLAMATION_RULE = Rule(
    id="test.exclamation",
    category=Category.QUALITY,
    severity=Severity.INFO,
    message=Bilingual("半角感叹号", "Half-width exclamation mark"),
    explanation=Bilingual("中文用全角标点。", "Chinese text uses full-width punctuation."),
    text_check=_exclamation,
)
TEST_RULES = (BLANK_RULE, MARRIED_RULE, EXCLAMATION_RULE)


@pytest.fixture
def use_test_rules(monkeypatch: pytest.MonkeyPatch) -> tuple[Rule, ...]:
    use_rules(monkeypatch, TEST_RULES)
    return TEST_RULES


def use_rules(monkeypatch: pytest.MonkeyPatch, rules: tuple[Rule, ...]) -> None:
    """Make ``rules`` the rules every check uses (the engine's and the registry's)."""
    monkeypatch.setattr("jdeditor.core.checks.engine.all_rules", lambda: rules)
    monkeypatch.setattr("jdeditor.core.checks.registry.all_rules", lambda: rules)
