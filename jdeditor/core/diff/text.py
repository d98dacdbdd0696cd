"""Text comparison for the diff: normalising, tokens, similarity and highlighted segments.

Chinese is compared character by character and Latin text word by word: a text is cut
into tokens (each CJK character on its own, Latin words, runs of spaces, single
punctuation marks) and the token sequences are aligned with ``difflib.SequenceMatcher``.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from jdeditor.core.diff.model import Segment, SegmentOp

# CJK ideographs (with extension A and compatibility forms), kana, hangul, CJK punctuation.
_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff60"
_TOKEN = re.compile(rf"[{_CJK}]|(?:(?![{_CJK}])\w)+|\s+|.", re.DOTALL)
_SPACES = re.compile(r"\s+")
_SPACE_BY_CJK = re.compile(rf"(?<=[{_CJK}]) | (?=[{_CJK}])")


def canonical(text: str) -> str:
    """The text with whitespace made irrelevant: trimmed, runs collapsed to one space,
    and no space beside a Chinese character (Chinese does not separate words)."""
    return _SPACE_BY_CJK.sub("", _SPACES.sub(" ", text).strip())


@lru_cache(maxsize=4096)
def match_key(text: str) -> str:
    """What similarity is measured on: canonical, full-width forms folded (NFKC), case
    folded. Only used to find which items correspond, never to decide they are equal."""
    return unicodedata.normalize("NFKC", canonical(text)).casefold()


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """CJK characters one by one, Latin words, whitespace runs, other characters singly."""
    return tuple(_TOKEN.findall(text))


@lru_cache(maxsize=4096)
def match_tokens(text: str) -> tuple[str, ...]:
    """The tokens similarity is measured on: those of the match key, without spaces (every
    English sentence has spaces; counting them would make unrelated sentences alike)."""
    return tuple(token for token in tokens(match_key(text)) if not token.isspace())


def similarity(old: str, new: str, at_least: float = 0.0) -> float:
    """How alike two texts are (0–1): difflib's ratio over their match tokens, so
    character by character in Chinese and word by word in Latin text, like the
    highlighting. Returns 0.0 early when the cheap upper bounds fall below ``at_least``.
    """
    return Scorer(new).score(old, at_least)


class Scorer:
    """Similarity of many texts to one: difflib indexes the one text once (that indexing
    was most of the cost when every pair built its own matcher)."""

    def __init__(self, text: str) -> None:
        self._tokens = match_tokens(text)
        self._matcher = SequenceMatcher(None, (), self._tokens, autojunk=False)

    def score(self, other: str, at_least: float = 0.0) -> float:
        a, b = match_tokens(other), self._tokens
        if a == b:
            return 1.0
        if not a or not b:
            return 0.0
        if 2 * min(len(a), len(b)) < at_least * (len(a) + len(b)):  # real_quick_ratio
            return 0.0
        self._matcher.set_seq1(a)
        if self._matcher.quick_ratio() < at_least:
            return 0.0
        return self._matcher.ratio()


def segments(old: str, new: str) -> tuple[Segment, ...]:
    """The highlighted comparison of two texts, token by token.

    A change touching two words separated by a space reads as one change ("led the" →
    "managed a"), not two with an unchanged space between them.
    """
    if old == new:
        return (Segment(SegmentOp.EQUAL, old, new),) if old else ()
    a, b = tokens(old), tokens(new)
    raw: list[Segment] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        raw.append(Segment(SegmentOp(tag), "".join(a[i1:i2]), "".join(b[j1:j2])))
    return _merge_gaps(raw)


def _merge_gaps(raw: list[Segment]) -> tuple[Segment, ...]:
    merged: list[Segment] = []
    for index, segment in enumerate(raw):
        between_changes = (
            segment.op is SegmentOp.EQUAL
            and segment.old_text.isspace()
            and 0 < index < len(raw) - 1
            and raw[index + 1].op is not SegmentOp.EQUAL
        )
        if between_changes or (
            segment.op is not SegmentOp.EQUAL and merged and merged[-1].op is not SegmentOp.EQUAL
        ):
            if between_changes:
                assert merged and merged[-1].op is not SegmentOp.EQUAL
            last = merged.pop()
            old, new = last.old_text + segment.old_text, last.new_text + segment.new_text
            op = SegmentOp.REPLACE
            if not old:
                op = SegmentOp.INSERT
            elif not new:
                op = SegmentOp.DELETE
            merged.append(Segment(op, old, new))
            continue
        merged.append(segment)
    return tuple(merged)
