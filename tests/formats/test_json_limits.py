"""Imported JSON is bounded: too large a file is refused before it is opened, and counts,
nesting and text lengths are checked before any posting is converted."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from jdeditor.core.model import Item, Posting, Section, SectionKind
from jdeditor.errors import InputFileError
from jdeditor.formats import json_format, json_limits
from jdeditor.formats.json_format import dumps_library, loads_document, read_file
from jdeditor.formats.readers import read_postings
from tests.factories import chinese_posting, english_posting


def _library(postings: list[Posting]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dumps_library(postings))
    return data


def _refused(data: dict[str, Any], source: str = "jobs.json") -> str:
    with pytest.raises(InputFileError) as caught:
        loads_document(json.dumps(data, ensure_ascii=False), source)
    return str(caught.value)


def test_a_240_mb_file_is_refused_from_its_size_without_being_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "export.json"
    with path.open("wb") as stream:  # sparse: 240 MB by its size, nothing on the disk
        stream.truncate(240 * 1024 * 1024)

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the file was opened")

    started = time.perf_counter()
    monkeypatch.setattr(Path, "read_bytes", never)
    monkeypatch.setattr(json_format.Path, "open", never)
    with pytest.raises(InputFileError) as caught:
        read_file(path)
    assert time.perf_counter() - started < 1
    assert caught.value.kind == "json_too_large"
    assert caught.value.values == {"name": str(path), "size": "240", "limit": "100"}
    assert str(caught.value).startswith(f"{path} is 240 MB, larger than any JD Editor file")
    assert "Nothing was imported" in str(caught.value)


def test_the_importer_refuses_it_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    with path.open("wb") as stream:
        stream.write(b"{")
        stream.truncate(json_limits.MAX_JSON_BYTES + 1)
    with pytest.raises(InputFileError, match="limit for JSON files is 100 MB"):
        read_postings(path)


def test_a_file_that_grows_past_the_limit_while_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.json"
    path.write_text(dumps_library([chinese_posting()]), encoding="utf-8")
    monkeypatch.setattr(json_format, "MAX_JSON_BYTES", 100)  # stat saw less than that
    real_stat = Path.stat

    class Small:
        st_size = 10

    monkeypatch.setattr(
        Path, "stat", lambda self, **kw: Small() if self == path else real_stat(self)
    )
    with pytest.raises(InputFileError, match=r"growing\.json is 0 MB"):
        read_file(path)


def test_one_gigantic_string_in_a_file_under_the_limit_fails_fast(tmp_path: Path) -> None:
    data = _library([chinese_posting()])
    data["postings"][0]["sections"][0]["items"][0]["text"] = "岗" * 20_000_000  # 60 MB
    path = tmp_path / "huge-string.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(InputFileError) as caught:
        read_file(path)
    assert time.perf_counter() - started < 10  # about 0.5 s on a quiet machine
    assert str(caught.value) == (
        f"{path}: postings[0].sections[0].items[0].text: is 20,000,000 characters long, more "
        "than the 20,000 allowed here: shorten it (a file with such a value was not written "
        "by JD Editor, or is damaged). Correct the file, or export it again."
    )


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("title", 200),
        ("department", 200),
        ("location", 200),
        ("reports_to", 200),
        ("summary", 20_000),
    ],
)
def test_each_header_field_has_a_length_limit(field: str, limit: int) -> None:
    data = _library([chinese_posting(), english_posting()])
    data["postings"][1][field] = "x" * (limit + 1)
    message = _refused(data)
    assert message.startswith(f"jobs.json: postings[1].{field}: is {limit + 1:,} characters long")
    data["postings"][1][field] = "x" * limit
    loads_document(json.dumps(data))  # the limit itself is allowed


def test_tags_currency_headings_and_dismissals_have_limits() -> None:
    cases = [
        (("tags",), ["t" * 101], "postings[0].tags[0]: is 101 characters"),
        (
            ("salary",),
            {"min": None, "max": None, "currency": "C" * 9, "period": "month"},
            "postings[0].salary.currency: is 9 characters",
        ),
        (("sections", 0, "heading"), "h" * 501, "postings[0].sections[0].heading: is 501"),
        (("tags",), ["t"] * 201, "postings[0].tags: holds 201 tags, more than the 200 allowed"),
    ]
    for keys, value, expected in cases:
        data = _library([chinese_posting()])
        target = data["postings"][0]
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
        assert expected in _refused(data)


def test_too_many_postings_are_refused_before_any_is_converted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(json_limits, "MAX_POSTINGS", 3)
    data = _library([chinese_posting()] * 4)
    data["postings"][3]["status"] = 17  # would fail the conversion: the count comes first
    assert _refused(data) == (
        "jobs.json: postings: holds 4 postings in one file, more than the 3 allowed: split "
        "the library into several files (export by department or tag). Correct the file, or "
        "export it again."
    )


def test_too_many_sections_and_items(monkeypatch: pytest.MonkeyPatch) -> None:
    many_sections = Posting(
        title="T", sections=[Section(SectionKind.OTHER, "", []) for _ in range(201)]
    )
    assert "postings[0].sections: holds 201 sections, more than the 200 allowed" in _refused(
        _library([many_sections])
    )
    items = [Item("a", children=[Item("b")]) for _ in range(1_001)]  # 2,002 with children
    many_items = Posting(title="T", sections=[Section(SectionKind.DUTIES, "", items)])
    assert "postings[0].sections[0].items: the section holds more than 2,000 items" in _refused(
        _library([many_items])
    )


def test_deep_nesting_is_refused_with_the_path(tmp_path: Path) -> None:
    root = Item("0")
    node = root
    for level in range(1, 101):  # 101 levels
        child = Item(str(level))
        node.children.append(child)
        node = child
    message = _refused(
        _library([Posting(title="T", sections=[Section(SectionKind.OTHER, "", [root])])])
    )
    assert message.startswith(
        "jobs.json: postings[0].sections[0].items[0]" + ".children[0]" * 99 + ".children: items "
        "are nested more than 100 levels deep"
    )
    # Far deeper than Python can convert: still refused with a message, not a crash.
    text = '{"format": "jdeditor.library", "version": 1, "postings": ' + "[" * 100_000
    with pytest.raises(InputFileError, match=r"not valid JSON|nested too deeply"):
        loads_document(text + "]" * 100_000 + "}", "deep.json")


def test_wrong_types_are_still_named_by_the_conversion() -> None:
    data = _library([chinese_posting()])
    data["postings"][0]["title"] = 7
    assert "postings[0].title: must be text in double quotes, not the number 7" in _refused(data)
    data = _library([chinese_posting()])
    data["postings"] = {"0": data["postings"][0]}
    assert "postings: must be a list [...], not an object" in _refused(data)
    data = _library([chinese_posting()])
    data["postings"][0]["sections"][0]["items"] = "text"
    assert "postings[0].sections[0].items: must be a list" in _refused(data)
