"""The comparison form of a statement: its wording, without differences of form.

Two statements whose comparison forms are equal say the same thing in the same words.
What is folded away is form only: width (NFKC), letter case, punctuation and white space,
list numbering and bullets at the start, numerals (三年 = 3年, three years = 3 years,
一至三年 = 1-3年 = 1~3年) and a few spellings of the same bound (3年及以上 = 3年以上,
3+ years = 3 or more years = at least 3 years). Words that change the meaning are kept:
相关工作经验 and 相关经验 stay different, and the families decide how close they are.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from jdeditor.core.model import Language
from jdeditor.core.statements.numerals import (
    chinese_numerals_to_arabic,
    english_numbers_to_arabic,
)

# Bullets and numbering at the start of an item: ①, •, -, o, 1、 1. 1) (1) 一、 (一) a) iv.
_CIRCLED = "\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf"
_BULLETS = "•·●○◆◇■□▪▫▸▹▶►➢➤➔→✓✔√☆★*＊#＃\\-–—－~～"
_CN = "一二三四五六七八九十"
_LEADING_MARK = re.compile(
    rf"""^\s*(?:
        [{_CIRCLED}]
      | [{_BULLETS}]+
      | [oO](?=[\t ]+[^\x00-\x7f])  # Word's hollow bullet pasted as a letter o
      | [(（]\s*(?:\d{{1,2}}|[{_CN}]{{1,3}}|[a-zA-Z])\s*[)）]
      | \d{{1,2}}\s*(?:[、．)）]|\.(?!\d))
      | [{_CN}]{{1,3}}\s*[、．.]
      | (?:[a-zA-Z]|i{{1,3}}|iv|vi{{0,3}}|ix|x)[.)）](?=\s)
    )\s*""",
    re.VERBOSE,
)

# The characters a leading mark can start with (each alternative's first).
_MARK_START = re.compile(rf"[\s{_CIRCLED}{_BULLETS}oO(（\d{_CN}a-zA-Z]")

# Spellings of the same bound, as (pattern, replacement, a character the pattern needs);
# applied after NFKC and numerals. Each group runs only on a text that has what it needs,
# and each rule only on a text with its character (most statements have none).
_Rules = list[tuple[re.Pattern[str], str, str]]
_CHINESE_BOUNDS: _Rules = [
    (re.compile(r"[(（]\s*含\s*[)）]"), "", "含"),  # 3年(含)以上
    (re.compile(r"[及或]+(以上|以下)"), r"\1", "以"),  # 3年及以上, 3年或以上
]
_NUMBER_BOUNDS: _Rules = [
    (re.compile(r"(\d)\s*(?:至|到|~|～|－|—|–|-)\s*(?=\d)"), r"\1-", ""),  # 1至3年, 1~3年
    (re.compile(r"(\d+)\s*\++"), r"\1+", "+"),
]
_ENGLISH_BOUNDS: _Rules = [
    (re.compile(r"\b(?:(?:at least|minimum(?: of)?) )+(\d+)\+?", re.IGNORECASE), r"\1+", ""),
    (re.compile(r"(\d+)( [a-z]+)? or more\b", re.IGNORECASE), r"\1+\2", ""),
    (re.compile(r"(\d+)\s*(?:to|-)\s*(\d+)", re.IGNORECASE), r"\1-\2", ""),
]
_DIGIT = re.compile(r"\d")

# Only a text with a Latin word can hold an English number word or bound.
_HAS_WORD = re.compile("[A-Za-z]{3}")

# Characters kept though they are punctuation or symbols: C++, C#, 50%, 3+.
_KEPT = frozenset("+#%")
_NUMBER_PUNCTUATION = re.compile(r"(?<=\d)[.\-](?=\d)")
_SPACE_NEXT_TO_WIDE = re.compile(r" (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) ")


def strip_leading_marks(text: str) -> str:
    """Remove list numbering and bullets at the start (twice: ``1. (a) text``)."""
    for _ in range(2):
        if not _MARK_START.match(text):  # most items start with a word
            break
        stripped = _LEADING_MARK.sub("", text, count=1)
        if stripped == text or not stripped.strip():
            break
        text = stripped
    return text


@cache
def _punctuation_to_space() -> list[int | str | None]:
    """A str.translate table: every punctuation mark and symbol to a space.

    A list by code point, every other character to itself (2.5 times as fast as a dict,
    where each character not in it is a failed lookup); characters past its end are kept.
    Built on first use (about 30 ms), not on import: the command line imports this module.
    """
    table: list[int | str | None] = list(range(0x1FC00))
    for start, end in ((0, 0x10000), (0x1F000, 0x1FC00)):  # the BMP, emoji and pictographs
        for code in range(start, end):
            if unicodedata.category(chr(code))[0] in "PS" and chr(code) not in _KEPT:
                table[code] = " "
    for mark in "'’`":
        table[ord(mark)] = None  # dropped: bachelor's = bachelors
    return table


def _without_punctuation(text: str) -> str:
    # Keep the point and hyphen inside numbers (3.5年, 1-3年) by marking them first.
    if ("." in text or "-" in text) and _DIGIT.search(text):
        text = _NUMBER_PUNCTUATION.sub(
            lambda match: "\ue000" if match.group() == "." else "\ue001", text
        )
        text = text.translate(_punctuation_to_space())
        return text.replace("\ue000", ".").replace("\ue001", "-")
    return text.translate(_punctuation_to_space())


def normalise(text: str, language: Language | str = Language.ZH) -> str:
    """The comparison form of ``text``; equal forms mean the same wording.

    ``language`` is the posting's language; both languages' rules are applied either way,
    since a Chinese posting may hold English statements and the reverse (the rules do not
    conflict), so it only matters for the order of doubtful cases and is kept for callers.
    """
    del language  # the rules of both languages apply to every text (see above)
    text = strip_leading_marks(text)
    text = unicodedata.normalize("NFKC", text)
    text = chinese_numerals_to_arabic(text)
    if _HAS_WORD.search(text):
        text = english_numbers_to_arabic(text)
    text = _same_bounds(text)
    text = " ".join(_without_punctuation(text).casefold().split())
    if " " in text and not text.isascii():
        text = _SPACE_NEXT_TO_WIDE.sub("", text)
    # Again: punctuation gone can bring a number and its unit, or a bound's words, together
    # ((二)以上, at least、3年, 及、以上); so the form of a form is itself.
    text = chinese_numerals_to_arabic(text)
    if _HAS_WORD.search(text):
        text = english_numbers_to_arabic(text)
    return _same_bounds(text)


def _same_bounds(text: str) -> str:
    chinese = "以" in text
    number = _DIGIT.search(text) is not None
    english = number and _HAS_WORD.search(text) is not None
    if chinese:
        text = _applied(_CHINESE_BOUNDS, text)
    if number:
        text = _applied(_NUMBER_BOUNDS, text)
    if english:
        text = _applied(_ENGLISH_BOUNDS, text)
    return text


def _applied(rules: _Rules, text: str) -> str:
    for pattern, replacement, needed in rules:
        if needed in text:
            text = pattern.sub(replacement, text)
    return text
