"""The statements' refresh in O(changed): after a first refresh, only the postings saved,
added or trashed since are looked at, and restores and purges fall back to comparing
every posting; the counts always equal the ones a full refresh gives."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from jdeditor.core.listing import ListQuery
from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from jdeditor.service import Library
from jdeditor.store import statements as store_statements

WORDINGS = ["善于沟通", "熟悉Excel", "本科及以上学历", "3年以上经验", "精通SQL", "责任心强"]


@pytest.fixture
def library(library_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Library]:
    # No slack: otherwise every posting of a test is "maybe saved since".
    monkeypatch.setattr(store_statements, "SLACK", 0)
    with Library.open(library_url) as opened:
        yield opened


def make_posting(title: str, wordings: list[str], stamp: datetime | None = None) -> Posting:
    section = Section(SectionKind.REQUIREMENTS, "任职要求", [Item(text) for text in wordings])
    return Posting(
        title=title, language=Language.ZH, sections=[section], created_at=stamp, updated_at=stamp
    )


def counts(library: Library) -> dict[str, int]:
    page = library.statements(include_starter=False, limit=1000)
    return {entry.text: entry.postings for entry in page.entries if entry.postings}


def expected(library: Library) -> dict[str, int]:
    found: Counter[str] = Counter()
    for summary in library.list_postings(ListQuery(limit=1000)).rows:
        posting = library.get_posting(summary.id)
        found.update({item.text for section in posting.sections for item in section.items})
    return dict(found)


def test_a_save_after_the_first_refresh_compares_only_what_changed(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = library.create_posting(make_posting("A", ["善于沟通", "熟悉Excel"]))
    library.create_posting(make_posting("B", ["善于沟通"]))
    assert counts(library) == {"善于沟通": 2, "熟悉Excel": 1}

    def everything(*_args: object) -> object:
        raise AssertionError("every posting compared")

    monkeypatch.setattr(store_statements, "_changed_all", everything)
    a.sections[0].items[1].text = "精通Excel"
    a = library.save_posting(a)
    assert counts(library) == {"善于沟通": 2, "精通Excel": 1}
    assert a.id is not None
    library.delete_posting(a.id)
    assert counts(library) == {"善于沟通": 1}
    library.create_posting(make_posting("C", ["责任心强"]))
    assert counts(library) == {"善于沟通": 1, "责任心强": 1}


def test_an_old_posting_added_since_is_counted(library: Library) -> None:
    library.create_posting(make_posting("A", ["善于沟通"]))
    assert counts(library) == {"善于沟通": 1}
    old = datetime(2001, 1, 1, tzinfo=UTC)  # e.g. from a JSON file: its time is kept
    library._repository.add_many([make_posting("B", ["善于沟通", "精通SQL"], old)])
    assert counts(library) == {"善于沟通": 2, "精通SQL": 1}


def test_a_purged_id_taken_again_is_counted_afresh(library: Library) -> None:
    library.create_posting(make_posting("A", ["善于沟通"]))
    b = library.create_posting(make_posting("B", ["精通SQL"]))
    assert b.id is not None
    library.delete_posting(b.id)
    assert counts(library) == {"善于沟通": 1}
    library.purge_posting(b.id)
    library.create_posting(make_posting("C", ["责任心强"]))  # may get B's id on SQLite
    assert counts(library) == {"善于沟通": 1, "责任心强": 1}


def test_random_changes_keep_the_counts_of_a_full_refresh(library: Library) -> None:
    chosen = random.Random(13)
    live: list[int] = []
    trash: list[int] = []
    for step in range(60):
        action = chosen.choice(["add", "add", "save", "save", "trash", "restore", "purge"])
        wordings = chosen.sample(WORDINGS, chosen.randint(1, 3))
        if action == "add" or (not live and action in ("save", "trash")):
            stamp = datetime(2001, 1, 1, tzinfo=UTC) if chosen.random() < 0.3 else None
            added = library._repository.add_many([make_posting(f"P{step}", wordings, stamp)])
            live.append(added[0])
        elif action == "save":
            posting = library.get_posting(chosen.choice(live))
            posting.sections[0].items = [Item(text) for text in wordings]
            library.save_posting(posting)
        elif action == "trash":
            posting_id = live.pop(chosen.randrange(len(live)))
            library.delete_posting(posting_id)
            trash.append(posting_id)
        elif action == "restore" and trash:
            posting_id = trash.pop(chosen.randrange(len(trash)))
            library.restore_posting(posting_id)
            live.append(posting_id)
        elif action == "purge" and trash:
            library.purge_posting(trash.pop(chosen.randrange(len(trash))))
        if chosen.random() < 0.6:
            assert counts(library) == expected(library), f"step {step}: {action}"
    assert counts(library) == expected(library)


def test_the_newest_posting_purged_and_another_added_between_two_calls(library: Library) -> None:
    library.create_posting(make_posting("A", ["善于沟通"]))
    b = library.create_posting(make_posting("B", ["精通SQL"]))
    assert b.id is not None
    assert counts(library) == {"善于沟通": 1, "精通SQL": 1}
    library.delete_posting(b.id)
    library.purge_posting(b.id)
    library.create_posting(make_posting("C", ["责任心强"]))  # takes B's id on SQLite
    assert counts(library) == {"善于沟通": 1, "责任心强": 1}


def test_the_newest_posting_purged_and_an_old_one_imported_between_two_calls(
    library: Library,
) -> None:
    # On SQLite the import takes the purged posting's id again, at version 1 like it,
    # and (without AUTOINCREMENT) its revision's id; its time is older than the latest
    # save, so nothing in the postings' signature tells of it but the revision's id.
    _purge_the_newest_then_import_an_old_one(library)
    assert counts(library) == {"善于沟通": 1, "责任心强": 1}


def _purge_the_newest_then_import_an_old_one(library: Library) -> None:
    library.create_posting(make_posting("A", ["善于沟通"]))
    b = library.create_posting(make_posting("B", ["精通SQL"]))
    assert b.id is not None
    assert counts(library) == {"善于沟通": 1, "精通SQL": 1}
    library.delete_posting(b.id)
    library.purge_posting(b.id)
    old = datetime(2001, 1, 1, tzinfo=UTC)
    library._repository.add_many([make_posting("C", ["责任心强"], old)])


def test_the_same_corner_seen_by_the_next_process(library_url: str) -> None:
    """The next process compares every posting (no signature yet): the source of the
    purged posting names the same id and version as the import, not the same revision."""
    with Library.open(library_url) as first:
        _purge_the_newest_then_import_an_old_one(first)
    with Library.open(library_url) as second:
        assert counts(second) == {"善于沟通": 1, "责任心强": 1}


def _stored(library: Library) -> dict[str, list[tuple[object, ...]]]:
    from sqlalchemy import select

    from jdeditor.store.tables import posting_statements, statement_sources, statements

    engine = library._repository._engine
    by_id: dict[int, tuple[object, ...]] = {}
    with engine.connect() as connection:
        for row in connection.execute(select(statements)):
            by_id[row.id] = (row.kind, row.language, row.text, row.postings, row.starter)
        links = [(row[0], by_id[row[1]]) for row in connection.execute(select(posting_statements))]
        sources = [tuple(row) for row in connection.execute(select(statement_sources))]
        if engine.dialect.name == "sqlite":
            index = "SELECT rowid, text FROM statement_fts"
        else:
            index = "SELECT statement_id, document::text FROM statement_search"
        documents = [(by_id[row[0]], row[1]) for row in connection.exec_driver_sql(index)]
        indexes = sorted(
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index'"
                if engine.dialect.name == "sqlite"
                else "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
            )
        )
    return {
        "statements": sorted(map(repr, by_id.values())),  # type: ignore[dict-item]
        "links": sorted(map(repr, links)),  # type: ignore[dict-item]
        "sources": sorted(map(repr, sources)),  # type: ignore[dict-item]
        "documents": sorted(map(repr, documents)),  # type: ignore[dict-item]
        "indexes": indexes,  # type: ignore[dict-item]
    }


def _reset(library: Library) -> None:
    engine = library._repository._engine
    index = "statement_fts" if engine.dialect.name == "sqlite" else "statement_search"
    with engine.begin() as connection:
        for table in (index, "posting_statements", "statement_sources", "statements"):
            connection.exec_driver_sql(f"DELETE FROM {table}")
    library._statement_store._signature = None


def test_the_bulk_writes_store_what_the_row_by_row_writes_store(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first refresh through the bulk writes (SQLite: the indexes dropped and made
    again; PostgreSQL: COPY) stores the same statements, links, sources, index rows and
    indexes as one row by row; so does the refresh after more postings are added."""
    from benchmarks.generate import generate_postings
    from jdeditor.store import statement_writes

    postings = list(generate_postings(40))
    nested = make_posting("N", ["善于沟通", "  ", " 精通SQL "])
    nested.sections[0].items.insert(1, Item("技能", children=[Item("熟悉Excel")]))
    postings.append(nested)
    library._repository.add_many(postings[:30])

    def refreshed(bulk: int, afresh: bool = True) -> dict[str, list[tuple[object, ...]]]:
        monkeypatch.setattr(statement_writes, "BULK_ROWS", bulk)  # 1: every write in bulk
        if afresh:
            _reset(library)
        library._statement_store.refresh()
        return _stored(library)

    assert refreshed(1) == refreshed(10**9)
    library._repository.add_many(postings[30:])
    grown = refreshed(1, afresh=False)
    assert grown == refreshed(10**9)
    assert len(grown["links"]) > 100
    assert "('requirements', 'zh', '熟悉Excel'" in " ".join(grown["statements"])
    assert "('requirements', 'zh', '技能'" not in " ".join(grown["statements"])


def test_a_bulk_refresh_that_fails_leaves_the_indexes_and_no_rows(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The indexes dropped for a bulk insert are part of the refresh's transaction: a
    failure after the drop rolls it back with the rows."""
    from sqlalchemy import Index

    from jdeditor.store import statement_writes

    library._repository.add_many([make_posting(f"P{n}", WORDINGS[n % 3 :]) for n in range(9)])
    before = _stored(library)
    monkeypatch.setattr(statement_writes, "BULK_ROWS", 1)

    def fail(*_args: object) -> None:
        raise RuntimeError("killed while indexing")

    monkeypatch.setattr(type(library._statement_store.search_backend), "index", fail)
    # SQLite: after the indexes were dropped and the rows inserted, before they are made.
    monkeypatch.setattr(Index, "create", fail)
    with pytest.raises(RuntimeError, match="killed while indexing"):
        library._statement_store.refresh()
    assert _stored(library) == before
    monkeypatch.undo()
    monkeypatch.setattr(store_statements, "SLACK", 0)
    assert counts(library) == expected(library)
