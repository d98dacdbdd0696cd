"""Emoji and pictographs: decorations of headings and titles (🚀 【我们是谁】, ◎职位要求)."""

from __future__ import annotations

import re
import unicodedata

_JOINERS = "\ufe0f\u200d\u20e3"  # variation selector, zero-width joiner, keycap
# Characters that are never pictographs: ASCII, Chinese characters, the usual Chinese and
# full-width punctuation. A text of these alone is returned as it is, unread char by char.
_NO_PICTOGRAPHS_RE = re.compile(
    "[\x00-\x7f\u3001-\u3003\u3008-\u3011\u3014-\u301f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]*"
)


def is_pictograph(char: str) -> bool:
    return char in _JOINERS or unicodedata.category(char) == "So"


def strip_symbols(text: str) -> str:
    """Emoji and pictographs out; letters, digits and punctuation kept."""
    if text.isascii() or _NO_PICTOGRAPHS_RE.fullmatch(text) is not None:
        return text
    return "".join(char for char in text if not is_pictograph(char))


def strip_edge_symbols(text: str) -> str:
    """Pictographs and spaces at either end out (🚀 【我们是谁】 → 【我们是谁】): what decorates a
    heading stands at its edges, and looking only there keeps the check cheap for long lines."""
    if not text or text.isascii():
        return text
    first, last = text[0], text[-1]
    if not (first.isspace() or last.isspace() or is_pictograph(first) or is_pictograph(last)):
        return text  # most lines: nothing at either edge
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or is_pictograph(text[start])):
        start += 1
    while end > start and (text[end - 1].isspace() or is_pictograph(text[end - 1])):
        end -= 1
    return text[start:end]
