"""Properties of the comparison form and of families on generated text."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from jdeditor.core.model import Language, SectionKind
from jdeditor.core.statements import Statement, families, normalise
from jdeditor.core.statements.similarity import relabelled
from tests.hypothesis_support import examples

_PIECES = ["负责", "三年", "以上", "相关", "工作", "经验", "熟悉", "Excel", "、", "；",
           "1、", "（二）", "两个", "一定", " ", "Ｗｏｒｄ", "3+", "years", "of", "at least",
           "•", "至", "~", "（含）", "及"]  # fmt: skip
texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join)


@given(texts)
@settings(max_examples=examples(300), deadline=None)
def test_normalise_is_idempotent(text: str) -> None:
    form = normalise(text, Language.ZH)
    assert normalise(form, Language.ZH) == form


@given(st.lists(st.tuples(texts, st.integers(1, 6)), min_size=1, max_size=30), st.randoms())
@settings(max_examples=examples(100), deadline=None)
def test_every_statement_in_one_family_whatever_the_order(
    rows: list[tuple[str, int]], rng: random.Random
) -> None:
    statements = [Statement(text, SectionKind.DUTIES, posting) for text, posting in rows]
    found = families(statements)
    assert sum(variant.uses for family in found for variant in family.variants) == len(rows)
    texts_seen = [variant.text for family in found for variant in family.variants]
    assert len(texts_seen) == len(set(texts_seen)) == len({text for text, _ in rows})
    shuffled = list(statements)
    rng.shuffle(shuffled)
    assert families(shuffled) == found


@given(st.lists(st.text(min_size=0, max_size=12), min_size=2, max_size=12))
@settings(max_examples=examples(200), deadline=None)
def test_relabelled_forms_have_the_same_ratios(forms: list[str]) -> None:
    labelled = relabelled(forms)
    assert [len(form) for form in labelled] == [len(form) for form in forms]
    for first in range(len(forms)):
        for second in range(len(forms)):
            assert fuzz.ratio(labelled[first], labelled[second]) == fuzz.ratio(
                forms[first], forms[second]
            )


def test_relabelled_keeps_characters_apart_past_one_byte() -> None:
    # 400 distinct characters: the rarest are labelled past U+00FF, still each its own.
    forms = [chr(0x4E00 + code) * (1 + code % 3) for code in range(400)] + ["一丁", "丁一"]
    labelled = relabelled(forms)
    assert len(set(labelled)) == len(set(forms))
    assert max(map(ord, "".join(labelled))) == 400
    assert labelled[-2] == labelled[-1][::-1] != labelled[-1]
