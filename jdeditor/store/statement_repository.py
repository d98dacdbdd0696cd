"""The statements' side of a library's database: one transaction per call.

Callers get core records (``core.statements.catalog``), never rows. See
``store/statements.py`` for how the statements are kept current.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, select, update

from jdeditor.core.model import Language, SectionKind
from jdeditor.core.statements.catalog import (
    RewordChange,
    RewordPostingChange,
    StatementEntry,
    StatementPage,
)
from jdeditor.store import rewording, statement_reading, statements
from jdeditor.store.failures import database_errors
from jdeditor.store.location import Location
from jdeditor.store.rewording import Reworder
from jdeditor.store.search import FOLD_FUNCTION
from jdeditor.store.statement_head import HeadCache
from jdeditor.store.statement_search import (
    StatementFtsSearch,
    StatementLikeSearch,
    StatementSearch,
    has_statement_index,
)
from jdeditor.store.tables import statements as statement_table

if TYPE_CHECKING:
    from jdeditor.store.writing import PostingWriter


class StatementRepository:
    def __init__(
        self, engine: Engine, location: Location, writer: Callable[[], PostingWriter]
    ) -> None:
        self._engine = engine
        self._location = location
        self._writer = writer
        self._lock = threading.Lock()  # one refresh at a time (the app reads from threads)
        self._signature: tuple[object, ...] | None = None  # the postings' at the last refresh
        self.search_backend: StatementSearch = self._choose_search()
        # The head of the page order in memory (statement_head), for searches with many
        # hits: every write of the statements here is told to it after its commit.
        self._heads = HeadCache(location.file)

    def _choose_search(self) -> StatementSearch:
        if self._engine.dialect.name == "sqlite":
            with self._engine.connect() as connection:
                if has_statement_index(connection):
                    return StatementFtsSearch()
            return StatementLikeSearch(FOLD_FUNCTION)
        if self._engine.dialect.name == "postgresql":
            from jdeditor.store import postgres_search, postgres_statement_search

            with database_errors(self._location):
                if postgres_search.ensure(self._engine):
                    return postgres_statement_search.PostgresStatementSearch()
        return StatementLikeSearch()

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with database_errors(self._location), self._engine.connect() as connection:
            yield connection

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        with database_errors(self._location), self._engine.begin() as connection:
            yield connection

    def refresh(self) -> statements.RefreshCount:
        """Bring the statements up to date with the postings (see store/statements.py).

        A cheap signature of the postings is compared first: when nothing was saved,
        imported, trashed or deleted since the last refresh, nothing is written."""
        with self._lock:
            with self._reading() as connection:
                now = statements.signature(connection)
            if now == self._signature:
                return statements.RefreshCount(0, 0)
            try:
                with self._writing() as connection:
                    now = statements.signature(connection)
                    counted = statements.refresh(
                        connection, self.search_backend, self._signature, now
                    )
            finally:
                self._heads.changed()
            self._signature = now
            return counted

    def sync_starter(self, wanted: Sequence[tuple[str, str, str, str]]) -> bool:
        with self._lock:
            try:
                with self._writing() as connection:
                    return statements.sync_starter(connection, wanted, self.search_backend)
            finally:
                self._heads.changed()

    def page(
        self,
        kind: SectionKind | None,
        query: str,
        language: Language | None,
        include_starter: bool,
        offset: int,
        limit: int,
    ) -> StatementPage:
        with self._reading() as connection:
            return statement_reading.page(
                connection,
                self.search_backend,
                kind,
                query,
                language,
                include_starter,
                offset,
                limit,
                self._heads,
            )

    def entry(self, statement_id: int) -> StatementEntry | None:
        with self._reading() as connection:
            return statement_reading.entry(connection, statement_id)

    def set_preferred(self, statement_id: int, preferred: bool) -> bool:
        with self._writing() as connection:
            result = connection.execute(
                update(statement_table)
                .where(statement_table.c.id == statement_id)
                .values(preferred=preferred)
            )
        self._heads.changed()
        return bool(result.rowcount)

    def count_use(self, statement_id: int) -> bool:
        with self._writing() as connection:
            result = connection.execute(
                update(statement_table)
                .where(statement_table.c.id == statement_id)
                .values(uses=statement_table.c.uses + 1)
            )
        self._heads.changed()
        return bool(result.rowcount)

    def preferred_ids(self) -> list[int]:
        with self._reading() as connection:
            return [
                int(row[0])
                for row in connection.execute(
                    select(statement_table.c.id).where(statement_table.c.preferred.is_(True))
                )
            ]

    def wordings(
        self, kind: SectionKind | None, language: Language | None
    ) -> list[tuple[str, str, str, int]]:
        with self._reading() as connection:
            return statement_reading.wordings(connection, kind, language)

    def postings_using(
        self, kind: SectionKind, language: Language, texts: Collection[str]
    ) -> list[int]:
        with self._reading() as connection:
            return statement_reading.postings_using(connection, kind, language, texts)

    def reword_plan(
        self, posting_ids: Sequence[int], reworder: Reworder, to_text: str, skip: Mapping[int, str]
    ) -> list[RewordPostingChange]:
        with self._reading() as connection:
            return rewording.plan(connection, posting_ids, reworder, to_text, skip)

    def reword(
        self,
        posting_ids: Sequence[int],
        reworder: Reworder,
        record: tuple[str, SectionKind, Language, str],
        skip: Mapping[int, str],
        expected_versions: Mapping[int, int] | None,
        note: str,
    ) -> tuple[int, list[tuple[int, int, int]], list[RewordPostingChange]]:
        return rewording.apply(
            self._writer(), posting_ids, reworder, record, skip, expected_versions, note
        )

    def reword_changes(self, change_id: int | None = None) -> list[RewordChange]:
        with self._reading() as connection:
            return rewording.changes(connection, change_id)

    def revert(self, change_id: int) -> tuple[list[int], list[int]]:
        return rewording.revert(self._writer(), change_id)
