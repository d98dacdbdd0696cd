"""For the team-library tests: a keyring in memory, and a server role with a password."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

from jdeditor.store import credentials
from tests.postgres_support import _admin_url


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps its passwords in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The keyring replaced by one in memory (and the typed passwords forgotten)."""
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    credentials._typed.clear()
    try:
        yield backend
    finally:
        keyring.set_keyring(before)
        credentials._typed.clear()


@contextmanager
def password_role(database_url: str, password: str = "s3cret-密码") -> Iterator[str]:
    """A login role with ``password`` that may use and create tables in the database;
    yields the database's URL for that role, without the password."""
    import psycopg

    role = f"hr_{uuid.uuid4().hex[:10]}"
    admin = _admin_url(database_url)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        connection.execute(f"GRANT USAGE, CREATE ON SCHEMA public TO {role}")
    try:
        yield make_url(database_url).set(username=role).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f"REASSIGN OWNED BY {role} TO CURRENT_USER")
            connection.execute(f"DROP OWNED BY {role}")
            connection.execute(f"DROP ROLE {role}")
