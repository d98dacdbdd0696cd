"""The Python test of a wording against a search agrees with the FTS5 index exactly."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdeditor.store.search_tokens import document_text, fts_match_expression, query_terms
from jdeditor.store.statement_match import FOLDING_APART, StatementMatcher, _folds_apart
from jdeditor.store.statement_search import STATEMENT_FTS_DDL_V1, STATEMENT_FTS_TABLE

QUERIES = (
    "数",
    "据",
    "数据",
    "数据分析",
    "相关工作经验",
    "年以上",
    "3年",
    "三年",
    "3.5",
    "3",
    "excel",
    "Excel",
    "EXCEL",
    "ｅｘｃｅｌ",
    "Ｅｘｃｅｌ",
    "exper",
    "ex",
    "e",
    "sql python",
    "team work",
    '"project management"',
    "数据 Excel",
    "熟练Excel",
    "Excel数据",
    "C++",
    "résumé",
    "resume",
    "a1",
    "word/excel",
    "负责 团队",
    "ＰＰＴ",
    "5万",
    "java开发",
)


def _fts_hits(texts: Sequence[str], queries: Iterable[str]) -> dict[str, set[int]]:
    connection = sqlite3.connect(":memory:")
    connection.execute(STATEMENT_FTS_DDL_V1)
    connection.executemany(
        f"INSERT INTO {STATEMENT_FTS_TABLE} (rowid, text) VALUES (?, ?)",
        [(number, document_text(text)) for number, text in enumerate(texts)],
    )
    found: dict[str, set[int]] = {}
    for query in queries:
        rows = connection.execute(
            f"SELECT rowid FROM {STATEMENT_FTS_TABLE} WHERE {STATEMENT_FTS_TABLE} MATCH ?",
            (fts_match_expression(query_terms(query)),),
        )
        found[query] = {int(row[0]) for row in rows}
    connection.close()
    return found


def _python_hits(texts: Sequence[str], query: str) -> set[int]:
    matcher = StatementMatcher.for_query(query)
    assert matcher is not None, query
    return {number for number, text in enumerate(texts) if matcher.matches(text)}


def _sample_lines(samples_dir: Path) -> list[str]:
    lines: list[str] = []
    for path in sorted(samples_dir.glob("**/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        lines.extend(line.strip() for line in text.splitlines() if line.strip())
    return lines


def test_the_real_samples_match_as_in_fts5(samples_dir: Path) -> None:
    texts = _sample_lines(samples_dir)
    assert len(texts) > 5000
    expected = _fts_hits(texts, QUERIES)
    assert sum(1 for hits in expected.values() if hits) > len(QUERIES) // 2
    for query in QUERIES:
        assert _python_hits(texts, query) == expected[query], query


def test_made_up_wordings_match_as_in_fts5() -> None:
    texts = [
        "熟练使用Excel、Word等办公软件",
        "3年以上相关工作经验",
        "三年以上相关经验",
        "3.5年经验，薪资5万",
        "Experience with SQL and Python",
        "ＥＸＣＥＬ熟练",
        "Résumé screening; team-work",
        "excellent communication",
        "C++/Java开发",
        "数",
        "数据",
        "据数",
        "project management and team work",
        "PPT、ＰＰＴ",
        "数据，据分析",  # 数据 据分 分析 are all there, but not in one run
        "分析数",
        "㊀数据",
    ]
    expected = _fts_hits(texts, QUERIES)
    for query in QUERIES:
        assert _python_hits(texts, query) == expected[query], query
    assert expected["excel"] == {0, 5, 7}  # the prefix finds "excellent" as well


def test_one_cjk_run_is_matched_as_its_text() -> None:
    """A query of one CJK run matches a plain wording exactly where the run's text
    stands (the made-up and generated wordings above check it against FTS5)."""
    literals = {
        query: getattr(StatementMatcher.for_query(query), "literal", None)
        for query in ["数", "数据", "数据分析", "数 据", "数据x", "excel", "3年", "数据*"]
    }
    assert literals == {
        "数": "数",
        "数据": "数据",
        "数据分析": "数据分析",
        "数 据": None,
        "数据x": None,
        "excel": None,
        "3年": None,
        "数据*": "数据",  # a CJK run of two or more is never a prefix
    }


def test_a_query_without_words_has_no_matcher() -> None:
    assert StatementMatcher.for_query("  ，。 ") is None


_PIECES = st.sampled_from(
    tuple("数据分析经验年以上3三.5、 Ex cel ex EXCEL ｅｘ é sql - / ( 工作 _")
)
_TEXT = st.lists(_PIECES, min_size=1, max_size=8).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(_TEXT, min_size=1, max_size=30), queries=st.lists(_TEXT, max_size=6))
def test_generated_wordings_and_queries_match_as_in_fts5(
    texts: list[str], queries: list[str]
) -> None:
    usable = [query for query in queries if StatementMatcher.for_query(query) is not None]
    expected = _fts_hits(texts, usable)
    for query in usable:
        assert _python_hits(texts, query) == expected[query], (query, texts)


def test_the_list_of_folding_characters_is_complete() -> None:
    """The quick refusal trusts ``FOLDING_APART`` to hold every character that
    ``unicode61`` folds other than ``lower()`` does; a character missing from it would
    make the walk pass over a wording that matches. Checked against every code point."""
    listed = re.compile(f"[{FOLDING_APART}]")
    for code in range(0x80, 0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        assert bool(listed.match(char)) == _folds_apart(char), hex(code)
