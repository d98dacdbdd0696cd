"""Test set-up shared by every test: no test touches the real user folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tests import postgres_support

# Property tests draw the same examples on every run (derandomize), so a CI run is
# reproducible and a red one is never bad luck. HYPOTHESIS_PROFILE=fuzz draws new examples
# on each run, ten times as many (tests/hypothesis_support.py), to look for new failures.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("fuzz", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

# Qt must never try to open a real display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLES_DIR = REPO_ROOT.parent / "shared" / "samples"


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point data and config folders at a temporary folder; forget any JDEDITOR_DB."""
    home = tmp_path / "user"
    monkeypatch.setenv("JDEDITOR_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("JDEDITOR_CONFIG_DIR", str(home / "config"))
    monkeypatch.delenv("JDEDITOR_DB", raising=False)
    yield home


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty database on the test server (tests/postgres_support.py), dropped after
    the test; skipped, with the reason, when no server could be had."""
    server = postgres_support.server()
    if server.url is None:
        pytest.skip(f"no PostgreSQL server: {server.reason}")
    url = postgres_support.create_database(server.url)
    server.used += 1
    try:
        yield url
    finally:
        postgres_support.drop_database(server.url, url)


@pytest.fixture(params=["sqlite", "postgresql"])
def library_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a library lives, once on each backend: a SQLite file, then a PostgreSQL
    database (skipped, with the reason, when no server could be had)."""
    if request.param == "sqlite":
        return str(tmp_path / "backend" / "library.db")
    return str(request.getfixturevalue("postgres_url"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say in one line whether the PostgreSQL tests ran, so a skip is never missed."""
    server = postgres_support.STATE
    if server is None:
        return
    if server.url is None:
        terminalreporter.write_line(
            f"PostgreSQL: NOT TESTED, no server could be had: {server.reason}",
            yellow=True,
            bold=True,
        )
    else:
        where = "started for this run" if server.started_here else "from JDEDITOR_TEST_PG"
        terminalreporter.write_line(
            f"PostgreSQL: {server.used} test databases on a server {where}", green=True
        )


@pytest.fixture
def samples_dir() -> Path:
    if not SAMPLES_DIR.is_dir():
        pytest.skip(f"the shared samples folder {SAMPLES_DIR} is not beside the checkout")
    return SAMPLES_DIR
