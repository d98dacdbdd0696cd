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
LONGEST_GRAM = 4  # CJK grams of up to this many characters are lexemes of their own
COLUMN_GAP = 2  # positions left free between title, fields and body: no phrase spans them
START = "^"  # ^析: "a token starts with 析"; no token holds ^, which separates words


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
            _append_token(result, current)
            current = []
    if current:
        _append_token(result, current)
    return result


def _append_token(result: list[str], chars: list[str]) -> None:
    # A run of diacritics alone folds to nothing; unicode61 makes no token of it, and a
    # tsvector refuses an empty lexeme.
    token = "".join(chars)
    if token:
        result.append(token)


@functools.lru_cache(maxsize=1 << 16)  # asked for every token of every text
def _is_cjk_gram(token: str) -> bool:
    return len(token) == 2 and all(_cjk_char().match(char) for char in token)


@functools.cache
def _cjk_char() -> re.Pattern[str]:
    return re.compile(f"[{CJK_CLASS}]")


def _longer_grams(words: list[str], index: int) -> list[str]:
    """The CJK trigram and four-gram starting at ``words[index]``, where the bigrams chain
    (数据 据分 分析 → 数据分, 数据分析): a query of three or four CJK characters is then one
    lexeme, found through the index without a check of positions."""
    grams: list[str] = []
    gram = words[index]
    if not _is_cjk_gram(gram):
        return grams
    for following in words[index + 1 : index + LONGEST_GRAM - 1]:
        if not _is_cjk_gram(following) or following[0] != gram[-1]:
            break
        gram += following[1]
        grams.append(gram)
    return grams


def _chained_grams(words: list[str]) -> list[str] | None:
    """Chained CJK bigrams (数据 据分 分析 析师) as the longest grams that cover them, one
    a position (数据分析 据分析师): three or four characters are one lexeme, longer runs
    a phrase of four-grams, far rarer than bigrams. None unless every word chains."""
    if len(words) < 2 or not all(_is_cjk_gram(word) for word in words):
        return None
    if any(words[at][1] != words[at + 1][0] for at in range(len(words) - 1)):
        return None
    text = words[0] + "".join(word[1] for word in words[1:])
    size = min(len(text), LONGEST_GRAM)
    return [text[start : start + size] for start in range(len(text) - size + 1)]


def _quote(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _start(token: str) -> list[str]:
    """``^析`` for a token that starts with the CJK character 析 (the bigrams 析师, 析X and
    the closing single 析), else nothing."""
    return [START + token[0]] if _cjk_char().match(token[0]) else []


def vector_literal(columns: Iterable[tuple[str, str]], starts: bool = False) -> str:
    """A ``tsvector`` literal of ``(text, weight)`` columns, positions counted across
    them with a gap between columns; weight ``D`` is written without a letter.

    ``starts``: each CJK token also gives the lexeme ``^`` + its first character, at its
    position. A query of one CJK character (``析``, which finds every token starting with
    it, as FTS5's ``析*``) is then that one lexeme: the prefix ``'析':*`` made the GIN
    index merge the lists of every bigram, trigram and four-gram starting with 析
    (28 ms at 100,000 postings, against 3-7 ms for one lexeme)."""
    positions: dict[str, list[str]] = {}
    position = 1
    size = 0
    for text, weight in columns:
        mark = "" if weight == "D" else weight
        words = tokens(document_text(text))
        for index, token in enumerate(words):
            entry = f"{min(position, MAX_POSITION)}{mark}"
            lexemes = [token, *_longer_grams(words, index)]
            if starts and token:
                lexemes += _start(token)
            for lexeme in lexemes:
                if (
                    not lexeme
                    or len(lexeme.encode()) > MAX_LEXEME_BYTES
                    or size >= MAX_VECTOR_CHARS
                ):
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


def query_literal(terms: list[QueryTerm], starts: bool = False) -> str | None:
    """A ``tsquery`` literal requiring every term, each a phrase (``<->``) whose last
    token may be a prefix (``:*``). None when a term has no token left. ``starts``: the
    vectors hold the ``^`` lexemes (:func:`vector_literal`), and a term of one CJK
    character that may start a token looks for its ``^`` lexeme instead of a prefix."""
    phrases: list[str] = []
    for term in terms:
        words = [token for raw in term.tokens for token in tokens(raw) if token]
        if not words:
            return None
        if starts and term.prefix and len(words) == 1 and len(words[0]) == 1:
            start = _start(words[0])
            if start:
                phrases.append("(" + _quote(start[0]) + ")")
                continue
        grams = None if term.prefix else _chained_grams(words)
        if grams is not None:
            words = grams
        parts = [_quote(word) for word in words]
        if term.prefix:
            parts[-1] += ":*"
        phrases.append("(" + " <-> ".join(parts) + ")")
    return " & ".join(phrases) if phrases else None
