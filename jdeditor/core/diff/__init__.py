"""Comparing two postings (two revisions, or two postings): pure logic, no Qt, no SQL.

    diff = compare_postings(old, new)
    summary(diff, "zh")            # "新增 2 条岗位职责，修改第 3 条任职要求，薪资有变化"
    is_meaningful_change(old, new) # False for nothing or whitespace only

See docs/architecture.md ("History: comparing postings") for the design.
"""

from __future__ import annotations

from jdeditor.core.diff.compare import compare_postings, content_key, is_meaningful_change
from jdeditor.core.diff.diff_json import diff_to_dict
from jdeditor.core.diff.model import (
    Change,
    FieldChange,
    ItemChange,
    ItemRef,
    PostingDiff,
    SectionDiff,
    Segment,
    SegmentOp,
)
from jdeditor.core.diff.summary import change_counts, summary
from jdeditor.core.diff.text import segments, tokens

__all__ = [
    "Change",
    "FieldChange",
    "ItemChange",
    "ItemRef",
    "PostingDiff",
    "SectionDiff",
    "Segment",
    "SegmentOp",
    "change_counts",
    "compare_postings",
    "content_key",
    "diff_to_dict",
    "is_meaningful_change",
    "segments",
    "summary",
    "tokens",
]
