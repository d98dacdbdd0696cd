"""A PostgreSQL server for the tests, or a visible reason why there is none.

``.ci/run`` starts a throwaway cluster and passes its URL in ``JDEDITOR_TEST_PG``. On a
developer's machine without it, the first test that needs a server starts one with
``.ci/postgres.sh`` in a temporary folder (when PostgreSQL is installed) and stops it at
the end of the run. Each test gets a database of its own, dropped afterwards. When no
server can be had, those tests are skipped with the reason, and the run's summary says
so in one line (``pytest_terminal_summary`` in ``tests/conftest.py``).
"""

from __future__ import annotations

import atexit
import os
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SCRIPT = REPO_ROOT / ".ci" / "postgres.sh"


@dataclass
class ServerState:
    url: str | None = None  # the server's maintenance database; tests make their own
    reason: str = ""  # why there is no server
    started_here: bool = False
    used: int = 0  # databases made for tests


STATE: ServerState | None = None


def server() -> ServerState:
    """The server for this run, found or started once."""
    global STATE
    if STATE is None:
        STATE = _find_or_start()
    return STATE


def _find_or_start() -> ServerState:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return ServerState(reason="psycopg is not installed (pip install -e '.[test]')")
    given = os.environ.get("JDEDITOR_TEST_PG", "").strip()
    if given:
        return ServerState(url=given)
    if os.environ.get("JDEDITOR_TEST_PG_START", "1") == "0":
        return ServerState(reason="JDEDITOR_TEST_PG is not set and starting one is off")
    folder = tempfile.mkdtemp(prefix="jdpg")
    os.chmod(folder, 0o755)
    done = subprocess.run(
        ["bash", str(SCRIPT), "start", folder], capture_output=True, text=True, timeout=120
    )
    if done.returncode != 0:
        subprocess.run(["bash", str(SCRIPT), "stop", folder], capture_output=True, timeout=60)
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return ServerState(reason=f"could not start one with .ci/postgres.sh: {last}")
    atexit.register(
        lambda: subprocess.run(["bash", str(SCRIPT), "stop", folder], capture_output=True)
    )
    return ServerState(url=done.stdout.strip().splitlines()[-1], started_here=True)


def _admin_url(url: str) -> str:
    """The URL as psycopg itself takes it (no SQLAlchemy driver name)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def with_database(url: str, database: str) -> str:
    """``url`` pointing at another database of the same server."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=database).render_as_string(hide_password=False)


def create_database(url: str) -> str:
    """A new empty database on the server; its SQLAlchemy URL."""
    import psycopg

    name = f"jd_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_admin_url(url), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return with_database(url, name)


def drop_database(url: str, test_url: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    name = make_url(test_url).database
    with psycopg.connect(_admin_url(url), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
