"""Import warnings kept with their postings: written with an import, read and dismissed later.

The rows are written in the import's own transaction (:func:`insert_warnings`, called by
``PostingRepository.add_many``), so a posting and its warnings are stored together or not
at all. They hang off the posting by a cascading foreign key: purging a posting removes
them; the trash keeps them, so a restored posting comes back with its open warnings.
Dismissing stamps ``dismissed_at`` instead of deleting the row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, select, update

from jdeditor.core.posting_warnings import PostingWarning
from jdeditor.errors import NotFoundError
from jdeditor.store.tables import import_warnings

Transaction = Callable[[], AbstractContextManager[Connection]]

_SOURCE_NAME_CHARS = 255


def _now() -> datetime:
    return datetime.now(UTC)


def insert_warnings(
    connection: Connection,
    posting_ids: Sequence[int],
    warnings: Sequence[Sequence[PostingWarning]],
    now: datetime,
) -> None:
    """Store each posting's warnings (``warnings[i]`` belongs to ``posting_ids[i]``)."""
    rows: list[dict[str, Any]] = [
        {
            "posting_id": posting_id,
            "code": warning.code,
            "kind": warning.kind or warning.code,
            "sentence_values": dict(warning.values),
            "line": warning.line,
            "message": warning.message,
            "source_name": warning.source_name[:_SOURCE_NAME_CHARS],
            "item_text": warning.item_text,
            "created_at": now,
            "dismissed_at": None,
        }
        for posting_id, kept in zip(posting_ids, warnings, strict=True)
        for warning in kept
    ]
    if rows:
        connection.execute(import_warnings.insert(), rows)


def _warning(row: Row[Any]) -> PostingWarning:
    return PostingWarning(
        code=row.code,
        kind=row.kind,
        values=tuple((str(name), str(value)) for name, value in row.sentence_values.items()),
        line=row.line,
        message=row.message,
        source_name=row.source_name,
        item_text=row.item_text,
        id=row.id,
        posting_id=row.posting_id,
        created_at=row.created_at,
        dismissed_at=row.dismissed_at,
    )


class WarningRepository:
    """Reads and dismisses kept import warnings, one transaction per call."""

    def __init__(self, transaction: Transaction) -> None:
        self._transaction = transaction

    def open_warnings(self, posting_id: int) -> list[PostingWarning]:
        """The posting's warnings nobody has dismissed, in the order the importer gave them."""
        with self._transaction() as connection:
            rows = connection.execute(
                select(import_warnings)
                .where(
                    import_warnings.c.posting_id == posting_id,
                    import_warnings.c.dismissed_at.is_(None),
                )
                .order_by(import_warnings.c.id)
            )
            return [_warning(row) for row in rows]

    def dismiss(self, warning_id: int) -> None:
        """Dismiss one warning; dismissing it again is harmless."""
        with self._transaction() as connection:
            found = connection.scalar(
                select(import_warnings.c.id).where(import_warnings.c.id == warning_id)
            )
            if found is None:
                raise NotFoundError(
                    f"There is no import warning {warning_id} (see `jdeditor warnings ID`)."
                )
            connection.execute(
                update(import_warnings)
                .where(import_warnings.c.id == warning_id, import_warnings.c.dismissed_at.is_(None))
                .values(dismissed_at=_now())
            )

    def dismiss_all(self, posting_id: int) -> int:
        """Dismiss every open warning of a posting; returns how many there were."""
        with self._transaction() as connection:
            result = connection.execute(
                update(import_warnings)
                .where(
                    import_warnings.c.posting_id == posting_id,
                    import_warnings.c.dismissed_at.is_(None),
                )
                .values(dismissed_at=_now())
            )
            return int(result.rowcount)
