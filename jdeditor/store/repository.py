"""The posting repository: every read and write of postings, one transaction each.

Callers get core model objects and light summaries, never rows, sessions or connections.
Reads (``store/reading.py``) are Core queries on one connection and never import
``sqlalchemy.orm``, so that a command that only reads starts quickly; writes
(``store/writing.py``: optimistic concurrency, a revision per save, the trash, bulk
``INSERT``s for imports) use ORM sessions and are imported on the first write.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from jdeditor.core.listing import (
    ListQuery,
    Page,
    PostingFilter,
    RevisionInfo,
    SearchResults,
)
from jdeditor.core.model import Posting
from jdeditor.store import reading, sqlite, sqlite_search
from jdeditor.store.failures import database_errors
from jdeditor.store.location import Location
from jdeditor.store.search import FOLD_FUNCTION, LikeSearch, SearchBackend
from jdeditor.store.tables import postings

if TYPE_CHECKING:
    from jdeditor.core.posting_warnings import PostingWarning
    from jdeditor.store.statement_repository import StatementRepository
    from jdeditor.store.warning_repository import WarningRepository
    from jdeditor.store.writing import PostingWriter


class PostingRepository:
    def __init__(self, engine: Engine, location: Location) -> None:
        self._engine = engine
        self._location = location
        self.search_backend: SearchBackend = self._choose_search_backend()

    @property
    def engine(self) -> Engine:
        return self._engine

    def dispose(self) -> None:
        self._engine.dispose()

    def _choose_search_backend(self) -> SearchBackend:
        if self._engine.dialect.name == "sqlite":
            with self._engine.connect() as connection:
                if sqlite.has_fts_index(connection):
                    return sqlite_search.SqliteFtsSearch()
        elif self._engine.dialect.name == "postgresql":
            from jdeditor.store import postgres_search

            with database_errors(self._location):
                if postgres_search.ensure(self._engine):
                    return postgres_search.PostgresSearch()
        return self._like_search()

    def _like_search(self) -> LikeSearch:
        sqlite_fold = self._engine.dialect.name == "sqlite"
        return LikeSearch(FOLD_FUNCTION if sqlite_fold else None)

    def _backend_for(self, where: PostingFilter) -> SearchBackend:
        # The full-text index holds live postings only; the trash is searched by LIKE.
        return self._like_search() if where.trash else self.search_backend

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with database_errors(self._location), self._engine.connect() as connection:
            yield connection

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        with database_errors(self._location), self._engine.begin() as connection:
            yield connection

    @cached_property
    def _writer(self) -> PostingWriter:
        from jdeditor.store.writing import PostingWriter

        return PostingWriter(self._engine, self._location, lambda: self.search_backend)

    @cached_property
    def warnings(self) -> WarningRepository:
        from jdeditor.store.warning_repository import WarningRepository

        return WarningRepository(self._writing)

    @cached_property
    def statements(self) -> StatementRepository:
        from jdeditor.store.statement_repository import StatementRepository

        return StatementRepository(self._engine, self._location, lambda: self._writer)

    # -- writing (store/writing.py) ----------------------------------------------------

    def add_many(
        self,
        postings: Sequence[Posting],
        note: str = "",
        fingerprints: Sequence[str] | None = None,
        warnings: Sequence[Sequence[PostingWarning]] | None = None,
        count_checks: bool = True,
    ) -> list[int]:
        """Store new postings in one transaction and return their ids, in order.

        ``created_at``/``updated_at`` already set on a posting (e.g. from a JSON file) are
        kept; otherwise they are now. Status and everything else are taken as given.
        ``warnings[i]``, if given, are the import warnings kept with ``postings[i]``.
        ``count_checks=False`` (imports) leaves their check errors uncounted (NULL).
        """
        return self._writer.add_many(postings, note, fingerprints, warnings, count_checks)

    def add_imported(
        self,
        postings: Sequence[Posting],
        note: str,
        fingerprints: Sequence[str],
        unique: Sequence[bool],
        warnings: Sequence[Sequence[PostingWarning]] | None = None,
    ) -> tuple[list[int], dict[int, int]]:
        """Store imported postings in one transaction, leaving out each ``unique`` one whose
        content a live posting has (checked inside the transaction, backed by a unique
        key); returns the new ids and, per posting left out, its index -> that posting."""
        return self._writer.add_imported(postings, note, fingerprints, unique, warnings)

    def add(self, posting: Posting, note: str = "") -> Posting:
        [posting_id] = self.add_many([posting], note)
        return self.get(posting_id)

    def save(self, posting: Posting, note: str = "") -> Posting:
        """Write an edited posting, if nobody saved it since it was loaded.

        Raises :class:`ConflictError` when the stored version is not ``posting.version``,
        and :class:`NotFoundError` when the posting is gone or in the trash; either way
        nothing is written. A save that changes nothing, or only whitespace, writes
        nothing either (no revision, same version) and returns the stored posting.
        """
        return self._writer.save(posting, note)

    def delete(self, posting_id: int) -> None:
        """Move a posting to the trash."""
        self._writer.delete(posting_id)

    def restore(self, posting_id: int) -> None:
        """Bring a posting back from the trash."""
        self._writer.restore(posting_id)

    def purge(self, posting_id: int) -> None:
        """Delete a posting in the trash for good, with its history."""
        self._writer.purge(posting_id)

    def rebuild_search_index(self) -> None:
        self._writer.rebuild_search_index()

    # -- reading (store/reading.py) ----------------------------------------------------

    def get(self, posting_id: int, include_trash: bool = False) -> Posting:
        with self._reading() as connection:
            return reading.get(connection, posting_id, include_trash)

    def get_many(self, posting_ids: Sequence[int]) -> list[Posting]:
        """Postings in the order asked for; ids that do not exist are left out."""
        with self._reading() as connection:
            return reading.get_many(connection, posting_ids)

    def list_page(self, query: ListQuery) -> Page:
        with self._reading() as connection:
            return reading.list_page(connection, query)

    def iter_ids(self, where: PostingFilter = PostingFilter()) -> list[int]:
        with self._reading() as connection:
            return reading.ids_where(connection, where, [postings.c.id])

    def matching_ids(self, query: str, listing: ListQuery = ListQuery()) -> list[int]:
        """Every posting the list shows, in its order: the search ``query`` finds, best
        first, or (with no query) those ``listing``'s filter lets through, in its sort."""
        where = listing.filter
        with self._reading() as connection:
            if not query.strip():
                return reading.ids_where(connection, where, reading.list_order(listing))
            return reading.ranked_ids(connection, self._backend_for(where), query, where)

    def search(
        self, query: str, where: PostingFilter = PostingFilter(), offset: int = 0, limit: int = 50
    ) -> SearchResults:
        with self._reading() as connection:
            backend = self._backend_for(where)
            return reading.search(connection, backend, query, where, offset, limit)

    def find_fingerprints(self, fingerprints: Iterable[str]) -> dict[str, int]:
        """Live postings whose content matches one of the fingerprints: fingerprint -> id."""
        with self._reading() as connection:
            return reading.find_fingerprints(connection, fingerprints)

    def distinct_values(self, field: str) -> list[str]:
        """Values already used for a field (for completers): department, location, … tag."""
        with self._reading() as connection:
            return reading.distinct_values(connection, field)

    # -- history -------------------------------------------------------------------

    def revisions(self, posting_id: int) -> list[RevisionInfo]:
        with self._reading() as connection:
            return reading.revision_list(connection, posting_id)

    def revision(self, revision_id: int) -> tuple[RevisionInfo, Posting]:
        with self._reading() as connection:
            return reading.revision(connection, revision_id)

    def counts(self) -> dict[str, int]:
        with self._reading() as connection:
            return reading.counts(connection)

    # -- checks --------------------------------------------------------------------

    def check_errors(self, posting_ids: Sequence[int]) -> dict[int, int | None]:
        """The stored count of unresolved check errors per posting (None: not counted)."""
        with self._reading() as connection:
            return reading.check_errors(connection, posting_ids)

    def set_check_errors(self, counts: dict[int, int]) -> None:
        """Store counts made afresh (after the rules changed); versions stay as they are."""
        self._writer.set_check_errors(counts)

    def error_totals(self, posting_ids: Sequence[int] | None = None) -> tuple[int, int]:
        """(postings with unresolved errors, their errors) among ``posting_ids``, or among
        every live posting when None."""
        with self._reading() as connection:
            return reading.error_totals(connection, posting_ids)

    def uncounted_ids(self, posting_ids: Sequence[int] | None = None) -> list[int]:
        """Postings whose errors were never counted (stored before schema 0003, or
        imported), among ``posting_ids`` or among all of them."""
        with self._reading() as connection:
            return reading.uncounted_ids(connection, posting_ids)
