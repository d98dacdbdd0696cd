"""Postings as plain JSON-ready data: the posting object of the interchange format.

The JSON files (``jdeditor.formats.json_format``) and the revision snapshots in the
store both use this one representation, so a revision is always a valid posting object
of the current format. Reading checks every value by hand and names the JSON path of
the first problem (``postings[3].sections[0].items[2].text``).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from json.encoder import encode_basestring as _json_string
from typing import Any, NoReturn, TypeVar

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
from jdeditor.errors import InputFileError

FORMAT_VERSION = 1

# Key order is part of the format's readability: what a person looks for first comes first,
# the long list of sections last.
POSTING_KEYS = (
    "title",
    "status",
    "language",
    "department",
    "location",
    "reports_to",
    "employment_type",
    "headcount",
    "salary",
    "tags",
    "summary",
    "id",
    "created_at",
    "updated_at",
    "dismissals",
    "sections",
)
# Keys a posting object may leave out: files written before they existed still read.
OPTIONAL_POSTING_KEYS = ("dismissals",)
DISMISSAL_KEYS = ("key", "reason", "dismissed_at")
SALARY_KEYS = ("min", "max", "currency", "period")
SECTION_KEYS = ("kind", "heading", "items")
ITEM_KEYS = ("kind", "text", "children")
# RFC 3339 date-times with a required offset; the schema uses the same pattern.
_TIMESTAMP = re.compile(
    r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?"
    r"(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
)
_AMOUNT = re.compile(r"-?[0-9]+(\.[0-9]+)?")

_E = TypeVar("_E", bound=StrEnum)


def posting_to_dict(posting: Posting) -> dict[str, Any]:
    """The posting object of the format; ``version`` (the save counter) is not part of it."""
    data = _header_dict(posting)
    data["sections"] = [_section_to_dict(section) for section in posting.sections]
    return data


def _header_dict(posting: Posting) -> dict[str, Any]:
    """Every key of the posting object but ``sections`` (which comes last), in order.

    ``dismissals`` is written only when there are some: postings without any keep the
    same text (and revision snapshot) as before dismissals existed.
    """
    data: dict[str, Any] = {
        "title": posting.title,
        "status": posting.status.value,
        "language": posting.language.value,
        "department": posting.department,
        "location": posting.location,
        "reports_to": posting.reports_to,
        "employment_type": (
            None if posting.employment_type is None else posting.employment_type.value
        ),
        "headcount": posting.headcount,
        "salary": None if posting.salary is None else _salary_to_dict(posting.salary),
        "tags": list(posting.tags),
        "summary": posting.summary,
        "id": posting.id,
        "created_at": _optional_timestamp(posting.created_at),
        "updated_at": _optional_timestamp(posting.updated_at),
    }
    if posting.dismissals:
        data["dismissals"] = [
            {
                "key": dismissal.key,
                "reason": dismissal.reason,
                "dismissed_at": _optional_timestamp(dismissal.dismissed_at),
            }
            for dismissal in posting.dismissals
        ]
    return data


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_SECTIONS_EMPTY = '"sections":[]}'


def posting_json(posting: Posting) -> str:
    """``posting_to_dict(posting)`` as compact JSON text with readable non-ASCII, exactly
    as ``json.dumps(…, ensure_ascii=False, separators=(",", ":"))`` writes it.

    For revision snapshots: an import writes one per posting, and writing the sections'
    JSON directly costs a third less than building the dictionaries and encoding them.
    The header goes through the encoder as before; sections and items are written here
    with the encoder's own string escaping.
    """
    data = _header_dict(posting)
    data["sections"] = []
    header = _COMPACT.encode(data)
    assert header.endswith(_SECTIONS_EMPTY)
    sections = ",".join(
        [
            '{"kind":'
            + _json_string(section.kind)
            + ',"heading":'
            + _json_string(section.heading)
            + ',"items":['
            + _items_json(section.items)
            + "]}"
            for section in posting.sections
        ]
    )
    return header[: -len(_SECTIONS_EMPTY)] + '"sections":[' + sections + "]}"


def _items_json(items: list[Item]) -> str:
    return ",".join(
        [
            f'{{"kind":{_json_string(item.kind)},"text":{_json_string(item.text)},'
            f'"children":[{_items_json(item.children) if item.children else ""}]}}'
            for item in items
        ]
    )


def format_timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``; a naive datetime is taken to be UTC already."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().removesuffix("+00:00") + "Z"


@functools.lru_cache(maxsize=64)
def _timestamp_text(moment: datetime) -> str:
    # Equal datetimes are the same instant (or both naive), so they give the same text;
    # the postings of an import share one time, written twice into each snapshot.
    return format_timestamp(moment)


def _optional_timestamp(moment: datetime | None) -> str | None:
    return None if moment is None else _timestamp_text(moment)


def _salary_to_dict(salary: Salary) -> dict[str, Any]:
    return {
        "min": _amount_to_str(salary.minimum),
        "max": _amount_to_str(salary.maximum),
        "currency": salary.currency,
        "period": salary.period.value,
    }


def _amount_to_str(amount: Decimal | None) -> str | None:
    if amount is None:
        return None
    if not amount.is_finite():
        raise ValueError(f"salary amount {amount} is not a number")
    # Fixed-point notation: str() would write Decimal("1E+3") as "1E+3".
    return format(amount, "f")


def _section_to_dict(section: Section) -> dict[str, Any]:
    return {
        "kind": section.kind,  # a StrEnum: serialises as its value, without the lookup
        "heading": section.heading,
        "items": _items_to_list(section.items),
    }


def _items_to_list(items: list[Item]) -> list[dict[str, Any]]:
    # Inlined rather than one call per item: imports snapshot hundreds of thousands.
    return [
        {
            "kind": item.kind,
            "text": item.text,
            "children": _items_to_list(item.children) if item.children else [],
        }
        for item in items
    ]


class InvalidData(Exception):
    """A value at a JSON path is missing or wrong; turned into an InputFileError."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def posting_from_dict(data: Mapping[str, Any], path: str = "posting") -> Posting:
    """Convert and check one posting object; errors name the JSON path below ``path``."""
    try:
        return posting_from_data(data, path)
    except InvalidData as exc:
        raise InputFileError(f"{exc.path}: {exc.problem}.") from None


