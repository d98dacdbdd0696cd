"""Tests for the JSON interchange format and the atomic writer it uses."""

from __future__ import annotations

import copy
import json
import os
import re
import stat
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from jdeditor import __version__
from jdeditor.core.model import (
    Dismissal,
    EmploymentType,
    Item,
    ItemKind,
    Language,
    Posting,
    Salary,
    SalaryPeriod,
    Section,
    SectionKind,
    Status,
)
from jdeditor.core.section_headings import new_posting
from jdeditor.errors import FormatVersionError, InputFileError, OutputFileError
from jdeditor.formats import atomic
from jdeditor.formats.json_format import (
    FORMAT_VERSION,
    dumps_library,
    dumps_posting,
    loads_document,
    looks_like_json,
    posting_from_dict,
    posting_to_dict,
    read_file,
    write_file,
)
from tests.hypothesis_support import examples

SCHEMA_PATH = Path(__file__).parents[2] / "resources/schema/jdeditor-1.schema.json"
CST = timezone(timedelta(hours=8))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def chinese_posting() -> Posting:
    return Posting(
        title="高级产品经理",
        department="产品部",
        location="上海",
        reports_to="产品总监",
        headcount=2,
        employment_type=EmploymentType.FULL_TIME,
        salary=Salary(Decimal("15000"), Decimal("25000.50"), "CNY", SalaryPeriod.MONTH),
        status=Status.PUBLISHED,
        language=Language.ZH,
        summary="负责 <核心> 产品 & 用户研究，\n与 “研发” 协作。",
        tags=["产品", "B端", "急招"],
        sections=[
            Section(
                SectionKind.DUTIES,
                "岗位职责",
                [
                    Item(
                        "市场及用户研究",
                        [Item("市场分析"), Item("用户访谈", [Item("每月 ≥ 10 次")])],
                    ),
                    Item("我们是一个年轻的团队。", kind=ItemKind.PARAGRAPH),
                ],
            ),
            Section(SectionKind.REQUIREMENTS, "任职要求", [Item("本科及以上学历")]),
            Section(SectionKind.BENEFITS, "福利待遇", []),
        ],
        id=42,
        created_at=datetime(2024, 3, 1, 9, 30, tzinfo=CST),
        updated_at=datetime(2024, 3, 2, 18, 5, 7, 123456, tzinfo=UTC),
    )


def english_posting() -> Posting:
    return Posting(
        title='Backend Engineer ("Platform")',
        department="R&D",
        location="Remote",
        employment_type=EmploymentType.CONTRACT,
        salary=Salary(Decimal("12.50"), None, "USD", SalaryPeriod.HOUR),
        status=Status.IN_REVIEW,
        language=Language.EN,
        tags=["python", "<sql>"],
        sections=[
            Section(SectionKind.ABOUT, "About us", [Item("We ship 🚀.", kind=ItemKind.PARAGRAPH)]),
            Section(
                SectionKind.PREFERRED,
                "Nice to have",
                [Item("Rust", [Item("async", kind=ItemKind.PARAGRAPH)]), Item("Go")],
            ),
        ],
        created_at=datetime(2023, 12, 31, 23, 59, 59, tzinfo=UTC),
    )


def open_salary_posting() -> Posting:
    posting = new_posting("Sales", Language.EN)
    posting.salary = Salary(None, Decimal("300000"), "CNY", SalaryPeriod.YEAR)
    return posting


POSTINGS: list[Callable[[], Posting]] = [
    chinese_posting,
    english_posting,
    open_salary_posting,
    lambda: Posting(),
    lambda: Posting(salary=Salary()),
]


def library_dict() -> dict[str, Any]:
    """A valid library document with two postings, as parsed JSON, for breaking."""
    moment = datetime(2024, 5, 1, 8, 30, tzinfo=UTC)
    document: dict[str, Any] = json.loads(
        dumps_library([chinese_posting(), english_posting()], moment)
    )
    return document


def posting_file_dict() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(dumps_posting(chinese_posting()))
    return document


# ---------------------------------------------------------------------------------------
# Writing and round trips


@pytest.mark.parametrize("make", POSTINGS)
def test_round_trip_through_dict(make: Callable[[], Posting]) -> None:
    posting = make()
    assert posting_from_dict(posting_to_dict(posting)) == posting


