"""Migrations on PostgreSQL: an empty database to head, every released schema upgraded
with its data, downgrades, and `jdeditor db init` / `db info` against a server.

The released-schema fixtures are SQLite files (tests/store/fixtures). For a server, the
database is first migrated to that fixture's revision with the scripts themselves, then
filled with the fixture's rows, table by table; opening it with the app must then upgrade
it to head and keep everything the SQLite upgrade keeps (check_fixture_content).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import JSON, Engine, MetaData, create_engine, func, inspect, select, text

from jdeditor.service import Library
from jdeditor.store.migrating import MIGRATIONS_DIR, SCHEMA_HEAD, current_revision
from jdeditor.store.orm import Base
from tests.cli.test_cli import run
from tests.factories import NUMBERING_GAP_ZH, chinese_posting
from tests.store.test_migrations import FIXTURES, check_fixture_content

# The search index store/postgres_search.py keeps beside the tables, made when a library
# opens (not by a migration, and not in the models).
SEARCH_INDEX = ("posting_search", "statement_search")


def _config(connection: object) -> Config:
    config = Config()
    config.set_main_option("script_location", MIGRATIONS_DIR)
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine, action: str, revision: str) -> None:
    """``alembic upgrade|downgrade REVISION`` on the engine, in one transaction."""
    with engine.begin() as connection:
        getattr(command, action)(_config(connection), revision)


def revision_of(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return current_revision(connection)


def model_differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return [
            diff for diff in compare_metadata(context, Base.metadata) if not _of_search_index(diff)
        ]


def _of_search_index(diff: object) -> bool:
    if not isinstance(diff, tuple) or len(diff) < 2:
        return False
    named = diff[1]
    table = getattr(named, "table", named)  # an index names its table
    return getattr(table, "name", None) in SEARCH_INDEX


def released_revisions() -> list[str]:
    scripts = ScriptDirectory(MIGRATIONS_DIR)
    return sorted(script.revision for script in scripts.walk_revisions())


def copy_rows(source: Engine, target: Engine) -> int:
    """Every row of the SQLite library ``source`` into the same tables of ``target``
    (already at the same revision), then each id sequence moved past the largest id, as
    the server's own inserts would have left it. Returns the number of rows copied."""
    found, made = MetaData(), MetaData()
    with warnings.catch_warnings():  # the rank indexes are on expressions: only rows are read
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based")
        found.reflect(source)
    made.reflect(target)
    copied = 0
    with source.connect() as reading, target.begin() as writing:
        for table in made.sorted_tables:
            if table.name == "alembic_version":
                continue
            assert table.name in found.tables, f"{table.name} is missing from the fixture"
            rows = [dict(row._mapping) for row in reading.execute(select(found.tables[table.name]))]
            for row in rows:
                for column in table.columns:
                    if isinstance(column.type, JSON) and isinstance(row.get(column.name), str):
                        row[column.name] = json.loads(row[column.name])
            if rows:
                writing.execute(table.insert(), rows)
                copied += len(rows)
            if "id" in table.columns:
                writing.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"
                    )
                )
    return copied


def test_an_empty_database_is_migrated_to_head_matching_the_models(postgres_url: str) -> None:
    with Library.open(postgres_url) as library:
        assert library.info().schema_revision == SCHEMA_HEAD
        assert library.location.file is None
    engine = create_engine(postgres_url)
    try:
        assert revision_of(engine) == SCHEMA_HEAD
        assert model_differences(engine) == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.db")), ids=lambda p: p.name)
def test_released_schemas_upgrade_on_postgresql_and_keep_their_data(
    fixture: Path, postgres_url: str, tmp_path: Path
) -> None:
    revision = fixture.stem.removeprefix("schema-")
    server = create_engine(postgres_url)
    source = create_engine(f"sqlite:///file:{fixture}?mode=ro&uri=true")
    try:
        migrate(server, "upgrade", revision)
        assert revision_of(server) == revision
        assert copy_rows(source, server) > 0
    finally:
        source.dispose()
    try:
        with Library.open(postgres_url, create=False) as library:
            assert library.info().schema_revision == SCHEMA_HEAD
            check_fixture_content(library, fixture.stem)
            # new rows take ids after the copied ones, and keep their import warnings
            source_file = tmp_path / "岗位.txt"
            source_file.write_text(NUMBERING_GAP_ZH, encoding="utf-8")
            [added] = library.import_files([source_file]).added
            assert added > max(row.id for row in library.list_postings().rows if row.id != added)
            assert library.import_warnings(added)
        assert model_differences(server) == []
    finally:
        server.dispose()


def test_every_migration_downgrades_and_upgrades_again(postgres_url: str) -> None:
    """Downgrade is supported step by step down to an empty database, and each step can be
    upgraded again (the scripts' downgrade() is what an admin uses to step back)."""
    with Library.open(postgres_url) as library:
        library.create_posting(chinese_posting())
    engine = create_engine(postgres_url)
    try:
        for older in [*reversed(released_revisions()[:-1]), "base"]:
            migrate(engine, "downgrade", older)
            assert revision_of(engine) == (None if older == "base" else older)
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        migrate(engine, "upgrade", "head")
        assert revision_of(engine) == SCHEMA_HEAD
        assert model_differences(engine) == []
    finally:
        engine.dispose()
    with Library.open(postgres_url, create=False) as library:
        assert library.list_postings().total == 0
        assert library.create_posting(chinese_posting()).id == 1


def test_downgrading_one_step_keeps_the_postings(postgres_url: str) -> None:
    with Library.open(postgres_url) as library:
        library.create_posting(chinese_posting())
    engine = create_engine(postgres_url)
    try:
        migrate(engine, "downgrade", released_revisions()[-2])
        with engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(text("postings"))) == 1
    finally:
        engine.dispose()
    with Library.open(postgres_url, create=False) as library:  # upgraded again on open
        assert [row.title for row in library.list_postings().rows] == ["高级数据分析师"]


def test_db_init_and_info_on_a_server(postgres_url: str) -> None:
    made = run("--db", postgres_url, "db", "init")
    assert made.returncode == 0, made.stderr
    assert "Created a new library" in made.stdout
    info = run("--db", postgres_url, "db", "info", "--json")
    assert info.returncode == 0, info.stderr
    described = json.loads(info.stdout)
    assert described["schema_revision"] == SCHEMA_HEAD
    assert described["postings"] == 0
    again = run("--db", postgres_url, "db", "init")
    assert again.returncode == 0 and "Created" not in again.stdout
    listed = run("--db", postgres_url, "list")
    assert listed.returncode == 0 and "0 of 0 postings" in listed.stdout
