"""Items compared one by one: added, removed, moved, edited, moved and edited."""

from __future__ import annotations

from jdeditor.core.diff import Change, SegmentOp, compare_postings
from jdeditor.core.model import Language
from tests.core.diff.builders import posting, rows

DUTIES_ZH = ["负责数据分析报告的撰写", "搭建数据指标体系", "支持业务部门的数据需求", "维护数据看板"]
DUTIES_EN = [
    "Write the weekly analysis report",
    "Build the metrics framework",
    "Support business teams with data",
    "Maintain the dashboards",
]


def test_an_item_moved_in_chinese_is_a_move_not_removed_plus_added() -> None:
    moved = [DUTIES_ZH[3], *DUTIES_ZH[:3]]
    diff = compare_postings(posting(DUTIES_ZH), posting(moved))
    assert rows(diff) == [
        ("moved", "4", "1", "维护数据看板"),
        ("unchanged", "1", "2", "负责数据分析报告的撰写"),
        ("unchanged", "2", "3", "搭建数据指标体系"),
        ("unchanged", "3", "4", "支持业务部门的数据需求"),
    ]


def test_an_item_moved_in_english() -> None:
    moved = [DUTIES_EN[1], DUTIES_EN[2], DUTIES_EN[0], DUTIES_EN[3]]
    diff = compare_postings(posting(DUTIES_EN), posting(moved))
    changes = {text: change for change, _, _, text in rows(diff)}
    assert changes[DUTIES_EN[0]] == "moved"
    assert sorted(changes.values()).count("unchanged") == 3


def test_two_items_swapped_count_as_one_move() -> None:
    swapped = [DUTIES_ZH[1], DUTIES_ZH[0], *DUTIES_ZH[2:]]
    changes = [
        change for change, *_ in rows(compare_postings(posting(DUTIES_ZH), posting(swapped)))
    ]
    assert changes.count("moved") == 1 and changes.count("unchanged") == 3


def test_an_edited_chinese_item_is_highlighted_character_by_character() -> None:
    old = posting(requirements=["3年以上相关工作经验", "本科及以上学历"])
    new = posting(requirements=["5年以上数据分析工作经验", "本科及以上学历"])
    [edited, unchanged] = [item for _, item in compare_postings(old, new).item_changes()]
    assert edited.change is Change.EDITED and unchanged.change is Change.UNCHANGED
    assert edited.segments == (
        (SegmentOp.REPLACE, "3", "5"),
        (SegmentOp.EQUAL, "年以上", "年以上"),
        (SegmentOp.REPLACE, "相关", "数据分析"),
        (SegmentOp.EQUAL, "工作经验", "工作经验"),
    )


def test_an_edited_english_item_is_highlighted_word_by_word() -> None:
    old = posting(["Lead the team of five engineers."], language=Language.EN)
    new = posting(["Manage a team of six engineers."], language=Language.EN)
    [edited] = [item for _, item in compare_postings(old, new).item_changes()]
    assert edited.change is Change.EDITED
    assert edited.segments == (
        (SegmentOp.REPLACE, "Lead the", "Manage a"),
        (SegmentOp.EQUAL, " team of ", " team of "),
        (SegmentOp.REPLACE, "five", "six"),
        (SegmentOp.EQUAL, " engineers.", " engineers."),
    )


def test_a_mixed_text_splits_chinese_per_character_and_latin_per_word() -> None:
    old = posting(["熟练使用Excel和SQL"])
    new = posting(["熟练使用Python和SQL进行分析"])
    [edited] = [item for _, item in compare_postings(old, new).item_changes()]
    assert edited.segments == (
        (SegmentOp.EQUAL, "熟练使用", "熟练使用"),
        (SegmentOp.REPLACE, "Excel", "Python"),
        (SegmentOp.EQUAL, "和SQL", "和SQL"),
        (SegmentOp.INSERT, "", "进行分析"),
    )


def test_a_moved_and_edited_item_is_one_change_in_both_scripts() -> None:
    old_zh = posting(DUTIES_ZH)
    new_zh = posting([DUTIES_ZH[3] + "和周报", *DUTIES_ZH[:3]])
    assert rows(compare_postings(old_zh, new_zh))[0] == (
        "moved_edited",
        "4",
        "1",
        "维护数据看板和周报",
    )
    old_en = posting(DUTIES_EN, language=Language.EN)
    new_en = posting([*DUTIES_EN[1:], "Write the weekly analysis reports"], language=Language.EN)
    [moved] = [item for _, item in compare_postings(old_en, new_en).item_changes() if item.is_moved]
    assert moved.change is Change.MOVED_EDITED
    assert (moved.old and moved.old.label, moved.new and moved.new.label) == ("1", "4")
    assert moved.segments[-1] == (SegmentOp.REPLACE, "report", "reports")


