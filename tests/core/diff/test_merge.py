"""The three-way merge of a save that met someone else's save (core/diff/merge.py).

Each rule is tried on small made-up postings, in Chinese and in English: header fields,
tags, items added, removed, edited, moved (also with their children and across
sections), nested items, sections added, removed and renamed, and the picks.
"""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from jdeditor.core.diff import content_key
from jdeditor.core.diff.merge import Side, merge_postings
from jdeditor.core.model import Item, Language, Posting, Salary, Section, SectionKind, Status


def zh_base() -> Posting:
    return Posting(
        title="数据分析师",
        department="数据部",
        location="上海",
        salary=Salary(Decimal(15000), Decimal(25000)),
        tags=["数据", "分析"],
        id=7,
        version=3,
        sections=[
            Section(
                SectionKind.DUTIES,
                "岗位职责",
                [
                    Item("市场及用户研究", [Item("市场分析"), Item("用户访谈")]),
                    Item("撰写数据分析报告"),
                    Item("维护指标体系"),
                ],
            ),
            Section(
                SectionKind.REQUIREMENTS, "任职要求", [Item("本科及以上学历"), Item("熟悉SQL")]
            ),
            Section(SectionKind.BENEFITS, "福利待遇", [Item("五险一金")]),
        ],
    )


def en_base() -> Posting:
    return Posting(
        title="Backend Engineer",
        department="Engineering",
        location="Berlin",
        language=Language.EN,
        tags=["backend"],
        id=9,
        version=5,
        sections=[
            Section(
                SectionKind.DUTIES,
                "What you'll do",
                [Item("Design APIs"), Item("Review code"), Item("Run the on-call rota")],
            ),
            Section(
                SectionKind.REQUIREMENTS,
                "Requirements",
                [Item("Three years of Python"), Item("PostgreSQL")],
            ),
        ],
    )


def sides(base: Posting) -> tuple[Posting, Posting]:
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    theirs.version = base.version + 1
    return mine, theirs


def texts(section: Section) -> list[str]:
    return [item.text for item in section.items]


def tree(section: Section) -> list[tuple[int, str]]:
    return [(depth, item.text) for depth, item in section.walk()]


@pytest.mark.parametrize("make", [zh_base, en_base])
def test_nothing_changed_on_either_side_gives_the_base_at_their_version(make: object) -> None:
    base = make()  # type: ignore[operator]
    mine, theirs = sides(base)
    result = merge_postings(base, mine, theirs)
    assert content_key(result.posting) == content_key(base)
    assert result.conflicts == ()
    assert (result.posting.id, result.posting.version) == (theirs.id, theirs.version)


@pytest.mark.parametrize("make", [zh_base, en_base])
def test_one_sided_changes_are_each_taken(make: object) -> None:
    base = make()  # type: ignore[operator]
    mine, theirs = sides(base)
    mine.title += " II"
    mine.sections[0].items[1].text += "!"
    theirs.location = "Shenzhen 深圳"
    theirs.sections[1].items[0].text += "?"
    merged = merge_postings(base, mine, theirs)
    assert merged.conflicts == ()
    assert merged.posting.title == mine.title
    assert merged.posting.location == "Shenzhen 深圳"
    assert merged.posting.sections[0].items[1].text == mine.sections[0].items[1].text
    assert merged.posting.sections[1].items[0].text == theirs.sections[1].items[0].text


def test_only_one_side_changed_gives_that_side() -> None:
    for make in (zh_base, en_base):
        base = make()
        mine, theirs = sides(base)
        mine.sections[0].items.append(Item("新增 new"))
        mine.summary = "mine"
        assert content_key(merge_postings(base, mine, theirs).posting) == content_key(mine)
        mine, theirs = sides(base)
        del theirs.sections[1].items[0]
        theirs.status = Status.PUBLISHED
        assert content_key(merge_postings(base, mine, theirs).posting) == content_key(theirs)


