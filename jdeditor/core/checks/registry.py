"""Every rule, gathered from the rule modules (one per group of rules)."""

from __future__ import annotations

from functools import cache

from jdeditor.core.checks.model import Rule


@cache
def all_rules() -> tuple[Rule, ...]:
    """The rules, in a stable order; ids are unique."""
    from jdeditor.core.checks import en_inclusive, quality, zh_law, zh_warnings

    rules = (*zh_law.RULES, *zh_warnings.RULES, *en_inclusive.RULES, *quality.RULES)
    ids = [rule.id for rule in rules]
    duplicated = {rule_id for rule_id in ids if ids.count(rule_id) > 1}
    if duplicated:
        raise ValueError(f"rule ids used twice: {sorted(duplicated)}")
    return rules


def rule_by_id(rule_id: str) -> Rule:
    for rule in all_rules():
        if rule.id == rule_id:
            return rule
    raise KeyError(rule_id)