@pytest.mark.parametrize("make", POSTINGS)
def test_round_trip_through_both_documents(make: Callable[[], Posting]) -> None:
    posting = make()
    assert loads_document(dumps_posting(posting)) == [posting]
    assert loads_document(dumps_library([posting, posting])) == [posting, posting]


def test_posting_dict_layout() -> None:
    data = posting_to_dict(chinese_posting())
    assert next(iter(data)) == "title"
    assert list(data)[-1] == "sections"
    assert "version" not in data
    assert data["salary"] == {
        "min": "15000",
        "max": "25000.50",
        "currency": "CNY",
        "period": "month",
    }
    assert data["sections"][0]["items"][0] == {
        "kind": "item",
        "text": "市场及用户研究",
        "children": [
            {"kind": "item", "text": "市场分析", "children": []},
            {
                "kind": "item",
                "text": "用户访谈",
                "children": [{"kind": "item", "text": "每月 ≥ 10 次", "children": []}],
            },
        ],
    }
    assert data["sections"][0]["items"][1]["kind"] == "paragraph"
    json.dumps(data)  # plain JSON values only


def test_the_save_counter_is_not_exchanged() -> None:
    posting = chinese_posting()
    posting.version = 7
    restored = posting_from_dict(posting_to_dict(posting))
    assert restored.version == 0
    restored.version = 7
    assert restored == posting


def test_salary_amounts_are_exact_strings() -> None:
    posting = Posting(salary=Salary(Decimal("12.50"), Decimal("1E+3")))
    salary = posting_to_dict(posting)["salary"]
    assert salary["min"] == "12.50"
    assert salary["max"] == "1000"
    restored = posting_from_dict(posting_to_dict(posting)).salary
    assert restored is not None
    assert str(restored.minimum) == "12.50"
    assert restored.maximum == Decimal(1000)


def test_open_salary_ends_are_null() -> None:
    salary = posting_to_dict(open_salary_posting())["salary"]
    assert salary["min"] is None
    assert salary["max"] == "300000"


def test_timestamps_are_written_in_utc_with_z() -> None:
    data = posting_to_dict(chinese_posting())
    assert data["created_at"] == "2024-03-01T01:30:00Z"
    assert data["updated_at"] == "2024-03-02T18:05:07.123456Z"
    restored = posting_from_dict(data)
    assert restored.created_at == datetime(2024, 3, 1, 9, 30, tzinfo=CST)
    assert restored.created_at is not None
    assert restored.created_at.utcoffset() == timedelta(0)


def test_naive_timestamps_are_taken_as_utc() -> None:
    posting = Posting(created_at=datetime(2024, 1, 2, 3, 4, 5))
    assert posting_to_dict(posting)["created_at"] == "2024-01-02T03:04:05Z"
    assert posting_from_dict(posting_to_dict(posting)).created_at == datetime(
        2024, 1, 2, 3, 4, 5, tzinfo=UTC
    )


def test_posting_document_text() -> None:
    text = dumps_posting(chinese_posting())
    assert text.startswith('{\n  "format": "jdeditor.posting",\n  "version": 1,\n  "posting": {')
    assert text.endswith("}\n")
    assert not text.endswith("\n\n")
    assert "高级产品经理" in text  # ensure_ascii=False: readable, not \uXXXX
    assert '\n    "title": "高级产品经理",\n' in text


def test_library_document_envelope() -> None:
    moment = datetime(2024, 5, 1, 16, 30, tzinfo=CST)
    data = json.loads(dumps_library([chinese_posting(), english_posting()], moment))
    assert list(data) == ["format", "version", "exported_at", "app_version", "postings"]
    assert data["format"] == "jdeditor.library"
    assert data["version"] == FORMAT_VERSION == 1
    assert data["exported_at"] == "2024-05-01T08:30:00Z"
    assert data["app_version"] == __version__
    assert [posting["title"] for posting in data["postings"]] == [
        "高级产品经理",
        'Backend Engineer ("Platform")',
    ]


def test_library_exported_at_defaults_to_now() -> None:
    before = datetime.now(UTC)
    data = json.loads(dumps_library([]))
    after = datetime.now(UTC)
    assert data["postings"] == []
    assert before <= datetime.fromisoformat(data["exported_at"]) <= after
    assert data["exported_at"].endswith("Z")


