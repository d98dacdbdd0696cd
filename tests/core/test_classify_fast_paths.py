"""Quick paths of line cleaning and classification give the answers of the slow ones."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jdeditor.core.structure.lines import (
    _ITEM_ENDINGS,
    TERMINAL,
    LineKind,
    _with,
    classify_text_lines,
    title_like,
)
from jdeditor.core.structure.markup import clean_text_line, clean_text_lines


def test_with_is_replace_and_leaves_the_line_alone() -> None:
    line = classify_text_lines([(3, "- **工作地点**：北京")])[0]
    changed = _with(line, kind=LineKind.TEXT, field=None, leads_list=True)
    assert changed == replace(line, kind=LineKind.TEXT, field=None, leads_list=True)
    assert line.kind is LineKind.ITEM and line.field is not None and not line.leads_list


def test_empty_lines_clean_as_the_full_reading_does() -> None:
    lines = [(1, ""), (2, "   "), (3, "\u3000"), (4, "岗位职责"), (5, "")]
    cleaned, origins = clean_text_lines(lines)
    assert cleaned == [clean for n, raw in lines for clean in clean_text_line(raw, n)]
    assert origins == [None] * len(lines)


def test_item_endings_are_terminal() -> None:
    # An item ending so is told to be no title without asking title_like.
    assert set(_ITEM_ENDINGS) <= set(TERMINAL)


@pytest.mark.parametrize("ending", [*_ITEM_ENDINGS, ""])
def test_an_item_that_ends_a_sentence_is_no_heading_nor_title(ending: str) -> None:
    line = classify_text_lines([(1, f"1. 岗位职责{ending}")])[0]
    if ending:
        assert line.kind is LineKind.ITEM and line.heading is None
        assert not line.title_like and not title_like(line.body, False)
    else:
        assert line.kind is LineKind.HEADING  # "1. 岗位职责": a numbered heading


@pytest.mark.parametrize("text", ["1、", "•", "①"])
def test_an_item_with_no_text_after_its_marker(text: str) -> None:
    line = classify_text_lines([(1, text)])[0]
    assert line.kind is LineKind.ITEM and line.body == "" and not line.title_like
