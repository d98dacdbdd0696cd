"""Reading any supported file into postings: the one entry point the importer calls.

It decides from the file's name and first bytes which reader applies, so the library
and the command line never branch on file types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from jdeditor.core.model import Posting
from jdeditor.core.structure import (
    ParsedPosting,
    ParseOptions,
    ParseWarning,
    SourceLine,
)
from jdeditor.errors import InputFileError, UserFacingError
from jdeditor.formats import docx_import, json_format, text_import
from jdeditor.formats.docx_facts import Facts
from jdeditor.formats.read_options import ReadOptions

__all__ = ["FileReadResult", "ReadOptions", "ReadPosting", "check_separator", "read_postings"]

SNIFF_BYTES = 4096


@dataclass
class ReadPosting:
    posting: Posting
    warnings: list[ParseWarning] = field(default_factory=list)
    first_line: int | None = None  # where in the file the posting starts, when known
    last_line: int | None = None  # where it ends
    title_line: int | None = None  # the line its title came from (None: a fallback title)


@dataclass
class FileReadResult:
    path: Path
    kind: str  # "json", "text" or "docx"
    postings: list[ReadPosting]
    encoding: str | None = None  # for text files: the encoding detected or given
    text: str | None = None  # for text files: the decoded text
    paragraphs: list[SourceLine] | None = None  # for Word files: the source lines read
    # for Word files: our templates' facts lines (paragraph number, values), no source lines
    facts: list[tuple[int, Facts]] = field(default_factory=list)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(SNIFF_BYTES)
    except FileNotFoundError as error:
        raise InputFileError(
            f"{path}: no such file. Check the name and folder.", "no_such_file", name=str(path)
        ) from error
    except IsADirectoryError as error:
        raise InputFileError(
            f"{path} is a folder: choose the files inside it.", "is_folder", name=str(path)
        ) from error
    except OSError as error:
        raise InputFileError.unreadable(path, error) from error


def check_separator(separator: str | None) -> None:
    """Refuse a separator that is not a valid regular expression, before reading anything."""
    if separator is None:
        return
    try:
        re.compile(separator)
    except re.error as error:
        raise UserFacingError(
            f"The separator '{separator}' is not a valid regular expression ({error}). "
            "For lines of dashes, use for example ^-{3,}$."
        ) from None


def read_postings(path: Path, options: ReadOptions = ReadOptions()) -> FileReadResult:
    """Read every posting in one file; raises InputFileError naming the file."""
    check_separator(options.separator)
    head = _head(path)
    if json_format.looks_like_json(path, head):
        postings = json_format.read_file(path)
        return FileReadResult(path, "json", [ReadPosting(posting) for posting in postings])
    parse_options = ParseOptions(fallback_title=path.stem, separator=options.separator)
    text: str | None = None
    paragraphs: list[SourceLine] | None = None
    facts: list[tuple[int, Facts]] = []
    if docx_import.looks_like_docx(path, head):
        parsed, paragraphs = docx_import.read_docx_source(path, parse_options, facts)
        kind, encoding = "docx", None
    else:
        decoded = text_import.read_text(path, options.encoding)
        text, encoding = decoded.text, decoded.encoding
        # Rules and page breaks between postings, and a saved page's head, read as the
        # file reader reads them (the review shows the text as it is).
        parsed = text_import.parse_pages(text_import.page_text(text), parse_options)
        kind = "text"
    return FileReadResult(path, kind, read_postings_of(parsed), encoding, text, paragraphs, facts)


def read_postings_of(parsed: list[ParsedPosting]) -> list[ReadPosting]:
    return [
        ReadPosting(
            item.posting, list(item.warnings), item.first_line, item.last_line, item.title_line
        )
        for item in parsed
    ]
