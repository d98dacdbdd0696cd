"""Header fields, sections, and whitespace in a comparison."""

from __future__ import annotations

import copy
import json
from decimal import Decimal

from jdeditor.core.diff import (
    Change,
    SegmentOp,
    compare_postings,
    diff_to_dict,
    is_meaningful_change,
)
from jdeditor.core.model import EmploymentType, Salary, Section, SectionKind, Status
from tests.core.diff.builders import items, posting


def test_header_fields_are_compared_field_by_field() -> None:
    old = posting(["负责数据分析"], department="数据部", headcount=2, tags=["数据", "分析"])
    old.salary = Salary(Decimal(15000), Decimal(25000))
    new = copy.deepcopy(old)
    new.title = "高级数据分析师"
    new.salary = Salary(Decimal(18000), Decimal(25000))
    new.status = Status.PUBLISHED
    new.employment_type = EmploymentType.FULL_TIME
    new.tags = ["数据", "SQL"]
    diff = compare_postings(old, new)
    assert [change.name for change in diff.fields] == [
        "title",
        "employment_type",
        "salary",
        "status",
        "tags",
    ]
    title = diff.field_change("title")
    assert title is not None
    assert title.segments == (
        (SegmentOp.INSERT, "", "高级"),
        (SegmentOp.EQUAL, "数据分析师", "数据分析师"),
    )
    salary = diff.field_change("salary")
    assert salary is not None and salary.old == old.salary and salary.new == new.salary
    tags = diff.field_change("tags")
    assert tags is not None and tags.segments == (
        (SegmentOp.EQUAL, "数据", "数据"),
        (SegmentOp.DELETE, "分析", ""),
        (SegmentOp.INSERT, "", "SQL"),
    )
    assert not any(section.has_changes for section in diff.sections)


def test_an_empty_salary_is_no_salary() -> None:
    old, new = posting(), posting()
    new.salary = Salary(currency="USD")
    assert not compare_postings(old, new).has_changes
    new.salary = Salary(maximum=Decimal(9000))
    assert compare_postings(old, new).field_change("salary") is not None


def test_sections_added_removed_and_renamed() -> None:
    old = posting(["负责数据分析"], ["本科"])
    new = posting(["负责数据分析"], ["本科"])
    new.sections[0].heading = "工作内容"
    new.sections.insert(1, Section(SectionKind.BENEFITS, "福利待遇", items(["五险一金"])))
    del new.sections[2]
    diff = compare_postings(old, new)
    summary = [(s.change, s.old_heading, s.new_heading) for s in diff.sections]
    assert summary == [
        (Change.EDITED, "岗位职责", "工作内容"),
        (Change.REMOVED, "任职要求", ""),  # where it stood: after the first section
        (Change.ADDED, "", "福利待遇"),
    ]
    assert diff.sections[0].renamed
    assert [item.change for item in diff.sections[0].items] == [Change.UNCHANGED]
    assert [item.change for item in diff.sections[1].items] == [Change.REMOVED]
    assert [item.change for item in diff.sections[2].items] == [Change.ADDED]


def test_sections_swapped_are_one_moved_section() -> None:
    old = posting(["负责数据分析"], ["本科"])
    new = copy.deepcopy(old)
    new.sections.reverse()
    changes = [section.change for section in compare_postings(old, new).sections]
    assert sorted(changes) == sorted([Change.MOVED, Change.UNCHANGED])


def test_whitespace_only_is_no_change() -> None:
    old = posting(["负责数据分析报告", "Build the metrics framework"], tags=["数据"])
    new = posting(["负责 数据分析报告 ", "Build  the metrics\tframework"], tags=[" 数据"])
    new.title = f" {old.title}\n"
    assert not is_meaningful_change(old, new)
    assert not compare_postings(old, new).has_changes


def test_a_space_between_latin_words_is_a_change() -> None:
    old = posting(["Build the metrics framework"])
    new = posting(["Build the metricsframework"])
    assert is_meaningful_change(old, new)
    assert compare_postings(old, new).has_changes


def test_nothing_changed() -> None:
    old = posting(["负责数据分析"], ["本科"])
    new = copy.deepcopy(old)
    new.id, new.version = 7, 3
    assert not is_meaningful_change(old, new)
    diff = compare_postings(old, new)
    assert not diff.has_changes and diff.fields == ()


def test_a_diff_as_json_values() -> None:
    old = posting(["负责数据分析", "维护看板"], salary=Salary(Decimal(15000)))
    new = posting(["维护看板", "负责数据分析报告"], salary=Salary(Decimal("15000.50")))
    encoded = diff_to_dict(compare_postings(old, new))
    assert json.loads(json.dumps(encoded, ensure_ascii=False)) == encoded
    assert encoded["changed"] is True
    assert encoded["fields"][0]["new"] == {
        "minimum": "15000.50",
        "maximum": None,
        "currency": "CNY",
        "period": "month",
    }
    duties = encoded["sections"][0]["items"]
    assert [item["change"] for item in duties] == ["unchanged", "moved_edited"]
    assert duties[1]["old"]["label"] == "1" and duties[1]["new"]["label"] == "2"
    assert duties[1]["segments"] == [
        ["equal", "负责数据分析", "负责数据分析"],
        ["insert", "", "报告"],
    ]
