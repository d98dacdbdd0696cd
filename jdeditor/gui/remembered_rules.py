"""Rules that remember what they found in each text, for re-checking as the user types.

A keystroke changes one text of the posting; every other text gives the same spans as
a moment ago. Wrapping each rule's ``text_check`` in a small cache keyed by the text
makes a re-check run the rules on the changed text only (about 1 ms for a long posting
instead of tens), while ``core.checks.check_posting`` stays the one way to check.
Rules about the whole posting (``posting_check``) run every time: they are few and cheap.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache

from jdeditor.core.checks.model import Rule, Span

TEXTS_KEPT = 2048  # per rule: a long posting has a few hundred texts


def _remembering(check: Callable[[str], Iterable[Span]]) -> Callable[[str], Iterable[Span]]:
    @lru_cache(maxsize=TEXTS_KEPT)
    def remembered(text: str) -> tuple[Span, ...]:
        return tuple(check(text))

    return remembered


class RememberedRules:
    """Gives each rule once as a remembering copy (same id, texts and severity)."""

    def __init__(self) -> None:
        self._copies: dict[int, tuple[Rule, Rule]] = {}

    def __call__(self, rules: Collection[Rule]) -> list[Rule]:
        copies = []
        for rule in rules:
            known = self._copies.get(id(rule))
            if known is None or known[0] is not rule:
                check = rule.text_check
                copy = (
                    rule
                    if check is None
                    else dataclasses.replace(rule, text_check=_remembering(check))
                )
                known = self._copies[id(rule)] = (rule, copy)
            copies.append(known[1])
        return copies
