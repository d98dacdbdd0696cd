"""Whether a wording matches a search, decided in Python exactly as the index decides.

A statement search with many hits (``数``, ``excel``) finds its first page by walking the
statements in page order and testing each wording here, stopping at the page's end,
instead of sorting every hit (``statement_reading.page``). The test must agree with the
FTS5 index exactly: the wording is turned into the index's tokens
(``search_tokens.document_text``, then ``search_lexemes.tokens``, the Python copy of
FTS5's ``unicode61`` tokenizer), and every query term must occur as a phrase of
consecutive tokens, its last token as a prefix when the term is a prefix.
``tests/store/test_statement_match.py`` compares it with FTS5.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from jdeditor.store.search_lexemes import tokens
from jdeditor.store.search_tokens import document_text, query_terms


@dataclass(frozen=True, slots=True)
class _Phrase:
    words: tuple[str, ...]
    prefix: bool


class StatementMatcher:
    """The query's terms as token phrases; :meth:`matches` tests one wording."""

    def __init__(self, phrases: tuple[_Phrase, ...]) -> None:
        self._phrases = phrases
        self._words = tuple({word for phrase in phrases for word in phrase.words})

    @classmethod
    def for_query(cls, query: str) -> StatementMatcher | None:
        """None when the query has no terms or a term has no token (left to the index)."""
        phrases: list[_Phrase] = []
        for term in query_terms(query):
            words = tuple(token for raw in term.tokens for token in tokens(raw))
            if not words:
                return None
            phrases.append(_Phrase(words, term.prefix))
        return cls(tuple(phrases)) if phrases else None

    def matches(self, wording: str) -> bool:
        # A quick refusal first: when every character of the wording folds as ``lower()``
        # does (or separates words), each word of a match is a substring of the lower-cased
        # wording, so a missing word means no match.
        if wording.isascii():
            lowered = wording.lower()
            plain = True
        else:
            normal = unicodedata.normalize("NFKC", wording)
            lowered = normal.lower()
            plain = not any(_folds_apart(char) for char in set(normal) if not char.isascii())
        if plain and not all(word in lowered for word in self._words):
            return False
        document = tokens(document_text(wording))
        return all(_has_phrase(document, phrase) for phrase in self._phrases)


def _has_phrase(document: list[str], phrase: _Phrase) -> bool:
    words = phrase.words
    size = len(words)
    last = size - 1
    first = words[0]
    for start in range(len(document) - size + 1):
        token = document[start]
        if size == 1:
            if token == first or (phrase.prefix and token.startswith(first)):
                return True
            continue
        if token != first:
            continue
        if all(document[start + i] == words[i] for i in range(1, last)):
            end = document[start + last]
            if end == words[last] or (phrase.prefix and end.startswith(words[last])):
                return True
    return False


@functools.cache
def _folds_apart(char: str) -> bool:
    """Whether ``unicode61`` folds the character other than ``lower()`` does (é → e)."""
    folded = tokens(char)
    return bool(folded) and folded != [char.lower()]