def posting_from_data(value: Any, path: str) -> Posting:
    """Like :func:`posting_from_dict`, raising :class:`InvalidData` for the caller to word."""
    data = expect_object(value, path, POSTING_KEYS, "posting", OPTIONAL_POSTING_KEYS)

    def at(key: str) -> str:
        return f"{path}.{key}"

    salary = data["salary"]
    employment_type = data["employment_type"]
    return Posting(
        title=expect_string(data["title"], at("title")),
        status=_choice(Status, data["status"], at("status"), "status"),
        language=_choice(Language, data["language"], at("language"), "language"),
        department=expect_string(data["department"], at("department")),
        location=expect_string(data["location"], at("location")),
        reports_to=expect_string(data["reports_to"], at("reports_to")),
        employment_type=(
            None
            if employment_type is None
            else _choice(EmploymentType, employment_type, at("employment_type"), "employment type")
        ),
        headcount=_optional_integer(data["headcount"], at("headcount")),
        salary=None if salary is None else _salary_from(salary, at("salary")),
        tags=[
            expect_string(tag, f"{at('tags')}[{index}]")
            for index, tag in enumerate(expect_list(data["tags"], at("tags")))
        ],
        summary=expect_string(data["summary"], at("summary")),
        id=_optional_integer(data["id"], at("id")),
        created_at=_optional_timestamp_from(data["created_at"], at("created_at")),
        updated_at=_optional_timestamp_from(data["updated_at"], at("updated_at")),
        dismissals=[
            _dismissal_from(dismissal, f"{at('dismissals')}[{index}]")
            for index, dismissal in enumerate(
                expect_list(data.get("dismissals", []), at("dismissals"))
            )
        ],
        sections=[
            _section_from(section, f"{at('sections')}[{index}]")
            for index, section in enumerate(expect_list(data["sections"], at("sections")))
        ],
    )


def _dismissal_from(value: Any, path: str) -> Dismissal:
    data = expect_object(value, path, DISMISSAL_KEYS, "dismissal")
    return Dismissal(
        key=expect_string(data["key"], f"{path}.key", allow_empty=False),
        reason=expect_string(data["reason"], f"{path}.reason"),
        dismissed_at=_optional_timestamp_from(data["dismissed_at"], f"{path}.dismissed_at"),
    )


def _salary_from(value: Any, path: str) -> Salary:
    data = expect_object(value, path, SALARY_KEYS, "salary")
    return Salary(
        minimum=_amount_from(data["min"], f"{path}.min"),
        maximum=_amount_from(data["max"], f"{path}.max"),
        currency=expect_string(data["currency"], f"{path}.currency", allow_empty=False),
        period=_choice(SalaryPeriod, data["period"], f"{path}.period", "salary period"),
    )


def _section_from(value: Any, path: str) -> Section:
    data = expect_object(value, path, SECTION_KEYS, "section")
    return Section(
        kind=_choice(SectionKind, data["kind"], f"{path}.kind", "section kind"),
        heading=expect_string(data["heading"], f"{path}.heading"),
        items=[
            _item_from(item, f"{path}.items[{index}]")
            for index, item in enumerate(expect_list(data["items"], f"{path}.items"))
        ],
    )


