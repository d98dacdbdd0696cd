"""The library of statements (issue 13): list, search, families, reword and revert.

The statements are derived from the postings and kept current lazily: each call here
first brings them up to date with the postings saved, imported, trashed or deleted
since the last call (``store/statements.py``), so saving and importing pay nothing.
Families are computed from the distinct wordings and kept until the statements change
(a generation number), so asking twice costs nothing the second time.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from jdeditor.core.model import Language, SectionKind
from jdeditor.errors import NotFoundError, UserFacingError
from jdeditor.service.base import LibraryBase

# The records are imported when a statements call is made: ``jdeditor.core.statements``
# loads the recogniser's numerals, which ``list`` or ``show`` must not pay for.
if TYPE_CHECKING:
    from jdeditor.core.model import Posting
    from jdeditor.core.statements.catalog import (
        RevertResult,
        RewordChange,
        RewordPlan,
        RewordResult,
        StatementEntry,
        StatementPage,
    )
    from jdeditor.core.statements.model import Family
    from jdeditor.store.statement_repository import StatementRepository

logger = logging.getLogger(__name__)

_NO_SKIP: Mapping[int, str] = MappingProxyType({})


def _starter_rows() -> list[tuple[str, str, str, str]] | None:
    """The shipped starter set as ``(kind, language, role, text)``; None if unreadable."""
    from jdeditor.core.statements.starter import load_starter_statements

    try:
        shipped = load_starter_statements()
    except (OSError, ValueError) as error:
        logger.warning("the starter statements could not be read: %s", error)
        return None
    return [
        (statement.kind.value, statement.language.value, statement.role, statement.text)
        for statement in shipped
    ]


def _show_starter() -> bool:
    from jdeditor.settings import load_settings

    return load_settings()[0].show_starter_statements


@dataclass
class _StatementState:
    generation: int = 0  # bumped whenever the statements change
    # (generation, the families of each kind asked for; None: of every kind)
    families: tuple[int, dict[SectionKind | None, tuple[Family, ...]]] | None = None
    starter_synced: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


class StatementService(LibraryBase):
    @functools.cached_property
    def _statement_state(self) -> _StatementState:
        return _StatementState()

    @property
    def _statement_store(self) -> StatementRepository:
        return self._repository.statements

    def _statements_ready(self) -> int:
        """Bring the statements up to date; the generation they are at."""
        state = self._statement_state
        with state.lock:
            changed = False
            if not state.starter_synced:
                rows = _starter_rows()
                if rows is not None:
                    changed = self._statement_store.sync_starter(rows)
                state.starter_synced = True
            if self._statement_store.refresh().changed or changed:
                state.generation += 1
            return state.generation

    def statements(
        self,
        kind: SectionKind | None = None,
        search: str = "",
        *,
        language: Language | None = None,
        include_starter: bool = True,
        offset: int = 0,
        limit: int = 50,
    ) -> StatementPage:
        """Most-used first: preferred, then postings + uses, then text. ``search`` goes
        through the statements' index (FTS5 on SQLite), never a scan of the items.
        Starter statements are left out when ``include_starter`` is False or the setting
        ``show_starter_statements`` is off."""
        self._statements_ready()
        with_starter = include_starter and _show_starter()
        return self._statement_store.page(
            kind, search, language, with_starter, max(0, offset), max(0, limit)
        )

    def statement(self, statement_id: int) -> StatementEntry:
        found = self._statement_store.entry(statement_id)
        if found is None:
            raise NotFoundError(
                f"There is no statement {statement_id} in this library "
                "(`jdeditor statements` lists them).",
                "no_statement",
                statement=str(statement_id),
            )
        return found

    def set_preferred(self, statement_id: int, preferred: bool = True) -> StatementEntry:
        """Mark (or unmark) a wording as the preferred one; preferred wordings list first."""
        self.statement(statement_id)
        self._statement_store.set_preferred(statement_id, preferred)
        return self.statement(statement_id)

    def count_statement_use(self, statement_id: int) -> None:
        """The panel or completion inserted this statement."""
        if not self._statement_store.count_use(statement_id):
            self.statement(statement_id)  # raises NotFoundError

    def _kept_families(self) -> dict[SectionKind | None, tuple[Family, ...]]:
        """The families found since the statements last changed, by kind asked for."""
        generation = self._statements_ready()
        state = self._statement_state
        if state.families is None or state.families[0] != generation:
            state.families = (generation, {})
        return state.families[1]

    def _families(self, kind: SectionKind | None) -> tuple[Family, ...]:
        """Every family of ``kind`` (of every kind: None), most used first. A family never
        crosses kinds, so one kind's are found from its own wordings (the Families tab
        shows one kind: about half the work of every kind) and are the same as those of
        every kind, narrowed to it."""
        from jdeditor.core.statements.counted import families_of_counts

        kept = self._kept_families()
        found = kept.get(kind)
        if found is None and kind is not None and None in kept:
            found = tuple(family for family in kept[None] if family.kind == kind)
        if found is None:
            wordings = [
                (SectionKind(kind_value), Language(language), text, postings)
                for kind_value, language, text, postings in self._statement_store.wordings(
                    kind, None
                )
            ]
            found = tuple(families_of_counts(wordings))
        kept[kind] = found
        return found

    def statement_families(
        self, kind: SectionKind | None = None, language: Language | None = None
    ) -> list[Family]:
        """Families of two or more near-duplicate wordings, largest first."""
        return [
            family
            for family in self._families(kind)
            if len(family.variants) > 1 and (language is None or family.language == language)
        ]

    def family(self, family_id: str) -> Family:
        """A family by id (one of a single wording too); NotFoundError if it is gone.
        Looked for among the families found already (the kind the Families tab shows),
        then among those of every kind."""
        kept = self._kept_families()
        for families in [*kept.values()]:
            for family in families:
                if family.id == family_id:
                    return family
        if None not in kept:
            for family in self._families(None):
                if family.id == family_id:
                    return family
        raise NotFoundError(
            f"There is no statement family {family_id} in this library (any more): "
            "`jdeditor statements families` lists the current ones.",
            "no_family",
            family=family_id,
        )

    def _reworder(
        self, family: Family, to_text: str
    ) -> Callable[[Posting], tuple[Posting, tuple[str, ...]]]:
        from jdeditor.core.statements.reword import reword_posting

        variants = frozenset(variant.text for variant in family.variants)
        return functools.partial(
            reword_posting, kind=family.kind, variants=variants, to_text=to_text
        )

    def _reword_targets(self, family_id: str, to_text: str) -> tuple[Family, list[int]]:
        if not to_text.strip():
            raise UserFacingError(
                "The new wording is empty: give the text every variant should become (--to TEXT).",
                "empty_wording",
            )
        family = self.family(family_id)
        texts = [variant.text for variant in family.variants]
        ids = self._statement_store.postings_using(family.kind, family.language, texts)
        return family, ids

    def reword_plan(
        self, family_id: str, to_text: str, skip: Mapping[int, str] = _NO_SKIP
    ) -> RewordPlan:
        """Every posting the reword would change, with the items that change; those in
        ``skip`` (posting id -> reason shown) are listed as skipped."""
        from jdeditor.core.statements.catalog import RewordPlan

        family, ids = self._reword_targets(family_id, to_text)
        changes = self._statement_store.reword_plan(
            ids, self._reworder(family, to_text), to_text, skip
        )
        return RewordPlan(family_id, to_text.strip(), changes)

    def reword_family(
        self,
        family_id: str,
        to_text: str,
        skip: Mapping[int, str] = _NO_SKIP,
        expected_versions: Mapping[int, int] | None = None,
    ) -> RewordResult:
        """Reword every variant of a family as ``to_text``, in one transaction.

        Each changed posting gets a revision noted "reworded: …". Postings in ``skip``,
        or whose version is not the one in ``expected_versions``, are left alone.
        """
        from jdeditor.core.statements.catalog import RewordResult

        family, ids = self._reword_targets(family_id, to_text)
        target = to_text.strip()
        note = f"reworded: {family.representative} → {target}"
        change_id, changed, skipped = self._statement_store.reword(
            ids,
            self._reworder(family, target),
            (family_id, family.kind, family.language, target),
            skip,
            expected_versions,
            note,
        )
        return RewordResult(change_id, changed, skipped)

    def reword_changes(self) -> list[RewordChange]:
        """The recorded rewords, newest first."""
        return self._statement_store.reword_changes()

    def revert_reword(self, change_id: int) -> RevertResult:
        """Put each posting of a reword back as it was, as a new revision; postings
        saved since the reword are conflicts, left alone."""
        from jdeditor.core.statements.catalog import RevertResult

        found = self._statement_store.reword_changes(change_id)
        if found and found[0].reverted_at is not None:
            raise UserFacingError(
                f"Reword change {change_id} was already reverted.",
                "already_reverted",
                change=str(change_id),
            )
        restored, conflicts = self._statement_store.revert(change_id)
        return RevertResult(restored, conflicts)
