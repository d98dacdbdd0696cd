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

    @property
    def structured(self) -> bool:
        """Whether it has duties or requirements with items."""
        return any(
            section.items and section.kind.value in ("duties", "requirements")
            for section in self.posting.sections
        )
