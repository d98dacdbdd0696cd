"""An import as two steps: a plan the user can review, then one transaction.

The plan says, per posting found, where it came from (the file, and the lines of it), what
the reader warned about and whether the library already holds the same content. It keeps,
per file, the source lines and the options it was read with, so that the desktop app's
review can split and merge postings and re-read a file before
:meth:`jdeditor.service.Library.commit_import` stores what the user kept.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from jdeditor.core.model import Posting
from jdeditor.core.structure.source import SourceLine, split_source_text
from jdeditor.formats.read_options import ReadOptions

if TYPE_CHECKING:
    from jdeditor.core.structure import ParseWarning
    from jdeditor.formats.docx_facts import Facts

__all__ = [
    "ImportCancelled",
    "ImportPlan",
    "ImportReport",
    "PlannedPosting",
    "ReadOptions",
    "SourceFile",
]


class ImportCancelled(Exception):
    """The user stopped reading the files; no plan was made and nothing was changed."""


@dataclass(eq=False)
class SourceFile:
    """One file read into the plan (or a pasted text), with what it was read as.

    ``kind`` is "text", "docx", "json" or "pasted". Text is kept as the decoded text and cut
    into lines only when asked (most imports never are); Word paragraphs are kept as they
    were read.
    """

    path: Path
    kind: str
    options: ReadOptions = ReadOptions()
    encoding: str | None = None  # the encoding detected or given (text files)
    text: str | None = None  # text files and pasted text
    paragraphs: list[SourceLine] | None = None  # Word files (form tables left out)
    # Word files exported by our templates: the facts lines (paragraph number, values),
    # read into fields, not source lines
    facts: list[tuple[int, Facts]] = field(default_factory=list)

    @cached_property
    def lines(self) -> list[SourceLine]:
        """The source lines the postings' line numbers refer to (none for JSON files)."""
        if self.paragraphs is not None:
            return self.paragraphs
        return split_source_text(self.text) if self.text is not None else []

    @cached_property
    def _numbers(self) -> list[int]:
        return [line.number for line in self.lines]

    def lines_between(self, first: int, last: int) -> list[SourceLine]:
        """The source lines numbered ``first`` to ``last`` (a posting's lines), found by
        bisection: a review of a large file asks for them on every click."""
        numbers = self._numbers
        if not self._in_order:
            return [line for line in self.lines if first <= line.number <= last]
        return self.lines[bisect_left(numbers, first) : bisect_right(numbers, last)]

    @cached_property
    def _in_order(self) -> bool:
        numbers = self._numbers
        return all(a <= b for a, b in pairwise(numbers))

    def facts_between(self, first: int, last: int) -> list[tuple[int, Facts]]:
        """The facts lines numbered ``first`` to ``last``."""
        return [(number, values) for number, values in self.facts if first <= number <= last]

    def shown_lines(self, first: int | None = None, last: int | None = None) -> list[SourceLine]:
        """The lines the review shows (all, or ``first`` to ``last``): the source lines, and
        our templates' facts lines at their paragraphs, their values joined by " · "."""
        low, high = first if first is not None else 0, last if last is not None else 2**62
        lines = self.lines if first is None and last is None else self.lines_between(low, high)
        facts = self.facts_between(low, high)
        if not facts:
            return lines
        extra = [SourceLine(" · ".join(text for _, text in values), n) for n, values in facts]
        return sorted([*lines, *extra], key=lambda line: line.number)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def can_reread(self) -> bool:
        return self.kind in ("text", "docx", "pasted")


@dataclass
class PlannedPosting:
    posting: Posting
    source: Path
    source_line: int | None
    warnings: list[ParseWarning] = field(default_factory=list)
    duplicate_of: int | None = None  # a live posting with the same content
    duplicate_in_plan: bool = False  # the same content came earlier in this import
    include: bool = True
    fingerprint: str = ""  # of the content; emptied when the review changes the posting
    file: SourceFile | None = None
    last_line: int | None = None  # the posting's source lines: source_line..last_line
    title_line: int | None = None  # the line its title came from (None: a fallback title)

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None or self.duplicate_in_plan


@dataclass
class ImportPlan:
    files: list[Path]
    postings: list[PlannedPosting]
    sources: list[SourceFile] = field(default_factory=list)

    @property
    def included(self) -> list[PlannedPosting]:
        return [item for item in self.postings if item.include]

    @property
    def warning_count(self) -> int:
        return sum(len(item.warnings) for item in self.postings)


@dataclass
class ImportReport:
    added: list[int]
    skipped: list[PlannedPosting]
