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
import itertools
import re
import unicodedata
from dataclasses import dataclass

from jdeditor.store.search_lexemes import tokens
from jdeditor.store.search_tokens import _cjk_run, document_text, query_terms


@dataclass(frozen=True, slots=True)
class _Phrase:
    words: tuple[str, ...]
    prefix: bool


class StatementMatcher:
    """The query's terms as token phrases; :meth:`matches` tests one wording."""

    def __init__(self, phrases: tuple[_Phrase, ...]) -> None:
        self._phrases = phrases
        self._words = tuple({word for phrase in phrases for word in phrase.words})
        self.literal = _cjk_literal(phrases)

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

    @property
    def words(self) -> tuple[str, ...]:
        """The query's words: every plain wording (:func:`folded`) that matches holds
        each of them in its folded form."""
        return self._words

    def matches(self, wording: str) -> bool:
        # A quick refusal first: when every character of the wording folds as ``lower()``
        # does (or separates words), each word of a match is a substring of the lower-cased
        # wording, so a missing word means no match.
        lowered, plain = folded(wording)
        if plain:
            if self.literal is not None:
                return self.literal in lowered
            if not all(word in lowered for word in self._words):
                return False
        return self.confirms(wording)

    def confirms(self, wording: str) -> bool:
        """The full test, without the quick refusal (for a candidate known to hold
        the words)."""
        document = tokens(document_text(wording))
        return all(_has_phrase(document, phrase) for phrase in self._phrases)


def folded(wording: str) -> tuple[str, bool]:
    """The wording lower-cased after NFKC, and whether it is plain: every character
    folds as ``lower()`` does or separates words, so that each word of a match is a
    substring of it (not plain: a character of :data:`FOLDING_APART`, such as é)."""
    if wording.isascii():
        return wording.lower(), True
    normal = unicodedata.normalize("NFKC", wording)
    return normal.lower(), folding_apart().search(normal) is None


def _cjk_literal(phrases: tuple[_Phrase, ...]) -> str | None:
    """For a query of one term that is one CJK run, the text a plain wording holds
    exactly when it matches; None for any other query.

    In the document a CJK run is its bigrams and then its last character alone
    (``search_tokens.document_text``: 数据分析 is 数据 据分 分析 析), so two bigrams are
    consecutive tokens only inside one run: the query's chain of bigrams (数据 据分 分析,
    no prefix) matches exactly where its characters stand together. One character as a
    prefix (数*) matches a token starting with it, which every place it stands in a run
    gives (a bigram, or the run's last character)."""
    if len(phrases) != 1:
        return None
    words, prefix = phrases[0].words, phrases[0].prefix
    if not all(_cjk_run().fullmatch(word) for word in words):
        return None
    if len(words) == 1 and len(words[0]) == 1:
        return words[0] if prefix else None
    if prefix or any(len(word) != 2 for word in words):
        return None
    if any(first[1] != second[0] for first, second in itertools.pairwise(words)):
        return None
    return words[0] + "".join(word[1] for word in words[1:])


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


# Every character that ``unicode61`` folds other than ``lower()`` does (:func:`_folds_apart`;
# tests/store/test_statement_match.py checks the list against every code point).
FOLDING_APART = (
    "\u00b5\u00c0-\u00c5\u00c7-\u00cf\u00d1-\u00d6\u00d9-\u00dd\u00e0-\u00e5"
    "\u00e7-\u00ef\u00f1-\u00f6\u00f9-\u00fd\u00ff-\u010f\u0112-\u0125\u0128-\u0130"
    "\u0134-\u0137\u0139-\u013e\u0143-\u0148\u014c-\u0151\u0154-\u0165\u0168-\u017f"
    "\u01a0-\u01a1\u01af-\u01b0\u01cd-\u01dc\u01de-\u01df\u01e6-\u01ed\u01f0"
    "\u01f4-\u01f5\u01f8-\u01fb\u0200-\u021b\u021e-\u021f\u0226-\u0233\u037f\u03c2"
    "\u03d0-\u03d1\u03d5-\u03d6\u03f0-\u03f1\u03f5\u0528\u052a\u052c\u052e"
    "\u13a0-\u13f5\u1c90-\u1cba\u1cbd-\u1cbf\u1e00-\u1e99\u1e9b\u1ea0-\u1ef9\u1fbe"
    "\u212b\u2c2f\ua698\ua69a\ua796\ua798\ua79a\ua79c\ua79e\ua7ab-\ua7ae\ua7b0-\ua7b4"
    "\ua7b6\ua7b8\ua7ba\ua7bc\ua7be\ua7c0\ua7c2\ua7c4-\ua7c7\ua7c9\ua7d0\ua7d6\ua7d8"
    "\ua7f5\U000104b0-\U000104d3\U00010570-\U0001057a\U0001057c-\U0001058a"
    "\U0001058c-\U00010592\U00010594-\U00010595\U00010c80-\U00010cb2"
    "\U000118a0-\U000118bf\U00016e40-\U00016e5f\U0001e900-\U0001e921"
)


@functools.cache
def folding_apart() -> re.Pattern[str]:
    return re.compile(f"[{FOLDING_APART}]")


@functools.cache
def _folds_apart(char: str) -> bool:
    """Whether ``unicode61`` folds the character other than ``lower()`` does (é → e)."""
    folded = tokens(char)
    return bool(folded) and folded != [char.lower()]
