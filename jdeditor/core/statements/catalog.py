"""The records the statements service hands out (issue 13): plain values, no Qt, no SQL.

The names and fields are the contract between the data side and the desktop app (see
docs/architecture.md, "Statements"); add to them, never rename.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from jdeditor.core.model import Language, SectionKind


@dataclass(frozen=True, slots=True)
class StatementEntry:
    """One distinct wording of a section kind and language, with how it is used."""

    id: int  # stable in this library; starter statements have ids too
    kind: SectionKind
    language: Language
    text: str
    postings: int  # postings (not in the trash) that use this exact wording now
    uses: int  # times inserted from the panel or by completion
    preferred: bool  # marked as the preferred wording
    starter: bool  # from the shipped starter set
    role: str = ""  # the starter set's role; "" for the library's own statements


@dataclass(frozen=True, slots=True)
class StatementPage:
    total: int
    entries: list[StatementEntry]
    # False when there are more than ``total`` (the count stops at a cap, ``1,000+``):
    # nobody reads past the first hundred, and counting 100,000 hits is what costs.
    total_exact: bool = True


@dataclass(frozen=True, slots=True)
class RewordPostingChange:
    """One posting a reword would change (or leaves alone, with the reason)."""

    posting_id: int
    title: str
    version: int  # the posting's version the plan was made against
    before: tuple[str, ...]  # the item texts that change, as they are
    after: str  # the wording they become
    skipped: str = ""  # why it is left alone; "" = it changes


@dataclass(frozen=True, slots=True)
class RewordPlan:
    family_id: str
    to_text: str
    changes: list[RewordPostingChange]

    @property
    def changing(self) -> list[RewordPostingChange]:
        """The postings that would change (the others are skipped)."""
        return [change for change in self.changes if not change.skipped]


@dataclass(frozen=True, slots=True)
class RewordResult:
    change_id: int  # names this reword for revert_reword and the command line
    changed: list[tuple[int, int, int]]  # (posting id, version before, version after)
    skipped: list[RewordPostingChange]


@dataclass(frozen=True, slots=True)
class RevertResult:
    restored: list[int]  # posting ids put back as before the reword (each a new revision)
    conflicts: list[int]  # postings saved since the reword: left alone


@dataclass(frozen=True, slots=True)
class RewordChange:
    """A reword as recorded, so that it can be listed and reverted."""

    id: int
    family_id: str
    kind: SectionKind
    language: Language
    to_text: str
    created_at: datetime
    postings: list[tuple[int, int, int]] = field(default_factory=list)  # as RewordResult.changed
    reverted_at: datetime | None = None
