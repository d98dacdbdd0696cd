"""Statement search pages on an existing library, optionally against another version.

    python -m benchmarks.bench_statement_search LIBRARY.db [--rounds 5]
        [--old OLD_statement_reading.py] [--db URL] [--fill-from LIBRARY.db]

Each query class (first page, few hits, 数, 数据, excel, exper, 相关工作经验), with no kind
and within ``requirements``: one warm-up, then ``--rounds`` calls of
``statement_reading.page`` (first page of 50), median ms. With ``--old`` (a copy of an
earlier ``store/statement_reading.py``, e.g. from ``git show main:…``) the two versions
alternate in the same process and each page is checked to be the same. A version that
takes the head in memory (``statement_head``) gets one kept for the run; the time to
read it, and a first many-hit search with none kept (as after a write), are printed
first. Each figure is the median wall time, then the median CPU time of this process
(on SQLite that is the whole work, and it moves less with the machine's load; on
PostgreSQL the server's work is not in it).

``--db URL`` reads a PostgreSQL library instead of the SQLite file (LIBRARY is then
ignored, give ``-``). ``--fill-from LIBRARY.db`` first fills that PostgreSQL library's
statement tables in bulk from a SQLite library whose statements were counted
(``bench_statements.py --library``): the ``statements`` rows are copied as they are and
each wording's search vector is made by the app's own ``vector_literal`` (what
``PostgresStatementSearch.index`` stores), both with COPY. The postings themselves are
not copied: the first statements refresh at 100,000 postings is far too slow on
PostgreSQL to build the library through the service, and only the statement tables are
read here. The PostgreSQL library must be made by the app first (``Library.open(URL)``),
so that its schema is the app's.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import sqlite3
import statistics
import time
from pathlib import Path
from types import ModuleType

from sqlalchemy import Connection, Engine, create_engine

from jdeditor.core.model import SectionKind
from jdeditor.store import statement_reading
from jdeditor.store.statement_head import HeadCache, read_head
from jdeditor.store.statement_search import StatementFtsSearch, StatementSearch

QUERIES = ("", "数据分析", "团队合作", "数", "数据", "excel", "exper", "相关工作经验")
_COLUMNS = "id, kind, language, text, postings, uses, preferred, starter, role"


def _load(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("old_statement_reading", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fill_postgres(engine: Engine, sqlite_path: str) -> None:
    """Replace the PostgreSQL library's statements with the SQLite library's, in bulk."""
    from jdeditor.store.search_lexemes import vector_literal

    source = sqlite3.connect(sqlite_path)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("TRUNCATE statements CASCADE")
        started = time.perf_counter()
        with cursor.copy(f"COPY statements ({_COLUMNS}) FROM STDIN") as copy:  # type: ignore[attr-defined]
            for row in source.execute(f"SELECT {_COLUMNS} FROM statements"):
                copy.write_row((*row[:6], bool(row[6]), bool(row[7]), row[8]))
        print(f"statements copied in {time.perf_counter() - started:.0f} s", flush=True)
        started = time.perf_counter()
        with cursor.copy("COPY statement_search (statement_id, document) FROM STDIN") as copy:  # type: ignore[attr-defined]
            for key, wording in source.execute("SELECT id, text FROM statements"):
                copy.write_row((key, vector_literal([(wording, "D")])))
        print(f"search vectors copied in {time.perf_counter() - started:.0f} s", flush=True)
        cursor.execute("SELECT setval('statements_id_seq', (SELECT max(id) FROM statements))")
        raw.commit()
        raw.driver_connection.autocommit = True  # type: ignore[union-attr]
        cursor.execute("VACUUM ANALYZE statements")
        cursor.execute("VACUUM ANALYZE statement_search")
    finally:
        raw.close()
        source.close()


def _search(connection: Connection) -> StatementSearch:
    if connection.dialect.name == "postgresql":
        from jdeditor.store.postgres_statement_search import PostgresStatementSearch

        return PostgresStatementSearch()
    return StatementFtsSearch()


class _Plain:
    """A statement search with its condition alone (no cheap counts)."""

    def __init__(self, search: StatementSearch) -> None:
        self._search = search

    def index(self, connection: Connection, rows: object) -> None:
        raise NotImplementedError

    def condition(self, query: str) -> object:
        return self._search.condition(query)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("library")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--old")
    parser.add_argument("--db", help="a PostgreSQL library's URL, read instead of LIBRARY")
    parser.add_argument("--fill-from", help="fill --db's statements from this SQLite library")
    parser.add_argument(
        "--warm-heads",
        action="store_true",
        help="read the heads kept for the run before the first query (otherwise the first"
        " search whose walk from the top gives up reads them)",
    )
    options = parser.parse_args()
    versions: list[tuple[str, ModuleType]] = [("new", statement_reading)]
    if options.old:
        versions.insert(0, ("old", _load(options.old)))
    engine = create_engine(options.db or f"sqlite:///{options.library}")
    if options.fill_from:
        fill_postgres(engine, options.fill_from)
    file = None if options.db else Path(options.library)
    with engine.connect() as connection:
        search = _search(connection)
        for kind in (None, SectionKind.REQUIREMENTS):
            started, started_cpu = time.perf_counter(), time.process_time()
            head = read_head(connection, None if kind is None else kind.value)
            connection.rollback()
            print(
                f"the head of {kind.value if kind else 'every kind'} in memory: {len(head)}"
                f" statements read in {(time.perf_counter() - started) * 1000:.0f} ms"
                f" (CPU {(time.process_time() - started_cpu) * 1000:.0f})",
                flush=True,
            )
            # The first search of many hits after a write: no head kept yet.
            started, started_cpu = time.perf_counter(), time.process_time()
            statement_reading.page(
                connection, search, kind, "excel", None, True, 0, 50, HeadCache(file)
            )
            connection.rollback()
            print(
                f"  'excel' with no head kept: {(time.perf_counter() - started) * 1000:.0f} ms"
                f" (CPU {(time.process_time() - started_cpu) * 1000:.0f})",
                flush=True,
            )
        # Each version's page(), with the library's head kept in memory when it takes one.
        # A version without (main before the head) had no counting search on PostgreSQL:
        # it gets the search's condition alone, as it was then.
        calls: dict[str, dict[str, object]] = {}
        searches: dict[str, object] = {}
        for name, module in versions:
            takes_heads = "heads" in inspect.signature(module.page).parameters
            calls[name] = {"heads": HeadCache(file)} if takes_heads else {}
            searches[name] = search if takes_heads or not options.db else _Plain(search)
            if takes_heads and options.warm_heads:
                for kind in (None, SectionKind.REQUIREMENTS):
                    calls[name]["heads"].head(connection, None if kind is None else kind.value)  # type: ignore[attr-defined]
                    connection.rollback()
        for kind in (None, SectionKind.REQUIREMENTS):
            for query in QUERIES:
                times: dict[str, list[float]] = {name: [] for name, _ in versions}
                cpu: dict[str, list[float]] = {name: [] for name, _ in versions}
                pages = {}
                for name, module in versions:
                    module.page(
                        connection, searches[name], kind, query, None, True, 0, 50, **calls[name]
                    )
                    connection.rollback()
                for _ in range(options.rounds):
                    for name, module in versions:
                        start, start_cpu = time.perf_counter(), time.process_time()
                        pages[name] = module.page(
                            connection,
                            searches[name],
                            kind,
                            query,
                            None,
                            True,
                            0,
                            50,
                            **calls[name],
                        )
                        connection.rollback()  # each call its own read, as in the app
                        times[name].append((time.perf_counter() - start) * 1000)
                        cpu[name].append((time.process_time() - start_cpu) * 1000)
                same = len({repr(page) for page in pages.values()}) == 1
                total = pages["new"].total
                figures = "  ".join(
                    f"{name} {statistics.median(values):7.1f} ms"
                    f" (CPU {statistics.median(cpu[name]):6.1f})"
                    for name, values in times.items()
                )
                print(
                    f"{kind.value if kind else '-':13} {query!r:10} total {total:5}"
                    f"{'' if pages['new'].total_exact else '+'}  {figures}  same {same}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
