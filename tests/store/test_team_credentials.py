"""A server library's password: from the keyring, typed for this run, or libpq's files;
never in an address that is kept or shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from jdeditor.errors import LibraryError
from jdeditor.service import Library, team
from jdeditor.store import credentials
from tests.team_support import MemoryKeyring, memory_keyring, password_role

PASSWORD = "s3cret-密码"


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


def test_server_address_has_no_password_and_the_key_names_the_server() -> None:
    address = team.server_address(" db.example.org ", "jd", "hr", 5433, "require")
    assert address == "postgresql+psycopg://hr@db.example.org:5433/jd?sslmode=require"
    assert team.server_address("h", "jd", "hr") == "postgresql+psycopg://hr@h/jd"
    assert team.credential_key(address) == "hr@db.example.org:5433/jd"
    assert (
        team.without_password("postgresql+psycopg://hr:pw@h/jd") == "postgresql+psycopg://hr@h/jd"
    )
    socket = "postgresql+psycopg://hr@/jd?host=/run/pg"
    assert team.credential_key(socket) == "hr@/run/pg:5432/jd"


def test_keyring_keeps_the_password_under_the_app_and_the_address(ring: MemoryKeyring) -> None:
    address = "postgresql+psycopg://hr@db/jd"
    team.remember_password(address, PASSWORD)
    assert ring.entries == {("JD Editor", "hr@db:5432/jd"): PASSWORD}
    credentials._typed.clear()  # a new process: only the keyring knows it
    assert team.stored_password(address) == PASSWORD
    team.forget_password(address)
    assert ring.entries == {}
    assert team.stored_password(address) is None


def test_no_usable_keyring_is_said_and_a_typed_password_still_serves() -> None:
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not team.keyring_available()
        with pytest.raises(team.KeyringUnavailable, match="asked for it each time"):
            team.remember_password("postgresql+psycopg://hr@db/jd", PASSWORD)
        team.use_password("postgresql+psycopg://hr@db/jd", PASSWORD)
        assert team.stored_password("postgresql+psycopg://hr@db/jd") == PASSWORD
    finally:
        keyring.set_keyring(before)
        credentials._typed.clear()


def test_a_library_file_needs_no_password(tmp_path: Path, ring: MemoryKeyring) -> None:
    with Library.open(tmp_path / "lib.db") as library:
        assert library.info().postings == 0
    assert ring.entries == {}


def test_server_library_opens_with_the_keyring_password(
    postgres_url: str, ring: MemoryKeyring
) -> None:
    with password_role(postgres_url, PASSWORD) as address:
        with pytest.raises(LibraryError) as missing:
            Library.open(address)
        assert missing.value.kind == "password_needed"
        assert f"jdeditor db password set --db {address}" in str(missing.value)
        team.remember_password(address, "wrong")
        with pytest.raises(LibraryError) as wrong:
            Library.open(address)
        assert wrong.value.kind == "wrong_password"
        team.remember_password(address, PASSWORD)
        credentials._typed.clear()
        with Library.open(address) as library:
            assert library.location.display_name == address  # no password shown
            assert PASSWORD not in library.location.url.render_as_string(hide_password=False)


def test_probe_tells_each_cause_and_offers_to_create(
    postgres_url: str, ring: MemoryKeyring
) -> None:
    with password_role(postgres_url, PASSWORD) as address:
        team.use_password(address, "wrong")
        assert team.probe_library(address).kind == "wrong_password"
        team.use_password(address, PASSWORD)
        empty = team.probe_library(address)
        assert (empty.kind, empty.can_create) == ("empty_database", True)
        Library.open(address, create=True).close()
        found = team.probe_library(address)
        assert (found.kind, found.postings) == ("ok", 0)
        missing = make_url(address).set(database="no_such_db").render_as_string(False)
        team.use_password(missing, PASSWORD)
        assert team.probe_library(missing).kind == "no_such_database"
    assert team.probe_library("postgresql+psycopg://hr@127.0.0.1:1/jd").kind == (
        "server_unreachable"
    )


def test_cli_password_set_keeps_it_and_then_commands_use_it(
    postgres_url: str,
    ring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from jdeditor.cli import main

    with password_role(postgres_url, PASSWORD) as address:
        assert main(["--db", address, "list"]) == 1
        assert "jdeditor db password set --db" in capsys.readouterr().err
        monkeypatch.setattr("getpass.getpass", lambda prompt: PASSWORD)
        assert main(["--db", address, "db", "password", "set"]) == 0
        assert ring.entries[("JD Editor", team.credential_key(address))] == PASSWORD
        credentials._typed.clear()
        assert main(["--db", address, "db", "init"]) == 0
        assert main(["--db", address, "list"]) == 0
        assert main(["--db", address, "db", "password", "forget"]) == 0
        assert ring.entries == {}