def test_a_field_changed_differently_on_both_sides_is_a_conflict_mine_by_default() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    mine.title, theirs.title = "高级数据分析师", "资深数据分析师"
    mine.salary = Salary(Decimal(20000), Decimal(30000))
    theirs.salary = Salary(Decimal(18000), Decimal(28000))
    merged = merge_postings(base, mine, theirs)
    assert [c.key for c in merged.conflicts] == ["field:title", "field:salary"]
    title = merged.conflict("field:title")
    assert title is not None
    assert (title.base, title.mine, title.theirs) == (
        "数据分析师",
        "高级数据分析师",
        "资深数据分析师",
    )
    assert merged.posting.title == "高级数据分析师"
    picked = merge_postings(base, mine, theirs, {"field:title": Side.THEIRS})
    assert picked.posting.title == "资深数据分析师"
    assert picked.posting.salary == mine.salary  # unanswered: mine
    assert [c.key for c in picked.conflicts] == ["field:title", "field:salary"]


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    base = en_base()
    mine, theirs = sides(base)
    mine.title = theirs.title = "Senior Backend Engineer"
    mine.sections[0].items[0].text = "Design REST APIs"
    theirs.sections[0].items[0].text = "Design  REST APIs "  # whitespace aside, the same
    merged = merge_postings(base, mine, theirs)
    assert merged.conflicts == ()
    assert merged.posting.title == "Senior Backend Engineer"


def test_tags_merge_one_by_one() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    mine.tags = ["分析", "数据", "SQL"]  # reordered, one added
    theirs.tags = ["数据", "Python"]  # 分析 removed, one added
    assert merge_postings(base, mine, theirs).posting.tags == ["数据", "SQL", "Python"]


def test_items_added_on_both_sides_are_kept_theirs_after_their_neighbour() -> None:
    base = en_base()
    mine, theirs = sides(base)
    mine.sections[0].items.insert(0, Item("Mentor juniors"))
    theirs.sections[0].items.insert(2, Item("Write design documents"))  # after "Review code"
    theirs.sections[1].items.insert(0, Item("Go"))  # first in theirs: first here too
    merged = merge_postings(base, mine, theirs).posting
    assert texts(merged.sections[0]) == [
        "Mentor juniors",
        "Design APIs",
        "Review code",
        "Write design documents",
        "Run the on-call rota",
    ]
    assert texts(merged.sections[1]) == ["Go", "Three years of Python", "PostgreSQL"]


def test_the_same_item_added_on_both_sides_is_kept_once() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    mine.sections[1].items.append(Item("熟悉 Python"))
    theirs.sections[1].items.append(Item("熟悉Python"))
    merged = merge_postings(base, mine, theirs).posting
    assert texts(merged.sections[1]) == ["本科及以上学历", "熟悉SQL", "熟悉 Python"]


def test_removed_on_one_side_and_untouched_on_the_other_is_removed() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    del mine.sections[0].items[2]  # 维护指标体系
    del theirs.sections[1].items[1]  # 熟悉SQL
    merged = merge_postings(base, mine, theirs)
    assert merged.conflicts == ()
    assert texts(merged.posting.sections[0]) == ["市场及用户研究", "撰写数据分析报告"]
    assert texts(merged.posting.sections[1]) == ["本科及以上学历"]


def test_removed_by_theirs_but_edited_by_me_is_a_conflict() -> None:
    base = en_base()
    mine, theirs = sides(base)
    mine.sections[0].items[1].text = "Review code daily"
    del theirs.sections[0].items[1]
    merged = merge_postings(base, mine, theirs)
    [conflict] = merged.conflicts
    assert conflict.is_item and conflict.key == "item:0:1"
    assert (conflict.base, conflict.mine, conflict.theirs) == (
        "Review code",
        "Review code daily",
        None,
    )
    assert conflict.section == "What you'll do"
    assert "Review code daily" in texts(merged.posting.sections[0])
    picked = merge_postings(base, mine, theirs, {"item:0:1": Side.THEIRS})
    assert texts(picked.posting.sections[0]) == ["Design APIs", "Run the on-call rota"]


