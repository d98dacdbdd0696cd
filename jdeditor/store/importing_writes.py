"""Imports' writes: each imported posting stored once, even when two imports of the same
file run at the same moment (the check runs inside the write transaction, backed by the
unique ``import_key``). A base of :class:`~jdeditor.store.writing.PostingWriter`, which
supplies the rows and the insert shared with every other addition.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from jdeditor.core.model import Posting
from jdeditor.core.posting_warnings import PostingWarning
from jdeditor.core.validation import validate_posting
from jdeditor.store import reading
from jdeditor.store.failures import database_errors
from jdeditor.store.location import Location

# Imports tried again when the unique import key refuses a row (see add_imported).
IMPORT_ATTEMPTS = 3
# The PostgreSQL advisory lock that puts imports one after the other ("JD" and 1).
IMPORT_LOCK = 0x4A44_0001


class ImportWrites:
    _location: Location
    _sessions: sessionmaker[Session]
    _driver_inserts: bool

    if TYPE_CHECKING:  # PostingWriter's

        def _clock(self) -> datetime: ...

        def _rows(
            self,
            postings: Sequence[Posting],
            fingerprints: Sequence[str | None],
            import_keys: Sequence[str | None],
            count_checks: bool,
            now: datetime,
        ) -> list[dict[str, Any]]: ...

        def _add_in(
            self,
            session: Session,
            postings: Sequence[Posting],
            rows: list[dict[str, Any]],
            note: str,
            warnings: Sequence[Sequence[PostingWarning]] | None,
            now: datetime,
        ) -> list[int]: ...

    def add_imported(
        self,
        postings: Sequence[Posting],
        note: str,
        fingerprints: Sequence[str],
        unique: Sequence[bool],
        warnings: Sequence[Sequence[PostingWarning]] | None = None,
    ) -> tuple[list[int], dict[int, int]]:
        """Store imported postings in one transaction, each ``unique`` one only if no live
        posting has its content; returns the new ids (in order) and, for each posting left
        out, its index -> the live posting that has its content.

        The check runs inside the write transaction, after taking the library's import
        lock (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a transaction advisory lock), so two
        imports of the same file at once store it once: the second sees the first's
        postings. A unique index on ``import_key`` backs it; should it still refuse a row,
        the whole transaction is tried again, and the check then finds the other posting.
        """
        for posting in postings:
            validate_posting(posting)
        if not postings:
            return [], {}
        for attempt in range(IMPORT_ATTEMPTS):
            try:
                with database_errors(self._location), self._sessions.begin() as session:
                    return self._add_unique(session, postings, note, fingerprints, unique, warnings)
            except IntegrityError as error:
                if "import_key" not in str(error.orig) or attempt == IMPORT_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    def _add_unique(
        self,
        session: Session,
        postings: Sequence[Posting],
        note: str,
        fingerprints: Sequence[str],
        unique: Sequence[bool],
        warnings: Sequence[Sequence[PostingWarning]] | None,
    ) -> tuple[list[int], dict[int, int]]:
        connection = session.connection()
        if self._driver_inserts:
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock, before reading
        else:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK})
        wanted = [fingerprint for fingerprint, one in zip(fingerprints, unique, strict=True) if one]
        existing = reading.find_fingerprints(connection, wanted)
        skipped = {
            index: existing[fingerprint]
            for index, (fingerprint, one) in enumerate(zip(fingerprints, unique, strict=True))
            if one and fingerprint in existing
        }
        kept = [index for index in range(len(postings)) if index not in skipped]
        if not kept:
            return [], skipped
        now = self._clock()
        chosen = [postings[index] for index in kept]
        keys: list[str | None] = []
        for index in kept:  # a repeat within the batch is a copy the caller chose to keep
            fingerprint = fingerprints[index]
            keys.append(fingerprint if unique[index] and fingerprint not in keys else None)
        rows = self._rows(chosen, [fingerprints[index] for index in kept], keys, False, now)
        kept_warnings = None if warnings is None else [warnings[index] for index in kept]
        return self._add_in(session, chosen, rows, note, kept_warnings, now), skipped
