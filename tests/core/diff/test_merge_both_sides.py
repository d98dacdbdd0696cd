"""The three-way merge where both sides changed the same thing (core/diff/merge.py).

Nothing one side wrote may be dropped without a choice: a heading renamed on both sides,
a section renamed on one side and removed on the other, an item moved on one side and
edited on the other, a section both added under the same name, dismissed checks and
every header field. Made-up Chinese and English postings.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jdeditor.core.diff.compare import FIELD_ORDER
from jdeditor.core.diff.merge import Side, merge_postings
from jdeditor.core.model import (
    Dismissal,
    EmploymentType,
    Item,
    Language,
    Posting,
    Salary,
    Section,
    SectionKind,
    Status,
)
from tests.core.diff.test_merge import sides, texts


def zh_base() -> Posting:
    return Posting(
        title="产品经理",
        department="产品部",
        id=3,
        version=2,
        sections=[
            Section(SectionKind.DUTIES, "岗位职责", [Item("负责需求分析"), Item("撰写产品文档")]),
            Section(
                SectionKind.REQUIREMENTS,
                "任职要求",
                [Item("本科及以上学历"), Item("三年以上产品经验")],
            ),
            Section(SectionKind.BENEFITS, "福利待遇", [Item("五险一金"), Item("带薪年假")]),
        ],
    )


def en_base() -> Posting:
    return Posting(
        title="Data Engineer",
        language=Language.EN,
        id=4,
        version=6,
        sections=[
            Section(
                SectionKind.DUTIES,
                "Responsibilities",
                [Item("Build pipelines"), Item("Own the warehouse"), Item("Mentor analysts")],
            ),
            Section(
                SectionKind.REQUIREMENTS,
                "Requirements",
                [Item("Three years of Python"), Item("PostgreSQL")],
            ),
        ],
    )


def headings(posting: Posting) -> list[str]:
    return [section.heading for section in posting.sections]


def all_theirs(base: Posting, mine: Posting, theirs: Posting) -> dict[str, Side]:
    return {c.key: Side.THEIRS for c in merge_postings(base, mine, theirs).conflicts}


# -- section headings ----------------------------------------------------------------------


def test_a_heading_renamed_differently_on_both_sides_is_a_conflict() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    mine.sections[1].heading = "任职资格"
    theirs.sections[1].heading = "岗位要求"
    merged = merge_postings(base, mine, theirs)
    [conflict] = merged.conflicts
    assert conflict.key == "section:1" and conflict.is_section and not conflict.is_item
    assert (conflict.base, conflict.mine, conflict.theirs) == ("任职要求", "任职资格", "岗位要求")
    assert headings(merged.posting) == ["岗位职责", "任职资格", "福利待遇"]
    picked = merge_postings(base, mine, theirs, {"section:1": Side.THEIRS})
    assert headings(picked.posting) == ["岗位职责", "岗位要求", "福利待遇"]
    assert texts(picked.posting.sections[1]) == ["本科及以上学历", "三年以上产品经验"]
    assert [c.key for c in picked.conflicts] == ["section:1"]


def test_the_same_rename_on_both_sides_is_no_conflict() -> None:
    base = en_base()
    mine, theirs = sides(base)
    mine.sections[1].heading = "What you bring"
    theirs.sections[1].heading = "What  you bring "
    merged = merge_postings(base, mine, theirs)
    assert merged.conflicts == ()
    assert headings(merged.posting) == ["Responsibilities", "What you bring"]


def test_a_kind_changed_differently_on_both_sides_is_a_conflict() -> None:
    base = en_base()
    mine, theirs = sides(base)
    mine.sections[1].kind = SectionKind.PREFERRED
    theirs.sections[1].heading = "Must haves"
    merged = merge_postings(base, mine, theirs)
    [conflict] = merged.conflicts
    assert (conflict.mine, conflict.theirs) == ("Requirements", "Must haves")
    assert merged.posting.sections[1].kind is SectionKind.PREFERRED
    picked = merge_postings(base, mine, theirs, {"section:1": Side.THEIRS}).posting
    assert picked.sections[1].kind is SectionKind.REQUIREMENTS
    assert picked.sections[1].heading == "Must haves"


def test_a_section_i_removed_and_they_renamed_is_a_conflict_theirs_brings_it_back() -> None:
    base = en_base()
    mine, theirs = sides(base)
    del mine.sections[1]
    theirs.sections[1].heading = "What you bring"
    merged = merge_postings(base, mine, theirs)
    [conflict] = merged.conflicts
    assert (conflict.key, conflict.mine, conflict.theirs) == ("section:1", None, "What you bring")
    assert headings(merged.posting) == ["Responsibilities"]
    picked = merge_postings(base, mine, theirs, {"section:1": Side.THEIRS}).posting
    assert headings(picked) == ["Responsibilities", "What you bring"]
    assert texts(picked.sections[1]) == ["Three years of Python", "PostgreSQL"]


def test_a_section_brought_back_goes_after_the_nearest_section_still_there() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    del mine.sections[1:]  # requirements and benefits
    theirs.sections[2].heading = "员工福利"
    picked = merge_postings(base, mine, theirs, {"section:2": Side.THEIRS}).posting
    assert headings(picked) == ["岗位职责", "员工福利"]  # no empty 任职要求 made on the way
    assert texts(picked.sections[1]) == ["五险一金", "带薪年假"]


def test_a_section_they_removed_and_i_renamed_is_a_conflict_mine_keeps_it_whole() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    mine.sections[2].heading = "员工福利"
    del theirs.sections[2]
    merged = merge_postings(base, mine, theirs)
    [conflict] = merged.conflicts
    assert (conflict.key, conflict.mine, conflict.theirs) == ("section:2", "员工福利", None)
    assert headings(merged.posting) == ["岗位职责", "任职要求", "员工福利"]
    assert texts(merged.posting.sections[2]) == ["五险一金", "带薪年假"]
    picked = merge_postings(base, mine, theirs, {"section:2": Side.THEIRS})
    assert headings(picked.posting) == ["岗位职责", "任职要求"]
    assert [c.key for c in picked.conflicts] == ["section:2"]


def test_a_section_they_removed_with_an_item_i_edited_asks_about_the_item() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    mine.sections[2].items[1].text = "每年十五天带薪年假"
    del theirs.sections[2]
    merged = merge_postings(base, mine, theirs)
    [conflict] = merged.conflicts
    assert (conflict.mine, conflict.theirs) == ("每年十五天带薪年假", None)
    assert texts(merged.posting.sections[2]) == ["每年十五天带薪年假"]
    picked = merge_postings(base, mine, theirs, all_theirs(base, mine, theirs)).posting
    assert headings(picked) == ["岗位职责", "任职要求"]


def test_a_section_i_removed_with_an_item_they_edited_asks_about_the_item() -> None:
    base = en_base()
    mine, theirs = sides(base)
    del mine.sections[1]
    theirs.sections[1].items[0].text = "Three years of Python or Go"
    merged = merge_postings(base, mine, theirs)
    [conflict] = merged.conflicts
    assert (conflict.mine, conflict.theirs) == (None, "Three years of Python or Go")
    assert headings(merged.posting) == ["Responsibilities"]
    picked = merge_postings(base, mine, theirs, all_theirs(base, mine, theirs)).posting
    assert headings(picked) == ["Responsibilities", "Requirements"]
    assert texts(picked.sections[1]) == ["Three years of Python or Go"]


def test_a_section_added_on_both_sides_under_one_heading_is_one_section() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    mine.sections.insert(2, Section(SectionKind.PREFERRED, "加分项", [Item("有金融行业经验")]))
    mine.sections[2].items.append(Item("熟悉 Axure"))
    theirs.sections.insert(
        2, Section(SectionKind.PREFERRED, "加分项", [Item("有金融行业经验"), Item("英语流利")])
    )
    merged = merge_postings(base, mine, theirs)
    assert merged.conflicts == ()
    assert headings(merged.posting) == ["岗位职责", "任职要求", "加分项", "福利待遇"]
    assert texts(merged.posting.sections[2]) == ["有金融行业经验", "英语流利", "熟悉 Axure"]


def test_sections_added_on_both_sides_under_different_headings_are_both_kept() -> None:
    base = en_base()
    mine, theirs = sides(base)
    mine.sections.append(Section(SectionKind.BENEFITS, "Benefits", [Item("Remote work")]))
    theirs.sections.append(Section(SectionKind.BENEFITS, "Perks", [Item("Gym")]))
    merged = merge_postings(base, mine, theirs).posting
    assert headings(merged) == ["Responsibilities", "Requirements", "Perks", "Benefits"]
    assert [texts(section) for section in merged.sections[2:]] == [["Gym"], ["Remote work"]]


# -- items moved on one side, edited on the other ------------------------------------------


def test_an_item_i_moved_and_they_edited_keeps_my_place_and_their_words() -> None:
    base = en_base()
    mine, theirs = sides(base)
    items = mine.sections[0].items
    items.insert(0, items.pop(2))  # Mentor analysts first
    theirs.sections[0].items[2].text = "Mentor two junior analysts"
    merged = merge_postings(base, mine, theirs)
    assert merged.conflicts == ()
    assert texts(merged.posting.sections[0]) == [
        "Mentor two junior analysts",
        "Build pipelines",
        "Own the warehouse",
    ]


def test_an_item_moved_to_another_section_by_me_and_edited_by_them() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    moved = mine.sections[0].items.pop(1)  # 撰写产品文档 to the requirements
    mine.sections[1].items.append(moved)
    theirs.sections[0].items[1].text = "撰写产品需求文档"
    merged = merge_postings(base, mine, theirs)
    assert merged.conflicts == ()
    assert texts(merged.posting.sections[0]) == ["负责需求分析"]
    assert texts(merged.posting.sections[1])[-1] == "撰写产品需求文档"


def test_an_item_moved_and_edited_on_both_sides_is_a_conflict_about_the_words() -> None:
    base = en_base()
    mine, theirs = sides(base)
    items = mine.sections[0].items
    items.append(items.pop(0))
    items[-1].text = "Build batch pipelines"
    theirs.sections[0].items[0].text = "Build streaming pipelines"
    merged = merge_postings(base, mine, theirs)
    [conflict] = merged.conflicts
    assert (conflict.mine, conflict.theirs) == (
        "Build batch pipelines",
        "Build streaming pipelines",
    )
    picked = merge_postings(base, mine, theirs, {conflict.key: Side.THEIRS}).posting
    assert texts(picked.sections[0])[-1] == "Build streaming pipelines"


# -- dismissed checks ----------------------------------------------------------------------


def test_dismissals_merge_by_finding() -> None:
    base = zh_base()
    base.dismissals = [Dismissal("zh.age:aaaa", "法务已确认"), Dismissal("zh.gender:bbbb")]
    mine, theirs = sides(base)
    mine.dismissals.append(Dismissal("zh.marital:cccc", "我的理由"))
    theirs.dismissals = [Dismissal("zh.age:aaaa", "法务已确认"), Dismissal("zh.health:dddd")]
    merged = merge_postings(base, mine, theirs)
    assert merged.conflicts == ()
    keys = [dismissal.key for dismissal in merged.posting.dismissals]
    assert keys == ["zh.age:aaaa", "zh.marital:cccc", "zh.health:dddd"]  # bbbb let go


def test_a_dismissal_both_gave_different_reasons_for_is_a_conflict() -> None:
    base = en_base()
    mine, theirs = sides(base)
    mine.dismissals = [Dismissal("en.gender_coded:1234", "Legal signed this off")]
    theirs.dismissals = [Dismissal("en.gender_coded:1234", "It is a product name")]
    merged = merge_postings(base, mine, theirs)
    [conflict] = merged.conflicts
    assert conflict.is_dismissal and conflict.key == "dismissal:en.gender_coded:1234"
    assert conflict.section == "en.gender_coded"
    assert (conflict.base, conflict.mine, conflict.theirs) == (
        None,
        "Legal signed this off",
        "It is a product name",
    )
    assert [d.reason for d in merged.posting.dismissals] == ["Legal signed this off"]
    picked = merge_postings(base, mine, theirs, {conflict.key: Side.THEIRS}).posting
    assert [d.reason for d in picked.dismissals] == ["It is a product name"]


def test_a_reason_reworded_on_one_side_and_let_go_on_the_other_is_a_conflict() -> None:
    base = zh_base()
    base.dismissals = [Dismissal("zh.age:aaaa", "旧理由")]
    mine, theirs = sides(base)
    mine.dismissals = [Dismissal("zh.age:aaaa", "新理由：岗位需要")]
    theirs.dismissals = []
    merged = merge_postings(base, mine, theirs)
    [conflict] = merged.conflicts
    assert (conflict.mine, conflict.theirs) == ("新理由：岗位需要", None)
    picked = merge_postings(base, mine, theirs, {conflict.key: Side.THEIRS}).posting
    assert picked.dismissals == []


# -- header fields -------------------------------------------------------------------------

CHANGES: dict[str, tuple[object, object]] = {
    "title": ("高级产品经理", "资深产品经理"),
    "department": ("产品一部", "增长产品部"),
    "location": ("上海", "Shenzhen"),
    "reports_to": ("产品总监", "VP of Product"),
    "headcount": (2, 3),
    "employment_type": (EmploymentType.FULL_TIME, EmploymentType.CONTRACT),
    "salary": (Salary(Decimal(20000), Decimal(30000)), Salary(Decimal(18000), Decimal(26000))),
    "status": (Status.PUBLISHED, Status.ARCHIVED),
    "summary": ("负责增长产品。", "Owns the growth funnel."),
}


# Language has two values: it cannot change differently on both sides.
@pytest.mark.parametrize("name", [name for name in FIELD_ORDER if name not in ("tags", "language")])
def test_every_header_field_changed_on_both_sides_is_a_conflict(name: str) -> None:
    base = zh_base()
    mine, theirs = sides(base)
    ours, other = CHANGES[name]
    setattr(mine, name, ours)
    setattr(theirs, name, other)
    merged = merge_postings(base, mine, theirs)
    assert [c.key for c in merged.conflicts] == [f"field:{name}"]
    assert getattr(merged.posting, name) == ours
    picked = merge_postings(base, mine, theirs, {f"field:{name}": Side.THEIRS})
    assert getattr(picked.posting, name) == other


def test_tags_changed_on_both_sides_keep_both_sides_words() -> None:
    base = en_base()
    base.tags = ["data", "etl"]
    mine, theirs = sides(base)
    mine.tags = ["data", "batch etl"]
    theirs.tags = ["data", "streaming etl"]
    assert merge_postings(base, mine, theirs).posting.tags == ["data", "batch etl", "streaming etl"]
