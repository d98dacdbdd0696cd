"""Telling "the environment failed" apart from "this is a bug" for database errors.

A locked, read-only, damaged or unreachable database is something the user can act on,
so it becomes a :class:`~jdeditor.errors.LibraryError` whose ``kind`` says which of
these it is (the window's error dialog offers a backup only for real damage). Any other
database error is a bug and propagates unchanged, to be logged with its traceback.

The drivers say what went wrong only in their message text, so the kind is read from
it (:func:`classify_message`); for a library file the file system then tells a
read-only file from a read-only or missing folder (:func:`file_kind`), which SQLite's
messages ("unable to open database file", "attempt to write a readonly database") do not.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from jdeditor.errors import LibraryError
from jdeditor.store.location import Location

# What the driver says (lower case; every part of a tuple) and the kind it means, most
# specific first.
_MESSAGES: tuple[tuple[str | tuple[str, ...], str], ...] = (
    # SQLite
    ("database is locked", "library_busy"),
    ("database table is locked", "library_busy"),
    ("readonly database", "library_read_only"),
    ("disk is full", "disk_full"),
    ("database or disk is full", "disk_full"),
    ("unable to open database file", "library_inaccessible"),
    ("file is not a database", "library_damaged"),
    ("file is encrypted or is not a database", "library_damaged"),
    ("database disk image is malformed", "library_damaged"),
    ("malformed database schema", "library_damaged"),
    ("disk i/o error", "library_inaccessible"),  # often a drive taken away: not damage
    # PostgreSQL (psycopg)
    ("password authentication failed", "wrong_password"),
    ("no password supplied", "wrong_password"),
    ("password is required", "wrong_password"),
    (('role "', "does not exist"), "wrong_password"),  # FATAL: role "hr" does not exist
    (('database "', "does not exist"), "no_such_database"),  # database "jd" does not exist
    # a user the server knows but who may not do what opening needs: connect to the
    # database, create or change the tables (a migration), read or write them
    ("permission denied", "no_rights"),
    ("must be owner of", "no_rights"),
    ("is not permitted to log in", "no_rights"),
    ("connection refused", "server_unreachable"),
    ("could not connect", "server_unreachable"),
    # a local server that is not running: its socket file is missing
    (("on socket", "no such file or directory"), "server_unreachable"),
    ("is the server running", "server_unreachable"),
    ("timeout expired", "server_unreachable"),
    ("connection timed out", "server_unreachable"),
    ("could not translate host name", "server_unreachable"),
    ("name or service not known", "server_unreachable"),
    ("no route to host", "server_unreachable"),
    ("server closed the connection", "server_unreachable"),
    ("the database system is starting up", "server_unreachable"),
    ("the database system is shutting down", "server_unreachable"),
)

# The English message of each kind ({where}: "The library file …" / "The library at …").
MESSAGES: dict[str, str] = {
    "library_busy": "{where} is locked by another program (another JD Editor or a database "
    "tool is writing to it). Close that program or wait a moment, then try again; "
    "nothing was changed.",
    "library_read_only": "{where} is read-only. Make the file writable (its properties), "
    "or copy the library somewhere you can write; nothing was changed.",
    "folder_read_only": "{where} is in a read-only folder ({folder}): JD Editor needs to "
    "write beside the library. Make the folder writable, or copy the library to a folder "
    "you can write to; nothing was changed.",
    "no_such_folder": "{where} cannot be opened: the folder {folder} does not exist (a "
    "drive that is not connected, or a folder moved or renamed). Connect the drive or "
    "choose the library again; to start a new library there, run "
    "`jdeditor db init --db {name}`.",
    "disk_full": "The disk holding {where_lower} is full. Free some space and try again; "
    "nothing was changed.",
    "library_inaccessible": "{where} cannot be opened: the file is not accessible. Check "
    "its permissions.",
    "library_damaged": "{where} is damaged or is not a database file, so it cannot be read. "
    "Restore it from a backup, or choose another library.",
    "wrong_password": "{where} refused the user name or password. Check them in the "
    "address (or the password file) and try again.",
    "no_such_database": "{where} cannot be opened: the server has no such database. Check "
    "the database name in the address, or ask the server's administrator to create it.",
    "server_unreachable": "{where} cannot be reached: is the database server running and "
    "the address right? Nothing was changed.",
    "no_rights": "{where} refused: the user in the address lacks the rights JD Editor "
    "needs ({reason}). Ask the server's administrator for them (docs/team.md: users and "
    "rights; the first open, and an update of JD Editor, need the right to create and "
    "change tables); nothing was changed.",
}


def classify_message(message: str) -> str | None:
    """The kind of failure a driver's message names, or None for one we do not know."""
    text = message.lower()
    for needles, kind in _MESSAGES:
        if all(part in text for part in ((needles,) if isinstance(needles, str) else needles)):
            return kind
    return None


def file_kind(path: Path, kind: str) -> str:
    """For a failure to open or write a library file: which of its read-only or missing
    folder, or a read-only file, is to blame (``kind`` when none of them is)."""
    folder = path.parent
    if not folder.is_dir():
        return "no_such_folder"
    if path.exists() and not os.access(path, os.W_OK):
        return "library_read_only"
    if not os.access(folder, os.W_OK):
        return "folder_read_only"
    return kind


def library_error(kind: str, location: Location, reason: str = "") -> LibraryError:
    """The :class:`LibraryError` of ``kind`` for the library at ``location`` (``reason``:
    the driver's own words, for the kinds whose message shows them)."""
    where = location.describe()
    folder = str(location.file.parent) if location.file is not None else ""
    message = MESSAGES[kind].format(
        where=where,
        where_lower=where[0].lower() + where[1:],
        folder=folder,
        name=location.display_name,
        reason=reason,
    )
    return LibraryError(message, kind, name=location.display_name, folder=folder, reason=reason)


def _first_line(message: str) -> str:
    """The driver's message without psycopg's prefixes and its DETAIL/HINT lines."""
    line = (message.strip().splitlines() or [""])[0]
    for prefix in ("connection is bad:", "connection failed:"):
        line = line.removeprefix(prefix).strip()
    return line.split("FATAL:", 1)[-1].strip().rstrip(".")


def explain(error: DBAPIError, location: Location) -> LibraryError | None:
    """A user-facing error for a known environmental failure, or None for a bug."""
    kind = classify_message(str(error.orig))
    if kind is None:
        return None
    if location.file is not None and kind in ("library_read_only", "library_inaccessible"):
        kind = file_kind(location.file, kind)
    return library_error(kind, location, _first_line(str(error.orig)))


@contextmanager
def database_errors(location: Location) -> Iterator[None]:
    try:
        yield
    except DBAPIError as error:
        explained = explain(error, location)
        if explained is None:
            raise
        raise explained from error
