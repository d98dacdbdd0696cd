from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from jdeditor.store.search_tokens import (
    _cjk_run,
    _expand_run,
    document_text,
    literal_needles,
    query_terms,
)


def test_cjk_runs_become_bigrams_with_closing_character() -> None:
    assert document_text("熟悉数据").split() == ["熟悉", "悉数", "数据", "据"]
    assert document_text("会Excel").split() == ["会", "Excel"]


def test_query_phrases() -> None:
    assert [term.fts_phrase() for term in query_terms("数据分析")] == ['"数据 据分 分析"']
    assert [term.fts_phrase() for term in query_terms("析")] == ['"析" *']
    assert [term.fts_phrase() for term in query_terms("使用Excel")] == ['"使用 用 excel" *']
    assert [term.fts_phrase() for term in query_terms("5年")] == ['"5 年" *']
    assert query_terms("  ,, ") == []


def test_literal_needles_keep_quoted_phrases() -> None:
    assert literal_needles('数据 "product manager" ,') == ["数据", "product manager"]


@given(st.text())
def test_any_query_gives_safe_phrases(query: str) -> None:
    for term in query_terms(query):
        assert term.tokens
        assert all('"' not in token and token.strip() == token for token in term.tokens)


def _plain_document_text(text: str) -> str:
    """The index text by its definition: NFKC, then every CJK run as bigrams."""
    normalised = unicodedata.normalize("NFKC", text)
    return _cjk_run().sub(lambda match: _expand_run(match.group()), normalised)


@given(st.text(alphabet=st.sampled_from("ab ,.\t\n5Ｅｘ（）熟悉数据é\u0301ｶﾞ가")) | st.text())
def test_document_text_is_its_definition(text: str) -> None:
    assert document_text(text) == _plain_document_text(text)


def test_ascii_text_goes_in_as_it_is() -> None:
    text = "Excel, SQL & Python (3+ years)\n- lead a team"
    assert document_text(text) == text == _plain_document_text(text)
