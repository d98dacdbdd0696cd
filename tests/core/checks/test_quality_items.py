"""Quality rules about items and texts: length, duplicates, numbering, debris, punctuation."""

from __future__ import annotations

import pytest

from jdeditor.core.checks import Place, Severity, check_posting, rule_by_id
from jdeditor.core.checks.quality import full_width
from jdeditor.core.model import Item, ItemKind, Language, Posting, Section, SectionKind
from tests.core.checks.test_quality import complete, findings, posting, spans

DUTIES = SectionKind.DUTIES

# ---- long items ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("负责" * 101, Language.ZH),
        ("负责产品规划，" * 29, Language.ZH),
        (" ".join(["word"] * 61), Language.EN),
        ("负责" * 101, Language.EN),  # Chinese text in an English posting: counted in characters
    ],
)
def test_long_item(text: str, language: Language) -> None:
    subject = posting((DUTIES, ["负责规划", text]), language=language)
    (finding,) = findings("quality.long_item", subject)
    assert (finding.place, finding.span_text) == (Place(section=0, item=(1,)), text)
    assert finding.severity is Severity.INFO


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("负责" * 100, Language.ZH),
        (" ".join(["word"] * 60), Language.EN),
        ("A" * 300, Language.EN),  # one long word: not 60 words
        ("负责产品规划", Language.ZH),
    ],
)
def test_item_not_long(text: str, language: Language) -> None:
    assert findings("quality.long_item", posting((DUTIES, [text]), language=language)) == []


def test_a_long_paragraph_is_prose() -> None:
    subject = complete()
    subject.sections[0].items.append(Item("公司介绍" * 80, kind=ItemKind.PARAGRAPH))
    assert findings("quality.long_item", subject) == []


# ---- duplicates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("负责产品规划；", "负责产品规划。"),
        ("Own the product roadmap.", "own the product  roadmap"),
        ("负责产品的需求分析和原型设计工作", "负责产品的需求分析与原型设计工作"),
        ("Work closely with engineering and design", "Work closely with engineering and designs"),
    ],
)
def test_duplicate_item(first: str, second: str) -> None:
    subject = posting((DUTIES, [first, "负责数据分析", second]))
    (finding,) = findings("quality.duplicate_item", subject)
    assert (finding.place, finding.span_text) == (Place(section=0, item=(2,)), second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("负责产品规划", "负责产品运营"),
        ("SQL", "SQL"),  # too short to call a duplicate
        ("Own the product roadmap.", "Own the pricing roadmap."),
        ("熟悉SQL", "熟悉Python"),
    ],
)
def test_not_duplicate(first: str, second: str) -> None:
    assert findings("quality.duplicate_item", posting((DUTIES, [first, second]))) == []


def test_duplicates_across_sections_and_children() -> None:
    subject = complete("负责产品规划", requirements=("本科以上学历",))
    subject.sections[1].items[0].children.append(Item("负责产品规划!"))
    (finding,) = findings("quality.duplicate_item", subject)
    assert finding.place == Place(section=1, item=(0, 0))


# ---- too many items ------------------------------------------------------------------------


@pytest.mark.parametrize("count", [16, 17, 30, 100])
def test_too_many_items(count: int) -> None:
    subject = posting((DUTIES, [f"负责第{n}项工作" for n in range(count)]))
    (finding,) = findings("quality.too_many_items", subject)
    assert (finding.place, finding.span_text) == (Place(section=0), "duties")


@pytest.mark.parametrize("count", [0, 1, 10, 15])
def test_not_too_many_items(count: int) -> None:
    subject = posting((DUTIES, [f"负责第{n}项工作" for n in range(count)]))
    assert findings("quality.too_many_items", subject) == []


