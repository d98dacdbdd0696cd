"""Library store benchmark: bulk insert, search, first list page, loading one posting.

    .venv/bin/python -m benchmarks.bench_store            # 10,000 and 100,000 postings
    .venv/bin/python -m benchmarks.bench_store --sizes 10000

Search is measured side by side with the portable LIKE scan (what a library without
the FTS index would do) on the same database, in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.generate import generate_postings
from jdeditor.core.listing import ListQuery, PostingFilter
from jdeditor.service import Library
from jdeditor.store.search import LikeSearch

QUERIES = {
    "3-char Chinese (数据分)": "数据分",
    "2-char Chinese (岗位)": "岗位",
    "2-char Chinese, rare (预算)": "预算",
    "1-char Chinese (析)": "析",
    "English word (excel)": "excel",
    "English prefix (pipel)": "pipel",
}


def median_ms(action: Callable[[], object], repeat: int = 15) -> float:
    action()  # warm the page cache and statement cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(size: int, folder: Path) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    postings = list(generate_postings(size))
    path = folder / f"bench-{size}.db"
    with Library.open(path) as library:
        start = time.perf_counter()
        for chunk in range(0, size, 10_000):
            library._repository.add_many(postings[chunk : chunk + 10_000])
        rows.append((f"bulk insert of {size:,} postings", f"{time.perf_counter() - start:.2f} s"))
        repository = library._repository
        fts = repository.search_backend
        for label, query in QUERIES.items():
            repository.search_backend = fts
            indexed = median_ms(lambda q=query: library.search(q, limit=50))
            repository.search_backend = LikeSearch()
            scan = median_ms(lambda q=query: library.search(q, limit=50), repeat=3)
            repository.search_backend = fts
            total = library.search(query).total
            rows.append(
                (f"search {label}: {total:,} hits", f"{indexed:.1f} ms (LIKE scan {scan:.0f} ms)")
            )
        first_page = median_ms(lambda: library.list_postings(ListQuery(limit=100)))
        rows.append(("first list page (100 rows)", f"{first_page:.1f} ms"))
        by_department = ListQuery(PostingFilter(department="数据部"), limit=100)
        filtered = median_ms(lambda: library.list_postings(by_department))
        rows.append(("first page, filtered by department", f"{filtered:.1f} ms"))
        middle = size // 2
        rows.append(
            ("load one posting", f"{median_ms(lambda: library.get_posting(middle)):.2f} ms")
        )
    rows.append(("library file size", f"{path.stat().st_size / 1_048_576:.0f} MB"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            print(f"\n## {size:,} postings\n")
            print("| measure | result |\n|---|---|")
            for label, value in run(size, Path(folder)):
                print(f"| {label} | {value} |", flush=True)


if __name__ == "__main__":
    main()
