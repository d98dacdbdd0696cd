"""What the recogniser gives back for each posting it found."""

from __future__ import annotations

from dataclasses import dataclass, field

from jdeditor.core.model import Posting, Section
from jdeditor.core.structure.warnings import ParseWarning


@dataclass
class SharedBlock:
    """Lines before a text's first job or after its last that every job received a copy of
    (a company introduction, benefits, how to apply), as the sections they were read into."""

    first_line: int
    last_line: int
    sections: list[Section]


@dataclass(frozen=True)
class FieldLine:
    """A header field line whose value was read whole into a posting field, so that the line
    leaves the summary (``工作地点：上海`` is the location, ``薪资：15-25K`` the salary)."""

    number: int  # the source line
    field: str  # the Posting attribute it filled: location, department, salary, …
    label: str  # as written (``工作地点``), less nothing
    value: str  # as written (``上海``)
    text: str  # the line as the summary held it
    index: int  # its place among the summary's lines (``summary.split("\n")``)


@dataclass
class ParsedPosting:
    posting: Posting  # id None, status draft, language set
    warnings: list[ParseWarning] = field(default_factory=list)
    first_line: int = 0  # source line range this posting came from (1-based, inclusive)
    last_line: int = 0
    title_line: int | None = None  # the source line the title came from (None: a fallback)
    title_in_summary: bool = False  # that line is kept whole in the summary as well
    # Sections whose heading the recogniser made up (a list without a heading is duties).
    made_up: list[Section] = field(default_factory=list)
    # Blocks outside the posting's own lines that it holds copies of, and those copies.
    shared: list[SharedBlock] = field(default_factory=list)
    shared_sections: list[Section] = field(default_factory=list)
    # Empty headings read as categories (研发类): the department or tag of the jobs below.
    categories: list[str] = field(default_factory=list)
    category_lines: list[int] = field(default_factory=list)  # such headings on lines of their own
    category: bool = False  # the piece is only a line that groups the jobs below it
    summary_before_title: int = 0  # summary lines read from above the title line
    title_source: str = ""  # the title line's text the title was cleaned from
    # Header field lines read whole into fields: out of the summary once the jobs are settled.
    field_lines: list[FieldLine] = field(default_factory=list)

    @property
    def structured(self) -> bool:
        """Whether it has duties or requirements with items."""
        return any(
            section.items and section.kind.value in ("duties", "requirements")
            for section in self.posting.sections
        )

    def drop_field_lines(self) -> ParsedPosting:
        """Take the header field lines read whole into fields out of the summary.

        Done once the text's jobs are settled: until then a piece that is no job keeps its
        field lines as text (its fields go with it). A line no longer where it was recorded
        stays, and is forgotten as a field line.
        """
        if not self.field_lines:
            return self
        lines = self.posting.summary.split("\n")
        dropped = [
            line
            for line in self.field_lines
            if line.index < len(lines) and lines[line.index] == line.text
        ]
        gone = {line.index for line in dropped}
        self.posting.summary = "\n".join(
            text for index, text in enumerate(lines) if index not in gone
        )
        self.field_lines = dropped
        return self
