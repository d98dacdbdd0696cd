"""Schema creation, upgrades with backups, and refusal of newer or foreign databases."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from jdeditor.errors import LibraryError
from jdeditor.service import Library
from jdeditor.store import migrating
from jdeditor.store.migrating import MIGRATIONS_DIR, SCHEMA_HEAD
from jdeditor.store.orm import Base
from tests.factories import NUMBERING_GAP_ITEM, NUMBERING_GAP_ZH

FIXTURES = Path(__file__).parent / "fixtures"

# Alembic cannot reflect expression indexes on SQLite; they are compared on their own below.
pytestmark = pytest.mark.filterwarnings(
    "ignore:autogenerate skipping metadata-specified expression-based index",
    "ignore:Skipped unsupported reflection of expression-based index",
)


def test_schema_head_constant_matches_the_scripts() -> None:
    assert ScriptDirectory(MIGRATIONS_DIR).get_current_head() == SCHEMA_HEAD


def test_migrated_schema_matches_the_models(library_path: Path) -> None:
    Library.open(library_path).close()
    engine = create_engine(f"sqlite:///{library_path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = [
            diff
            for diff in compare_metadata(context, Base.metadata)
            # the FTS5 virtual tables and their shadow tables are not ORM models
            if not (
                diff[0] == "remove_table"
                and diff[1].name.startswith(("posting_fts", "statement_fts"))
            )
        ]
    engine.dispose()
    assert differences == []


def test_migrated_expression_indexes_match_the_models(library_path: Path, tmp_path: Path) -> None:
    Library.open(library_path).close()
    from_models = tmp_path / "models.db"
    engine = create_engine(f"sqlite:///{from_models}")
    Base.metadata.create_all(engine)
    engine.dispose()

    def expression_indexes(path: Path) -> dict[str, str]:
        with sqlite3.connect(path) as connection:
            rows = connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE name LIKE 'ix_statements_rank%'"
            ).fetchall()
        connection.close()
        return {name: " ".join(sql.split()) for name, sql in rows}

    migrated = expression_indexes(library_path)
    assert set(migrated) == {"ix_statements_rank", "ix_statements_rank_kind"}
    assert migrated == expression_indexes(from_models)


def test_older_schema_is_backed_up_then_upgraded(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Library.open(library_path).close()
    connection = sqlite3.connect(library_path)
    connection.execute("UPDATE alembic_version SET version_num = 'older'")
    connection.commit()
    connection.close()
    upgraded: list[str] = []

    def fake_upgrade(connection: object, target: str = "head") -> None:
        upgraded.append(target)
        from sqlalchemy import text

        connection.execute(text(f"UPDATE alembic_version SET version_num = '{SCHEMA_HEAD}'"))  # type: ignore[attr-defined]

    monkeypatch.setattr(migrating, "known_revisions", lambda: {"older", SCHEMA_HEAD})
    monkeypatch.setattr(migrating, "_upgrade", fake_upgrade)
    Library.open(library_path).close()
    assert upgraded == ["head"]
    [backup] = library_path.parent.glob("library.db.before-upgrade-older-*.bak")
    stamped = sqlite3.connect(backup).execute("SELECT version_num FROM alembic_version")
    assert stamped.fetchone() == ("older",)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.db")), ids=lambda p: p.name)
def test_released_schema_fixtures_upgrade_and_keep_their_postings(
    fixture: Path, tmp_path: Path
) -> None:
    """Every released schema has a fixture library (tests/store/fixtures/make_fixture.py)."""
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with Library.open(path) as library:
        check_fixture_content(library, fixture.stem)
    test_migrated_schema_matches_the_models(path)


def check_fixture_content(library: Library, stem: str) -> None:
    """What every fixture library holds after its upgrade (on SQLite, and copied into
    PostgreSQL by tests/store/test_migrations_postgres.py)."""
    rows = library.list_postings().rows
    assert {row.title for row in rows} == {"高级数据分析师", "Senior Backend Engineer"}
    for row in rows:
        assert library.get_posting(row.id).sections
    assert library.search("数据").total == 1
    if stem >= "schema-0002":  # import warnings are kept from schema 0002 on
        [english] = [row for row in rows if row.title == "Senior Backend Engineer"]
        [kept] = library.import_warnings(english.id)
        assert (kept.kind, kept.line, kept.source_name) == ("numbering_jump", 7, "jobs.txt")
        assert dict(kept.values) == {"previous": "1", "current": "3", "item": "Design"}
    if stem >= "schema-0003":  # dismissed check findings from schema 0003 on
        [chinese] = [row for row in rows if row.title == "高级数据分析师"]
        [dismissal] = library.get_posting(chinese.id).dismissals
        assert dismissal.key == "zh.age:0123456789abcdef"
    else:  # stored before errors were counted: not counted, not "none"
        assert {row.errors for row in rows} == {None}
    statements = library.statements(include_starter=False, limit=100).entries
    assert "Fluent English" in {entry.text for entry in statements}
    preferred = [entry.text for entry in statements if entry.preferred]
    # A statement marked preferred is kept from schema 0004 on.
    assert preferred == (["本科及以上学历，统计学相关专业"] if stem >= "schema-0004" else [])


def test_a_schema_0001_library_keeps_the_warnings_of_its_next_import(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    shutil.copy(FIXTURES / "schema-0001.db", path)
    source = tmp_path / "岗位.txt"
    source.write_text(NUMBERING_GAP_ZH, encoding="utf-8")
    with Library.open(path) as library:
        assert library.info().schema_revision == SCHEMA_HEAD
        old_ids = [row.id for row in library.list_postings().rows]
        assert all(library.import_warnings(posting_id) == [] for posting_id in old_ids)
        [new_id] = library.import_files([source]).added
        [kept] = library.import_warnings(new_id)
        assert kept.item_text == NUMBERING_GAP_ITEM
    assert list(tmp_path.glob("library.db.before-upgrade-0001-*.bak"))


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert (FIXTURES / f"schema-{SCHEMA_HEAD}.db").exists()


def test_newer_schema_is_refused_untouched(library_path: Path) -> None:
    Library.open(library_path).close()
    connection = sqlite3.connect(library_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = library_path.read_bytes()
    with pytest.raises(LibraryError, match="newer version of JD Editor"):
        Library.open(library_path)
    assert library_path.read_bytes() == before
    assert not list(library_path.parent.glob("*.bak"))


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customers (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(LibraryError, match="not a JD Editor library"):
        Library.open(path)


def test_non_database_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(LibraryError, match="is damaged or is not a database file"):
        Library.open(path)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="is a folder"):
        Library.open(tmp_path)


def test_url_and_environment_choose_the_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_url = tmp_path / "by-url.db"
    Library.open(f"sqlite:///{by_url}").close()
    assert by_url.exists()
    by_env = tmp_path / "by-env.db"
    monkeypatch.setenv("JDEDITOR_DB", str(by_env))
    with Library.open() as library:
        assert library.location.file == by_env
    assert by_env.exists()


def test_default_library_lives_in_the_data_folder(isolated_user_folders: Path) -> None:
    with Library.open() as library:
        assert library.location.file == isolated_user_folders / "data" / "library.db"


@pytest.mark.usefixtures("on_sqlite")
def test_backup_is_a_working_library(library: Library, tmp_path: Path) -> None:
    from tests.factories import chinese_posting

    library.create_posting(chinese_posting())
    target = library.backup(tmp_path / "copy.db")
    with Library.open(target) as copy:
        assert copy.list_postings().total == 1
    with pytest.raises(LibraryError, match="already exists"):
        library.backup(target)


def test_a_server_library_is_backed_up_with_its_own_tools(
    postgres_url: str, tmp_path: Path
) -> None:
    with Library.open(postgres_url) as library, pytest.raises(LibraryError, match="pg_dump"):
        library.backup(tmp_path / "copy.db")
    assert not list(tmp_path.glob("copy.db*"))
