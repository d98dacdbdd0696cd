"""docs/checks.md is current, and every rule's examples behave as the page claims."""

from __future__ import annotations

import pytest

from docs.tools import checks_doc
from jdeditor.core.checks import all_rules
from jdeditor.core.checks.model import Rule

RULES = all_rules()


def test_the_page_is_current() -> None:
    assert checks_doc.OUT.read_text(encoding="utf-8") == checks_doc.render(), (
        "docs/checks.md is out of date: run python -m docs.tools.checks_doc"
    )


def test_every_rule_is_on_the_page() -> None:
    page = checks_doc.OUT.read_text(encoding="utf-8")
    assert [rule.id for rule in RULES if f"`{rule.id}`" not in page] == []


def test_every_example_names_a_rule() -> None:
    known = {rule.id for rule in RULES}
    assert sorted(set(checks_doc.examples()) - known) == []


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_examples_behave_as_claimed(rule: Rule) -> None:
    examples = checks_doc.examples()
    assert rule.id in examples, f"{rule.id} has no EXAMPLES entry in its module"
    true, false = examples[rule.id]
    assert checks_doc.fires(rule, true), f"{rule.id} does not fire on its true example"
    assert not checks_doc.fires(rule, false), f"{rule.id} fires on its false example"


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_every_rule_explains_itself_in_both_languages(rule: Rule) -> None:
    for text in (rule.message, rule.explanation):
        assert text.zh.strip() and text.en.strip()
    assert rule.id.split(".")[0] in {"zh", "en", "quality"}
    assert rule.category.value in {"law", "inclusive", "quality"}


def test_the_check_option_reports_a_stale_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks_doc, "render", lambda: "something else\n")
    assert checks_doc.main(["--check"]) == 1
