"""The repository's writes, through ORM sessions on ``store/orm.py``'s mapped classes.

Imported on the first write only (``PostingRepository._writer``): reading never needs
``sqlalchemy.orm``. Saves use optimistic concurrency (``UPDATE … WHERE version =
:loaded``), so two people editing the same posting cannot silently overwrite each other;
every save writes a revision; deleting moves a posting to the trash. Bulk additions
(imports) go through Core ``INSERT``s with many rows at once, which is far faster than
adding ORM objects.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Engine, Table, bindparam, case, delete, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from jdeditor.core.checks import Rule, Severity, check_posting, registry
from jdeditor.core.model import Posting
from jdeditor.core.posting_warnings import PostingWarning
from jdeditor.core.serialization import posting_json, posting_to_dict
from jdeditor.core.validation import validate_posting, without_nul
from jdeditor.errors import ConflictError, NotFoundError
from jdeditor.store import reading, sqlite
from jdeditor.store.change_notices import notify_changes
from jdeditor.store.failures import database_errors
from jdeditor.store.importing_writes import ImportWrites
from jdeditor.store.location import Location
from jdeditor.store.mapping import (
    ITEM_COLUMNS,
    SECTION_COLUMNS,
    TAG_COLUMNS,
    Row,
    child_tuples,
    dismissal_rows,
    posting_values,
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
from jdeditor.store.reading import CHUNK, chunks, load
from jdeditor.store.search import SearchBackend, SearchDocument, search_document
from jdeditor.store.warning_repository import insert_warnings


def _table(row_class: type[Base]) -> Table:
    return cast(Table, row_class.__table__)


def error_count(posting: Posting) -> int:
    """How many error findings the checks make on ``posting`` that it has not dismissed.

    Only the rules of severity error are asked (a finding has its rule's severity).
    """
    rules = _error_rules(registry.all_rules())
    if not rules:
        return 0
    dismissed = {dismissal.key for dismissal in posting.dismissals}
    return len(check_posting(posting, dismissed, rules))


@functools.lru_cache(maxsize=4)
def _error_rules(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    return tuple(rule for rule in rules if rule.severity is Severity.ERROR)


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


class PostingWriter(ImportWrites):
    """Every write of a :class:`~jdeditor.store.repository.PostingRepository` (imports:
    ``store/importing_writes.py``)."""

    def _clock(self) -> datetime:
        return _now()  # the module's, looked up at each call: tests set the clock

    def __init__(
        self, engine: Engine, location: Location, backend: Callable[[], SearchBackend]
    ) -> None:
        self._engine = engine
        self._location = location
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._backend = backend  # the repository's, which a test may swap
        self._driver_inserts = engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with database_errors(self._location), self._sessions.begin() as session:
            yield session

    def _get(self, posting_id: int) -> Posting:
        with database_errors(self._location), self._engine.connect() as connection:
            return reading.get(connection, posting_id)

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
        ``count_checks=False`` (imports) leaves ``check_errors`` NULL, to be counted later.
        """
        postings = [without_nul(posting) for posting in postings]
        for posting in postings:
            validate_posting(posting)
        if not postings:
            return []
        now = _now()
        known = fingerprints if fingerprints is not None else [None] * len(postings)
        rows = self._rows(postings, known, [None] * len(postings), count_checks, now)
        with self.transaction() as session:
            return self._add_in(session, postings, rows, note, warnings, now)

    def _rows(
        self,
        postings: Sequence[Posting],
        fingerprints: Sequence[str | None],
        import_keys: Sequence[str | None],
        count_checks: bool,
        now: datetime,
    ) -> list[dict[str, Any]]:
        return [
            {
                **posting_values(posting, fingerprint),
                "import_key": import_key,
                "check_errors": error_count(posting) if count_checks else None,
                "version": 1,
                "created_at": posting.created_at or now,
                "updated_at": posting.updated_at or posting.created_at or now,
                "deleted_at": None,
            }
            for posting, fingerprint, import_key in zip(
                postings, fingerprints, import_keys, strict=True
            )
        ]

    def _add_in(
        self,
        session: Session,
        postings: Sequence[Posting],
        rows: list[dict[str, Any]],
        note: str,
        warnings: Sequence[Sequence[PostingWarning]] | None,
        now: datetime,
    ) -> list[int]:
        ids = self._insert_postings(session, rows)
        # Shallow copies: the stored state shares the (unchanged) sections of the input.
        stored = [
            _stored_copy(posting, posting_id, row["created_at"], row["updated_at"])
            for posting_id, posting, row in zip(ids, postings, rows, strict=True)
        ]
        self._write_children(session, stored)
        self._write_revisions(session, stored, note, now)
        if warnings is not None:
            insert_warnings(session.connection(), ids, warnings, now)
        self._backend().index(
            session.connection(),
            [search_document(posting.id or 0, posting) for posting in stored],
        )
        notify_changes(session.connection(), "add", ids)
        return ids

    def _insert_postings(self, session: Session, rows: list[dict[str, Any]]) -> list[int]:
        if self._driver_inserts:
            return sqlite.insert_rows_returning_ids(session.connection(), _table(PostingRow), rows)
        ids: list[int] = []
        for start in range(0, len(rows), CHUNK):
            statement = insert(PostingRow).returning(PostingRow.id, sort_by_parameter_order=True)
            ids.extend(session.scalars(statement, rows[start : start + CHUNK]).all())
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

    def save(self, posting: Posting, note: str = "") -> Posting:
        """Write an edited posting, if nobody saved it since it was loaded.

        Raises :class:`ConflictError` when the stored version is not ``posting.version``,
        and :class:`NotFoundError` when the posting is gone or in the trash; either way
        nothing is written.
        """
        if posting.id is None:
            [posting_id] = self.add_many([posting], note)
            return self._get(posting_id)
        cleaned = without_nul(posting)
        validate_posting(cleaned)
        with self.transaction() as session:
            self.save_in(session, cleaned, note)
        return self._get(posting.id)

    def save_in(self, session: Session, posting: Posting, note: str) -> int:
        """:meth:`save` inside the caller's transaction (a reword saves many in one);
        returns the version stored (unchanged when the save changes nothing)."""
        posting = without_nul(posting)
        assert posting.id is not None
        posting_id = posting.id
        now = _now()
        unchanged = self._unchanged(session, posting)
        if unchanged is not None:
            return unchanged.version
        values = posting_values(posting)
        # The import key stays only while the content is the one imported (migration 0005).
        import_key = case(
            (PostingRow.import_key == values["fingerprint"], PostingRow.import_key), else_=None
        )
        result = session.execute(
            update(PostingRow)
            .where(
                PostingRow.id == posting_id,
                PostingRow.version == posting.version,
                PostingRow.deleted_at.is_(None),
            )
            .values(
                **values,
                import_key=import_key,
                check_errors=error_count(posting),
                version=posting.version + 1,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            self._raise_save_failure(session, posting)
        self._backend().remove(session.connection(), [posting_id])
        for table in (ItemRow, SectionRow, TagRow, DismissalRow):
            session.execute(delete(table).where(table.posting_id == posting_id))
        stored = replace(posting, version=posting.version + 1, updated_at=now)
        self._write_children(session, [stored])
        self._write_revisions(session, [stored], note, now)
        self._backend().index(session.connection(), [search_document(posting_id, stored)])
        notify_changes(session.connection(), "save", [posting_id])
        return stored.version

    def _unchanged(self, session: Session, posting: Posting) -> Posting | None:
        """The stored posting, when saving ``posting`` would not change its content.

        A save that changes nothing, or only white space, writes nothing: no revision, no
        new version. A stale version is not "unchanged": the update fails and says why.
        """
        # Imported here: a save pays for the diff, commands that only read do not.
        from jdeditor.core.diff import is_meaningful_change

        assert posting.id is not None
        found = load(session.connection(), [posting.id], include_trash=False)
        stored = found[0] if found else None
        if stored is None or stored.version != posting.version:
            return None
        if is_meaningful_change(stored, posting) or stored.dismissals != posting.dismissals:
            return None
        return stored

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

    def set_check_errors(self, counts: dict[int, int]) -> None:
        """Store counts made afresh (after the rules changed); versions stay as they are."""
        if not counts:
            return
        table = _table(PostingRow)
        with self.transaction() as session:
            session.connection().execute(
                update(table)
                .where(table.c.id == bindparam("row_id"))
                .values(check_errors=bindparam("count")),
                [{"row_id": key, "count": value} for key, value in counts.items()],
            )

    def delete(self, posting_id: int) -> None:
        """Move a posting to the trash."""
        with self.transaction() as session:
            result = session.execute(
                update(PostingRow)
                .where(PostingRow.id == posting_id, PostingRow.deleted_at.is_(None))
                .values(deleted_at=_now(), import_key=None)  # a re-import may store it again
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise NotFoundError(f"There is no posting {posting_id} to delete (see `list`).")
            self._backend().remove(session.connection(), [posting_id])
            notify_changes(session.connection(), "trash", [posting_id])

    def restore(self, posting_id: int) -> None:
        """Bring a posting back from the trash."""
        with self.transaction() as session:
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
            [posting] = load(session.connection(), [posting_id])
            self._backend().index(session.connection(), [search_document(posting_id, posting)])
            notify_changes(session.connection(), "restore", [posting_id])

    def purge(self, posting_id: int) -> None:
        """Delete a posting in the trash for good, with its history."""
        with self.transaction() as session:
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
            notify_changes(session.connection(), "purge", [posting_id])

    def rebuild_search_index(self) -> None:
        with self.transaction() as session:
            ids = list(
                session.scalars(select(PostingRow.id).where(PostingRow.deleted_at.is_(None)))
            )
            documents: list[SearchDocument] = []
            for chunk in chunks(ids):
                documents += [
                    search_document(posting.id or 0, posting)
                    for posting in load(session.connection(), chunk)
                ]
            self._backend().rebuild(session.connection(), documents)