def test_library_accepts_any_iterable() -> None:
    postings = (make() for make in POSTINGS)
    assert len(loads_document(dumps_library(postings))) == len(POSTINGS)


@pytest.mark.parametrize("make", POSTINGS)
def test_written_documents_match_the_schema(
    make: Callable[[], Posting], validator: Draft202012Validator
) -> None:
    validator.validate(json.loads(dumps_posting(make())))
    validator.validate(json.loads(dumps_library([make(), make()])))
    validator.validate(json.loads(dumps_library([])))


def test_examples_in_the_reference_are_valid(validator: Draft202012Validator) -> None:
    reference = SCHEMA_PATH.parents[2] / "docs/json-format.md"
    blocks = re.findall(r"```json\n(.*?)```", reference.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 2
    for block in blocks:
        validator.validate(json.loads(block))
        assert len(loads_document(block, "example.json")) == 1


# ---------------------------------------------------------------------------------------
# Property tests

_tricky = st.sampled_from(
    ["", "<b>&amp;</b> & <", 'say "hi" \\ \'', "line 1\nline 2\r\n\t", "😀👩‍💻🇨🇳", "岗位职责：负责"]
)
_text = st.one_of(st.text(max_size=30), _tricky)
_items = st.recursive(
    st.builds(Item, text=_text, kind=st.sampled_from(ItemKind)),
    lambda children: st.builds(
        Item, text=_text, kind=st.sampled_from(ItemKind), children=st.lists(children, max_size=3)
    ),
    max_leaves=12,
)
_offsets = st.integers(-14 * 60, 14 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes)))
_moments = st.none() | st.datetimes(
    min_value=datetime(1900, 1, 2), max_value=datetime(2200, 1, 1), timezones=_offsets
)
_amounts = (
    st.none()
    | st.decimals(allow_nan=False, allow_infinity=False, places=2)
    | st.decimals(
        min_value=Decimal("-1e12"), max_value=Decimal("1e12"), allow_nan=False, allow_infinity=False
    )
)
_salaries = st.none() | st.builds(
    Salary,
    minimum=_amounts,
    maximum=_amounts,
    currency=st.text(min_size=1, max_size=5),
    period=st.sampled_from(SalaryPeriod),
)
_sections = st.builds(
    Section,
    kind=st.sampled_from(SectionKind),
    heading=_text,
    items=st.lists(_items, max_size=4),
)
_dismissals = st.builds(
    Dismissal, key=st.text(min_size=1, max_size=30), reason=_text, dismissed_at=_moments
)
_postings = st.builds(
    Posting,
    dismissals=st.lists(_dismissals, max_size=2),
    title=_text,
    department=_text,
    location=_text,
    reports_to=_text,
    headcount=st.none() | st.integers(-10, 10**12),
    employment_type=st.none() | st.sampled_from(EmploymentType),
    salary=_salaries,
    status=st.sampled_from(Status),
    language=st.sampled_from(Language),
    summary=_text,
    tags=st.lists(_text, max_size=4),
    sections=st.lists(_sections, max_size=4),
    id=st.none() | st.integers(1, 2**63),
    created_at=_moments,
    updated_at=_moments,
)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posting=_postings)
def test_any_posting_round_trips_and_matches_the_schema(
    posting: Posting, validator: Draft202012Validator
) -> None:
    assert posting_from_dict(posting_to_dict(posting)) == posting
    text = dumps_posting(posting)
    validator.validate(json.loads(text))
    assert loads_document(text, "generated.json") == [posting]


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(postings=st.lists(_postings, max_size=4))
def test_any_library_round_trips_and_matches_the_schema(
    postings: list[Posting], validator: Draft202012Validator
) -> None:
    text = dumps_library(postings)
    validator.validate(json.loads(text))
    assert loads_document(text) == postings


# ---------------------------------------------------------------------------------------
# Reading: errors


def test_not_json_names_the_file_line_and_column() -> None:
    text = '{\n  "format": "jdeditor.posting",\n  "version": 1\n  "posting": {}\n}\n'
    with pytest.raises(InputFileError) as caught:
        loads_document(text, "jobs.json")
    message = str(caught.value)
    assert message.startswith("jobs.json is not valid JSON")
    assert "line 4, column 3" in message


