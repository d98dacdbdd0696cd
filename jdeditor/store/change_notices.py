"""Telling an open window that someone else changed the library.

PostgreSQL: every writing transaction sends ``NOTIFY jdeditor_changes`` with a small
JSON payload (``{"kind": "save", "ids": [12]}``; ``ids`` is null for more than
:data:`MAX_IDS` postings). The server delivers it only when the transaction commits, so
a rolled-back write is never announced. A :class:`ServerChanges` listens on a connection
of its own.

SQLite has no notifications: :class:`FileChanges` looks at the size and modification
time of the library file and its write-ahead log, which change with every commit of any
process (this app's own included): a question that does not even open the database.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL

from jdeditor.store.credentials import connect_arguments

logger = logging.getLogger(__name__)

CHANNEL = "jdeditor_changes"
MAX_IDS = 200  # a NOTIFY payload must stay under 8,000 bytes


@dataclass(frozen=True)
class Change:
    kind: str  # add, save, trash, restore, purge, or "unknown" (SQLite tells no more)
    ids: tuple[int, ...] | None  # None: too many to name, or not known


def notify_changes(connection: Connection, kind: str, ids: list[int]) -> None:
    """Announce a write to other windows (PostgreSQL only; delivered on commit)."""
    if connection.dialect.name != "postgresql" or not ids:
        return
    payload = json.dumps({"kind": kind, "ids": ids if len(ids) <= MAX_IDS else None})
    connection.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {
            "channel": CHANNEL,
            "payload": payload,
        },
    )


def parse_payload(payload: str) -> Change:
    """A notification's payload; anything unreadable is an unknown change of everything."""
    try:
        value = json.loads(payload)
        raw_ids = value.get("ids")
        ids = None if raw_ids is None else tuple(int(item) for item in raw_ids)
        return Change(str(value.get("kind", "unknown")), ids)
    except (ValueError, TypeError, AttributeError):
        return Change("unknown", None)


class ServerChanges:
    """``LISTEN jdeditor_changes`` on its own connection (autocommit, psycopg)."""

    def __init__(self, url: URL) -> None:
        import psycopg

        conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        password = connect_arguments(url).get("password")
        if password:
            conninfo = psycopg.conninfo.make_conninfo(conninfo, password=password)
        self._connection = psycopg.connect(conninfo, autocommit=True)
        self._connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> list[Change]:
        """The notifications that arrive within ``timeout`` seconds (maybe none)."""
        notices = list(self._connection.notifies(timeout=timeout, stop_after=1))
        if notices:  # and the rest of a burst already queued
            notices += self._connection.notifies(timeout=0.0)
        return [parse_payload(notice.payload) for notice in notices]

    def close(self) -> None:
        self._connection.close()


class FileChanges:
    """Whether a library file was written since the last question, from the file system.

    Every commit in WAL mode appends to ``NAME-wal`` (and a checkpoint writes the file
    itself), so the size and modification time of the two change with each write of
    any connection. A connection kept open only to ask SQLite's ``PRAGMA data_version``
    would do as well, but it would keep the WAL and shared-memory files alive after the
    library closed, and in the way of a restore that moves the file aside.
    """

    def __init__(self, path: Path) -> None:
        self._paths = (path, path.with_name(path.name + "-wal"))
        self._state = self._stat()

    def _stat(self) -> tuple[tuple[int, int], ...]:
        found: list[tuple[int, int]] = []
        for path in self._paths:
            try:
                info = path.stat()
            except OSError:  # no WAL file (yet, or any more)
                found.append((0, -1))
                continue
            found.append((info.st_mtime_ns, info.st_size))
        return tuple(found)

    def wait(self, timeout: float = 0.0) -> list[Change]:
        """One unknown change when the file was written since the last question."""
        state = self._stat()
        if state == self._state:
            return []
        self._state = state
        return [Change("unknown", None)]

    def close(self) -> None:
        return None
