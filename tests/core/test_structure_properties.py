"""Property tests: a parse never crashes, and never loses text, whatever it is given."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jdeditor.core.model import ItemKind, SectionKind
from jdeditor.core.structure import ParseOptions, parse_text, split_items
from jdeditor.core.structure.coverage import find_lost_text
from tests.hypothesis_support import examples

# Characters that mean something to the recogniser, so random text hits its rules.
STRUCTURAL = (
    "1234567890一二三五十①②、.．,，:：;；。()（）[]【】「」#*_->•·\n\n\n  \t"
    "职责要求岗位任职福利加分Responsibilities Requirements<b></b><br>&amp;'"
    "abcXYZ产品经理负责熟悉\\=\n===\n---"
)

ZH_WORDS = ["负责", "产品", "规划", "用户", "数据", "分析", "团队", "沟通", "熟悉", "经验", "能力"]
EN_WORDS = ["own", "build", "data", "models", "with", "teams", "strong", "SQL", "skills"]
PUNCT = ["，", "、", "；", "。", ", ", " "]
ZH_TITLES = ["产品经理", "数据分析师", "前端开发工程师", "运营专员", "测试工程师"]
EN_TITLES = ["Product Manager", "Data Analyst", "Frontend Engineer", "QA Lead"]
HEADINGS = {
    SectionKind.DUTIES: ["岗位职责", "工作职责", "职位描述", "Responsibilities", "What you'll do"],
    SectionKind.REQUIREMENTS: ["任职要求", "岗位要求", "任职资格", "Requirements", "Who you are"],
    SectionKind.PREFERRED: ["加分项", "Nice to have"],
    SectionKind.BENEFITS: ["福利待遇", "Benefits"],
}
DECORATIONS = ["{}", "{}:", "{}：", "【{}】", "「{}」", "## {}", "**{}**", "[{}]"]
MARKERS = ["{n}、", "{n}. ", "{n}，", "({n}) ", "（{n}）", "{n}) ", "• ", "- ", "· "]


def _lost(text: str, options: ParseOptions = ParseOptions()) -> list[object]:
    return list(find_lost_text(text, parse_text(text, options), options.separator))


@settings(max_examples=examples(300))
@given(st.text())
def test_any_text_parses_without_loss(text: str) -> None:
    assert _lost(text) == []


@settings(max_examples=examples(300))
@given(st.text(alphabet=STRUCTURAL, max_size=200))
def test_structural_noise_parses_without_loss(text: str) -> None:
    assert _lost(text) == []


@given(st.text())
def test_split_items_never_raises(text: str) -> None:
    for item in split_items(text):
        assert isinstance(item.text, str)


@st.composite
def sentences(draw: st.DrawFn, chinese: bool) -> str:
    words = ZH_WORDS if chinese else EN_WORDS
    parts = draw(st.lists(st.sampled_from(words), min_size=2, max_size=6))
    text = ""
    for index, word in enumerate(parts):
        text += word
        if index < len(parts) - 1:
            text += (
                draw(st.sampled_from(PUNCT)) if draw(st.booleans()) else ("" if chinese else " ")
            )
    if draw(st.booleans()):
        text += draw(st.sampled_from(["3年以上经验", "Python 3.11", "1,000+", "2.0版本"]))
    return text + draw(st.sampled_from(["", "；", "。", ";"]))


@st.composite
def postings(draw: st.DrawFn) -> tuple[str, list[tuple[str, list[tuple[SectionKind, int]]]]]:
    """A text of one to three postings and what each must come out as."""
    count = draw(st.integers(1, 3))
    chinese = draw(st.booleans())
    used: set[str] = set()
    blocks: list[str] = []
    expected: list[tuple[str, list[tuple[SectionKind, int]]]] = []
    for number in range(count):
        title = draw(st.sampled_from(ZH_TITLES if chinese else EN_TITLES)) + f" ({number + 1})"
        # A posting opens with its duties or requirements (the other sections are weaker
        # evidence of a new posting, see splitting.py); the rest come in any order.
        first = draw(st.sampled_from([SectionKind.DUTIES, SectionKind.REQUIREMENTS]))
        others = [kind for kind in HEADINGS if kind is not first]
        kinds = [first, *draw(st.lists(st.sampled_from(others), max_size=3, unique=True))]
        lines = [title]
        sections: list[tuple[SectionKind, int]] = []
        for kind in kinds:
            heading = draw(st.sampled_from(HEADINGS[kind]))
            lines.append(draw(st.sampled_from(DECORATIONS)).format(heading))
            marker = draw(st.sampled_from(MARKERS))
            size = draw(st.integers(1, 6))
            for value in range(1, size + 1):
                text = draw(sentences(chinese))
                while text in used:
                    text += draw(st.sampled_from(ZH_WORDS if chinese else EN_WORDS))
                used.add(text)
                lines.append(marker.format(n=value) + text)
            if draw(st.booleans()):
                lines.append("")
            sections.append((kind, size))
        blocks.append("\n".join(lines))
        expected.append((title, sections))
    newline = draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
    return newline.join(blocks).replace("\n", newline) if newline == "\r\n" else "\n".join(
        blocks
    ), expected


@settings(max_examples=examples(150))
@given(postings())
def test_generated_postings_come_out_as_written(
    case: tuple[str, list[tuple[str, list[tuple[SectionKind, int]]]]],
) -> None:
    text, expected = case
    parsed = parse_text(text)
    got = [
        (
            result.posting.title,
            [
                (s.kind, sum(1 for i in s.items if i.kind is ItemKind.ITEM))
                for s in result.posting.sections
            ],
        )
        for result in parsed
    ]
    assert got == expected
    assert find_lost_text(text, parsed) == []
    for result in parsed:
        assert not [w for w in result.warnings if w.code.startswith("numbering")]
