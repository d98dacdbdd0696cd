"""Statements benchmark (issue 13): families for 10,000 postings in < 10 s, statement
search in < 30 ms at 100,000 postings.

    .venv/bin/python -m benchmarks.bench_statements [--sizes 2500 5000 10000]
    .venv/bin/python -m benchmarks.bench_statements --library [--search-size 100000]
    .venv/bin/python -m benchmarks.bench_statements --library --db URL_OR_FILE

``--db`` times the statement search in that library instead (a PostgreSQL URL or a
SQLite file; filled with ``--search-size`` generated postings when empty, as
``bench_pg_search --keep`` leaves them), and skips the families.

``--library`` measures the library's statements (store and service, a SQLite file in a
temporary folder; ``--search-size 0`` leaves the search part out): per size, the first
refresh (counting every posting), the families from the stored distinct statements and
a second families call (cached); then, at ``--search-size`` postings, the first refresh,
statement searches (median of each kind of query: Chinese of 1, 2 and 3+ characters, an
English word, an English prefix) and the incremental refresh after one save.

Families of every item of 2,500, 5,000 and 10,000 generated postings (about 15 items
each), timed from the statements to the finished families (normalising included), with
the growth between sizes: ``log(t2/t1) / log(n2/n1)`` is 1 for linear growth and a
little above 1 for n log n; all pairs would be 2. Wall and CPU time are both printed,
since on a busy machine the wall time says more about the other processes than about us.
"""

from __future__ import annotations

import argparse
import math
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.generate import generate_postings
from jdeditor.core.listing import ListQuery, PostingFilter
from jdeditor.core.model import Item, SectionKind
from jdeditor.core.statements import Statement, families, statements_of
from jdeditor.service import Library

TARGET_POSTINGS = 10_000
TARGET_SECONDS = 10.0


def _statements(count: int) -> list[Statement]:
    return [
        statement
        for number, posting in enumerate(generate_postings(count), start=1)
        for statement in statements_of(posting, number)
    ]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


SEARCH_QUERIES = {
    "zh 1 char": ["数", "户", "责", "析"],
    "zh 2 chars": ["数据", "沟通", "团队", "经验"],
    "zh 3+ chars": ["数据分析", "团队合作", "相关工作经验", "沟通能力"],
    "en word": ["excel", "team", "experience", "python"],
    "en prefix": ["exper", "commun", "pyth", "manag"],
}
SEARCH_TARGET_MS = 30.0


def _library(path: Path, count: int) -> Library:
    library = Library.open(path)
    postings = list(generate_postings(count))
    for start in range(0, count, 10_000):
        library._repository.add_many(postings[start : start + 10_000], count_checks=False)
    return library


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    start_wall, start_cpu = time.perf_counter(), _cpu()
    action()
    return time.perf_counter() - start_wall, _cpu() - start_cpu


def library_families(sizes: list[int]) -> None:
    print("postings  first refresh s  (CPU s)  families wall s  CPU s  growth (CPU)  again ms")
    previous: tuple[int, float] | None = None
    for size in sizes:
        with (
            tempfile.TemporaryDirectory() as folder,
            _library(Path(folder) / "lib.db", size) as library,
        ):
            refresh, cpu_refresh = _timed(lambda: library.statements(limit=1))
            wall, cpu = _timed(library.statement_families)
            again, _ = _timed(library.statement_families)
        growth = ""
        if previous is not None:
            growth = f"{math.log(cpu / previous[1]) / math.log(size / previous[0]):.2f}"
        print(
            f"{size:8d}  {refresh:15.2f}  {cpu_refresh:7.2f}  {wall:15.2f}  {cpu:5.2f}"
            f"  {growth:>12}  {again * 1000:8.2f}"
        )
        previous = (size, cpu)


def _existing_library(location: str, count: int) -> Library:
    library = Library.open(location)
    if library.list_postings(ListQuery(PostingFilter())).total == 0:
        postings = list(generate_postings(count))
        for start in range(0, count, 10_000):
            library._repository.add_many(postings[start : start + 10_000], count_checks=False)
    return library


