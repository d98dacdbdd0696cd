"""Search on PostgreSQL side by side with SQLite, on the same generated postings.

    .ci/postgres.sh start /tmp/jdpg        # prints the server's URL
    .venv/bin/python -m benchmarks.bench_pg_search --pg URL --sizes 100000

Both libraries get the same postings (benchmarks/generate.py); each query runs on one
database, then the other, alternating, 15 times; the table gives the medians (first
page of 50 hits, with the count) and the hit counts, which must be equal: the total a
search shows (counted up to 1,000, then "1,000+") and, in brackets, every hit. ``--pg``
defaults to ``$JDEDITOR_TEST_PG``; a database of its own is made on that server and
dropped at the end; with ``--keep DIR`` both libraries stay (the SQLite file in DIR, the
database ``bench_SIZE`` on the server) and the next run with ``--keep DIR`` times them
again without filling. The PostgreSQL library gets ``VACUUM ANALYZE`` before timing, as
autovacuum would give it after a bulk load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.generate import generate_postings
from jdeditor.core.listing import ListQuery, PostingFilter
from jdeditor.core.model import Status
from jdeditor.service import Library
from tests import postgres_support

QUERIES = [
    ("3-char Chinese", "数据分", PostingFilter()),
    ("2-char Chinese, common", "岗位", PostingFilter()),
    ("2-char Chinese, rare", "预算", PostingFilter()),
    ("1-char Chinese", "析", PostingFilter()),
    ("4-char phrase", "三年以上", PostingFilter()),
    ("English word", "excel", PostingFilter()),
    ("English prefix", "pipel", PostingFilter()),
    ("English, upper case", "SQL", PostingFilter()),
    ("two terms", "数据 Python", PostingFilter()),
    ("with a status filter", "数据分", PostingFilter(status=Status.PUBLISHED)),
    ("with a department filter", "岗位", PostingFilter(department="数据部")),
    ("department and status", "岗位", PostingFilter(Status.PUBLISHED, "数据部")),
    ("1-char, status filter", "析", PostingFilter(status=Status.PUBLISHED)),
    ("department, fewer hits", "数据分", PostingFilter(department="数据部")),
    ("filter without hits", "excel", PostingFilter(department="数据部")),
]
REPEAT = 15


def _fill(library: Library, size: int) -> float:
    start = time.perf_counter()
    batch = []
    for posting in generate_postings(size):
        batch.append(posting)
        if len(batch) == 10_000:
            library._repository.add_many(batch)
            batch = []
    library._repository.add_many(batch)
    return time.perf_counter() - start


def _time(library: Library, query: str, where: PostingFilter) -> float:
    start = time.perf_counter()
    library.search(query, where=where, limit=50)
    return (time.perf_counter() - start) * 1000


def _hits(library: Library, query: str, where: PostingFilter) -> str:
    """The total a search shows ("1,000+" past the cap), and every hit counted."""
    results = library.search(query, where=where, limit=1)
    if results.total_exact:
        return f"{results.total:,}"
    every = len(library.matching_ids(query, ListQuery(where)))
    return f"{results.total:,}+ ({every:,})"


def _create_database(server: str, name: str) -> None:
    import psycopg

    admin = server.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')


def _vacuum(library: Library) -> None:
    """What autovacuum does after a bulk load: statistics, and the visibility map that
    lets a count through the GIN index skip the table's pages."""
    engine = library._repository.engine.execution_options(isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")


def run(size: int, pg_server: str, folder: Path, keep: bool) -> None:
    """Fill both libraries (or reuse ones kept by an earlier ``--keep`` run) and time."""
    path = folder / f"bench-{size}.db"
    name = f"bench_{size}"
    pg_url = postgres_support.with_database(pg_server, name)
    reuse = keep and path.exists()
    if not reuse:
        path.unlink(missing_ok=True)
        postgres_support.drop_database(pg_server, pg_url)
        _create_database(pg_server, name)
    try:
        with Library.open(path) as sqlite, Library.open(pg_url) as pg:
            print(f"\n## {size:,} postings\n")
            if not reuse:
                fill_sqlite = _fill(sqlite, size)
                fill_pg = _fill(pg, size)
                print(f"insert: SQLite {fill_sqlite:.1f} s, PostgreSQL {fill_pg:.1f} s\n")
            _vacuum(pg)
            print("| query | hits (SQLite / PostgreSQL) | SQLite median | PostgreSQL median |")
            print("|---|---|---|---|")
            for label, query, where in QUERIES:
                times: dict[str, list[float]] = {"sqlite": [], "pg": []}
                for library in (sqlite, pg):
                    library.search(query, where=where, limit=50)  # warm caches
                for _ in range(REPEAT):
                    times["sqlite"].append(_time(sqlite, query, where))
                    times["pg"].append(_time(pg, query, where))
                hits_s = _hits(sqlite, query, where)
                hits_p = _hits(pg, query, where)
                print(
                    f"| {label} `{query}` | {hits_s} / {hits_p} "
                    f"| {statistics.median(times['sqlite']):.1f} ms "
                    f"| {statistics.median(times['pg']):.1f} ms |",
                    flush=True,
                )
    finally:
        if not keep:
            postgres_support.drop_database(pg_server, pg_url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--pg", default=os.environ.get("JDEDITOR_TEST_PG", ""))
    parser.add_argument(
        "--keep",
        type=Path,
        help="keep both libraries in this folder (and that server) for the next run",
    )
    args = parser.parse_args()
    if not args.pg:
        parser.error("give the PostgreSQL server's URL (--pg or $JDEDITOR_TEST_PG)")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        for size in args.sizes:
            run(size, args.pg, args.keep, True)
        return
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            run(size, args.pg, Path(folder), False)


if __name__ == "__main__":
    main()
