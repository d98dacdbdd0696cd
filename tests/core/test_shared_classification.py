"""A repeated line with markup is cleaned and classified once: the copies must not differ."""

from __future__ import annotations

from dataclasses import fields, replace

from jdeditor.core.structure.lines import Line, _classify, _renumbered, classify_text_lines
from jdeditor.core.structure.markup import CleanLine, clean_text_line, renumbered

TEXT = """# 产品经理

- **工作地点**：北京

## 岗位职责

1. 负责产品规划。

## 岗位职责
---
**加分项**

**加分项**
---

- **工作地点**：北京
**加分项**<br>- 熟悉 SQL
**加分项**<br>- 熟悉 SQL
"""


def _numbered(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.splitlines(), start=1))


def test_repeated_lines_classify_as_each_on_its_own() -> None:
    lines = _numbered(TEXT)
    one_by_one = _classify([clean for n, raw in lines for clean in clean_text_line(raw, n)])
    shared = classify_text_lines(lines)
    assert shared == one_by_one
    # The underline makes the second "**加分项**" a heading of level 2, not the first.
    bonus = [line for line in shared if line.text == "加分项"]
    assert [line.strength for line in bonus] == [7, 2, 7, 7]


def test_renumbered_copies_every_field() -> None:
    clean = CleanLine("a", 1, 2, 3, True, True, True, 4, False, 5, True, 6, True)
    assert renumbered(clean, 9) == replace(clean, number=9)
    assert len(fields(CleanLine)) == 13  # a new field must be copied by renumbered() too


def test_renumbered_line_copies_every_field() -> None:
    line = classify_text_lines([(1, "- **工作地点**：北京")])[0]
    assert _renumbered(line, 5) == replace(line, number=5)
    assert len(fields(Line)) == 19  # a new field must be copied by _renumbered() too
