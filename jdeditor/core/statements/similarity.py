"""What two comparison forms share: blocking keys, and the guards a close pair must pass.

``fuzz.ratio`` alone groups 3年以上Java开发经验 with 3年以上Go开发经验 once the sentence is
long enough, and 5年 with 3年. The guards keep the words that carry the meaning of such
statements apart: the numbers must be the same, and so must the Latin words (technologies,
certificates) of a Chinese statement, and one Chinese word may not stand in place of
another (前端 / 后台); in an English statement, a word may be added or
dropped (a, the, related) or inflected (manage, manages), but not replaced by another.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

_UNIT = re.compile(r"[a-z0-9+#%.\-]+|[^\sa-z0-9+#%.\-]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LATIN_WORD = re.compile(r"[a-z][a-z0-9+#.\-]*")
_LATIN_OR_DIGIT = re.compile(r"[a-z0-9+#%.\-\s]")
_WIDE = re.compile(r"[^\x00-\x7f]")


def units(form: str) -> list[str]:
    """A comparison form as units: each Chinese character, each Latin word or number."""
    return _UNIT.findall(form)


def blocking_keys(form: str) -> set[str]:
    """The unit bigrams of a comparison form (the form itself if it is one unit)."""
    if not _LATIN_OR_DIGIT.search(form):  # all Chinese: each character is a unit
        if len(form) < 2:
            return {form} if form else set()
        return {form[start : start + 2] for start in range(len(form) - 1)}
    parts = units(form)
    if len(parts) < 2:
        return set(parts)
    return set(map("\x1f".join, itertools.pairwise(parts)))  # first\x1fsecond


def relabelled(forms: Sequence[str]) -> list[str]:
    """``forms`` with each character replaced by its rank by frequency, from U+0001 up.

    ``fuzz.ratio`` depends only on which characters are equal, so it is the same on these;
    and rapidfuzz compares strings of one-byte characters (below U+0100, as most of these
    are) about 1.6 times as fast as strings of Chinese characters.
    """
    # Ranks counted on every 8th form are as good and cheaper (any labelling keeps ratios).
    ranked = [char for char, _count in Counter("".join(forms[::8])).most_common()]
    ranked += sorted(set("".join(forms)).difference(ranked))
    table = {ord(char): rank for rank, char in enumerate(ranked, 1)}
    return [form.translate(table) for form in forms]


def _similar_words(first: str, second: str) -> bool:
    """Inflections of one word: manage/manages/managing, analyse/analysis."""
    shared = 0
    for one, other in zip(first, second, strict=False):
        if one != other:
            break
        shared += 1
    return shared >= 5 or (shared >= 3 and fuzz.ratio(first, second) >= 75)


# From this many words a statement is prose, where an added word rarely names a skill.
_PROSE_WORDS = 20

# Words whose presence does not change what is asked (related experience, work experience).
_QUALIFIERS = frozenset(
    "related relevant similar work working professional proven solid hands-on practical "  # noqa: SIM905
    "good strong excellent".split()
)


def _is_filler(word: str) -> bool:
    return (len(word) <= 3 and not any(char.isdigit() for char in word)) or word in _QUALIFIERS


# Characters that stand for one another without changing what is asked: conjunctions,
# particles, degree words (较强/很强).
_INTERCHANGEABLE = frozenset("和及与并且或等、的地得之其较很更")
# One character for another inside a word that keeps its meaning: 熟悉/熟练, 开发/研发,
# 学历/学位, 负责/负则 (a slip of the input method is a character for another too).
_SAME_WORD_PAIRS = frozenset(frozenset(pair) for pair in ("悉练", "开研", "历位", "责则"))


def _replaces_a_word(first: str, second: str) -> bool:
    """Whether one Chinese word stands in place of another (前端开发 / 后台开发).

    Adding or dropping characters (相关工作经验 / 相关经验) passes, and so does one small
    word for another (和 / 及, 熟悉 / 熟练); other replacements (华东 / 华南) do not.
    """
    for opcode in Levenshtein.opcodes(first, second):
        if opcode.tag != "replace":
            continue
        mine = first[opcode.src_start : opcode.src_end]
        theirs = second[opcode.dest_start : opcode.dest_end]
        wide_mine, wide_theirs = _WIDE.findall(mine), _WIDE.findall(theirs)
        if not wide_mine or not wide_theirs or set(mine) & set(theirs):
            continue
        if len(wide_mine) >= 2 and len(wide_theirs) >= 2:
            return True
        if not (
            set(wide_mine + wide_theirs) <= _INTERCHANGEABLE
            or frozenset(wide_mine + wide_theirs) in _SAME_WORD_PAIRS
        ):
            return True  # 华东 / 华南: one character can be the whole difference
    return False


def same_meaning_guards(first: str, second: str) -> bool:
    """Whether two close comparison forms may be one family (see the module docstring)."""
    if sorted(_NUMBER.findall(first)) != sorted(_NUMBER.findall(second)):
        return False
    if _replaces_a_word(first, second):
        return False
    words_first = set(_LATIN_WORD.findall(first))
    words_second = set(_LATIN_WORD.findall(second))
    if words_first == words_second:
        return True
    if _WIDE.search(first) or _WIDE.search(second):
        return False  # Chinese: the Latin words are names (Java, MySQL, CPA) and must match
    only_first, only_second = words_first - words_second, words_second - words_first
    if not only_first or not only_second:
        # Words added or dropped: in a short statement only small words and qualifiers
        # (never a name: MySQL / MySQL and Redis); in a paragraph of prose, any.
        longest = max(len(first.split()), len(second.split()))
        return longest >= _PROSE_WORDS or all(_is_filler(word) for word in only_first | only_second)
    return all(
        any(_similar_words(word, other) for other in only_second) for word in only_first
    ) and all(any(_similar_words(word, other) for other in only_first) for word in only_second)
