"""List markers: typed numbering (``1、`` ``(1)`` ``一、`` ``1.1、`` ``a)`` ``①``) and bullets.

A marker is structure, not text: the recogniser removes it from the item and keeps only its
family (which kind of numbering) and its value path, so lists can be nested and checked for
gaps. Markers are recognised conservatively: ``3.5年``, ``1,000``, ``2021.06`` and
``Python 3.11`` never parse as markers because a marker needs a separator that text does not
have in that place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

# Families whose numbers are "chapters": they never nest under an arabic or bulleted item.
CHAPTER_FAMILIES = frozenset({"cjk"})
HIER = "hier"

CJK_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CJK_VALUES = {value: digit for digit, value in reversed(list(CJK_DIGITS.items())) if value}

# Circled and parenthesised number blocks: (first code point, last code point, family).
_CIRCLED_BLOCKS = (
    (0x2460, 0x2473, "circled"),  # ① .. ⑳
    (0x2474, 0x2487, "paren_arabic"),  # ⑴ .. ⒇
    (0x2488, 0x249B, "arabic"),  # ⒈ .. ⒛
    (0x2776, 0x277F, "circled"),  # ❶ .. ❿
    (0x2780, 0x2789, "circled"),  # ➀ .. ➉
    (0x3220, 0x3229, "paren_cjk"),  # ㈠ .. ㈩
)
_CIRCLED_CLASS = "\u2460-\u249b\u2776-\u2789\u3220-\u3229"
BULLET_CHARS = "•·・▪▫●○◦■□◆◇★☆►▶▸➤➢✓✔√⁃‣⦁◉❖✦♦"
DASH_BULLETS = "-*+–"
_CJK_NUM = "[一二三四五六七八九十]{1,3}"

# A marker at the start of a line. Every alternative needs a separator, so bare numbers that
# begin a sentence ("3 年以上经验", "2021年") stay text. A hierarchical number followed only
# by a space is "weak": the list builder accepts it only where it continues a sequence.
_LINE_MARKER_RE = re.compile(
    rf"""
    (?:
        (?P<hier>\d{{1,2}}(?:[.．]\d{{1,2}})+)
            (?: \s*(?P<hsep>[、，,)）]|[.．](?!\d)) | (?P<hspace>\s+) )
      | (?P<arabic>\d{{1,3}})\s*(?:、|[.．,，](?!\d))
      | (?P<arabic_paren>\d{{1,3}})\s*[)）]
      | [(（]\s*(?P<paren_arabic>\d{{1,3}})\s*[)）]
      | (?P<cjk>{_CJK_NUM})\s*[、.．]
      | [(（]\s*(?P<paren_cjk>{_CJK_NUM})\s*[)）]
      | (?P<circled>[{_CIRCLED_CLASS}])
      | (?P<letter>[a-zA-Z])(?:[.．](?=\s)|\s*[)）])
      | (?P<bullet>[{BULLET_CHARS}])
      | (?P<dash>[{re.escape(DASH_BULLETS)}])(?=\s)
    )\s*
    """,
    re.VERBOSE,
)

# A marker in the middle of a line, after sentence punctuation: "…竞品; 1.3、用户研究:".
# Only explicit, unambiguous separators count here; the builder also insists that the marker
# continues the numbering in progress.
_INLINE_MARKER_RE = re.compile(
    rf"""
    (?<=[;；。!！?？,，:：])\s*
    (?:
        (?P<hier>\d{{1,2}}(?:[.．]\d{{1,2}})+)\s*(?:、|[.．](?![\d.．]))
      | (?P<arabic>\d{{1,3}})\s*(?:、|[.．](?![\d.．]))
      | [(（](?P<paren_arabic>\d{{1,3}})[)）]
      | (?P<cjk>{_CJK_NUM})\s*、
      | (?P<circled>[\u2460-\u2473])
    )\s*
    """,
    re.VERBOSE,
)


# What every match of _INLINE_MARKER_RE begins with: its punctuation, spaces, a first character.
_INLINE_START_RE = re.compile(r"[;；。!！?？,，:：]\s*[\d(（一二三四五六七八九十\u2460-\u2473]")
_HIER_DOT_RE = re.compile(r"[.．]")
_ARABIC_GROUPS = ("arabic", "arabic_paren", "paren_arabic")
_CJK_GROUPS = ("cjk", "paren_cjk")


@dataclass(frozen=True)
class Marker:
    """A parsed list marker.

    ``family`` groups markers that belong to the same list ("arabic" covers ``1、`` ``1.``
    and ``1,`` alike, because real lists mix them); ``path`` is the number, or several for a
    hierarchical ``1.2``; bullets have an empty path.
    """

    family: str
    path: tuple[int, ...]
    raw: str
    weak: bool = False
    # Whether it has a number (bullets have none): asked of every list line, so set once
    # (markers are few and shared) rather than computed by a property each time.
    numbered: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "numbered", bool(self.path))

    @property
    def value(self) -> int:
        return self.path[-1] if self.path else 0

    @property
    def key(self) -> tuple[str, tuple[int, ...]]:
        return (self.family, self.path)

    def label(self) -> str:
        """The number as a person would say it in a warning ("5", "1.3", "五")."""
        if self.family in ("cjk", "paren_cjk"):
            return cjk_numeral(self.value)
        if self.family.startswith("letter"):
            base = 96 if self.family == "letter_lower" else 64
            return chr(base + self.value)
        if self.family.startswith("bullet"):
            return self.raw.strip()
        return ".".join(str(part) for part in self.path)


def cjk_numeral_value(text: str) -> int | None:
    """The value of a small Chinese numeral (一 .. 九十九), or None if it is not one."""
    if "十" in text:
        tens, _, ones = text.partition("十")
        if "十" in ones:
            return None
        tens_value = CJK_DIGITS.get(tens) if tens else 1
        ones_value = CJK_DIGITS.get(ones) if ones else 0
        if tens_value is None or ones_value is None or tens_value == 0:
            return None
        return tens_value * 10 + ones_value
    if len(text) == 1:
        value = CJK_DIGITS.get(text)
        return value if value else None
    return None


def cjk_numeral(value: int) -> str:
    """The Chinese numeral for 1 .. 99 (used in warning messages)."""
    if value < 1 or value > 99:
        return str(value)
    tens, ones = divmod(value, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CJK_VALUES[tens] + "十")
    return head + (_CJK_VALUES[ones] if ones else "")


def _circled(char: str) -> tuple[str, int]:
    code = ord(char)
    for first, last, family in _CIRCLED_BLOCKS:
        if first <= code <= last:
            return family, code - first + 1
    return "circled", 1  # unreachable: the regex class and the table agree


def _marker_from_match(match: re.Match[str]) -> Marker | None:
    raw = match.group(0)
    # The alternatives are exclusive and each holds one named group; only a hierarchical
    # number is followed by a second one (its separator), which closes last.
    name = match.lastgroup
    if name == "hier" or name == "hsep" or name == "hspace":
        path = tuple(int(part) for part in _HIER_DOT_RE.split(match.group("hier")))
        if 0 in path:
            return None
        return Marker(HIER, path, raw, weak=name == "hspace")
    if name is None:
        return Marker("bullet", (), raw)
    value_text = match.group(name)
    if name in _ARABIC_GROUPS:
        value = int(value_text)
        return Marker(name, (value,), raw) if value > 0 else None
    if name in _CJK_GROUPS:
        cjk_value = cjk_numeral_value(value_text)
        return Marker(name, (cjk_value,), raw) if cjk_value else None
    if name == "circled":
        family, value = _circled(value_text)
        return Marker(family, (value,), raw)
    if name == "letter":
        family = "letter_lower" if value_text.islower() else "letter_upper"
        return Marker(family, (ord(value_text.lower()) - 96,), raw)
    return Marker("bullet" + value_text, (), raw)  # a bullet or a dash


# The same few markers ("1、", "2、", "- ") start most lines: each distinct marker text is read
# once and its (frozen) marker shared. The match's group name and text determine the marker.
_MARKERS: dict[tuple[str | None, str], Marker | None] = {}
MAX_CACHED_MARKERS = 4096


def parse_marker(text: str) -> tuple[Marker, str] | None:
    """Split ``text`` (already stripped) into its leading marker and the rest, if it has one."""
    if not text:
        return None
    match = _LINE_MARKER_RE.match(text)
    if match is None:
        return None
    end = match.end()
    key = (match.lastgroup, text[:end])
    try:
        marker = _MARKERS[key]
    except KeyError:
        marker = _marker_from_match(match)
        if len(_MARKERS) >= MAX_CACHED_MARKERS:
            _MARKERS.clear()
        _MARKERS[key] = marker
    if marker is None:
        return None
    return marker, text[end:]


_TIGHT_MARKER_RE = re.compile(r"(?P<arabic>\d{1,3})[.．](?=\d)")


def parse_tight_marker(text: str) -> tuple[Marker, str] | None:
    """``6.3 年以上…``: a number and a dot run into the text.

    Only the list builder can say whether this is item 6 (when 6 is the next number
    expected) or the number 6.3, so this is tried only where it would continue a list.
    """
    match = _TIGHT_MARKER_RE.match(text)
    if match is None:
        return None
    return Marker("arabic", (int(match.group("arabic")),), match.group(0)), text[match.end() :]


def inline_markers(text: str) -> Iterator[tuple[int, Marker]]:
    """Yield ``(position, marker)`` for each marker-like token after punctuation in ``text``."""
    for match in _INLINE_MARKER_RE.finditer(text):
        marker = _marker_from_match(match)
        if marker is not None:
            yield match.start(), marker


def could_hold_inline_marker(text: str) -> bool:
    """A cheap pre-check so most lines skip the inline marker search.

    Only a line with a marker separator counts, and only if something after punctuation
    starts like an inline marker (English sentences are full of full stops but hold none).
    """
    return (
        "、" in text or "." in text or "．" in text or "(" in text or "（" in text
    ) and _INLINE_START_RE.search(text) is not None


def next_in_sequence(marker: Marker) -> Marker | None:
    """The marker that would follow ``marker`` in the same list (None for bullets)."""
    if not marker.path:
        return None
    return Marker(marker.family, (*marker.path[:-1], marker.path[-1] + 1), "")


def next_key(marker: Marker) -> tuple[str, tuple[int, ...]] | None:
    """The key of :func:`next_in_sequence` (without making the marker)."""
    path = marker.path
    if not path:
        return None
    return (marker.family, (*path[:-1], path[-1] + 1))


def is_list_start(marker: Marker) -> bool:
    """True for a bullet or a first number (1, 一, a, ①, 1.1): what opens a list."""
    return not marker.path or marker.path[-1] == 1
