"""Finding conditions in Chinese text: patterns anchored on condition words, with context.

A Chinese rule is a quick pre-test (a pattern of the characters its conditions cannot do
without: most texts lack them and cost one search) and a list of ``Pattern``s, each a
compiled expression whose match (or its group ``hit``) is the span, with the context
that makes the same words harmless: a negation (不限户籍, 户籍不限, 男女均可), or a
word before it that makes it a benefit or a product (解决北京户口, 品牌形象佳).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from jdeditor.core.checks.model import Span

# Where a clause ends: a condition and its negation sit in the same clause.
CLAUSE_BREAK = "，,。；;！!？?\n"
_CLAUSE_BREAK_SET = frozenset(CLAUSE_BREAK)
# "不限…", "无需…", "不要求…" right before a condition word: the condition is lifted.
# Also "不限已婚未婚", "不限本地或外地户口": the condition is one of a lifted pair.
LIFTED_BEFORE = re.compile(
    r"(?:不限|不限制|无需|不需|不需要|不要求|不必|没有|无|不论|不分|不问|不作|不做)"
    r"(?:[^，,。；;！!？?\n]{0,8}?(?:[或/]|已婚|未婚))?$"
)
# "…不限", "…均可" right after it, or after its pair ("已婚未婚均可", "本地或外地户口均可").
LIFTED_AFTER = re.compile(
    r"^(?:[或/][^，,。；;！!？?\n]{0,8}?|已婚|未婚)?\s*[:：]?\s*"
    r"(?:均可|皆可|都可|都行|不限|不限制|无要求|无限制|不作要求|不做要求|无所谓|亦可|也可)"
)
CJK = r"\u4e00-\u9fff"  # for use inside a character class
# Full-width digits and letters (２５－３５岁, １６５ｃｍ) read as ASCII: one character for
# one, so the spans found in the translated text are the spans of the original. The
# full-width punctuation every Chinese text has (，：（）) stays: the patterns know it.
_FULL_WIDTH = "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ" + (
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ－～＋．"
)
HALF_WIDTH = {ord(wide): ord(wide) - 0xFEE0 for wide in _FULL_WIDTH}
_HAS_FULL_WIDTH = re.compile(f"[{_FULL_WIDTH}]").search

Suggest = str | Callable[[re.Match[str]], str]


@dataclass(frozen=True)
class Pattern:
    """One way a condition is written.

    ``regex`` matches it; the span is the group ``hit`` when the pattern has one, else the
    whole match. ``liftable`` lets a negation just before or after the span lift it;
    ``not_after`` lists words that, shortly before the span in its clause, make it
    harmless; ``clause_ok``
    is a pattern that, found anywhere in the span's clause, does the same.
    """

    regex: re.Pattern[str]
    suggestion: Suggest = ""
    liftable: bool = True
    not_after: tuple[str, ...] = ()
    clause_ok: re.Pattern[str] | None = None

    def spans(self, text: str) -> Iterator[Span]:
        for match in self.regex.finditer(text):
            start, end = match.span("hit") if "hit" in self.regex.groupindex else match.span()
            if start == end or not self._applies(text, start, end):
                continue
            suggestion = (
                self.suggestion if isinstance(self.suggestion, str) else self.suggestion(match)
            )
            yield Span(start, end, suggestion)

    def _applies(self, text: str, start: int, end: int) -> bool:
        if self.liftable and (
            LIFTED_BEFORE.search(text[max(0, start - 14) : start])
            or (text[start - 1 : start] in ("不", "无") and text[start] in "限要需须")
            or LIFTED_AFTER.match(text[end : end + 16])
        ):
            return False
        if not (self.not_after or self.clause_ok):
            return True
        first, last = clause_bounds(text, start, end)
        before = text[max(first, start - 6) : start]
        if any(word in before for word in self.not_after):
            return False
        return self.clause_ok is None or self.clause_ok.search(text, first, last) is None


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between two of ``CLAUSE_BREAK``) around ``text[start:end]``."""
    first = start
    while first > 0 and text[first - 1] not in _CLAUSE_BREAK_SET:
        first -= 1
    last = end
    while last < len(text) and text[last] not in _CLAUSE_BREAK_SET:
        last += 1
    return first, last


def pattern(
    regex: str,
    suggestion: Suggest = "",
    *,
    liftable: bool = True,
    not_after: tuple[str, ...] = (),
    clause_ok: str = "",
) -> Pattern:
    return Pattern(
        re.compile(regex),
        suggestion,
        liftable,
        not_after,
        re.compile(clause_ok) if clause_ok else None,
    )


def text_check(trigger: str, patterns: list[Pattern]) -> Callable[[str], list[Span]]:
    """A rule's check: the pre-test ``trigger`` (literal words joined by ``|``: a fast
    scan), then every pattern; spans never overlap (an earlier pattern wins), in reading
    order."""
    quick = re.compile(trigger).search

    def check(text: str) -> list[Span]:
        if quick(text) is None:
            return []
        found: list[Span] = []
        if _HAS_FULL_WIDTH(text):
            text = text.translate(HALF_WIDTH)
        for each in patterns:
            for span in each.spans(text):
                if not any(span.start < kept.end and kept.start < span.end for kept in found):
                    found.append(span)
        return sorted(found, key=lambda span: span.start)

    return check
