"""Telling "the environment failed" apart from "this is a bug" for database errors.

A locked, read-only or full database is something the user can fix, so it becomes a
:class:`~jdeditor.errors.LibraryError` with advice. Any other database error is a bug
and propagates unchanged, to be logged with its traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

from jdeditor.errors import LibraryError
from jdeditor.store.database import Location

_KNOWN: tuple[tuple[str, str, str], ...] = (
    # (what the driver says, our message kind, the message)
    (
        "database is locked",
        "library_busy",
        "{where} is busy: another JD Editor window or program is writing to it. "
        "Wait a moment and try again; nothing was changed.",
    ),
    (
        "readonly database",
        "library_read_only",
        "{where} is read-only. Make the file and its folder writable, or copy the library "
        "somewhere you can write; nothing was changed.",
    ),
    (
        "disk is full",
        "disk_full",
        "The disk holding {where_lower} is full. Free some space and try again; "
        "nothing was changed.",
    ),
    (
        "unable to open database file",
        "library_inaccessible",
        "{where} cannot be opened: the file or its folder is missing or not accessible. "
        "Check the path and its permissions.",
    ),
    (
        "file is not a database",
        "not_a_library",
        "{where} is not a JD Editor library or is damaged. Choose another file, or "
        "restore it from a backup.",
    ),
    (
        "could not connect",
        "server_unreachable",
        "{where} cannot be reached: is the database server running and the address right?",
    ),
    (
        "connection refused",
        "server_unreachable",
        "{where} cannot be reached: is the database server running and the address right?",
    ),
)


def explain(error: DBAPIError, location: Location) -> LibraryError | None:
    """A user-facing error for a known environmental failure, or None for a bug."""
    text = str(error.orig).lower()
    where = location.describe()
    for needle, kind, template in _KNOWN:
        if needle in text:
            message = template.format(where=where, where_lower=where[0].lower() + where[1:])
            return LibraryError(message, kind, name=location.display_name)
    return None


@contextmanager
def database_errors(location: Location) -> Iterator[None]:
    try:
        yield
    except DBAPIError as error:
        explained = explain(error, location)
        if explained is None:
            raise
        raise explained from error
