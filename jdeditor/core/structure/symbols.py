"""Emoji and pictographs: decorations of headings and titles (🚀 【我们是谁】, ◎职位要求)."""

from __future__ import annotations

import unicodedata

_JOINERS = "\ufe0f\u200d\u20e3"  # variation selector, zero-width joiner, keycap


def is_pictograph(char: str) -> bool:
    return char in _JOINERS or unicodedata.category(char) == "So"


def strip_symbols(text: str) -> str:
    """Emoji and pictographs out; letters, digits and punctuation kept."""
    if text.isascii():
        return text
    return "".join(char for char in text if not is_pictograph(char))
