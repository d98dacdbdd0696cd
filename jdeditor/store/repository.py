"""The posting repository: every read and write of postings, one transaction each.

Callers get core model objects and light summaries, never ORM rows or sessions. Saves
use optimistic concurrency (``UPDATE … WHERE version = :loaded``), so two people editing
the same posting cannot silently overwrite each other; every save writes a revision;
deleting moves a posting to the trash. Bulk additions (imports) go through Core
``INSERT``s with many rows at once, which is far faster than adding ORM objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Engine, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from jdeditor.core.listing import (
    ListQuery,
    Page,
    PostingFilter,
    PostingSummary,
    RevisionInfo,
    SearchHit,
    SearchResults,
    SortKey,
)
from jdeditor.core.model import Posting
from jdeditor.core.posting_warnings import PostingWarning
from jdeditor.core.serialization import posting_from_dict, posting_json, posting_to_dict
from jdeditor.core.snippets import make_snippet
from jdeditor.core.validation import validate_posting
from jdeditor.errors import ConflictError, NotFoundError
from jdeditor.store import sqlite
from jdeditor.store.failures import database_errors
from jdeditor.store.location import Location
from jdeditor.store.mapping import (
    ITEM_COLUMNS,
    SECTION_COLUMNS,
    TAG_COLUMNS,
    Row,
    child_tuples,
    dismissal_rows,
    posting_from_rows,
    posting_values,
    summary_from_values,
)
from jdeditor.store.orm import (
    Base,
    DismissalRow,
    ItemRow,
    PostingRow,
    RevisionRow,
    SectionRow,
    TagRow,
)
from jdeditor.store.search import (
    FOLD_FUNCTION,
    LikeSearch,
    SearchBackend,
    SearchDocument,
    filter_clauses,
    search_document,
)
from jdeditor.store.search_tokens import literal_needles
from jdeditor.store.warning_repository import WarningRepository, insert_warnings

_SUMMARY_COLUMNS = (
    PostingRow.id,
    PostingRow.title,
    PostingRow.department,
    PostingRow.location,
    PostingRow.status,
    PostingRow.updated_at,
    PostingRow.version,
    PostingRow.deleted_at,
    PostingRow.check_errors,
)
_SORT_COLUMNS = {
    SortKey.UPDATED: PostingRow.updated_at,
    SortKey.CREATED: PostingRow.created_at,
    SortKey.TITLE: PostingRow.title,
    SortKey.DEPARTMENT: PostingRow.department,
    SortKey.STATUS: PostingRow.status,
}
_DISTINCT_FIELDS = {
    "department": PostingRow.department,
    "location": PostingRow.location,
    "reports_to": PostingRow.reports_to,
}
_CHUNK = 500  # rows per IN (...) list; SQLite allows 32766 variables, other servers fewer


def _table(row_class: type[Base]) -> Table:
    return cast(Table, row_class.__table__)


def _now() -> datetime:
    return datetime.now(UTC)


def _stored_copy(
    posting: Posting, posting_id: int, created_at: datetime, updated_at: datetime
) -> Posting:
    """``replace(posting, id=…, version=1, created_at=…, updated_at=…)`` for an added
    posting, at a fifth of the cost (an import copies 10,000): a shallow copy of the
    fields (``Posting`` is a plain dataclass with nothing to do after ``__init__``; a
    test checks that this stays so)."""
    stored = object.__new__(Posting)
    stored.__dict__.update(posting.__dict__)
    stored.id = posting_id
    stored.version = 1
    stored.created_at = created_at
    stored.updated_at = updated_at
    return stored


def _list_order(query: ListQuery) -> tuple[Any, Any]:
    column = _SORT_COLUMNS[query.sort]
    if query.descending:
        return column.desc(), PostingRow.id.desc()
    return column, PostingRow.id


def _summary(row: Any) -> PostingSummary:
    return summary_from_values(*row)


def _chunks(values: Sequence[int], size: int = _CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class PostingRepository:
    def __init__(self, engine: Engine, location: Location) -> None:
        self._engine = engine
        self._location = location
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.search_backend: SearchBackend = self._choose_search_backend()
        self._driver_inserts = engine.dialect.name == "sqlite"
        self.warnings = WarningRepository(self._transaction)

    @property
    def engine(self) -> Engine:
        return self._engine

    def dispose(self) -> None:
        self._engine.dispose()

    def _choose_search_backend(self) -> SearchBackend:
        if self._engine.dialect.name == "sqlite":
            with self._engine.connect() as connection:
                if sqlite.has_fts_index(connection):
                    return sqlite.SqliteFtsSearch()
        return self._like_search()

    def _like_search(self) -> LikeSearch:
        sqlite_fold = self._engine.dialect.name == "sqlite"
        return LikeSearch(FOLD_FUNCTION if sqlite_fold else None)

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        with database_errors(self._location), self._sessions.begin() as session:
            yield session

    # -- writing ---------------------------------------------------------------------

    def add_many(
        self,
        postings: Sequence[Posting],
        note: str = "",
        fingerprints: Sequence[str] | None = None,
        warnings: Sequence[Sequence[PostingWarning]] | None = None,
    ) -> list[int]:
        """Store new postings in one transaction and return their ids, in order.

        ``created_at``/``updated_at`` already set on a posting (e.g. from a JSON file) are
        kept; otherwise they are now. Status and everything else are taken as given.
        ``warnings[i]``, if given, are the import warnings kept with ``postings[i]``.
        """
        for posting in postings:
            validate_posting(posting)
        if not postings:
            return []
        now = _now()
        known = fingerprints if fingerprints is not None else [None] * len(postings)
        rows = [
            {
                **posting_values(posting, fingerprint),
                "version": 1,
                "created_at": posting.created_at or now,
                "updated_at": posting.updated_at or posting.created_at or now,
                "deleted_at": None,
            }
            for posting, fingerprint in zip(postings, known, strict=True)
        ]
        with self._transaction() as session:
            ids = self._insert_postings(session, rows)
            # Shallow copies: the stored state shares the (unchanged) sections of the input.
            stored = [
                _stored_copy(posting, posting_id, row["created_at"], row["updated_at"])
                for posting_id, posting, row in zip(ids, postings, rows, strict=True)
            ]
            self._write_children(session, stored)
            self._write_revisions(session, stored, note, now)
            if warnings is not None:
                insert_warnings(session, ids, warnings, now)
            self.search_backend.index(
                session,
                [search_document(posting.id or 0, posting) for posting in stored],
            )
        return ids

    def _insert_postings(self, session: Session, rows: list[dict[str, Any]]) -> list[int]:
        if self._driver_inserts:
            return sqlite.insert_rows_returning_ids(session.connection(), _table(PostingRow), rows)
        ids: list[int] = []
        for start in range(0, len(rows), _CHUNK):
            statement = insert(PostingRow).returning(PostingRow.id, sort_by_parameter_order=True)
            ids.extend(session.scalars(statement, rows[start : start + _CHUNK]).all())
        return ids

    def _insert(self, session: Session, row_class: type[Base], rows: list[dict[str, Any]]) -> None:
        """Core executemany on the table: several times faster than ORM bulk inserts, and
        on SQLite straight through the driver (see :func:`sqlite.insert_rows`)."""
        if not rows:
            return
        if self._driver_inserts:
            sqlite.insert_rows(session.connection(), _table(row_class), rows)
        else:
            session.connection().execute(_table(row_class).insert(), rows)

    def add(self, posting: Posting, note: str = "") -> Posting:
        [posting_id] = self.add_many([posting], note)
        return self.get(posting_id)

    def save(self, posting: Posting, note: str = "") -> Posting:
        """Write an edited posting, if nobody saved it since it was loaded.

        Raises :class:`ConflictError` when the stored version is not ``posting.version``,
        and :class:`NotFoundError` when the posting is gone or in the trash; either way
        nothing is written.
        """
        if posting.id is None:
            return self.add(posting, note)
        validate_posting(posting)
        posting_id = posting.id
        now = _now()
        with self._transaction() as session:
            result = session.execute(
                update(PostingRow)
                .where(
                    PostingRow.id == posting_id,
                    PostingRow.version == posting.version,
                    PostingRow.deleted_at.is_(None),
                )
                .values(**posting_values(posting), version=posting.version + 1, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                self._raise_save_failure(session, posting)
            self.search_backend.remove(session, [posting_id])
            for table in (ItemRow, SectionRow, TagRow, DismissalRow):
                session.execute(delete(table).where(table.posting_id == posting_id))
            stored = replace(posting, version=posting.version + 1, updated_at=now)
            self._write_children(session, [stored])
            self._write_revisions(session, [stored], note, now)
            self.search_backend.index(session, [search_document(posting_id, stored)])
        return self.get(posting_id)

    def _raise_save_failure(self, session: Session, posting: Posting) -> None:
        assert posting.id is not None
        found = session.execute(
            select(PostingRow.version, PostingRow.deleted_at).where(PostingRow.id == posting.id)
        ).first()
        if found is None:
            raise NotFoundError(
                f"Posting {posting.id} no longer exists (it was deleted for good). "
                "Save your text as a new posting instead."
            )
        if found.deleted_at is not None:
            raise NotFoundError(
                f"Posting {posting.id} was moved to the trash by someone else. Restore it "
                "from the trash first, or save your text as a new posting."
            )
        raise ConflictError(posting.id, posting.version, found.version)

    def _write_children(self, session: Session, postings: Sequence[Posting]) -> None:
        sections: list[Row] = []
        items: list[Row] = []
        tags: list[Row] = []
        for posting in postings:
            assert posting.id is not None
            more_sections, more_items, more_tags = child_tuples(posting.id, posting)
            sections += more_sections
            items += more_items
            tags += more_tags
        tables = (
            (SectionRow, SECTION_COLUMNS, sections),
            (ItemRow, ITEM_COLUMNS, items),
            (TagRow, TAG_COLUMNS, tags),
        )
        dismissals = [
            row for posting in postings for row in dismissal_rows(posting.id or 0, posting)
        ]
        self._insert(session, DismissalRow, dismissals)
        if self._driver_inserts:
            connection = session.connection()
            for row_class, names, rows in tables:
                sqlite.insert_tuples(connection, _table(row_class), names, rows)
            return
        for row_class, names, rows in tables:
            self._insert(session, row_class, [dict(zip(names, row, strict=True)) for row in rows])

    def _write_revisions(
        self, session: Session, postings: Sequence[Posting], note: str, now: datetime
    ) -> None:
        if not self._driver_inserts:
            self._insert(
                session,
                RevisionRow,
                [
                    {
                        "posting_id": posting.id,
                        "version": posting.version,
                        "created_at": now,
                        "note": note,
                        "snapshot": posting_to_dict(posting),
                    }
                    for posting in postings
                ],
            )
            return
        # The snapshot's JSON text written directly: the same text the engine's JSON
        # serializer makes of posting_to_dict (compact, readable non-ASCII), a third cheaper.
        sqlite.insert_rows(
            session.connection(),
            _table(RevisionRow),
            [
                {
                    "posting_id": posting.id,
                    "version": posting.version,
                    "created_at": now,
                    "note": note,
                    "snapshot": posting_json(posting),
                }
                for posting in postings
            ],
            ready=("snapshot",),
        )

    def delete(self, posting_id: int) -> None:
        """Move a posting to the trash."""
        with self._transaction() as session:
            result = session.execute(
                update(PostingRow)
                .where(PostingRow.id == posting_id, PostingRow.deleted_at.is_(None))
                .values(deleted_at=_now())
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise NotFoundError(f"There is no posting {posting_id} to delete (see `list`).")
            self.search_backend.remove(session, [posting_id])

    def restore(self, posting_id: int) -> None:
        """Bring a posting back from the trash."""
        with self._transaction() as session:
            result = session.execute(
                update(PostingRow)
                .where(PostingRow.id == posting_id, PostingRow.deleted_at.is_not(None))
                .values(deleted_at=None)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise NotFoundError(
                    f"Posting {posting_id} is not in the trash (see `list --trash`)."
                )
            [posting] = self._load(session, [posting_id])
            self.search_backend.index(session, [search_document(posting_id, posting)])

    def purge(self, posting_id: int) -> None:
        """Delete a posting in the trash for good, with its history."""
        with self._transaction() as session:
            result = session.execute(
                delete(PostingRow).where(
                    PostingRow.id == posting_id, PostingRow.deleted_at.is_not(None)
                )
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise NotFoundError(
                    f"Posting {posting_id} is not in the trash; only postings in the trash "
                    "can be deleted for good."
                )

    def rebuild_search_index(self) -> None:
        with self._transaction() as session:
            ids = list(
                session.scalars(select(PostingRow.id).where(PostingRow.deleted_at.is_(None)))
            )
            documents: list[SearchDocument] = []
            for chunk in _chunks(ids):
                documents += [
                    search_document(posting.id or 0, posting)
                    for posting in self._load(session, chunk)
                ]
            self.search_backend.rebuild(session, documents)

    # -- reading ---------------------------------------------------------------------

    def get(self, posting_id: int, include_trash: bool = False) -> Posting:
        with self._transaction() as session:
            postings = self._load(session, [posting_id], include_trash)
        if not postings:
            raise NotFoundError(
                f"There is no posting {posting_id} in the library"
                + ("" if include_trash else " (it may be in the trash: see `list --trash`)")
                + "."
            )
        return postings[0]

    def get_many(self, posting_ids: Sequence[int]) -> list[Posting]:
        """Postings in the order asked for; ids that do not exist are left out."""
        with self._transaction() as session:
            found: list[Posting] = []
            for chunk in _chunks(posting_ids):
                found += self._load(session, chunk)
        by_id = {posting.id: posting for posting in found}
        return [by_id[posting_id] for posting_id in posting_ids if posting_id in by_id]

    def _load(
        self, session: Session, posting_ids: Sequence[int], include_trash: bool = True
    ) -> list[Posting]:
        query = select(PostingRow).where(PostingRow.id.in_(posting_ids))
        if not include_trash:
            query = query.where(PostingRow.deleted_at.is_(None))
        rows = session.scalars(query).all()
        if not rows:
            return []
        ids = [row.id for row in rows]
        sections = session.scalars(
            select(SectionRow)
            .where(SectionRow.posting_id.in_(ids))
            .order_by(SectionRow.posting_id, SectionRow.position)
        ).all()
        items = session.scalars(
            select(ItemRow)
            .where(ItemRow.posting_id.in_(ids))
            .order_by(ItemRow.posting_id, ItemRow.section_position, ItemRow.position)
        ).all()
        tags = session.scalars(
            select(TagRow)
            .where(TagRow.posting_id.in_(ids))
            .order_by(TagRow.posting_id, TagRow.position)
        ).all()
        dismissals = session.scalars(
            select(DismissalRow)
            .where(DismissalRow.posting_id.in_(ids))
            .order_by(DismissalRow.posting_id, DismissalRow.position)
        ).all()
        grouped: dict[
            int, tuple[list[SectionRow], list[ItemRow], list[TagRow], list[DismissalRow]]
        ] = {posting_id: ([], [], [], []) for posting_id in ids}
        for section in sections:
            grouped[section.posting_id][0].append(section)
        for item in items:
            grouped[item.posting_id][1].append(item)
        for tag in tags:
            grouped[tag.posting_id][2].append(tag)
        for dismissal in dismissals:
            grouped[dismissal.posting_id][3].append(dismissal)
        return [posting_from_rows(row, *grouped[row.id]) for row in rows]

    def list_page(self, query: ListQuery) -> Page:
        clauses = filter_clauses(query.filter)
        order = _list_order(query)
        with self._transaction() as session:
            total = session.scalar(select(func.count(PostingRow.id)).where(*clauses)) or 0
            rows = session.execute(
                select(*_SUMMARY_COLUMNS)
                .where(*clauses)
                .order_by(*order)
                .offset(query.offset)
                .limit(query.limit)
            ).all()
        return Page(total, [_summary(row) for row in rows])

    def iter_ids(self, where: PostingFilter = PostingFilter()) -> list[int]:
        with self._transaction() as session:
            return list(
                session.scalars(
                    select(PostingRow.id).where(*filter_clauses(where)).order_by(PostingRow.id)
                )
            )

    def matching_ids(self, query: str, listing: ListQuery = ListQuery()) -> list[int]:
        """Every posting the list shows, in its order: the search ``query`` finds, best
        first, or (with no query) those ``listing``'s filter lets through, in its sort."""
        where = listing.filter
        if not query.strip():
            with self._transaction() as session:
                return list(
                    session.scalars(
                        select(PostingRow.id)
                        .where(*filter_clauses(where))
                        .order_by(*_list_order(listing))
                    )
                )
        with self._transaction() as session:
            backend = self._like_search() if where.trash else self.search_backend
            total = backend.search(session, query, where, 0, 1).total
            ranked = backend.search(session, query, where, 0, max(total, 1)).ranked
        return [posting_id for posting_id, _ in ranked]

    def search(
        self, query: str, where: PostingFilter = PostingFilter(), offset: int = 0, limit: int = 50
    ) -> SearchResults:
        with self._transaction() as session:
            # The full-text index holds live postings only; the trash is searched by LIKE.
            backend = self._like_search() if where.trash else self.search_backend
            ranked = backend.search(session, query, where, offset, limit)
            ids = [posting_id for posting_id, _ in ranked.ranked]
            if not ids:
                return SearchResults(query, ranked.total, [])
            summaries = {
                row.id: _summary(row)
                for row in session.execute(
                    select(*_SUMMARY_COLUMNS).where(PostingRow.id.in_(ids))
                ).all()
            }
            texts = self._snippet_texts(session, ids)
        needles = literal_needles(query)
        hits = []
        for posting_id, score in ranked.ranked:
            snippet, spans = make_snippet(texts.get(posting_id, []), needles)
            hits.append(SearchHit(summaries[posting_id], score, snippet, spans))
        return SearchResults(query, ranked.total, hits)

    def _snippet_texts(self, session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
        texts: dict[int, list[str]] = {posting_id: [] for posting_id in ids}
        for row in session.execute(
            select(
                PostingRow.id,
                PostingRow.title,
                PostingRow.department,
                PostingRow.location,
                PostingRow.summary,
            ).where(PostingRow.id.in_(ids))
        ):
            texts[row.id] += [row.title, row.department, row.location, row.summary]
        for item in session.execute(
            select(ItemRow.posting_id, ItemRow.text)
            .where(ItemRow.posting_id.in_(ids))
            .order_by(ItemRow.posting_id, ItemRow.section_position, ItemRow.position)
        ):
            texts[item.posting_id].append(item.text)
        return texts

    def find_fingerprints(self, fingerprints: Iterable[str]) -> dict[str, int]:
        """Live postings whose content matches one of the fingerprints: fingerprint -> id."""
        wanted = list(dict.fromkeys(fingerprints))
        found: dict[str, int] = {}
        with self._transaction() as session:
            for start in range(0, len(wanted), _CHUNK):
                for row in session.execute(
                    select(PostingRow.fingerprint, PostingRow.id).where(
                        PostingRow.fingerprint.in_(wanted[start : start + _CHUNK]),
                        PostingRow.deleted_at.is_(None),
                    )
                ):
                    found.setdefault(row.fingerprint, row.id)
        return found

    def distinct_values(self, field: str) -> list[str]:
        """Values already used for a field (for completers): department, location, … tag."""
        with self._transaction() as session:
            if field == "tag":
                query = select(TagRow.tag).join(PostingRow, PostingRow.id == TagRow.posting_id)
                column: Any = TagRow.tag
            else:
                column = _DISTINCT_FIELDS[field]
                query = select(column)
            query = query.where(PostingRow.deleted_at.is_(None), column != "").distinct()
            return sorted(session.scalars(query.order_by(column)))

    # -- history -------------------------------------------------------------------

    def revisions(self, posting_id: int) -> list[RevisionInfo]:
        with self._transaction() as session:
            if session.get(PostingRow, posting_id) is None:
                raise NotFoundError(f"There is no posting {posting_id} in the library.")
            rows = session.scalars(
                select(RevisionRow)
                .where(RevisionRow.posting_id == posting_id)
                .order_by(RevisionRow.version.desc(), RevisionRow.id.desc())
            ).all()
        return [
            RevisionInfo(
                id=row.id,
                posting_id=row.posting_id,
                version=row.version,
                created_at=row.created_at,
                note=row.note,
                title=str(row.snapshot.get("title", "")),
            )
            for row in rows
        ]

    def revision(self, revision_id: int) -> tuple[RevisionInfo, Posting]:
        with self._transaction() as session:
            row = session.get(RevisionRow, revision_id)
            if row is None:
                raise NotFoundError(f"There is no revision {revision_id} in the library.")
        posting = posting_from_dict(row.snapshot, path=f"revision {revision_id}")
        posting.id = row.posting_id
        posting.version = row.version
        info = RevisionInfo(
            row.id, row.posting_id, row.version, row.created_at, row.note, posting.title
        )
        return info, posting

    # -- checks --------------------------------------------------------------------

    def check_errors(self, posting_ids: Sequence[int]) -> dict[int, int | None]:
        """The stored count of unresolved check errors per posting (None: not counted)."""
        found: dict[int, int | None] = {}
        with self._transaction() as session:
            for chunk in _chunks(posting_ids):
                for row in session.execute(
                    select(PostingRow.id, PostingRow.check_errors).where(PostingRow.id.in_(chunk))
                ):
                    found[row.id] = row.check_errors
        return found

    def set_check_errors(self, counts: dict[int, int]) -> None:
        """Store counts made afresh (after the rules changed); versions stay as they are."""
        table = _table(PostingRow)
        with self._transaction() as session:
            session.connection().execute(
                update(table)
                .where(table.c.id == bindparam("row_id"))
                .values(check_errors=bindparam("count")),
                [{"row_id": key, "count": value} for key, value in counts.items()],
            )

    def error_totals(self, posting_ids: Sequence[int] | None = None) -> tuple[int, int]:
        """(postings with unresolved errors, their errors) among ``posting_ids``, or among
        every live posting when None."""
        postings = errors = 0
        query = select(func.count(PostingRow.id), func.sum(PostingRow.check_errors)).where(
            PostingRow.check_errors > 0
        )
        with self._transaction() as session:
            if posting_ids is None:
                chunks: Iterable[Sequence[int]] = [()]
                query = query.where(PostingRow.deleted_at.is_(None))
            else:
                chunks = _chunks(posting_ids)
            for chunk in chunks:
                chosen = query if posting_ids is None else query.where(PostingRow.id.in_(chunk))
                row = session.execute(chosen).one()
                postings += row[0] or 0
                errors += row[1] or 0
        return postings, errors

    def uncounted_ids(self, posting_ids: Sequence[int] | None = None) -> list[int]:
        """Postings whose errors were never counted (stored before schema 0003), among
        ``posting_ids`` or among all of them."""
        query = select(PostingRow.id).where(PostingRow.check_errors.is_(None))
        with self._transaction() as session:
            if posting_ids is None:
                return list(session.scalars(query.order_by(PostingRow.id)))
            found: list[int] = []
            for chunk in _chunks(posting_ids):
                found += session.scalars(query.where(PostingRow.id.in_(chunk)))
            return found

    def counts(self) -> dict[str, int]:
        with self._transaction() as session:
            live = session.scalar(
                select(func.count(PostingRow.id)).where(PostingRow.deleted_at.is_(None))
            )
            trash = session.scalar(
                select(func.count(PostingRow.id)).where(PostingRow.deleted_at.is_not(None))
            )
            revisions = session.scalar(select(func.count(RevisionRow.id)))
        return {"postings": live or 0, "trash": trash or 0, "revisions": revisions or 0}