@pytest.mark.parametrize("text", ["", "  \n", "\ufeff"])
def test_empty_document(text: str) -> None:
    with pytest.raises(InputFileError, match=r"^empty\.json is empty"):
        loads_document(text, "empty.json")


@pytest.mark.parametrize(
    ("document", "fragments"),
    [
        ([1, 2], ["holds a list", '"format": "jdeditor.posting"']),
        ("text", ['holds the text "text"']),
        ({"title": "x", "sections": []}, ["single posting without its envelope", "wrap it"]),
        ({"@context": "https://schema.org", "@type": "JobPosting"}, ["schema.org JSON-LD"]),
        ({"postings": []}, ["library file without its format key"]),
        ({"name": "x"}, ["JSON from another program", 'no "format" key']),
        ({"format": "vnd.other", "version": 1}, ['its format is "vnd.other"']),
        ({"format": 5}, ["its format is 5"]),
        ({"format": "jdeditor.settings", "version": 1}, ['kind "jdeditor.settings"']),
    ],
)
def test_wrong_kind_of_file_says_what_it_looks_like(document: Any, fragments: list[str]) -> None:
    with pytest.raises(InputFileError) as caught:
        loads_document(json.dumps(document), "x.json")
    message = str(caught.value)
    assert message.startswith("x.json ")
    assert "jdeditor.library" in message  # says what was expected
    for fragment in fragments:
        assert fragment in message
    assert not isinstance(caught.value, FormatVersionError)


def test_newer_version_is_refused_with_an_update_hint() -> None:
    document = posting_file_dict()
    document["version"] = 3
    document["posting"]["something_new"] = True  # a newer version may add keys anywhere
    document["signature"] = "abc"
    with pytest.raises(FormatVersionError) as caught:
        loads_document(json.dumps(document), "new.json")
    assert str(caught.value) == (
        "new.json was written by a newer JD Editor (format version 3); this version reads up "
        "to 1: update JD Editor to open it."
    )


@pytest.mark.parametrize(
    ("version", "fragment"),
    [
        (None, "must be a whole number, not null"),
        ("1", 'must be a whole number, not the text "1"'),
        (True, "must be a whole number, not true"),
        (1.5, "must be a whole number, not 1.5"),
        (0, "0 is not a format version"),
        (-2, "-2 is not a format version"),
    ],
)
def test_bad_version(version: Any, fragment: str) -> None:
    document = posting_file_dict()
    document["version"] = version
    with pytest.raises(InputFileError) as caught:
        loads_document(json.dumps(document), "v.json")
    assert not isinstance(caught.value, FormatVersionError)
    assert str(caught.value).startswith("v.json: version: ")
    assert fragment in str(caught.value)


def test_missing_version() -> None:
    document = posting_file_dict()
    del document["version"]
    with pytest.raises(InputFileError, match=r'^v\.json: version: is missing.*"version": 1'):
        loads_document(json.dumps(document), "v.json")


def test_integral_float_version_is_accepted() -> None:
    document = posting_file_dict()
    document["version"] = 1.0
    assert loads_document(json.dumps(document)) == [chinese_posting()]


Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    """A mutation that sets the value at a dotted path like ``postings.1.sections.0.kind``."""

    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for step in parents:
            target = target[int(step)] if isinstance(target, list) else target[step]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return mutate


def _delete(path: str) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for step in parents:
            target = target[int(step)] if isinstance(target, list) else target[step]
        del target[last]

    return mutate


