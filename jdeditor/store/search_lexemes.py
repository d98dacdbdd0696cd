"""The search tokens as PostgreSQL's ``tsvector`` and ``tsquery`` values.

SQLite's index splits the bigram text of :mod:`jdeditor.store.search_tokens` with FTS5's
``unicode61`` tokenizer. PostgreSQL's own text parser splits differently (``3.5`` is one
number, ``e-commerce`` three words, ``node.js`` a host name), so on PostgreSQL the text
is split here, in Python, the way ``unicode61`` does it, and the tokens go to the
server as a ``tsvector`` literal with their positions: the server never parses a word.
The same holds for queries (a ``tsquery`` literal), so both databases see the same tokens
and find the same postings. Pure Python: the SQL lives in ``store/postgres_search.py``.

``unicode61`` (with ``remove_diacritics 2``): a token is a run of characters that are
not separators; tokens are lower-cased and Latin letters lose their accents (é → e).
Its tables are Unicode 6.1's, so which characters separate and how a few hundred fold
is read from ``unicode61_table.py``, generated from SQLite itself
(``docs/tools/unicode61_table.py``); ``tests/store/test_search_lexemes.py`` compares
the result with FTS5 again.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable

from jdeditor.store.search_tokens import CJK_CLASS, QueryTerm, document_text
from jdeditor.store.unicode61_table import FOLDS, SEPARATORS

MAX_POSITION = 16383  # PostgreSQL keeps positions up to this; later ones are clamped
MAX_LEXEME_BYTES = 2046  # PostgreSQL refuses longer words; such tokens are left out
MAX_VECTOR_CHARS = 900_000  # a tsvector holds at most 1 MB; text past this is left out
COLUMN_GAP = 2  # positions left free between title, fields and body: no phrase spans them


def python_fold(char: str) -> str:
    """Lower case, and Latin letters without their accents (é → e)."""
    out: list[str] = []
    for part in char.lower():
        code = ord(part)
        if 0xC0 <= code < 0x250 or 0x1E00 <= code < 0x1F00:
            base = unicodedata.normalize("NFD", part)
            kept = "".join(c for c in base if not unicodedata.combining(c))
            out.append(kept if kept else part)
        else:
            out.append(part)
    return "".join(out)


@functools.cache
def _starts() -> list[int]:
    return [first for first, _last in SEPARATORS]


@functools.cache
def _fold_char(char: str) -> str | None:
    """A non-ASCII character as ``unicode61`` folds it; None when it separates tokens."""
    code = ord(char)
    at = bisect.bisect_right(_starts(), code) - 1
    if at >= 0 and SEPARATORS[at][0] <= code <= SEPARATORS[at][1]:
        return None
    folded = FOLDS.get(code)
    return folded if folded is not None else python_fold(char)


def tokens(text: str) -> list[str]:
    """The tokens ``unicode61`` makes of text that is already in index form."""
    result: list[str] = []
    current: list[str] = []
    for char in text:
        if char.isascii():
            if char.isalnum():
                current.append(char.lower())
                continue
        else:
            folded = _fold_char(char)
            if folded is not None:
                current.append(folded)
                continue
        if current:
            result.append("".join(current))
            current = []
    if current:
        result.append("".join(current))
    # a run of marks that fold to nothing (´ alone) is no token: PostgreSQL refuses ''
    return [token for token in result if token]


def _is_cjk_gram(token: str) -> bool:
    return len(token) == 2 and all(_cjk_char().match(char) for char in token)


@functools.cache
def _cjk_char() -> re.Pattern[str]:
    return re.compile(f"[{CJK_CLASS}]")


def _one_trigram(words: list[str]) -> bool:
    """Whether the words are the two bigrams of three CJK characters (数据 据分)."""
    return (
        len(words) == 2
        and _is_cjk_gram(words[0])
        and _is_cjk_gram(words[1])
        and words[0][1] == words[1][0]
    )


def _quote(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def vector_literal(columns: Iterable[tuple[str, str]]) -> str:
    """A ``tsvector`` literal of ``(text, weight)`` columns, positions counted across
    them with a gap between columns; weight ``D`` is written without a letter."""
    positions: dict[str, list[str]] = {}
    position = 1
    size = 0
    for text, weight in columns:
        mark = "" if weight == "D" else weight
        words = tokens(document_text(text))
        for index, token in enumerate(words):
            entry = f"{min(position, MAX_POSITION)}{mark}"
            lexemes = [token]
            if _is_cjk_gram(token) and index + 1 < len(words):
                following = words[index + 1]
                if _is_cjk_gram(following) and following[0] == token[1]:
                    lexemes.append(token + following[1])  # the CJK trigram starting here
            for lexeme in lexemes:
                if len(lexeme.encode()) > MAX_LEXEME_BYTES or size >= MAX_VECTOR_CHARS:
                    continue
                found = positions.get(lexeme)
                if found is None:
                    positions[lexeme] = [entry]
                    size += len(lexeme) + len(entry) + 4
                elif len(found) < 256:
                    found.append(entry)
                    size += len(entry) + 1
            position += 1
        position += COLUMN_GAP
    return " ".join(f"{_quote(lexeme)}:{','.join(at)}" for lexeme, at in positions.items())


def query_literal(terms: list[QueryTerm]) -> str | None:
    """A ``tsquery`` literal requiring every term, each a phrase (``<->``) whose last
    token may be a prefix (``:*``). None when a term has no token left."""
    phrases: list[str] = []
    for term in terms:
        words = [token for raw in term.tokens for token in tokens(raw)]
        if not words:
            return None
        if not term.prefix and _one_trigram(words):
            # Three CJK characters: one trigram, found without a phrase check.
            words = [words[0] + words[1][1]]
        parts = [_quote(word) for word in words]
        if term.prefix:
            parts[-1] += ":*"
        phrases.append("(" + " <-> ".join(parts) + ")")
    return " & ".join(phrases) if phrases else None
