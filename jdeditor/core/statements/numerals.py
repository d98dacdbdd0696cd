"""Chinese and English number words to Arabic digits, only where they count something.

三年 and 3年 are the same requirement; 一定, 一起, 统一 and 唯一 are words that happen to
contain 一. A run of numerals is converted only when a counter or unit follows it (年, 个,
名, 以上…) or when it is one end of a range (一至三年). English number words are converted
only before a unit (``three years``), so ``one of`` and ``someone`` stay.
"""

from __future__ import annotations

import re

from jdeditor.core.structure.numbering import CJK_DIGITS

_DIGITS = CJK_DIGITS  # 一 = 1 … 九 = 9, 零 〇 = 0, 两 = 2: the recogniser's own table
_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUMERAL_RUN = re.compile("[零〇一二两三四五六七八九十百千万]+")

# Counters and units a number can stand before (a tuple for str.startswith).
_COUNTERS = tuple(
    """年 个 名 人 次 项 岁 月 天 日 周 小时 分钟 秒 星期 季度 门 种 份 家 位 级 倍 元 本 篇
    条 套 类 轮 场 届 台 张 部 批 首 段 节 课 款 期 所 以上 以下 以内 左右 等 万 千""".split()  # noqa: SIM905
)
# Between a number and its counter: 三年多, 十余人, 两个以上.
_APPROXIMATE = "多余几"
_RANGE_JOINERS = "至到~～-－—–"

# Characters that make a word with a following 一 (统一, 唯一, 同一, 专一, 之一, 第一,
# 单一, 逐一, 划一, 均一, 归一, 合一, 万一): after them a numeral is part of a word.
_WORD_BEFORE = set("统唯同专之第单逐划均归合某其任万")


def chinese_to_int(run: str) -> int | None:
    """The value of a run of Chinese numerals (十五 = 15, 二〇二六 = 2026), or None."""
    if not run or run[0] in "万百千":
        return None
    if all(char in _DIGITS for char in run):
        return int("".join(str(_DIGITS[char]) for char in run))
    total = section = number = 0
    for char in run:
        if char in _DIGITS:
            number = _DIGITS[char]
        elif char in _UNITS:
            section += (number or 1) * _UNITS[char]
            number = 0
        else:  # 万
            total += (section + number) * 10000
            section = number = 0
    return total + section + number


def _counts_something(text: str, end: int) -> bool:
    """Whether the numeral ending at ``end`` stands before a counter, unit or range."""
    rest = text[end : end + 4]
    if rest[:1] and rest[0] in _APPROXIMATE:
        rest = rest[1:]
    if rest[:1] and rest[0] in _RANGE_JOINERS:
        after = rest[1:2]
        return bool(after) and (after.isdigit() or after in _DIGITS or after == "十")
    return rest.startswith(_COUNTERS)


def _ends_range(text: str, start: int) -> bool:
    """Whether the numeral starting at ``start`` is the second end of a range (一至三年)."""
    if start < 2 or text[start - 1] not in _RANGE_JOINERS:
        return False
    before = text[start - 2]
    return before.isdigit() or before in _DIGITS or before in _UNITS


def chinese_numerals_to_arabic(text: str) -> str:
    """Replace Chinese numerals that count something with Arabic digits."""
    if not _NUMERAL_RUN.search(text):
        return text
    parts: list[str] = []
    last = 0
    for match in _NUMERAL_RUN.finditer(text):
        start, end = match.span()
        if start and text[start - 1] in _WORD_BEFORE:
            continue
        if not (_counts_something(text, end) or _ends_range(text, start)):
            continue
        value = chinese_to_int(match.group())
        if value is None:
            continue
        parts.append(text[last:start])
        parts.append(str(value))
        last = end
    parts.append(text[last:])
    return "".join(parts)


_EN_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
_EN_UNITS = (
    r"years?|months?|weeks?|days?|hours?|people|persons?|languages?|times|projects?"
    r"|direct reports?|reports?"
)
_EN_WORDS = "|".join(_EN_NUMBERS)
_EN_NUMBER_WORD = re.compile(
    r"\b(" + _EN_WORDS + r")\b(?=(?:\s*\+|\s+or more|\s*(?:to|-)\s*(?:\d+|" + _EN_WORDS + r"))?"
    r"[\s-]+(?:" + _EN_UNITS + r")\b)",
    re.IGNORECASE,
)
_EN_RANGE_START = re.compile(r"\b(" + _EN_WORDS + r")(?=\s*(?:to|-)\s*\d)", re.IGNORECASE)


def _arabic(match: re.Match[str]) -> str:
    value = _EN_NUMBERS.get(match.group(1).lower())
    return match.group() if value is None else str(value)  # fıve: a look-alike, kept


def english_numbers_to_arabic(text: str) -> str:
    """``three years`` → ``3 years``; ``one of`` stays."""
    if not any(map(text.lower().__contains__, _EN_NUMBERS)):  # most texts: no number word
        return text
    return _EN_RANGE_START.sub(_arabic, _EN_NUMBER_WORD.sub(_arabic, text))
