"""What our own exports write, the text recogniser reads back: Markdown and ``jdeditor show``.

Several postings are rendered into one text, parsed, and compared: titles, department and
location, and each section's kind and tree of item texts (lists, paragraphs, nesting).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from benchmarks.generate import generate_postings
from jdeditor.core.model import Item, ItemKind, Language, Posting, Section, SectionKind
from jdeditor.core.structure import ParsedPosting, parse_text
from jdeditor.core.structure.coverage import find_lost_text
from jdeditor.formats.markdown_export import render_markdown
from jdeditor.formats.plain_text import render_plain_text
from tests.factories import chinese_posting, english_posting

P = ItemKind.PARAGRAPH
Render = Callable[[Posting], str]
Tree = tuple[tuple[str, str, "Tree"], ...]
RENDERERS: dict[str, Render] = {"markdown": render_markdown, "plain": render_plain_text}


def _tree(items: Sequence[Item]) -> Tree:
    return tuple((item.kind.value, item.text, _tree(item.children)) for item in items)


Shape = tuple[str, str, str, tuple[tuple[SectionKind, Tree], ...]]


def _shape(posting: Posting) -> Shape:
    sections = tuple((s.kind, _tree(s.items)) for s in posting.sections)
    return posting.title, posting.department, posting.location, sections


def _round_trip(postings: Sequence[Posting], render: Render) -> list[ParsedPosting]:
    text = "\n".join(render(posting) for posting in postings)
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    return parsed


def english_team_lead() -> Posting:
    return Posting(
        title="Data Platform Lead",
        department="Data Platform",
        location="Berlin",
        language=Language.EN,
        sections=[
            Section(
                SectionKind.DUTIES,
                "What you'll do",
                [
                    Item(
                        "Design the pipelines.",
                        [
                            Item("Batch jobs in Python."),
                            Item("Streaming with Kafka.", [Item("Exactly-once delivery.")]),
                        ],
                    ),
                    Item("Review designs with the team.\nWrite them down afterwards."),
                    Item("Most of the work is hands-on.", kind=P),
                    Item("Mentor two engineers."),
                ],
            ),
            Section(
                SectionKind.REQUIREMENTS,
                "Requirements",
                [Item("Five years with SQL."), Item("Experience with cloud warehouses.")],
            ),
            Section(SectionKind.PREFERRED, "Nice to have", [Item("Open-source work.")]),
            Section(
                SectionKind.BENEFITS,
                "Benefits",
                [Item("30 days of holiday."), Item("A learning budget.")],
            ),
        ],
    )


def chinese_operations() -> Posting:
    return Posting(
        title="高级运营经理",
        department="运营部",
        location="深圳",
        language=Language.ZH,
        sections=[
            Section(
                SectionKind.DUTIES,
                "岗位职责",
                [
                    Item("制定运营策略。", [Item("用户增长。"), Item("活动策划。")]),
                    Item("跟进数据报表，每周复盘。"),
                ],
            ),
            Section(
                SectionKind.REQUIREMENTS,
                "任职要求",
                [
                    Item("本科及以上学历。"),
                    Item("以下经验优先考虑。", kind=P),
                    Item("有社区运营经验。"),
                ],
            ),
            Section(SectionKind.BENEFITS, "福利待遇", [Item("五险一金。"), Item("年终奖。")]),
        ],
    )


def markdown_symbols() -> Posting:
    """Text that Markdown must escape: it comes back as typed."""
    return Posting(
        title="C# Developer",
        department="R&D",
        location="Remote",
        language=Language.EN,
        sections=[
            Section(
                SectionKind.DUTIES,
                "Responsibilities",
                [
                    Item("Keep *all* <b> tags, $5 and snake_case_names."),
                    Item("1. is a number in this text."),
                    Item("- is a dash here."),
                ],
            ),
        ],
    )


def hand_built() -> list[Posting]:
    zh = chinese_posting()
    en = english_posting()
    for posting in (zh, en):
        posting.summary = ""  # see test_a_markdown_summary_comes_back_as_a_section
    return [english_team_lead(), chinese_operations(), zh, en]


@pytest.mark.parametrize("form", sorted(RENDERERS))
@pytest.mark.parametrize("seed", [1, 7, 42])
def test_generated_postings_round_trip(form: str, seed: int) -> None:
    postings = list(generate_postings(30, seed))
    parsed = _round_trip(postings, RENDERERS[form])
    assert [_shape(p.posting) for p in parsed] == [_shape(p) for p in postings]
    for result, posting in zip(parsed, postings, strict=True):
        assert result.posting.language is posting.language
        assert not [w for w in result.warnings if w.code.startswith("numbering")]


@pytest.mark.parametrize("form", sorted(RENDERERS))
def test_hand_built_postings_round_trip(form: str) -> None:
    postings = hand_built()
    if form == "markdown":
        postings.append(markdown_symbols())
    mixed = [*postings[:2], *generate_postings(3, 5), *postings[2:]]
    parsed = _round_trip(mixed, RENDERERS[form])
    assert [_shape(p.posting) for p in parsed] == [_shape(p) for p in mixed]


def test_header_fields_come_back_from_both_forms() -> None:
    posting = chinese_posting()
    for render in RENDERERS.values():
        [result] = _round_trip([posting], render)
        got = result.posting
        assert (got.reports_to, got.headcount) == ("数据总监", 2)
        assert got.salary == posting.salary
        assert got.employment_type is posting.employment_type


def test_the_plain_form_keeps_the_summary_after_the_header_lines() -> None:
    postings = [chinese_posting(), english_posting()]
    postings[1].summary = "Small team"  # short and plain: still a summary, not a title
    parsed = _round_trip(postings, render_plain_text)
    assert [p.posting.title for p in parsed] == [p.title for p in postings]
    for result, posting in zip(parsed, postings, strict=True):
        assert result.posting.summary.endswith("\n" + posting.summary)
        assert "Status: " in result.posting.summary


@pytest.mark.parametrize("make", [chinese_posting, english_posting])
def test_a_markdown_summary_comes_back_as_the_summary(make: Callable[[], Posting]) -> None:
    """The exporter writes the summary under the header fields without a heading, so the
    recogniser reads it as the summary again, not as a section."""
    posting = make()
    posting.summary = "First paragraph of the summary.\n\nA second one, after a blank line."
    [result] = _round_trip([posting], render_markdown)
    assert result.posting.summary.endswith(posting.summary.replace("\n\n", "\n"))
    assert _shape(result.posting) == _shape(posting)
