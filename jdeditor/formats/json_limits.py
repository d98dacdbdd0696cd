"""Bounds on imported JSON files, checked before anything else is done with them.

A JSON file is read whole into memory (``json.loads``), and every value becomes a Python
object: 36 MB of library export (20,000 postings) takes 4.5 s and 340 MB to read. Without
a bound a 300 MB file took 11 GB. So the file's size is checked before it is opened, and
the parsed document is walked once (cheaply, without recursion) for counts and string
lengths before its postings are converted. The limits are far above what JD Editor
writes (docs/import.md, "Limits of JSON files", says why each is where it is); each
message names the file, the JSON path and what to do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jdeditor.core.serialization import InvalidData
from jdeditor.core.validation import MAX_TITLE_LENGTH

# A library export takes 2-4 KB per posting: 100 MB hold 25,000-50,000 postings, more
# than a department keeps, and read in about 1 GB of memory.
MAX_JSON_BYTES = 100 * 1024 * 1024
MAX_POSTINGS = 50_000
MAX_SECTIONS = 200  # per posting; a long posting has 6-10
MAX_ITEMS = 2_000  # per section, children included
MAX_ITEM_DEPTH = 100  # nesting levels of items; Word lists have 9 at most, 60 are read
MAX_TAGS = 200
MAX_DISMISSALS = 2_000
# Characters per text value; the short ones are the library's column sizes.
FIELD_LENGTHS = {
    "title": MAX_TITLE_LENGTH,
    "department": 200,
    "location": 200,
    "reports_to": 200,
    "summary": 20_000,
}
MAX_TAG_LENGTH = 100
MAX_CURRENCY_LENGTH = 8
MAX_DISMISSAL_KEY_LENGTH = 200
MAX_HEADING_LENGTH = 500
MAX_TEXT_LENGTH = 20_000  # an item's text, a dismissal's reason, any other string


def check_document(data: Any) -> None:
    """Raise :class:`InvalidData` at the first count or length over its limit.

    Values of the wrong type are left alone: the conversion that follows names them.
    """
    if not isinstance(data, Mapping):
        return
    for key in ("format", "exported_at", "app_version"):
        _check_text(data.get(key), key, 200)
    if isinstance(data.get("posting"), Mapping):
        check_posting(data["posting"], "posting")
    postings = data.get("postings")
    if isinstance(postings, list):
        _check_count(
            postings,
            "postings",
            MAX_POSTINGS,
            "postings in one file",
            "split the library into several files (export by department or tag)",
        )
        for index, posting in enumerate(postings):
            if isinstance(posting, Mapping):
                check_posting(posting, f"postings[{index}]")


def check_posting(posting: Mapping[str, Any], path: str) -> None:
    for key, limit in FIELD_LENGTHS.items():
        _check_text(posting.get(key), f"{path}.{key}", limit)
    salary = posting.get("salary")
    if isinstance(salary, Mapping):
        _check_text(salary.get("currency"), f"{path}.salary.currency", MAX_CURRENCY_LENGTH)
        for key in ("min", "max", "period"):
            _check_text(salary.get(key), f"{path}.salary.{key}", 100)
    for key in ("status", "language", "employment_type", "created_at", "updated_at"):
        _check_text(posting.get(key), f"{path}.{key}", 40)
    tags = posting.get("tags")
    if isinstance(tags, list):
        _check_count(tags, f"{path}.tags", MAX_TAGS, "tags", "keep the ones that matter")
        for index, tag in enumerate(tags):
            _check_text(tag, f"{path}.tags[{index}]", MAX_TAG_LENGTH)
    dismissals = posting.get("dismissals")
    if isinstance(dismissals, list):
        _check_count(
            dismissals,
            f"{path}.dismissals",
            MAX_DISMISSALS,
            "dismissed findings",
            "remove the old ones",
        )
        for index, dismissal in enumerate(dismissals):
            if isinstance(dismissal, Mapping):
                at = f"{path}.dismissals[{index}]"
                _check_text(dismissal.get("key"), f"{at}.key", MAX_DISMISSAL_KEY_LENGTH)
                _check_text(dismissal.get("reason"), f"{at}.reason", MAX_TEXT_LENGTH)
                _check_text(dismissal.get("dismissed_at"), f"{at}.dismissed_at", 40)
    sections = posting.get("sections")
    if isinstance(sections, list):
        _check_count(
            sections, f"{path}.sections", MAX_SECTIONS, "sections", "join sections of the same kind"
        )
        for index, section in enumerate(sections):
            if isinstance(section, Mapping):
                _check_section(section, f"{path}.sections[{index}]")


def _check_section(section: Mapping[str, Any], path: str) -> None:
    _check_text(section.get("kind"), f"{path}.kind", 40)
    _check_text(section.get("heading"), f"{path}.heading", MAX_HEADING_LENGTH)
    items = section.get("items")
    if not isinstance(items, list):
        return
    # Depth first without recursion: a file may nest items thousands deep.
    stack: list[tuple[list[Any], str, int]] = [(items, f"{path}.items", 1)]
    count = 0
    while stack:
        level, at, depth = stack.pop()
        if depth > MAX_ITEM_DEPTH:
            raise InvalidData(
                at,
                f"items are nested more than {MAX_ITEM_DEPTH} levels deep; JD Editor never "
                "writes that many levels: bring the deepest items up a level",
            )
        count += len(level)
        if count > MAX_ITEMS:
            raise InvalidData(
                f"{path}.items",
                f"the section holds more than {MAX_ITEMS:,} items (with their sub-items); "
                "split it into several sections or postings",
            )
        for index, item in enumerate(level):
            if not isinstance(item, Mapping):
                continue
            _check_text(item.get("kind"), f"{at}[{index}].kind", 40)
            _check_text(item.get("text"), f"{at}[{index}].text", MAX_TEXT_LENGTH)
            children = item.get("children")
            if isinstance(children, list) and children:
                stack.append((children, f"{at}[{index}].children", depth + 1))


def _check_count(values: list[Any], path: str, limit: int, what: str, advice: str) -> None:
    if len(values) > limit:
        raise InvalidData(
            path, f"holds {len(values):,} {what}, more than the {limit:,} allowed: {advice}"
        )


def _check_text(value: Any, path: str, limit: int) -> None:
    if isinstance(value, str) and len(value) > limit:
        raise InvalidData(
            path,
            f"is {len(value):,} characters long, more than the {limit:,} allowed here: "
            "shorten it (a file with such a value was not written by JD Editor, or is damaged)",
        )