def test_removed_by_me_but_edited_by_theirs_is_a_conflict_theirs_goes_back_in_place() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    del mine.sections[0].items[1]  # 撰写数据分析报告
    theirs.sections[0].items[1].text = "撰写周度数据分析报告"
    merged = merge_postings(base, mine, theirs)
    [conflict] = merged.conflicts
    assert (conflict.mine, conflict.theirs) == (None, "撰写周度数据分析报告")
    assert texts(merged.posting.sections[0]) == ["市场及用户研究", "维护指标体系"]
    picked = merge_postings(base, mine, theirs, {conflict.key: Side.THEIRS})
    assert texts(picked.posting.sections[0]) == [
        "市场及用户研究",
        "撰写周度数据分析报告",
        "维护指标体系",
    ]


def test_edited_differently_on_both_sides_shows_both() -> None:
    base = en_base()
    mine, theirs = sides(base)
    mine.sections[1].items[0].text = "Three years of Python 3.12"
    theirs.sections[1].items[0].text = "Three years of Python and Go"
    merged = merge_postings(base, mine, theirs)
    [conflict] = merged.conflicts
    assert (conflict.base, conflict.mine, conflict.theirs) == (
        "Three years of Python",
        "Three years of Python 3.12",
        "Three years of Python and Go",
    )
    assert texts(merged.posting.sections[1])[0] == "Three years of Python 3.12"
    picked = merge_postings(base, mine, theirs, {conflict.key: Side.THEIRS})
    assert texts(picked.posting.sections[1])[0] == "Three years of Python and Go"


def test_an_item_theirs_moved_goes_where_they_put_it_with_my_edit() -> None:
    base = en_base()
    mine, theirs = sides(base)
    mine.sections[0].items[2].text = "Run the on-call rota weekly"
    rota = theirs.sections[0].items.pop(2)
    theirs.sections[0].items.insert(0, rota)
    merged = merge_postings(base, mine, theirs)
    assert merged.conflicts == ()
    assert texts(merged.posting.sections[0]) == [
        "Run the on-call rota weekly",
        "Design APIs",
        "Review code",
    ]


def test_moves_on_both_sides_are_both_kept() -> None:
    base = en_base()
    mine, theirs = sides(base)
    items = mine.sections[0].items
    items.append(items.pop(0))  # mine: Design APIs last
    items = theirs.sections[0].items
    items.insert(1, items.pop(2))  # theirs: the rota before the review
    merged = merge_postings(base, mine, theirs).posting
    assert texts(merged.sections[0]) == ["Run the on-call rota", "Review code", "Design APIs"]


def test_my_move_of_an_item_wins_over_theirs() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    report = mine.sections[0].items.pop(1)
    mine.sections[1].items.append(report)  # mine: to the requirements
    report = theirs.sections[0].items.pop(1)
    theirs.sections[2].items.append(report)  # theirs: to the benefits
    merged = merge_postings(base, mine, theirs).posting
    assert texts(merged.sections[1]) == ["本科及以上学历", "熟悉SQL", "撰写数据分析报告"]
    assert texts(merged.sections[2]) == ["五险一金"]


def test_a_moved_group_takes_its_children_along() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    mine.sections[0].items[0].children[1].text = "用户访谈与问卷"
    group = theirs.sections[0].items.pop(0)
    theirs.sections[0].items.append(group)
    merged = merge_postings(base, mine, theirs)
    assert merged.conflicts == ()
    assert tree(merged.posting.sections[0]) == [
        (0, "撰写数据分析报告"),
        (0, "维护指标体系"),
        (0, "市场及用户研究"),
        (1, "市场分析"),
        (1, "用户访谈与问卷"),
    ]


def test_nested_items_added_under_a_parent_and_indented() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    mine.sections[0].items[0].text = "市场与用户研究"
    theirs.sections[0].items[0].children.insert(1, Item("竞品分析"))
    moved = theirs.sections[0].items.pop(2)  # 维护指标体系 indented under 撰写…报告
    theirs.sections[0].items[1].children.append(moved)
    merged = merge_postings(base, mine, theirs)
    assert merged.conflicts == ()
    assert tree(merged.posting.sections[0]) == [
        (0, "市场与用户研究"),
        (1, "市场分析"),
        (1, "竞品分析"),
        (1, "用户访谈"),
        (0, "撰写数据分析报告"),
        (1, "维护指标体系"),
    ]