# (mutation of a valid library document, the JSON path the message must name, a fragment)
BROKEN_LIBRARIES: list[tuple[str, Mutation, str, str]] = [
    (
        "text not a string",
        _set("postings.1.sections.1.items.0.text", 5),
        "postings[1].sections[1].items[0].text",
        "not the number 5",
    ),
    (
        "deep text",
        _set("postings.0.sections.0.items.0.children.1.children.0.text", None),
        "postings[0].sections[0].items[0].children[1].children[0].text",
        "not null",
    ),
    (
        "missing text",
        _delete("postings.0.sections.0.items.1.text"),
        "postings[0].sections[0].items[1].text",
        "is missing",
    ),
    (
        "missing children",
        _delete("postings.0.sections.0.items.1.children"),
        "postings[0].sections[0].items[1].children",
        "is missing",
    ),
    (
        "children not a list",
        _set("postings.0.sections.0.items.1.children", {}),
        "postings[0].sections[0].items[1].children",
        "must be a list",
    ),
    (
        "unknown item kind",
        _set("postings.0.sections.0.items.0.kind", "bullet"),
        "postings[0].sections[0].items[0].kind",
        "item, paragraph",
    ),
    (
        "item not an object",
        _set("postings.0.sections.0.items.0", "text"),
        "postings[0].sections[0].items[0]",
        "must be an object",
    ),
    (
        "unknown key in item",
        _set("postings.0.sections.0.items.0.colour", "red"),
        "postings[0].sections[0].items[0].colour",
        "remove it",
    ),
    (
        "unknown section kind",
        _set("postings.0.sections.2.kind", "perks"),
        "postings[0].sections[2].kind",
        '"perks" is not a section kind',
    ),
    (
        "missing heading",
        _delete("postings.0.sections.2.heading"),
        "postings[0].sections[2].heading",
        "is missing",
    ),
    (
        "sections not a list",
        _set("postings.0.sections", None),
        "postings[0].sections",
        "must be a list",
    ),
    ("missing title", _delete("postings.1.title"), "postings[1].title", "is missing"),
    ("title is a number", _set("postings.1.title", 3), "postings[1].title", "must be text"),
    ("misspelt key", _set("postings.1.titel", "x"), "postings[1].titel", 'did you mean "title"'),
    ("posting version", _set("postings.0.version", 3), "postings[0].version", "remove it"),
    ("bad status", _set("postings.0.status", "live"), "postings[0].status", "draft, in_review"),
    ("status null", _set("postings.0.status", None), "postings[0].status", "must be one of"),
    ("bad language", _set("postings.0.language", "fr"), "postings[0].language", "zh, en"),
    (
        "bad employment type",
        _set("postings.0.employment_type", "fulltime"),
        "postings[0].employment_type",
        "full_time",
    ),
    ("headcount text", _set("postings.0.headcount", "2"), "postings[0].headcount", "whole number"),
    (
        "headcount bool",
        _set("postings.0.headcount", False),
        "postings[0].headcount",
        "whole number",
    ),
    (
        "headcount fraction",
        _set("postings.0.headcount", 2.5),
        "postings[0].headcount",
        "whole number",
    ),
    ("id text", _set("postings.0.id", "42"), "postings[0].id", "whole number"),
    ("tags not a list", _set("postings.0.tags", "a, b"), "postings[0].tags", "must be a list"),
    ("tag not text", _set("postings.0.tags.1", 1), "postings[0].tags[1]", "must be text"),
    (
        "salary number",
        _set("postings.0.salary.min", 15000),
        "postings[0].salary.min",
        'as a string, e.g. "15000"',
    ),
    (
        "salary words",
        _set("postings.0.salary.max", "25k"),
        "postings[0].salary.max",
        "is not an amount",
    ),
    (
        "salary comma",
        _set("postings.0.salary.max", "25,000"),
        "postings[0].salary.max",
        "is not an amount",
    ),
    (
        "salary exponent",
        _set("postings.1.salary.min", "1e3"),
        "postings[1].salary.min",
        "is not an amount",
    ),
    (
        "missing salary max",
        _delete("postings.0.salary.max"),
        "postings[0].salary.max",
        "is missing",
    ),
    (
        "salary unknown key",
        _set("postings.0.salary.bonus", "1"),
        "postings[0].salary.bonus",
        "remove it",
    ),
    (
        "salary as list",
        _set("postings.0.salary", ["1", "2"]),
        "postings[0].salary",
        "must be an object",
    ),
    (
        "empty currency",
        _set("postings.0.salary.currency", ""),
        "postings[0].salary.currency",
        "must not be empty",
    ),
    (
        "bad period",
        _set("postings.0.salary.period", "week"),
        "postings[0].salary.period",
        "hour, day, month, year",
    ),
    (
        "naive timestamp",
        _set("postings.0.created_at", "2024-03-01T09:30:00"),
        "postings[0].created_at",
        "offset like +08:00",
    ),
    (
        "date only",
        _set("postings.0.updated_at", "2024-03-01"),
        "postings[0].updated_at",
        "not a date and time",
    ),
    (
        "timestamp number",
        _set("postings.0.updated_at", 1709256600),
        "postings[0].updated_at",
        "must be text",
    ),
    (
        "month 13",
        _set("postings.0.created_at", "2024-13-01T00:00:00Z"),
        "postings[0].created_at",
        "not a date and time",
    ),
    ("posting not an object", _set("postings.1", []), "postings[1]", "must be an object"),
    ("postings not a list", _set("postings", {}), "postings", "must be a list"),
    ("missing postings", _delete("postings"), "postings", "is missing"),
    ("missing exported_at", _delete("exported_at"), "exported_at", "is missing"),
    ("bad exported_at", _set("exported_at", "yesterday"), "exported_at", "not a date and time"),
    ("app_version number", _set("app_version", 1), "app_version", "must be text"),
    ("unknown envelope key", _set("comment", "hi"), "comment", "a library file has exactly"),
    ("odd key", _set("postings.0.my key", 1), 'postings[0]["my key"]', "remove it"),
]


