"""Why a library cannot be opened: each kind from a real file where the machine allows
it, and from the driver's own message (so that CI, running as root, checks them too)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from jdeditor.errors import LibraryError
from jdeditor.service import Library
from jdeditor.store import failures, sqlite
from jdeditor.store.database import resolve_location
from jdeditor.store.failures import classify_message, explain

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ROOT_REASON = "root ignores file permissions; the driver-message tests cover this kind"
SERVER = "postgresql+psycopg://hr:secret@db.example.com/jd"


def open_kind(location: str | Path, create: bool = True) -> str:
    with pytest.raises(LibraryError) as caught:
        Library.open(location, create=create)
    return caught.value.kind


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("database is locked", "library_busy"),
        ("attempt to write a readonly database", "library_read_only"),
        ("database or disk is full", "disk_full"),
        ("unable to open database file", "library_inaccessible"),
        ("file is not a database", "library_damaged"),
        ("file is encrypted or is not a database", "library_damaged"),
        ("database disk image is malformed", "library_damaged"),
        ("malformed database schema (postings)", "library_damaged"),
        (
            'connection to server at "db" (10.0.0.5), port 5432 failed: FATAL:  password '
            'authentication failed for user "hr"',
            "wrong_password",
        ),
        (
            'connection to server at "db", port 5432 failed: FATAL:  role "hr" does not exist',
            "wrong_password",
        ),
        (
            'connection to server at "db" (10.0.0.5), port 5432 failed: FATAL:  database "jd" '
            "does not exist",
            "no_such_database",
        ),
        (
            'connection to server at "db" (10.0.0.5), port 5432 failed: Connection refused\n'
            "\tIs the server running on that host and accepting TCP/IP connections?",
            "server_unreachable",
        ),
        ("could not connect to server: No such file or directory", "server_unreachable"),
        (
            'connection to server at "db" (10.0.0.5), port 5432 failed: timeout expired',
            "server_unreachable",
        ),
        (
            'could not translate host name "dbb" to address: Name or service not known',
            "server_unreachable",
        ),
        ("no such table: postings", None),  # a bug, not the environment
    ],
)
def test_driver_messages_name_the_kind(message: str, kind: str | None) -> None:
    assert classify_message(message) == kind


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ('FATAL:  password authentication failed for user "hr"', "wrong_password"),
        ('FATAL:  database "jd" does not exist', "no_such_database"),
        ("Connection refused", "server_unreachable"),
    ],
)
def test_a_server_failure_at_open_is_explained_without_the_password(
    message: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fake psycopg error raised where the real one would be (connecting)."""
    from jdeditor.store import schema

    location = resolve_location(SERVER)

    class FailingEngine:
        def connect(self) -> object:
            raise OperationalError("SELECT 1", {}, Exception(message))

    with pytest.raises(LibraryError) as caught:
        schema.ensure_schema(FailingEngine(), location)  # type: ignore[arg-type]
    assert caught.value.kind == kind
    assert "db.example.com" in str(caught.value) and "secret" not in str(caught.value)


def test_an_unknown_server_failure_stays_a_bug() -> None:
    error = OperationalError("SELECT 1", {}, Exception("something nobody expected"))
    assert explain(error, resolve_location(SERVER)) is None


def test_a_locked_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "library.db"
    Library.open(path).close()
    monkeypatch.setattr(sqlite, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        assert open_kind(path) == "library_busy"
    finally:
        other.close()


def test_garbage_over_a_library_is_damage(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    Library.open(path).close()
    path.write_bytes(os.urandom(8192))
    assert open_kind(path) == "library_damaged"


def test_a_malformed_sqlite_file_is_damage(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    path.write_bytes(b"SQLite format 3\0" + b"\xff" * 4000)
    assert open_kind(path) == "library_damaged"


def test_another_programs_database_is_not_a_library(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE people (name TEXT)")
    connection.commit()
    connection.close()
    assert open_kind(path) == "foreign_database"


def test_a_newer_library(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    Library.open(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    assert open_kind(path) == "newer_library"


def test_no_such_folder_when_opening(tmp_path: Path) -> None:
    assert open_kind(tmp_path / "gone" / "library.db", create=False) == "no_such_folder"


def test_a_missing_or_empty_file_when_opening(tmp_path: Path) -> None:
    assert open_kind(tmp_path / "library.db", create=False) == "no_library"
    (tmp_path / "empty.db").write_bytes(b"")
    assert open_kind(tmp_path / "empty.db", create=False) == "empty_database"


@pytest.mark.skipif(AS_ROOT, reason=ROOT_REASON)
def test_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    Library.open(folder / "library.db").close()
    folder.chmod(0o555)
    try:
        assert open_kind(folder / "library.db") == "folder_read_only"
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(AS_ROOT, reason=ROOT_REASON)
def test_a_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    Library.open(path).close()
    path.chmod(0o444)
    try:
        assert open_kind(path) == "library_read_only"
    finally:
        path.chmod(0o644)


def test_the_file_system_tells_folder_from_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What ``file_kind`` makes of SQLite's "readonly" when access is refused (as a user
    without rights sees it; faked here so that root sees it too)."""
    path = tmp_path / "library.db"
    path.write_bytes(b"")
    refused: set[Path] = set()
    monkeypatch.setattr(failures.os, "access", lambda p, mode: Path(p) not in refused)
    assert failures.file_kind(path, "library_read_only") == "library_read_only"  # unknown
    refused.add(path)
    assert failures.file_kind(path, "library_read_only") == "library_read_only"
    refused = {tmp_path}
    assert failures.file_kind(path, "library_inaccessible") == "folder_read_only"
    assert failures.file_kind(tmp_path / "x" / "l.db", "library_read_only") == "no_such_folder"


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        (
            'connection is bad: connection to server on socket "/run/postgresql/.s.PGSQL.5432" '
            "failed: No such file or directory\n\tIs the server running locally and accepting "
            "connections on that socket?",
            "server_unreachable",
        ),
        ("permission denied for schema public", "no_rights"),
        ("must be owner of table postings", "no_rights"),
        ('FATAL:  permission denied for database "jd"', "no_rights"),
        ('FATAL:  role "hr" is not permitted to log in', "no_rights"),
    ],
)
def test_more_server_messages_name_the_kind(message: str, kind: str) -> None:
    assert classify_message(message) == kind


def test_a_local_server_that_is_not_running(tmp_path: Path) -> None:
    """psycopg's own failure: no socket file in the folder the address names."""
    pytest.importorskip("psycopg")
    url = f"postgresql+psycopg://hr@/jd?host={tmp_path}"
    with pytest.raises(LibraryError) as caught:
        Library.open(url, create=False)
    assert caught.value.kind == "server_unreachable"
    assert "is the database server running" in str(caught.value)


def test_a_user_without_the_right_to_create_tables(postgres_url: str) -> None:
    """The first open of an empty database migrates it: a role that may connect but not
    create tables gets a clear refusal naming what the server said, not a crash."""
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(postgres_url)
    role = f"jd_reader_{uuid.uuid4().hex[:8]}"
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'pw'")
        connection.execute(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {role}")
    try:
        limited = url.set(username=role, password="pw").render_as_string(hide_password=False)
        with pytest.raises(LibraryError) as caught:
            Library.open(limited)
        assert caught.value.kind == "no_rights"
        assert "permission denied" in caught.value.values["reason"]
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f"DROP OWNED BY {role}")
            connection.execute(f"DROP ROLE {role}")
