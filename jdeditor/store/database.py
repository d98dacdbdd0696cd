"""Resolving where a library lives (a path or a SQLAlchemy URL), and the engine to reach it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from jdeditor.errors import LibraryError
from jdeditor.paths import default_library_path
from jdeditor.store import sqlite
from jdeditor.store.location import Location

DB_ENV = "JDEDITOR_DB"


def resolve_location(location: str | Path | None = None) -> Location:
    """``--db`` value, else ``$JDEDITOR_DB``, else the default file in the data folder.

    Anything containing ``://`` is a SQLAlchemy URL; everything else is a file path.
    """
    raw: str | Path | None = location
    if raw is None or raw == "":
        raw = os.environ.get(DB_ENV) or None
    if raw is None:
        return _file_location(default_library_path())
    if isinstance(raw, str) and "://" in raw:
        try:
            url = make_url(raw)
        except ArgumentError as error:
            raise LibraryError(
                f"'{raw}' is not a valid database URL ({error}). Use a file path, or a URL "
                "such as postgresql+psycopg://user@host/jdeditor."
            ) from error
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return Location(url, Path(url.database or ""))
        return Location(url, None)
    return _file_location(Path(raw))


def _file_location(path: Path) -> Location:
    path = path.expanduser().absolute()
    return Location(URL.create("sqlite+pysqlite", database=str(path)), path)


def _compact_json(value: object) -> str:
    # Revision snapshots: readable Chinese and no indentation take a third of the space
    # of the default ASCII-escaped JSON.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _check_file(location: Location, create: bool) -> None:
    """Refuse, before SQLite is asked, a library file in a folder that is missing (when
    nothing is to be created) or that cannot be written, and a read-only file: SQLite's
    own messages do not tell these apart, and a read-only library opens but fails at the
    first save."""
    from jdeditor.store.failures import file_kind, library_error

    assert location.file is not None
    folder = location.file.parent
    if not folder.exists() and create:
        return  # made below
    kind = file_kind(location.file, "")
    if kind:
        raise library_error(kind, location)


def create_library_engine(location: Location, create: bool = True) -> Engine:
    """The engine for a library; with ``create`` False, a library file must exist already."""
    if location.file is not None:
        _check_file(location, create)
        if not create and not location.file.exists():
            raise LibraryError(
                f"There is no library at {location.file}. Check the path; to start a new "
                f"library there, run `jdeditor db init --db {location.file}` (or, in the app, "
                "File › New Library…).",
                "no_library",
                name=str(location.file),
            )
        if location.file.is_dir():
            raise LibraryError(
                f"{location.file} is a folder. Give the path of a library file, e.g. "
                f"{location.file / 'library.db'}.",
                "library_is_folder",
                name=str(location.file),
                example=str(location.file / "library.db"),
            )
        try:
            location.file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(
                f"Cannot create the folder {location.file.parent} for the library: "
                f"{error.strerror}. Choose a writable place with --db.",
                "cannot_create_folder",
                name=str(location.file.parent),
                reason=str(error.strerror),
            ) from error
    connect_args: dict[str, str] = {}
    if location.file is None:  # a server: a password may be in the keyring
        from jdeditor.store.credentials import connect_arguments

        connect_args = connect_arguments(location.url)
    try:
        engine = create_engine(
            location.url,
            json_serializer=_compact_json,
            connect_args=connect_args,
        )
    except (ArgumentError, ImportError) as error:
        raise LibraryError(
            f"{location.describe()} cannot be opened: {error}. "
            "Check the URL and that its database driver is installed."
        ) from error
    if engine.dialect.name == "sqlite":
        sqlite.configure_engine(engine)
    return engine