@pytest.mark.parametrize(
    ("mutate", "path", "fragment"),
    [pytest.param(*case[1:], id=case[0]) for case in BROKEN_LIBRARIES],
)
def test_broken_field_names_the_json_path(mutate: Mutation, path: str, fragment: str) -> None:
    document = library_dict()
    mutate(document)
    with pytest.raises(InputFileError) as caught:
        loads_document(json.dumps(document), "library.json")
    message = str(caught.value)
    assert message.startswith(f"library.json: {path}: ")
    assert fragment in message
    assert message.endswith("Correct the file, or export it again.")


@pytest.mark.parametrize(
    "mutate",
    [pytest.param(case[1], id=case[0]) for case in BROKEN_LIBRARIES],
)
def test_schema_agrees_on_broken_documents(
    mutate: Mutation, validator: Draft202012Validator
) -> None:
    document = library_dict()
    validator.validate(document)
    mutate(document)
    assert not validator.is_valid(document)


BROKEN_ENVELOPES: list[Any] = [
    [],
    "x",
    {"title": "x", "sections": []},
    {"format": "vnd.other", "version": 1, "posting": {}},
    {"format": "jdeditor.posting", "posting": {}},
    {"format": "jdeditor.posting", "version": "1", "posting": {}},
    {"format": "jdeditor.posting", "version": 0, "posting": {}},
    {"format": "jdeditor.posting", "version": 2, "posting": {}},
    {"format": "jdeditor.posting", "version": 1},
    {"format": "jdeditor.posting", "version": 1, "posting": None},
    {"format": "jdeditor.posting", "version": 1, "posting": {}},
]


@pytest.mark.parametrize("document", BROKEN_ENVELOPES)
def test_reader_and_schema_agree_on_broken_envelopes(
    document: Any, validator: Draft202012Validator
) -> None:
    with pytest.raises(InputFileError):
        loads_document(json.dumps(document))
    assert not validator.is_valid(document)


VALID_VARIANTS: list[Mutation] = [
    _set("postings.0.headcount", 3.0),
    _set("postings.0.headcount", None),
    _set("postings.0.id", None),
    _set("postings.0.employment_type", None),
    _set("postings.0.salary", None),
    _set("postings.0.salary", {"min": None, "max": None, "currency": "EUR", "period": "day"}),
    _set("postings.0.created_at", "2024-03-01T09:30:00.5+08:00"),
    _set("postings.0.updated_at", "2024-03-01T09:30:00-05:30"),
    _set("postings.0.sections", []),
    _set("postings", []),
    _set("app_version", ""),
]


@pytest.mark.parametrize("mutate", VALID_VARIANTS)
def test_reader_and_schema_agree_on_valid_variants(
    mutate: Mutation, validator: Draft202012Validator
) -> None:
    document = library_dict()
    mutate(document)
    validator.validate(document)
    loads_document(json.dumps(document))


def test_timestamps_with_offsets_are_read_as_utc() -> None:
    document = library_dict()
    document["postings"][0]["created_at"] = "2024-03-01T09:30:00.5+08:00"
    created = loads_document(json.dumps(document))[0].created_at
    assert created == datetime(2024, 3, 1, 1, 30, 0, 500000, tzinfo=UTC)
    assert created is not None
    assert created.tzinfo is UTC


