from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jdeditor.service import Library


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """A SQLite library file, for the tests about files (backups, migrations, damage)."""
    return tmp_path / "lib" / "library.db"


@pytest.fixture
def library(library_url: str) -> Iterator[Library]:
    """A new library on each backend: a SQLite file, then a PostgreSQL database."""
    with Library.open(library_url) as opened:
        yield opened


@pytest.fixture
def on_sqlite(library: Library) -> None:
    """For a test about SQLite's files (backups): skipped, visibly, on PostgreSQL, where a
    library is backed up with pg_dump (docs/team.md), not by the app."""
    if library.location.file is None:
        pytest.skip("SQLite only: a PostgreSQL library is backed up with pg_dump, not the app")