def _item_from(value: Any, path: str) -> Item:
    data = expect_object(value, path, ITEM_KEYS, "item")
    return Item(
        kind=_choice(ItemKind, data["kind"], f"{path}.kind", "item kind"),
        text=expect_string(data["text"], f"{path}.text"),
        children=[
            _item_from(child, f"{path}.children[{index}]")
            for index, child in enumerate(expect_list(data["children"], f"{path}.children"))
        ],
    )


def expect_object(
    value: Any, path: str, keys: tuple[str, ...], what: str, optional: tuple[str, ...] = ()
) -> Mapping[str, Any]:
    """``value`` as an object with exactly ``keys`` (those in ``optional`` may be missing)."""
    if not isinstance(value, Mapping):
        _fail(path, f"must be an object {{...}} holding a {what}, not {describe_value(value)}")
    for key in value:
        if key not in keys:
            from difflib import get_close_matches

            close = get_close_matches(str(key), keys, n=1)
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            _fail(
                _key_path(path, key),
                f"is not part of a {what} in format version {FORMAT_VERSION}{hint}; "
                f"{'rename' if close else 'remove'} it "
                f"(a {what} has exactly the keys {', '.join(keys)})",
            )
    required = [key for key in keys if key not in optional]
    for key in required:
        if key not in value:
            _fail(
                _key_path(path, key),
                f"is missing; a {what} needs every one of the keys {', '.join(required)} "
                '(write null, "" or [] for an empty value)',
            )
    return value


def expect_list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        _fail(path, f"must be a list [...], not {describe_value(value)}")
    return value


def expect_string(value: Any, path: str, *, allow_empty: bool = True) -> str:
    if not isinstance(value, str):
        _fail(path, f"must be text in double quotes, not {describe_value(value)}")
    if not allow_empty and not value:
        _fail(path, "must not be empty")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        # A lone surrogate escape ("\ud800") is valid JSON but no character at all, and
        # could never be saved or exported again.
        _fail(path, f"contains an invalid character escape at position {exc.start}")
    return value


def expect_integer(value: Any, path: str) -> int:
    # JSON has one number type: 3.0 is the integer 3 (as JSON Schema agrees), 3.5 is not.
    if isinstance(value, bool) or not isinstance(value, int | float):
        _fail(path, f"must be a whole number, not {describe_value(value)}")
    if isinstance(value, float):
        if not value.is_integer():
            _fail(path, f"must be a whole number, not {value}")
        return int(value)
    return value


def _optional_integer(value: Any, path: str) -> int | None:
    return None if value is None else expect_integer(value, path)


def _choice(enum: type[_E], value: Any, path: str, what: str) -> _E:
    allowed = ", ".join(member.value for member in enum)
    if not isinstance(value, str):
        _fail(path, f"must be one of {allowed} (in quotes), not {describe_value(value)}")
    try:
        return enum(value)
    except ValueError:
        _fail(path, f"{quote_value(value)} is not a {what}; use one of {allowed}")


def _amount_from(value: Any, path: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        _fail(path, f'must be written as a string, e.g. "{value}", so that no rounding happens')
    text = expect_string(value, path)
    if not _AMOUNT.fullmatch(text):
        _fail(
            path,
            f"{quote_value(text)} is not an amount; write digits with an optional "
            '".", e.g. "12.50"',
        )
    return Decimal(text)


def _optional_timestamp_from(value: Any, path: str) -> datetime | None:
    return None if value is None else expect_timestamp(value, path)


def expect_timestamp(value: Any, path: str) -> datetime:
    text = expect_string(value, path)
    problem = f'{quote_value(text)} is not a date and time such as "2024-05-01T08:30:00Z"'
    if not _TIMESTAMP.fullmatch(text):
        _fail(path, problem + " (with Z or an offset like +08:00 at the end)")
    try:
        return datetime.fromisoformat(text).astimezone(UTC)
    except (ValueError, OverflowError):
        _fail(path, problem)


def _fail(path: str, problem: str) -> NoReturn:
    raise InvalidData(path, problem)


def _key_path(path: str, key: Any) -> str:
    name = str(key)
    step = name if name.isidentifier() else f"[{quote_value(name)}]"
    if not path:
        return step
    return f"{path}{step}" if step.startswith("[") else f"{path}.{step}"


def quote_value(value: Any) -> str:
    # Readable for Chinese text, but a lone surrogate stays escaped: messages must print.
    text = json.dumps(value, ensure_ascii=False).encode("utf-8", "backslashreplace").decode()
    return text if len(text) <= 60 else text[:57] + "..."


def describe_value(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {quote_value(value)}"
    if isinstance(value, list):
        return "a list"
    return "an object"
