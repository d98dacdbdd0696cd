"""PostgreSQL's search tokens are split in Python exactly as SQLite's FTS5 splits them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from docs.tools.unicode61_table import sqlite_tokens
from jdeditor.store.search_lexemes import (
    MAX_POSITION,
    query_literal,
    tokens,
    vector_literal,
)
from jdeditor.store.search_tokens import document_text, query_terms


def _codes_to_check() -> list[int]:
    """Every character below U+3100 (Latin, Greek, Cyrillic, punctuation, CJK symbols),
    and every 29th one above it."""
    below = [code for code in range(0x20, 0x3100)]
    above = [code for code in range(0x3100, 0x110000, 29) if not 0xD800 <= code < 0xE000]
    return below + above


def test_each_character_splits_and_folds_as_in_sqlite() -> None:
    texts = [(code, f"a{chr(code)}Q{chr(code)} Z") for code in _codes_to_check()]
    expected = sqlite_tokens(texts)
    wrong = [hex(code) for code, text in texts if tokens(text) != expected[code]]
    assert wrong == []


def test_the_real_samples_split_as_in_sqlite(samples_dir: Path) -> None:
    files = sorted(samples_dir.glob("**/*.txt"))
    assert len(files) > 100
    texts = [
        (number, document_text(path.read_text(encoding="utf-8", errors="replace")))
        for number, path in enumerate(files, start=1)
    ]
    expected = sqlite_tokens(texts)
    for number, text in texts:
        assert tokens(text) == expected[number], files[number - 1]


@pytest.mark.parametrize("text", ["\u0301", "x \u0301\u0301 y", "´", "0 ´"])
def test_marks_that_fold_to_nothing_make_no_token(text: str) -> None:
    """A lone combining mark (´ becomes one in index form) is no token in SQLite either;
    an empty lexeme would make PostgreSQL refuse the whole posting."""
    assert tokens(document_text(text)) == sqlite_tokens([(1, document_text(text))])[1]
    assert "''" not in vector_literal([("0", "A"), (text, "B")])


def test_vector_positions_weights_and_trigrams() -> None:
    vector = vector_literal([("数据分析 Excel", "A"), ("O'Brien", "B"), ("3年", "D")])
    assert vector == (
        "'数据':1A '数据分':1A '数据分析':1A '据分':2A '据分析':2A '分析':3A '析':4A 'excel':5A "
        "'o':8B 'brien':9B '3':12 '年':13"
    )


def test_starts_of_cjk_tokens_for_one_character_queries() -> None:
    """``^析``: a token starts with 析, at that token's position (posting vectors only)."""
    vector = vector_literal([("数据分析 Excel", "A"), ("3年", "D")], starts=True)
    assert vector == (
        "'数据':1A '数据分':1A '数据分析':1A '^数':1A '据分':2A '据分析':2A '^据':2A "
        "'分析':3A '^分':3A '析':4A '^析':4A 'excel':5A '3':8 '年':9 '^年':9"
    )
    assert query_literal(query_terms("析"), starts=True) == "('^析')"
    assert query_literal(query_terms("析 Exce"), starts=True) == "('^析') & ('exce':*)"
    # Anything else as without them: a Latin prefix, a character inside a phrase.
    for query in ("a", "3年", "年3", "数据", "数据分析师"):
        assert query_literal(query_terms(query), starts=True) == query_literal(query_terms(query))


def test_vector_positions_stop_at_the_limit() -> None:
    vector = vector_literal([(" ".join(f"w{n}" for n in range(MAX_POSITION + 5)), "D")])
    assert f"'w{MAX_POSITION + 4}':{MAX_POSITION}" in vector


@pytest.mark.parametrize(
    ("query", "literal"),
    [
        ("数据分析", "('数据分析')"),
        ("数据分析师", "('数据分析' <-> '据分析师')"),
        ("高级数据分析师", "('高级数据' <-> '级数据分' <-> '数据分析' <-> '据分析师')"),
        ("数据分", "('数据分')"),
        ("产品", "('产品')"),
        ("析", "('析':*)"),
        ("3年", "('3' <-> '年':*)"),
        ("Exce SQL", "('exce':*) & ('sql':*)"),
        ("ＳＱＬ", "('sql':*)"),
        ('"product manager"', "('product' <-> 'manager':*)"),
        ("Café", "('cafe':*)"),
        ("!!!", None),
    ],
)
def test_queries(query: str, literal: str | None) -> None:
    assert query_literal(query_terms(query)) == literal


def test_a_token_of_diacritics_alone_is_no_lexeme() -> None:
    """``unicode61`` folds a lone combining accent to nothing and makes no token of it
    (a phrase matches across it, checked against FTS5 below); PostgreSQL refuses an
    empty lexeme, so it is left out and takes no position."""
    assert vector_literal([("0 \u0301 b", "D")]) == "'0':1 'b':2"
    fts = sqlite3.connect(":memory:")
    fts.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    fts.execute("INSERT INTO t VALUES ('0 \u0301 b')")
    assert fts.execute("SELECT count(*) FROM t WHERE t MATCH '\"0 b\"'").fetchone() == (1,)
    assert query_literal(query_terms("\u0301")) is None
