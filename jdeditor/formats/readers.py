"""Reading any supported file into postings: the one entry point the importer calls.

It decides from the file's name and first bytes which reader applies, so the library
and the command line never branch on file types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jdeditor.core.model import Posting
from jdeditor.errors import InputFileError
from jdeditor.formats import json_format

SNIFF_BYTES = 4096


if TYPE_CHECKING:
    from jdeditor.core.structure import ParseWarning


@dataclass(frozen=True)
class ReadOptions:
    separator: str | None = None  # a regular expression; a matching line separates postings
    encoding: str | None = None  # force a text encoding instead of detecting it


@dataclass
class ReadPosting:
    posting: Posting
    warnings: list[ParseWarning] = field(default_factory=list)
    first_line: int | None = None  # where in the file the posting starts, when known


@dataclass
class FileReadResult:
    path: Path
    kind: str  # "json", "text" or "docx"
    postings: list[ReadPosting]


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(SNIFF_BYTES)
    except FileNotFoundError as error:
        raise InputFileError(f"{path}: no such file. Check the name and folder.") from error
    except IsADirectoryError as error:
        raise InputFileError(f"{path} is a folder: choose the files inside it.") from error
    except OSError as error:
        raise InputFileError(f"{path} cannot be read: {error.strerror}.") from error


def read_postings(path: Path, options: ReadOptions = ReadOptions()) -> FileReadResult:
    """Read every posting in one file; raises InputFileError naming the file."""
    head = _head(path)
    if json_format.looks_like_json(path, head):
        postings = json_format.read_file(path)
        return FileReadResult(path, "json", [ReadPosting(posting) for posting in postings])
    raise InputFileError(
        f"{path}: JD Editor cannot read this kind of file. It reads JD Editor JSON files (.json)."
    )