def test_groups_count_their_items_not_themselves() -> None:
    groups = [Item(f"第{g}组", [Item(f"负责{g}-{n}") for n in range(4)]) for g in range(4)]
    subject = Posting(title="产品经理", sections=[Section(DUTIES, "职责", groups)])
    assert len(findings("quality.too_many_items", subject)) == 1  # 16 items in 4 groups


# ---- numbering gaps ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "item", "span"),
    [
        (["1. 负责规划", "3. 负责设计"], (1,), "3. "),
        (["1、负责规划", "2、负责设计", "4、负责运营"], (2,), "4、"),
        (["(1) plan", "(2) design", "(2) build"], (2,), "(2) "),
        (["一、规划", "三、设计"], (1,), "三、"),
    ],
)
def test_numbering_gap(texts: list[str], item: tuple[int, ...], span: str) -> None:
    (finding,) = findings("quality.numbering_gap", posting((DUTIES, texts)))
    assert (finding.place.item, finding.span_text) == (item, span)


@pytest.mark.parametrize(
    "texts",
    [
        ["1. 负责规划", "2. 负责设计"],
        ["负责规划", "负责设计"],
        ["1. 负责规划", "a) 负责设计", "2. 负责运营"],
        ["3. 负责规划"],  # one number alone: nothing to compare
    ],
)
def test_no_numbering_gap(texts: list[str]) -> None:
    assert findings("quality.numbering_gap", posting((DUTIES, texts))) == []


# ---- debris --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("促进销售___化", [("___", "")]),
        ("等的'游戏化体验", [("的'", "的")]),
        ("维护产品的每个版本的.功能列表", [("的.", "的")]),
        ("'", [("'", "")]),
        ("负责产品规划’", [("划’", "划")]),
        ("【】负责产品规划", [("【】", "")]),
        (".", [(".", "")]),
    ],
)
def test_debris(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans("quality.debris", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Node.js 与 C++ 开发",
        "上海.中山公园",  # a separator in a short place name
        "It's a team's job.",
        "【产品】负责规划",
        "snake_case names",
        "负责“产品规划”",
    ],
)
def test_not_debris(text: str) -> None:
    assert spans("quality.debris", text) == []


# ---- half-width punctuation ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("根据业务目标,负责课程规划", "根据业务目标，负责课程规划"),
        ("市场分析:\n发现趋势", "市场分析：\n发现趋势"),
        ("改进产品及(或)降低成本;", "改进产品及（或）降低成本；"),
        ("熟悉PRD文档(如:axure、ppt)", "熟悉PRD文档（如：axure、ppt）"),
        ("你准备好了吗?来吧!", "你准备好了吗？来吧！"),
        ("产品经理岗位职责说明 (一)", "产品经理岗位职责说明（一）"),
        ("工作地点: 北京 朝阳区", "工作地点：北京 朝阳区"),
    ],
)
def test_halfwidth_punct(text: str, normal: str) -> None:
    assert spans("quality.halfwidth_punct", text) == [(text, normal)]


@pytest.mark.parametrize(
    "text",
    [
        "熟悉Python, Java和C++",
        "年薪1,000,000元",
        "访问https://example.com了解",
        "熟悉 ES6(7) 语法",
        "负责产品规划，需求分析。",
        "Plan the roadmap, talk to customers.",
    ],
)
def test_no_halfwidth_punct(text: str) -> None:
    assert spans("quality.halfwidth_punct", text) == []


def test_halfwidth_is_for_chinese_postings_only() -> None:
    rule = rule_by_id("quality.halfwidth_punct")
    english = complete("根据业务目标,负责课程规划")
    english.language = Language.EN
    assert check_posting(english, rules=[rule]) == []
    (finding,) = check_posting(complete("根据业务目标,负责课程规划"), rules=[rule])
    assert finding.span.suggestion == "根据业务目标，负责课程规划"


def test_full_width_is_idempotent() -> None:
    text = "改进产品及(或)降低成本;熟悉PRD(如:axure)"
    assert full_width(full_width(text)) == full_width(text)
