"""Turning text into search tokens that work for Chinese as well as English.

Full-text engines split words at spaces, and Chinese has none. A trigram index misses
queries of one or two characters (岗位, 薪), which are the most common Chinese searches.
So every run of CJK characters is rewritten as overlapping bigrams before it is
indexed, followed by its last character on its own::

    熟悉数据分析 -> 熟悉 悉数 数据 据分 分析 析

and a query is rewritten the same way into a phrase: ``数据分析`` becomes the phrase
``"数据 据分 分析"``, which matches exactly the documents containing that substring; a
single character ``析`` becomes the prefix query ``析*``, which matches every bigram that
starts with it and the closing single character. Latin text is left to the engine's
own word tokenizer (case- and accent-insensitive), with word-prefix matching on the last
word, so ``Exce`` finds ``Excel``. Both sides are NFKC-normalised first, so full-width
letters (Ｅｘｃｅｌ) and half-width ones match.

This module is pure Python; the SQL that uses it lives in the backend modules.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

CJK_CLASS = (
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf"  # CJK Extension A
    "\u4e00-\u9fff"  # CJK Unified Ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK Compatibility Ideographs
    "\U00020000-\U0003134f"  # CJK Extensions B-G
)


# Compiled when first used: the classes are wide, and compiling them took 5 ms of every
# command-line start, though only searching and indexing need them.
@functools.cache
def _cjk_run() -> re.Pattern[str]:
    return re.compile(f"[{CJK_CLASS}]+")


@functools.cache
def _query_piece() -> re.Pattern[str]:
    # What the engine's unicode61 tokenizer treats as part of a word: letters and digits.
    return re.compile(f"[{CJK_CLASS}]+|[^\\W_{CJK_CLASS}]+")


def _expand_run(run: str) -> str:
    if len(run) == 1:
        return f" {run} "
    grams = [run[i : i + 2] for i in range(len(run) - 1)]
    grams.append(run[-1])
    return " " + " ".join(grams) + " "


def document_text(text: str) -> str:
    """The text as it goes into the index: CJK runs expanded to bigrams, the rest kept."""
    if text.isascii():
        # NFKC keeps ASCII as it is and there is no CJK run to expand: the text of an
        # English posting goes in unchanged without being scanned (0.04 s of 10,000).
        return text
    normalised = unicodedata.normalize("NFKC", text)
    return _cjk_run().sub(lambda match: _expand_run(match.group()), normalised)


@dataclass(frozen=True)
class QueryTerm:
    """One whitespace-separated part of a query, as the tokens of a phrase."""

    tokens: tuple[str, ...]
    prefix: bool  # the last token matches as a prefix

    def fts_phrase(self) -> str:
        phrase = '"' + " ".join(self.tokens) + '"'
        return phrase + " *" if self.prefix else phrase


def _term_tokens(term: str) -> QueryTerm | None:
    pieces = _query_piece().findall(term)
    if not pieces:
        return None
    tokens: list[str] = []
    prefix = False
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        if _cjk_run().match(piece):
            if len(piece) == 1:
                # Alone at the end it may start a bigram; before more text it is the
                # closing single character of its run in the document.
                tokens.append(piece)
                prefix = last
            else:
                tokens.extend(piece[i : i + 2] for i in range(len(piece) - 1))
                if not last:
                    tokens.append(piece[-1])
                prefix = False
        else:
            tokens.append(piece.lower())
            prefix = last
    return QueryTerm(tuple(tokens), prefix)


def query_terms(query: str) -> list[QueryTerm]:
    """Split a user's query into terms that must all match (AND), each a phrase.

    Double quotes group words into one phrase (``"product manager"``); everything that
    is neither a letter, a digit nor a CJK character separates words, as in the index.
    """
    normalised = unicodedata.normalize("NFKC", query)
    raw_terms: list[str] = []
    for index, chunk in enumerate(normalised.split('"')):
        if index % 2 == 1:
            raw_terms.append(chunk)
        else:
            raw_terms.extend(chunk.split())
    terms = [term for term in (_term_tokens(raw) for raw in raw_terms) if term is not None]
    return terms


def fts_match_expression(terms: list[QueryTerm]) -> str:
    """An FTS5 MATCH expression requiring every term."""
    return " AND ".join(term.fts_phrase() for term in terms)


def literal_needles(query: str) -> list[str]:
    """The query's terms as plain substrings, for the portable LIKE search and snippets."""
    normalised = unicodedata.normalize("NFKC", query)
    needles: list[str] = []
    for index, chunk in enumerate(normalised.split('"')):
        parts = [chunk.strip()] if index % 2 == 1 else chunk.split()
        needles.extend(part for part in parts if part and _query_piece().search(part))
    return needles


def fold(text: str | None) -> str | None:
    """Text as the LIKE search compares it: NFKC (full-width to half-width) and case-folded.

    Registered on SQLite connections as ``jd_fold``, whose own ``lower()`` folds ASCII only.
    """
    return unicodedata.normalize("NFKC", text).casefold() if text else text
