"""Checking a posting: every text once, every rule that applies to its language."""

from __future__ import annotations

from collections.abc import Collection

from jdeditor.core.checks.model import Finding, Rule
from jdeditor.core.checks.registry import all_rules
from jdeditor.core.checks.texts import posting_texts
from jdeditor.core.model import Posting


def check_posting(
    posting: Posting, dismissed: Collection[str] = (), rules: Collection[Rule] | None = None
) -> list[Finding]:
    """The findings of every rule on ``posting``, most serious first, in reading order.

    ``dismissed`` holds the keys (``Finding.key``) the user dismissed: those are left out.
    """
    chosen = [
        rule
        for rule in (all_rules() if rules is None else rules)
        if posting.language in rule.languages
    ]
    text_rules = [rule for rule in chosen if rule.text_check is not None]
    findings: list[Finding] = []
    for rule in chosen:  # about the posting as a whole (no duties): first
        if rule.posting_check is not None:
            for place, text, span in rule.posting_check(posting):
                findings.append(Finding(rule, place, text, span, rule.severity))
    for place, text in posting_texts(posting):
        for rule in text_rules:
            assert rule.text_check is not None
            for span in rule.text_check(text):
                findings.append(Finding(rule, place, text, span, rule.severity))
    kept = [finding for finding in findings if finding.key not in dismissed]
    return sorted(kept, key=lambda finding: finding.severity)  # stable: reading order kept
