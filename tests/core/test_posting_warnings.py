"""Finding the item an import warning names, in a posting that may have changed since."""

from __future__ import annotations

from jdeditor.core.model import Item, Posting, Section, SectionKind
from jdeditor.core.posting_warnings import PostingWarning, in_reading_order, locate_item
from jdeditor.core.structure import ParseWarning

LONG = "负责公司核心业务的数据分析，建立指标体系并推动业务改进，输出专题报告与可视化看板"


def posting() -> Posting:
    return Posting(
        title="数据分析师",
        sections=[
            Section(SectionKind.DUTIES, "岗位职责", [Item("负责数据分析"), Item(LONG)]),
            Section(
                SectionKind.REQUIREMENTS,
                "任职要求",
                [Item("熟悉 SQL", [Item("负责数据分析")]), Item("沟通能力")],
            ),
        ],
    )


def warning(code: str, item: str | None, text: str | None) -> PostingWarning:
    values = (("item", item),) if item is not None else ()
    return PostingWarning(code, code, values, 3, "…", "a.txt", text)


def test_the_whole_text_finds_the_first_match() -> None:
    assert locate_item(posting(), warning("numbering_gap", "负责数据分析", "负责数据分析")) == (
        0,
        (0,),
    )


def test_a_repeated_item_finds_the_later_copy() -> None:
    found = locate_item(posting(), warning("duplicate_item", "负责数据分析", "负责数据分析"))
    assert found == (1, (0, 0))


def test_an_edited_long_item_is_found_by_the_start_of_its_excerpt() -> None:
    excerpt = LONG[:30] + "…"
    edited = posting()
    edited.sections[0].items[1].text = LONG + "（已修改）"
    assert locate_item(edited, warning("long_item", excerpt, LONG)) == (0, (1,))


def test_a_warning_without_an_item_or_with_a_removed_item_finds_nothing() -> None:
    assert locate_item(posting(), warning("no_duties", None, None)) is None
    assert locate_item(posting(), warning("numbering_gap", "已删除", "已删除")) is None


def test_made_from_a_parse_warning() -> None:
    parsed = ParseWarning(
        "numbering_gap",
        "message",
        7,
        "数据分析师",
        "负责数据分析",
        "numbering_jump",
        (("previous", "1"), ("current", "3"), ("item", "负责数据分析")),
    )
    kept = PostingWarning.from_parse_warning(parsed, "岗位.txt")
    assert kept.is_open and kept.id is None
    assert (kept.kind, kept.line, kept.source_name, kept.item_text) == (
        "numbering_jump",
        7,
        "岗位.txt",
        "负责数据分析",
    )
    assert kept.values == parsed.values


def test_reading_order_is_by_line_with_summaries_last() -> None:
    def at(kind: str, line: int) -> PostingWarning:
        return PostingWarning(kind, kind, (), line, "", "a.txt")

    given = [at("debris", 60), at("more_duplicates", 1), at("no_headings", 51), at("long_item", 62)]
    assert [(w.kind, w.line) for w in in_reading_order(given)] == [
        ("no_headings", 51),
        ("debris", 60),
        ("long_item", 62),
        ("more_duplicates", 1),
    ]