def test_added_and_removed_at_the_start_middle_and_end() -> None:
    a, b, c, d = DUTIES_ZH
    for new, expected in [
        (["新的第一条职责", a, b, c, d], ("added", "", "1", "新的第一条职责")),
        ([a, b, "新的中间职责", c, d], ("added", "", "3", "新的中间职责")),
        ([a, b, c, d, "新的最后职责"], ("added", "", "5", "新的最后职责")),
        ([b, c, d], ("removed", "1", "", a)),
        ([a, c, d], ("removed", "2", "", b)),
        ([a, b, c], ("removed", "4", "", d)),
    ]:
        changed = [
            row
            for row in rows(compare_postings(posting(DUTIES_ZH), posting(new)))
            if row[0] != "unchanged"
        ]
        assert changed == [expected], new


def test_a_removed_item_stands_where_it_stood() -> None:
    a, b, c, d = DUTIES_ZH
    diff = compare_postings(posting(DUTIES_ZH), posting([a, c, d]))
    assert [text for *_, text in rows(diff)] == [a, b, c, d]


def test_nested_items_moving_between_parents() -> None:
    old = posting([("市场研究", ["竞品分析", "用户访谈"]), ("产品规划", ["需求排期"])])
    new = posting([("市场研究", ["竞品分析"]), ("产品规划", ["用户访谈", "需求排期"])])
    assert rows(compare_postings(old, new)) == [
        ("unchanged", "1", "1", "市场研究"),
        ("unchanged", "1.1", "1.1", "竞品分析"),
        ("unchanged", "2", "2", "产品规划"),
        ("moved", "1.2", "2.1", "用户访谈"),
        ("unchanged", "2.1", "2.2", "需求排期"),
    ]


def test_a_group_moved_with_its_children_moves_only_the_group() -> None:
    old = posting([("市场研究", ["竞品分析", "用户访谈"]), ("产品规划", ["需求排期"])])
    new = posting([("产品规划", ["需求排期"]), ("市场研究", ["竞品分析", "用户访谈"])])
    changes = [(change, text) for change, _, _, text in rows(compare_postings(old, new))]
    assert [change for change, _ in changes].count("moved") == 1
    assert all(
        change == "unchanged"
        for change, text in changes
        if text != "产品规划" and text != "市场研究"
    )


def test_an_item_indented_under_its_neighbour_is_moved() -> None:
    old = posting(["市场研究", "竞品分析"])
    new = posting([("市场研究", ["竞品分析"])])
    assert rows(compare_postings(old, new)) == [
        ("unchanged", "1", "1", "市场研究"),
        ("moved", "2", "1.1", "竞品分析"),
    ]


def test_an_item_moved_to_another_section() -> None:
    old = posting(["负责数据分析", "三年以上相关经验"], ["本科及以上学历"])
    new = posting(["负责数据分析"], ["本科及以上学历", "三年以上相关经验"])
    assert rows(compare_postings(old, new)) == [
        ("unchanged", "1", "1", "负责数据分析"),
        ("unchanged", "1", "1", "本科及以上学历"),
        ("moved", "2", "2", "三年以上相关经验"),
    ]


def test_a_rewritten_item_is_removed_and_added() -> None:
    diff = compare_postings(posting(["负责数据分析报告的撰写"]), posting(["管理公司的服务器机房"]))
    assert [change for change, *_ in rows(diff)] == ["removed", "added"]


def test_a_rewording_where_the_item_stood_is_an_edit() -> None:
    old = posting(["负责数据分析", "维护数据看板"])
    new = posting(["负责数据统计与建模", "维护数据看板"])
    assert [change for change, *_ in rows(compare_postings(old, new))] == ["edited", "unchanged"]


def test_references_say_where_an_item_stood_and_under_what() -> None:
    old = posting([("市场研究", ["竞品分析"])], ["本科"])
    new = posting(["市场研究", "竞品分析"], ["本科"])
    [_, moved, _] = [item for _, item in compare_postings(old, new).item_changes()]
    assert moved.old is not None and moved.new is not None
    assert (moved.old.section_index, moved.old.path, moved.old.parent_text) == (
        0,
        (0, 0),
        "市场研究",
    )
    assert (moved.new.path, moved.new.parent_text, moved.new.depth) == ((1,), "", 0)
    assert moved.change is Change.MOVED
