"""Quick paths of the recogniser give the answers of the slow ones."""

from __future__ import annotations

from dataclasses import fields, replace

from hypothesis import given
from hypothesis import strategies as st

from jdeditor.core.model import Language
from jdeditor.core.structure.contact import _ASCII_GATE_RE, _GATE_RE
from jdeditor.core.structure.english_fields import _CURRENCY_RE, _may_name_currency
from jdeditor.core.structure.language import detect_language
from jdeditor.core.structure.numbering import Marker
from jdeditor.core.structure.parsed import FieldLine
from jdeditor.core.structure.symbols import _NO_PICTOGRAPHS_RE, is_pictograph, strip_symbols

_PIECES = ["send", "scan", "mail", "tel", "qq", "wx", "call", "get in", "13812", "@", "#", "(at)"]


@given(st.lists(st.sampled_from([*_PIECES, "a", "e", " ", "x", "1", "s", "c", "("]), max_size=12))
def test_ascii_gate_agrees_with_the_full_gate_on_ascii_lines(pieces: list[str]) -> None:
    line = "".join(pieces)
    assert (_ASCII_GATE_RE.search(line) is None) == (_GATE_RE.search(line) is None)


def test_language_when_the_latin_letters_are_not_counted() -> None:
    assert detect_language(["1234 ---"]) is Language.ZH  # neither Chinese nor letters
    assert detect_language(["Go, 3 yrs"]) is Language.EN  # letters, no Chinese
    assert detect_language(["岗位 ....."]) is Language.ZH  # a quarter Chinese: enough
    # Less than a quarter Chinese: the letters are counted (6 > 3 × 1, then 3 ≤ 3 × 1).
    assert detect_language(["岗 Python"]) is Language.EN
    assert detect_language(["岗 Go.   "]) is Language.ZH


def test_language_when_the_first_half_settles_it_and_when_it_does_not() -> None:
    assert detect_language(["岗位职责", "Go, Java"]) is Language.ZH  # the first half alone
    # Chinese only in the second half: counted there too (a run across the middle as well).
    assert detect_language(["abcdefgh", "Python岗位职责要求"]) is Language.ZH
    assert detect_language(["abcdefghijklmnop", "Python岗位"]) is Language.EN


def test_no_character_the_quick_path_passes_is_a_pictograph() -> None:
    passed = [chr(code) for code in range(0x10000) if _NO_PICTOGRAPHS_RE.fullmatch(chr(code))]
    assert len(passed) > 20000
    assert not any(is_pictograph(char) for char in passed)
    assert strip_symbols("🚀 岗位职责（北京）") == " 岗位职责（北京）"
    assert strip_symbols("〒岗位★") == "岗位"  # symbols outside the quick path are read


def test_field_line_copy_in_the_builder_knows_every_field() -> None:
    # builder._field_lines copies a FieldLine field by field: a new field must be added there.
    assert [f.name for f in fields(FieldLine)] == [
        "number",
        "field",
        "label",
        "value",
        "text",
        "index",
    ]


_MONEY = ["$", "€", "£", "US$", "USD", "EUR", "HKD", "xUSD", "EURO", " ", "5", "a", "salary "]


@given(st.lists(st.sampled_from(_MONEY), max_size=8))
def test_currency_hint_never_misses_a_currency(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _CURRENCY_RE.search(text) is not None:
        assert _may_name_currency(text)


def test_marker_numbered_is_set_once_from_its_path() -> None:
    assert Marker("arabic", (3,), "3.").numbered
    assert not Marker("bullet", (), "- ").numbered
    assert replace(Marker("arabic", (3,), "3."), path=()).numbered is False
    assert Marker("arabic", (3,), "3.") == Marker("arabic", (3,), "3.")
