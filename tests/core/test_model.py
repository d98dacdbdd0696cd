from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from jdeditor.core.fingerprint import content_fingerprint
from jdeditor.core.model import Item, ItemKind, Language, SectionKind, Status
from jdeditor.core.numbering import numbered
from jdeditor.core.section_headings import new_posting
from jdeditor.core.snippets import make_snippet
from jdeditor.core.validation import validate_posting
from jdeditor.errors import ValidationError
from tests.factories import chinese_posting, english_posting


def test_new_posting_has_duties_and_requirements_in_its_language() -> None:
    zh = new_posting("产品经理")
    assert [(s.kind, s.heading) for s in zh.sections] == [
        (SectionKind.DUTIES, "岗位职责"),
        (SectionKind.REQUIREMENTS, "任职要求"),
    ]
    en = new_posting("PM", Language.EN)
    assert [s.heading for s in en.sections] == ["Responsibilities", "Requirements"]
    assert zh.status is Status.DRAFT


def test_walk_and_count_items_skip_paragraphs() -> None:
    duties = chinese_posting().sections[0]
    assert [depth for depth, _ in duties.walk()] == [0, 1, 1, 0, 0]
    assert duties.count_items() == 4


def test_numbering_nests_and_skips_paragraphs() -> None:
    items = [
        Item("a", [Item("a1"), Item("note", kind=ItemKind.PARAGRAPH), Item("a2")]),
        Item("prose", kind=ItemKind.PARAGRAPH),
        Item("b"),
    ]
    assert [(label, depth, item.text) for label, depth, item in numbered(items)] == [
        ("1", 0, "a"),
        ("1.1", 1, "a1"),
        ("", 1, "note"),
        ("1.2", 1, "a2"),
        ("", 0, "prose"),
        ("2", 0, "b"),
    ]


def test_fingerprint_ignores_ids_status_width_and_spacing() -> None:
    posting = chinese_posting()
    other = copy.deepcopy(posting)
    other.id, other.version, other.status = 42, 7, Status.ARCHIVED
    other.sections[1].items[1].text = "熟练使用Ｅｘｃｅｌ和SQL，R&D经验优先  <研发>"
    assert content_fingerprint(posting) == content_fingerprint(other)
    other.sections[0].items[1].text += "。"
    assert content_fingerprint(posting) != content_fingerprint(other)


def test_fingerprint_sees_structure() -> None:
    posting = english_posting()
    moved = copy.deepcopy(posting)
    moved.sections[0].items[0].children.append(moved.sections[0].items.pop(1))
    assert content_fingerprint(posting) != content_fingerprint(moved)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda p: setattr(p, "title", ""), "title"),
        (lambda p: setattr(p, "title", "长" * 201), "title"),
        (lambda p: setattr(p, "headcount", -1), "headcount"),
        (lambda p: setattr(p.salary, "minimum", Decimal(-5)), "salary.minimum"),
        (lambda p: setattr(p.salary, "maximum", Decimal("1.005")), "salary.maximum"),
        (lambda p: setattr(p.salary, "maximum", Decimal(100)), "salary"),
        (lambda p: setattr(p.salary, "currency", " "), "salary.currency"),
        (lambda p: setattr(p, "tags", ["ok", " "]), "tags"),
    ],
)
def test_validation_names_the_field(change: object, field: str) -> None:
    posting = chinese_posting()
    change(posting)  # type: ignore[operator]
    with pytest.raises(ValidationError) as raised:
        validate_posting(posting)
    assert raised.value.field == field


def test_valid_postings_pass() -> None:
    validate_posting(chinese_posting())
    validate_posting(english_posting())


def test_snippet_cuts_around_the_match_and_maps_spans() -> None:
    text = "前言" * 30 + "熟练使用Ｅｘｃｅｌ处理数据" + "结尾" * 30
    snippet, spans = make_snippet(["无关", text], ["excel"])
    assert snippet.startswith("…") and snippet.endswith("…")
    start, end = spans[0]
    assert snippet[start:end] == "Ｅｘｃｅｌ"


def test_snippet_without_match_shows_the_start() -> None:
    assert make_snippet(["", "第一行"], ["无"]) == ("第一行", ())
    assert make_snippet([], ["x"]) == ("", ())