def test_a_parent_theirs_removed_keeps_the_child_i_added() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    mine.sections[0].items[0].children.append(Item("行业报告整理"))
    del theirs.sections[0].items[0]  # the group and its two children
    merged = merge_postings(base, mine, theirs)
    assert merged.conflicts == ()
    assert tree(merged.posting.sections[0]) == [
        (0, "行业报告整理"),
        (0, "撰写数据分析报告"),
        (0, "维护指标体系"),
    ]


def test_an_item_moved_to_another_section_by_theirs() -> None:
    base = en_base()
    mine, theirs = sides(base)
    mine.sections[1].items.append(Item("Kubernetes"))
    review = theirs.sections[0].items.pop(1)
    theirs.sections[1].items.insert(1, review)  # after Python
    merged = merge_postings(base, mine, theirs).posting
    assert texts(merged.sections[0]) == ["Design APIs", "Run the on-call rota"]
    assert texts(merged.sections[1]) == [
        "Three years of Python",
        "Review code",
        "PostgreSQL",
        "Kubernetes",
    ]


def test_sections_added_by_theirs_come_after_their_neighbour() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    mine.sections.insert(0, Section(SectionKind.ABOUT, "公司介绍", [Item("一家数据公司")]))
    theirs.sections.insert(2, Section(SectionKind.PREFERRED, "加分项", [Item("有金融经验")]))
    merged = merge_postings(base, mine, theirs).posting
    assert [s.heading for s in merged.sections] == [
        "公司介绍",
        "岗位职责",
        "任职要求",
        "加分项",
        "福利待遇",
    ]
    assert texts(merged.sections[3]) == ["有金融经验"]


def test_a_section_theirs_removed_goes_unless_i_added_to_it() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    del theirs.sections[2]  # 福利待遇
    merged = merge_postings(base, mine, theirs).posting
    assert [s.heading for s in merged.sections] == ["岗位职责", "任职要求"]
    mine.sections[2].items.append(Item("年度体检"))
    merged = merge_postings(base, mine, theirs).posting
    assert [s.heading for s in merged.sections] == ["岗位职责", "任职要求", "福利待遇"]
    assert texts(merged.sections[2]) == ["年度体检"]


def test_a_section_i_removed_stays_removed_unless_theirs_added_to_it() -> None:
    base = en_base()
    mine, theirs = sides(base)
    del mine.sections[1]
    theirs.title = "Backend Developer"
    merged = merge_postings(base, mine, theirs).posting
    assert [s.heading for s in merged.sections] == ["What you'll do"]
    theirs.sections[1].items.append(Item("Docker"))
    merged = merge_postings(base, mine, theirs).posting
    assert [s.heading for s in merged.sections] == ["What you'll do", "Requirements"]
    assert texts(merged.sections[1]) == ["Docker"]


def test_a_rename_by_theirs_is_taken_when_i_kept_the_heading() -> None:
    base = en_base()
    mine, theirs = sides(base)
    theirs.sections[1].heading = "What you bring"
    mine.sections[1].items.append(Item("Linux"))
    merged = merge_postings(base, mine, theirs).posting
    assert merged.sections[1].heading == "What you bring"
    assert texts(merged.sections[1]) == ["Three years of Python", "PostgreSQL", "Linux"]
    mine.sections[1].heading = "Skills"
    assert merge_postings(base, mine, theirs).posting.sections[1].heading == "Skills"


def test_the_merge_leaves_its_inputs_alone() -> None:
    base = zh_base()
    mine, theirs = sides(base)
    mine.sections[0].items[0].text = "甲"
    theirs.sections[0].items.pop(1)
    before = [content_key(p) for p in (base, mine, theirs)]
    merge_postings(base, mine, theirs)
    assert [content_key(p) for p in (base, mine, theirs)] == before
