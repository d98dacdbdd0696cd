"""The helpers of the Chinese rules: clauses, lifted conditions, full-width digits."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from jdeditor.core.checks import zh_law, zh_warnings
from jdeditor.core.checks.zh_text import clause_bounds, pattern, text_check


def test_a_clause_ends_at_chinese_and_ascii_punctuation() -> None:
    text = "本科学历，男性优先;有驾照"
    start = text.index("男")
    assert text[slice(*clause_bounds(text, start, start + 1))] == "男性优先"


def test_a_negation_next_to_the_condition_lifts_it() -> None:
    check = text_check("户籍", [pattern(r"户籍要求|限户籍")])
    assert check("无户籍要求") == []
    assert check("不限户籍") == []
    assert check("户籍要求：不限") == []
    assert [(s.start, s.end) for s in check("户籍要求：本市")] == [(0, 4)]


def test_words_before_in_the_clause_make_it_harmless() -> None:
    check = text_check("户口", [pattern(r"北京户口", "x", not_after=("解决",))])
    assert check("可协助解决北京户口") == []
    assert [s.suggestion for s in check("能解决问题，北京户口")] == ["x"]


def test_full_width_digits_count_and_the_span_is_the_original() -> None:
    text = "年龄：２５－３５岁"
    spans = list(zh_warnings.AGE(text))
    assert [text[s.start : s.end] for s in spans] == ["年龄：２５－３５岁"]


@given(
    st.text(alphabet="男女性限优先不婚育孕族户口籍本地乙肝岁年龄身高cm形象佳0123456789-～：，。 ")
)
def test_spans_stay_inside_the_text_and_never_overlap(text: str) -> None:
    for rule in [*zh_law.RULES, *zh_warnings.RULES]:
        assert rule.text_check is not None
        spans = list(rule.text_check(text))
        assert all(0 <= span.start < span.end <= len(text) for span in spans)
        assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
