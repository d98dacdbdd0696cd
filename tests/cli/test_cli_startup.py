"""A command loads only what it needs: reading a library loads no reader or exporter.

Timings are in benchmarks/bench_cli.py and docs/performance.md; here only what is
imported is checked, which does not depend on the machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli import db, sample_json  # noqa: F401  (fixtures)

HEAVY = [
    "docx",
    "docxtpl",
    "jinja2",
    "lxml",
    "charset_normalizer",
    "alembic",
    "jdeditor.formats.docx_export",
    "jdeditor.formats.readers",
    "jdeditor.formats.exporting",
    "jdeditor.core.structure",
    "jdeditor.import_plan",
    "PySide6",
    # a team library's parts: a library file never needs them
    "keyring",
    "psycopg",
    "jdeditor.store.credentials",
    "jdeditor.store.change_notices",
    # making or repairing a library: never for a command that only reads
    "jdeditor.store.library_creation",
    "jdeditor.store.schema_repair",
]

PROGRAM = """
import json, sys
from jdeditor.cli import main
status = main(sys.argv[1:])
sys.stdout.flush()
heavy = json.loads(sys.stdin.read())
print(json.dumps({"status": status, "loaded": [name for name in heavy if name in sys.modules]}),
      file=sys.stderr)
"""


# The ORM and our mapping are for writing: reading a library queries Core tables.
WRITING = ["sqlalchemy.orm", "jdeditor.store.orm", "jdeditor.store.writing"]


def loaded_by(*args: str, watched: list[str] = HEAVY) -> list[str]:
    """Which of ``watched`` a real run of ``jdeditor ARGS`` had imported when it finished."""
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, *args],
        input=json.dumps(watched),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )
    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report["status"] == 0, result.stderr
    return list(report["loaded"])


@pytest.mark.parametrize(
    "args",
    [["list"], ["list", "--json"], ["search", "数据"], ["show", "1"], ["show", "1", "--json"]],
    ids=" ".join,
)
def test_reading_a_library_loads_no_reader_or_exporter(db: Path, args: list[str]) -> None:  # noqa: F811
    assert loaded_by("--db", str(db), *args) == []


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["list", "--trash", "--json"],
        ["search", "数据"],
        ["show", "1"],
        ["show", "1", "--json"],
        ["history", "1"],
        ["history", "1", "--json"],
        ["diff", "1", "2"],
        ["diff", "1@1", "2", "--json"],
        ["statements", "--search", "数据"],
        ["statements", "families", "--json"],
        ["db", "info"],
    ],
    ids=" ".join,
)
def test_reading_a_library_does_not_load_the_orm(db: Path, args: list[str]) -> None:  # noqa: F811
    assert loaded_by("--db", str(db), *args, watched=WRITING) == []


def test_every_watched_module_exists() -> None:
    """A misspelt name would make the checks above pass whatever is loaded."""
    import importlib.util

    missing = [name for name in HEAVY + WRITING if importlib.util.find_spec(name) is None]
    assert missing == []


def test_the_check_sees_that_creating_a_library_loads_its_maker(tmp_path: Path) -> None:
    new = tmp_path / "new.db"
    watched = ["jdeditor.store.library_creation"]
    assert loaded_by("--db", str(new), "db", "init", watched=watched) == watched


def test_the_check_sees_that_the_window_watcher_loads_change_notices(db: Path) -> None:  # noqa: F811
    code = (
        "import sys\n"
        "from jdeditor.service.library import Library\n"
        f"with Library.open({str(db)!r}, create=False) as library:\n"
        "    library.watch_changes().close()\n"
        "print('jdeditor.store.change_notices' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.split() == ["True"]


def test_the_check_sees_that_writing_loads_the_orm(db: Path) -> None:  # noqa: F811
    assert loaded_by("--db", str(db), "delete", "1", watched=WRITING) == WRITING
    assert loaded_by("--db", str(db), "set", "2", "status", "archived", watched=WRITING) == WRITING


def test_the_check_sees_what_export_loads(db: Path, tmp_path: Path) -> None:  # noqa: F811
    loaded = loaded_by("--db", str(db), "export", "1", "--out", str(tmp_path / "x.docx"))
    assert {"docx", "docxtpl", "jdeditor.formats.docx_export"} <= set(loaded)
    assert "charset_normalizer" not in loaded and "jdeditor.formats.readers" not in loaded


def test_importing_the_command_path_of_list_loads_only_the_service() -> None:
    code = (
        "import sys, jdeditor.cli, jdeditor.commands.browse\n"
        "print(' '.join(sorted(name for name in sys.modules if name.split('.')[0] in "
        "('docx', 'docxtpl', 'charset_normalizer', 'PySide6') "
        "or name.startswith(('jdeditor.formats.docx_export', 'jdeditor.core.structure')))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.split() == []
    assert (
        "sqlalchemy"
        in subprocess.run(
            [sys.executable, "-c", "import sys, jdeditor.commands.browse; print(*sys.modules)"],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout.split()
    )


def test_the_cycle_collector_is_paused_only_while_a_command_starts(
    db: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    from jdeditor.cli import main
    from jdeditor.formats import exporting

    seen: list[bool] = []
    real_export = exporting.export_postings

    def export_postings(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())  # a long export frees its cyclic garbage as it goes
        return real_export(*args, **kwargs)

    monkeypatch.setattr(exporting, "export_postings", export_postings)
    assert main(["--db", str(db), "export", "1", "--out", str(tmp_path / "x.docx")]) == 0
    assert seen == [True] and gc.isenabled()
    assert main(["--db", str(tmp_path / "missing.db"), "list"]) == 1  # failed to open
    assert gc.isenabled()
