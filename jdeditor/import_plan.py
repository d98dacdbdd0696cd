"""An import as two steps: a plan the user can preview, then one transaction.

The plan says, per posting found, where it came from, what the reader warned about and
whether the library already holds the same content; the GUI's preview lets the user
untick postings before :meth:`jdeditor.service.Library.commit_import` stores the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jdeditor.core.model import Posting

if TYPE_CHECKING:
    from jdeditor.core.structure import ParseWarning


@dataclass
class PlannedPosting:
    posting: Posting
    source: Path
    source_line: int | None
    warnings: list[ParseWarning] = field(default_factory=list)
    duplicate_of: int | None = None  # a live posting with the same content
    duplicate_in_plan: bool = False  # the same content came earlier in this import
    include: bool = True
    fingerprint: str = ""  # of the content, computed once for the duplicate check

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None or self.duplicate_in_plan


@dataclass
class ImportPlan:
    files: list[Path]
    postings: list[PlannedPosting]

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