def library_search(size: int, location: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        if location is None:
            library = _library(Path(folder) / "lib.db", size)
        else:
            library = _existing_library(location, size)
        with library:
            _search_timings(library)


def _search_timings(library: Library) -> None:
    size = library.list_postings(ListQuery(PostingFilter())).total
    refresh, refresh_cpu = _timed(lambda: library.statements(limit=1))
    total = library.statements(limit=1, include_starter=False).total
    print(f"{size:,} postings, {total:,} distinct statements")
    print(f"first refresh: {refresh:.2f} s (CPU {refresh_cpu:.2f} s)")
    medians: list[float] = []
    for name, queries in SEARCH_QUERIES.items():
        times = []
        for query in queries:
            for _ in range(5):
                start = time.perf_counter()
                library.statements(search=query, limit=50)
                times.append((time.perf_counter() - start) * 1000)
        found = library.statements(search=queries[0], limit=1).total
        median = statistics.median(times)
        medians.append(median)
        print(f"  {name:12s} median {median:6.1f} ms  (e.g. '{queries[0]}': {found:,} found)")
    for kind in (None, SectionKind.REQUIREMENTS):
        times = []
        for _ in range(9):
            start = time.perf_counter()
            library.statements(kind=kind, limit=50)
            times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        medians.append(median)
        print(f"  first page, kind {kind}: median {median:6.1f} ms")
    for name, queries in SEARCH_QUERIES.items():
        times = []
        for query in queries:
            library.statements(kind=SectionKind.REQUIREMENTS, search=query, limit=50)
            for _ in range(3):
                start = time.perf_counter()
                library.statements(kind=SectionKind.REQUIREMENTS, search=query, limit=50)
                times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        medians.append(median)
        print(f"  {name:12s} in requirements: median {median:6.1f} ms")
    worst = max(medians)
    verdict = "met" if worst < SEARCH_TARGET_MS else "NOT met"
    print(f"search target: < {SEARCH_TARGET_MS:.0f} ms at {size:,} postings — {verdict}")
    posting = library.get_posting(size // 2)
    posting.sections[-1].items.append(Item("熟悉统计学方法"))
    library.save_posting(posting)
    incremental, _ = _timed(lambda: library.statements(limit=1))
    print(f"incremental refresh after one save: {incremental * 1000:.1f} ms")
    unchanged, _ = _timed(lambda: library.statements(limit=1))
    print(f"a statements call with nothing to refresh: {unchanged * 1000:.1f} ms")


def refresh_checks(path: Path, rounds: int) -> None:
    """On a library already built and counted (``--refresh-checks FILE``; it is saved to):
    the process's first statements call (every posting compared: nothing to do), then
    ``rounds`` times a save of one posting and the statements call after it (an
    incremental refresh with the first page), and a call with nothing to refresh."""
    with Library.open(path) as library:
        first, _ = _timed(lambda: library.statements(limit=50))
        print(f"first call of the process (all compared, nothing to do): {first * 1000:.1f} ms")
        ids = [row.id for row in library.list_postings().rows]
        after_save: list[tuple[float, float]] = []
        unchanged: list[tuple[float, float]] = []
        for number in range(rounds):
            posting = library.get_posting(ids[number % len(ids)])
            posting.sections[-1].items.append(Item(f"熟悉统计学方法 {number}"))
            library.save_posting(posting)
            after_save.append(_timed(lambda: library.statements(limit=50)))
            unchanged.append(_timed(lambda: library.statements(limit=50)))
        for name, times in (
            ("incremental refresh after one save, with the first page", after_save),
            ("a statements call with nothing to refresh (first page)", unchanged),
        ):
            wall = statistics.median(t[0] for t in times) * 1000
            cpu = statistics.median(t[1] for t in times) * 1000
            print(f"{name}: median {wall:.1f} ms wall, {cpu:.1f} ms CPU")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000, 10000])
    parser.add_argument("--library", action="store_true", help="the library's statements")
    parser.add_argument("--search-size", type=int, default=100_000)
    parser.add_argument("--refresh-checks", type=Path, help="a library built and counted")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--db", help="time the statement search in this library")
    arguments = parser.parse_args()
    if arguments.refresh_checks:
        refresh_checks(arguments.refresh_checks, arguments.rounds)
        return
    if arguments.library and arguments.db:
        library_search(arguments.search_size, arguments.db)
        return
    if arguments.library:
        library_families(arguments.sizes)
        if arguments.search_size:  # 0: the families table alone
            library_search(arguments.search_size)
        return
    print("postings  statements  families  with variants   wall s    CPU s  growth (CPU)")
    previous: tuple[int, float] | None = None
    at_target: float | None = None
    for size in arguments.sizes:
        statements = _statements(size)
        start_wall, start_cpu = time.perf_counter(), _cpu()
        found = families(statements)
        wall, cpu = time.perf_counter() - start_wall, _cpu() - start_cpu
        several = sum(1 for family in found if len(family.variants) > 1)
        growth = ""
        if previous is not None:
            growth = f"{math.log(cpu / previous[1]) / math.log(size / previous[0]):.2f}"
        print(
            f"{size:8d}  {len(statements):10d}  {len(found):8d}  {several:13d}"
            f"  {wall:7.2f}  {cpu:7.2f}  {growth}"
        )
        previous = (size, cpu)
        if size == TARGET_POSTINGS:
            at_target = cpu
    if at_target is not None:
        verdict = "met" if at_target < TARGET_SECONDS else "NOT met"
        print(f"target: {TARGET_POSTINGS:,} postings in < {TARGET_SECONDS:.0f} s (CPU) — {verdict}")


if __name__ == "__main__":
    main()
