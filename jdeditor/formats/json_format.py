"""The versioned JSON interchange format: one posting or a whole library, without loss.

The reader checks every value by hand as it converts (``jsonschema`` is a test-only
dependency); ``resources/schema/jdeditor-1.schema.json`` describes the same rules for
other programs, and the tests keep the two in agreement. docs/json-format.md is the
reference for the format and its versioning rules.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jdeditor import __version__
from jdeditor.core.model import Posting
from jdeditor.core.serialization import (
    FORMAT_VERSION,
    InvalidData,
    describe_value,
    expect_integer,
    expect_list,
    expect_object,
    expect_string,
    expect_timestamp,
    format_timestamp,
    posting_from_data,
    posting_from_dict,
    posting_to_dict,
    quote_value,
)
from jdeditor.errors import FormatVersionError, InputFileError
from jdeditor.formats.atomic import write_text_atomic
from jdeditor.formats.json_limits import MAX_JSON_BYTES, check_document

__all__ = [
    "FORMAT_VERSION",
    "LIBRARY_FORMAT",
    "POSTING_FORMAT",
    "dumps_library",
    "dumps_posting",
    "format_timestamp",
    "loads_document",
    "looks_like_json",
    "posting_from_dict",
    "posting_to_dict",
    "read_file",
    "write_file",
]

logger = logging.getLogger(__name__)

POSTING_FORMAT = "jdeditor.posting"
LIBRARY_FORMAT = "jdeditor.library"

POSTING_ENVELOPE_KEYS = ("format", "version", "posting")
LIBRARY_ENVELOPE_KEYS = ("format", "version", "exported_at", "app_version", "postings")


# ---------------------------------------------------------------------------------------
# Writing


def dumps_posting(posting: Posting) -> str:
    """A complete posting file for one posting."""
    return _dumps(
        {"format": POSTING_FORMAT, "version": FORMAT_VERSION, "posting": posting_to_dict(posting)}
    )


def dumps_library(postings: Iterable[Posting], exported_at: datetime | None = None) -> str:
    """A complete library file; ``exported_at`` defaults to now."""
    return _dumps(
        {
            "format": LIBRARY_FORMAT,
            "version": FORMAT_VERSION,
            "exported_at": format_timestamp(exported_at or datetime.now(UTC)),
            "app_version": __version__,
            "postings": [posting_to_dict(posting) for posting in postings],
        }
    )


def write_file(path: Path, text: str) -> None:
    """Write a document made by :func:`dumps_posting` or :func:`dumps_library` atomically."""
    write_text_atomic(path, text)


def _dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------
# Reading


def looks_like_json(path: Path, head: bytes) -> bool:
    """Whether the importer should hand this file to :func:`read_file`."""
    if path.suffix.lower() == ".json":
        return True
    return head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{")


def read_file(path: Path) -> list[Posting]:
    """The postings in a posting or library file (UTF-8, with or without a BOM)."""
    try:
        # The size is checked before the file is opened, and the read is bounded as well
        # (a file may grow, and a pipe has no size): nothing larger is ever held in memory.
        size = path.stat().st_size
        if size <= MAX_JSON_BYTES:
            with path.open("rb") as stream:
                raw = stream.read(MAX_JSON_BYTES + 1)
            size = len(raw)
    except OSError as exc:
        raise InputFileError(
            f"Cannot read {path}: {exc.strerror or exc}. Check that the file exists and that "
            "you may open it."
        ) from exc
    if size > MAX_JSON_BYTES:
        raise too_large(path, size)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"{path} is not UTF-8 text (byte {raw[exc.start]:#04x} at offset {exc.start}). "
            "JD Editor JSON files are always UTF-8: save the file as UTF-8 and try again."
        ) from None
    return loads_document(text, str(path))


def too_large(path: Path, size: int) -> InputFileError:
    """The error for a JSON file over :data:`MAX_JSON_BYTES`, refused before reading it."""
    megabytes, limit = f"{size / 1_048_576:.0f}", f"{MAX_JSON_BYTES // 1_048_576}"
    return InputFileError(
        f"{path} is {megabytes} MB, larger than any JD Editor file should be (the limit for "
        f"JSON files is {limit} MB). Nothing was imported. Export the library in parts "
        "(by department or tag), or check that it is the right file.",
        "json_too_large",
        name=str(path),
        size=megabytes,
        limit=limit,
    )


def loads_document(text: str, source: str = "<text>") -> list[Posting]:
    """The postings in a posting or library document; ``source`` names it in messages."""
    data = _parse(text.removeprefix("\ufeff"), source)
    try:
        check_document(data)
        return _document_from(data, source)
    except InvalidData as exc:
        raise InputFileError(
            f"{source}: {exc.path}: {exc.problem}. Correct the file, or export it again."
        ) from None
    except RecursionError:
        raise InputFileError(
            f"{source}: the items are nested too deeply to read; JD Editor files never nest "
            "this deep, so the file is probably damaged."
        ) from None


def _parse(text: str, source: str) -> Any:
    if not text.strip():
        raise InputFileError(f"{source} is empty; it is not a JD Editor file.")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(
            f"{source} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}. "
            "If the file was edited by hand, look for a missing comma, quote or bracket "
            "there; otherwise export it again."
        ) from None
    except ValueError as exc:
        # Python refuses integers with thousands of digits (int_max_str_digits).
        raise InputFileError(
            f"{source} cannot be read: {exc}. The file is probably damaged."
        ) from None
    except RecursionError:
        raise InputFileError(
            f"{source} is nested too deeply to read; the file is probably damaged."
        ) from None


def _document_from(data: Any, source: str) -> list[Posting]:
    expected = f'"format": "{POSTING_FORMAT}" or "{LIBRARY_FORMAT}"'
    if not isinstance(data, Mapping):
        raise InputFileError(
            f"{source} holds {describe_value(data)}, not a JD Editor file: JD Editor files are a "
            f"JSON object with {expected} and a format version."
        )
    if "format" not in data:
        raise InputFileError(
            f"{source} looks like {_what_it_looks_like(data)}, not a JD Editor file: it has "
            f'no "format" key. JD Editor reads JSON objects with {expected} and a "version".'
        )
    kind = data["format"]
    if kind not in (POSTING_FORMAT, LIBRARY_FORMAT):
        if isinstance(kind, str) and kind.startswith("jdeditor."):
            looks = f'a JD Editor file of kind "{kind}", which cannot be imported'
        else:
            looks = f"a file from another program (its format is {quote_value(kind)})"
        raise InputFileError(
            f"{source} is {looks}; expected {expected}. Import a posting or library file "
            "exported from JD Editor."
        )
    _check_version(data, source)
    if kind == POSTING_FORMAT:
        envelope = expect_object(data, "", POSTING_ENVELOPE_KEYS, "posting file")
        return [posting_from_data(envelope["posting"], "posting")]
    envelope = expect_object(data, "", LIBRARY_ENVELOPE_KEYS, "library file")
    expect_timestamp(envelope["exported_at"], "exported_at")
    expect_string(envelope["app_version"], "app_version")
    postings = expect_list(envelope["postings"], "postings")
    return [posting_from_data(item, f"postings[{index}]") for index, item in enumerate(postings)]


def _check_version(data: Mapping[str, Any], source: str) -> None:
    # Checked before anything else in the envelope: a newer version may add or rename keys,
    # and "update JD Editor" is the useful answer then, not "unknown key".
    if "version" not in data:
        raise InputFileError(
            f"{source}: version: is missing; a JD Editor file states its format version, e.g. "
            f'"version": {FORMAT_VERSION}. Export the file again from JD Editor.'
        )
    try:
        version = expect_integer(data["version"], "version")
    except InvalidData as exc:
        raise InputFileError(f"{source}: version: {exc.problem}.") from None
    if version > FORMAT_VERSION:
        raise FormatVersionError(
            f"{source} was written by a newer JD Editor (format version {version}); this "
            f"version reads up to {FORMAT_VERSION}: update JD Editor to open it."
        )
    if version < 1:
        raise InputFileError(
            f"{source}: version: {version} is not a format version (they start at 1); export "
            "the file again from JD Editor."
        )


def _what_it_looks_like(data: Mapping[str, Any]) -> str:
    if "@context" in data or "@type" in data:
        return "schema.org JSON-LD (the job-site markup)"
    if "title" in data and "sections" in data:
        return (
            "a single posting without its envelope (wrap it as "
            f'{{"format": "{POSTING_FORMAT}", "version": {FORMAT_VERSION}, "posting": {{...}}}})'
        )
    if "postings" in data:
        return "a library file without its format key"
    return "JSON from another program"