def test_posting_file_errors_use_the_posting_path() -> None:
    document = posting_file_dict()
    document["posting"]["sections"][0]["items"][0]["children"][0]["kind"] = 1
    with pytest.raises(InputFileError, match=r"^one\.json: posting\.sections\[0\]\.items\[0\]"):
        loads_document(json.dumps(document), "one.json")


def test_posting_from_dict_names_the_given_path() -> None:
    data = posting_to_dict(english_posting())
    data["sections"][1]["items"][0]["children"][0]["text"] = ["x"]
    with pytest.raises(InputFileError) as caught:
        posting_from_dict(data)
    assert str(caught.value).startswith("posting.sections[1].items[0].children[0].text: ")
    with pytest.raises(InputFileError, match=r"^postings\[3\]\.sections\[1\]"):
        posting_from_dict(data, "postings[3]")


def test_posting_from_dict_refuses_non_objects() -> None:
    with pytest.raises(InputFileError, match=r"^posting: must be an object"):
        posting_from_dict([])  # type: ignore[arg-type]


def test_posting_from_dict_does_not_change_its_input() -> None:
    data = posting_to_dict(chinese_posting())
    before = copy.deepcopy(data)
    posting_from_dict(data)
    assert data == before


def test_lone_surrogate_escape_is_refused() -> None:
    text = dumps_posting(english_posting()).replace('"Remote"', '"Re\\ud800mote"')
    with pytest.raises(InputFileError, match=r"posting\.location: contains an invalid character"):
        loads_document(text, "s.json")


def test_messages_never_carry_a_lone_surrogate() -> None:
    document = library_dict()
    document["postings"][0]["status"] = "live\ud800"
    with pytest.raises(InputFileError) as caught:
        loads_document(json.dumps(document))
    str(caught.value).encode("utf-8")
    assert '"live\\ud800" is not a status' in str(caught.value)


def test_deep_nesting_is_refused_cleanly() -> None:
    depth = 50_000
    items = '{"kind": "item", "text": "x", "children": [' * depth + "]}" * depth
    text = dumps_posting(Posting()).replace(
        '"sections": []', f'"sections": [{{"kind": "other", "heading": "", "items": [{items}]}}]'
    )
    with pytest.raises(InputFileError, match="nested too deeply"):
        loads_document(text, "deep.json")


def test_absurdly_long_number_is_refused_cleanly() -> None:
    text = dumps_posting(Posting()).replace('"headcount": null', '"headcount": ' + "9" * 5000)
    with pytest.raises(InputFileError, match=r"^huge\.json cannot be read: .*damaged"):
        loads_document(text, "huge.json")


def test_reasonable_nesting_is_read() -> None:
    root = Item("level 0")
    node = root
    for level in range(1, 60):
        child = Item(f"level {level}")
        node.children.append(child)
        node = child
    posting = Posting(sections=[Section(SectionKind.OTHER, "", [root])])
    assert loads_document(dumps_posting(posting)) == [posting]


# ---------------------------------------------------------------------------------------
# Files


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of the test's own: the shared conftest also hands out tmp_path."""
    path = tmp_path / "files"
    path.mkdir()
    return path


def test_write_file_and_read_file(folder: Path) -> None:
    target = folder / "library.json"
    postings = [chinese_posting(), english_posting()]
    write_file(target, dumps_library(postings))
    assert target.read_bytes().decode("utf-8").count("\n") > 10
    assert read_file(target) == postings
    assert [entry.name for entry in folder.iterdir()] == ["library.json"]


def test_read_file_with_bom(folder: Path) -> None:
    target = folder / "bom.json"
    target.write_bytes(b"\xef\xbb\xbf" + dumps_posting(chinese_posting()).encode("utf-8"))
    assert read_file(target) == [chinese_posting()]


