"""Short excerpts around a search match, for result lists."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence

SNIPPET_CONTEXT = 24  # characters shown before the first match


@functools.lru_cache(maxsize=1 << 16)
def _fold_char(char: str) -> str:
    return unicodedata.normalize("NFKC", char).casefold()


def _fold(text: str) -> str:
    """The text folded character by character, as :func:`_fold_with_map` folds it."""
    return "".join(map(_fold_char, text))


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """Case- and width-folded text, and for each folded character its index in ``text``."""
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin


def _find_all(haystack: str, needle: str) -> list[int]:
    found: list[int] = []
    position = haystack.find(needle)
    while position >= 0:
        found.append(position)
        position = haystack.find(needle, position + len(needle))
    return found


def make_snippet(
    texts: Sequence[str], needles: Sequence[str], width: int = 80
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The first text containing a needle, cut to about ``width`` characters around it.

    Matching is case-insensitive and ignores width forms (Ｅｘｃｅｌ = Excel), as search
    does. Returns the excerpt and the ``(start, end)`` spans of every match in it; with
    no match anywhere, the start of the first non-empty text and no spans.
    """
    folded_needles = [
        unicodedata.normalize("NFKC", needle).casefold() for needle in needles if needle.strip()
    ]
    for text in texts:
        flat = " ".join(text.split())
        # Most texts hold no match: look for one before mapping each character back.
        plain = _fold(flat)
        if not any(needle in plain for needle in folded_needles):
            continue
        folded, origin = _fold_with_map(flat)
        matches: list[tuple[int, int]] = []
        for needle in folded_needles:
            for position in _find_all(folded, needle):
                matches.append((origin[position], origin[position + len(needle) - 1] + 1))
        if not matches:
            continue
        matches.sort()
        start = max(0, matches[0][0] - SNIPPET_CONTEXT)
        end = min(len(flat), start + width)
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < len(flat) else ""
        shift = len(prefix) - start
        spans = tuple(
            (begin + shift, min(finish, end) + shift)
            for begin, finish in matches
            if begin >= start and begin < end
        )
        return prefix + flat[start:end] + suffix, spans
    for text in texts:
        flat = " ".join(text.split())
        if flat:
            return (flat[:width] + ("…" if len(flat) > width else "")), ()
    return "", ()
