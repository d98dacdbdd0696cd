"""The ten product-manager postings of the project's sample file, as they must come out."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from jdeditor.core.model import ItemKind, Posting, SectionKind
from jdeditor.core.structure import ParsedPosting, parse_text
from jdeditor.core.structure.coverage import find_lost_text

# The shared folder sits beside the checkout: <repo>/../shared/samples.
SAMPLES = Path(__file__).parents[2] / ".." / "shared" / "samples"
PM_SAMPLE = SAMPLES / "product-manager-postings.zh.txt"

NUMERALS = "一二三四五六七八九十"
D, R = SectionKind.DUTIES, SectionKind.REQUIREMENTS

# (sections as (kind, heading, number of list items directly in the section)), per posting.
EXPECTED: dict[str, list[tuple[SectionKind, str, int]]] = {
    "一": [(D, "职责", 5), (R, "任职要求", 3)],
    "二": [(D, "岗位职责", 5)],
    "三": [(D, "岗位职责", 5)],
    "四": [(D, "职责", 5), (R, "任职要求", 5)],
    "五": [(D, "岗位职责", 4), (R, "职位要求", 4)],
    "六": [(D, "岗位职责", 8)],
    "七": [(D, "岗位职责", 7)],
    "八": [(D, "工作职责", 3), (R, "任职要求", 3)],
    "九": [(D, "岗位职责", 5), (R, "岗位要求", 5)],
    "十": [(D, "岗位职责", 6), (R, "岗位要求", 6)],
}


@pytest.fixture(scope="module")
def sample() -> str:
    if not PM_SAMPLE.exists():
        pytest.skip(f"{PM_SAMPLE} is absent: the shared/ folder is not beside the checkout")
    return PM_SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def parsed(sample: str) -> list[ParsedPosting]:
    return parse_text(sample)


def _by_numeral(parsed: list[ParsedPosting], numeral: str) -> ParsedPosting:
    return parsed[NUMERALS.index(numeral)]


def _top_items(posting: Posting, index: int) -> int:
    return sum(1 for item in posting.sections[index].items if item.kind is ItemKind.ITEM)


def test_ten_postings_titled_as_in_the_file(parsed: list[ParsedPosting]) -> None:
    assert [p.posting.title for p in parsed] == [f"产品经理岗位职责说明 ({n})" for n in NUMERALS]


@pytest.mark.parametrize("numeral", list(EXPECTED))
def test_sections_and_item_counts(parsed: list[ParsedPosting], numeral: str) -> None:
    posting = _by_numeral(parsed, numeral).posting
    got = [
        (section.kind, section.heading, _top_items(posting, index))
        for index, section in enumerate(posting.sections)
    ]
    assert got == EXPECTED[numeral]


def test_two_groups_hold_their_numbered_points(parsed: list[ParsedPosting]) -> None:
    duties = _by_numeral(parsed, "二").posting.sections[0]
    groups = [item for item in duties.items if item.kind is ItemKind.ITEM]
    assert [group.text for group in groups] == [
        "市场及用户研究",
        "产品规划及设计",
        "开发及项目管理",
        "产品运营",
        "市场推广",
    ]
    counts = [sum(1 for c in g.children if c.kind is ItemKind.ITEM) for g in groups]
    assert counts == [3, 4, 3, 7, 2]
    # 1.1、市场分析: and the line under it are one item; numbers are never text.
    assert groups[0].children[0].text == (
        "市场分析:\n发现并掌握目标市场和用户需求的变化趋势,对未来几年市场上需要什么样的产品和服务做出预测;"
    )
    # "…竞争对手产品; 1.3、用户研究:" starts a new item in the middle of the line.
    assert groups[0].children[1].text.endswith("从而了解竞争对手产品;")
    assert groups[0].children[2].text.startswith("用户研究:")
    assert groups[4].text == "市场推广"  # "…产品演示; 五、市场推广" split off its line
    paragraphs = [item.text for _, item in duties.walk() if item.kind is ItemKind.PARAGRAPH]
    assert len(paragraphs) == 1 and paragraphs[0].startswith("确定工作职责后")


def test_three_is_an_essay_kept_whole_with_a_warning(parsed: list[ParsedPosting]) -> None:
    result = _by_numeral(parsed, "三")
    duties = result.posting.sections[0]
    groups = duties.items
    assert [g.text for g in groups] == [
        "质量管理体系的要求",
        "产品研制过程中的职责和权限",
        "履行岗位责任制的要点",
        "研究部内岗位之间的“接口”和“界面”关系",
        "结束语",
    ]
    numbered = [sum(1 for c in g.children if c.kind is ItemKind.ITEM) for g in groups]
    prose = [sum(1 for c in g.children if c.kind is ItemKind.PARAGRAPH) for g in groups]
    assert numbered == [2, 3, 4, 0, 0]
    assert prose == [2, 4, 2, 7, 1]
    assert "no_headings" in {w.code for w in result.warnings}


def test_ten_warns_about_the_numbering_gaps(parsed: list[ParsedPosting]) -> None:
    gaps = [w for w in _by_numeral(parsed, "十").warnings if w.code == "numbering_gap"]
    assert [(w.line, w.item_text[:6] if w.item_text else "") for w in gaps] == [
        (148, "建立汽配各行"),
        (150, "可参与重大营"),
    ]
    assert "产品经理岗位职责说明 (十)" in gaps[0].message and "line 148" in gaps[0].message


def test_headless_postings_warn_and_take_the_default_heading(parsed: list[ParsedPosting]) -> None:
    for numeral in "六七":
        result = _by_numeral(parsed, numeral)
        assert result.posting.sections[0].heading == "岗位职责"
        assert "no_headings" in {w.code for w in result.warnings}
    for numeral in "一四五八九十":
        assert "no_headings" not in {w.code for w in _by_numeral(parsed, numeral).warnings}


def test_scraping_debris_is_reported_not_fixed(parsed: list[ParsedPosting]) -> None:
    debris = {
        numeral: [w for w in _by_numeral(parsed, numeral).warnings if w.code == "debris"]
        for numeral in NUMERALS
    }
    assert [w.line for w in debris["三"]] == [60]
    assert [w.line for w in debris["六"]] == [108]
    assert [w.line for w in debris["八"]] == [125]
    assert [w.line for w in debris["二"]] == [24]  # "每个版本的.功能列表"
    six = _by_numeral(parsed, "六").posting.sections[0].items[2].text
    assert "___" in six


def test_line_ranges_cover_the_file(parsed: list[ParsedPosting], sample: str) -> None:
    assert parsed[0].first_line == 1
    assert parsed[-1].last_line == len(sample.splitlines())
    for before, after in itertools.pairwise(parsed):
        assert after.first_line == before.last_line + 1


def test_every_posting_is_a_chinese_draft(parsed: list[ParsedPosting]) -> None:
    for result in parsed:
        assert result.posting.id is None
        assert result.posting.status.value == "draft"
        assert result.posting.language.value == "zh"


def test_nothing_is_lost(parsed: list[ParsedPosting], sample: str) -> None:
    assert find_lost_text(sample, parsed) == []