def test_read_file_errors_name_the_file(folder: Path) -> None:
    target = folder / "broken.json"
    target.write_text("{\n  oops\n}\n", encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        read_file(target)
    assert str(caught.value).startswith(f"{target} is not valid JSON")
    assert "line 2, column 3" in str(caught.value)


def test_read_missing_file(folder: Path) -> None:
    target = folder / "missing.json"
    with pytest.raises(InputFileError, match=r"^Cannot read .*missing\.json: ") as caught:
        read_file(target)
    assert isinstance(caught.value.__cause__, OSError)


def test_read_a_folder(folder: Path) -> None:
    with pytest.raises(InputFileError, match=r"^Cannot read "):
        read_file(folder)


def test_read_file_not_utf8(folder: Path) -> None:
    target = folder / "gbk.json"
    target.write_bytes('{"title": "产品经理"}'.encode("gbk"))
    with pytest.raises(
        InputFileError, match=r"gbk\.json is not UTF-8 text .*save the file as UTF-8"
    ):
        read_file(target)


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("export.json", b"", True),
        ("EXPORT.JSON", b"garbage", True),
        ("export.txt", b'{"format": "jdeditor.library"', True),
        ("export", b'\xef\xbb\xbf \r\n\t {"a": 1}', True),
        ("posting.txt", "岗位职责".encode(), False),
        ("list.txt", b"[1, 2]", False),
        ("empty.docx", b"", False),
        ("word.docx", b"PK\x03\x04", False),
    ],
)
def test_looks_like_json(name: str, head: bytes, expected: bool) -> None:
    assert looks_like_json(Path(name), head) is expected


# ---------------------------------------------------------------------------------------
# The atomic writer


def _names(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


def test_atomic_write_creates_and_replaces(folder: Path) -> None:
    target = folder / "out.json"
    atomic.write_bytes_atomic(target, b"first")
    assert target.read_bytes() == b"first"
    atomic.write_text_atomic(target, "第二\n")
    assert target.read_bytes() == "第二\n".encode()
    assert _names(folder) == ["out.json"]


def test_atomic_write_keeps_newlines_as_given(folder: Path) -> None:
    target = folder / "out.txt"
    atomic.write_text_atomic(target, "a\nb\r\n")
    assert target.read_bytes() == b"a\nb\r\n"


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_failed_write_leaves_old_file_and_no_temp(
    folder: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = folder / "out.json"
    target.write_bytes(b"old")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, fail)
    with pytest.raises(OutputFileError) as caught:
        atomic.write_bytes_atomic(target, b"new")
    message = str(caught.value)
    assert message.startswith(f"Cannot write {target}: No space left on device.")
    assert "another folder" in message
    assert isinstance(caught.value.__cause__, OSError)
    assert target.read_bytes() == b"old"
    assert _names(folder) == ["out.json"]


def test_interrupted_write_leaves_no_temp(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic.write_bytes_atomic(folder / "out.json", b"new")
    assert _names(folder) == []


def test_write_over_a_folder_fails_cleanly(folder: Path) -> None:
    target = folder / "taken"
    target.mkdir()
    (target / "inside.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(OutputFileError, match=r"^Cannot write "):
        atomic.write_bytes_atomic(target, b"new")
    assert _names(folder) == ["taken"]
    assert (target / "inside.txt").read_text(encoding="utf-8") == "keep"


def test_write_into_missing_folder(folder: Path) -> None:
    target = folder / "no such folder" / "out.json"
    with pytest.raises(OutputFileError, match=r"Check that the folder exists"):
        write_file(target, "{}\n")
    assert _names(folder) == []


def test_write_into_read_only_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    target = locked / "out.json"
    target.write_bytes(b"old")
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        try:
            (locked / "probe").touch()
        except OSError:
            pass
        else:
            pytest.skip("folder permissions are not enforced here (running as root?)")
        with pytest.raises(OutputFileError, match=r"may write to it"):
            atomic.write_bytes_atomic(target, b"new")
        assert target.read_bytes() == b"old"
        assert _names(locked) == ["out.json"]
    finally:
        locked.chmod(stat.S_IRWXU)


def test_temp_file_refused(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # What a read-only folder does, also when the tests run as root.
    target = folder / "out.json"
    target.write_bytes(b"old")

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(OutputFileError, match=r"^Cannot write .*: Permission denied\. "):
        atomic.write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert _names(folder) == ["out.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_permissions_follow_umask_or_the_replaced_file(folder: Path) -> None:
    mask = os.umask(0o022)
    try:
        fresh = folder / "fresh.json"
        atomic.write_bytes_atomic(fresh, b"x")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = folder / "kept.json"
        kept.write_bytes(b"old")
        kept.chmod(0o640)
        atomic.write_bytes_atomic(kept, b"new")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    finally:
        os.umask(mask)
