"""Statement search pages on an existing library, optionally against another version.

    python -m benchmarks.bench_statement_search LIBRARY.db [--rounds 5]
        [--old OLD_statement_reading.py]

Each query class (first page, few hits, 数, 数据, excel, exper, 相关工作经验), with no kind
and within ``requirements``: one warm-up, then ``--rounds`` calls of
``statement_reading.page`` (first page of 50), median ms. With ``--old`` (a copy of an
earlier ``store/statement_reading.py``, e.g. from ``git show main:…``) the two versions
alternate in the same process and each page is checked to be the same.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import time
from types import ModuleType

from sqlalchemy import create_engine

from jdeditor.core.model import SectionKind
from jdeditor.store import statement_reading
from jdeditor.store.statement_search import StatementFtsSearch

QUERIES = ("", "数据分析", "团队合作", "数", "数据", "excel", "exper", "相关工作经验")


def _load(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("old_statement_reading", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("library")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--old")
    options = parser.parse_args()
    versions: list[tuple[str, ModuleType]] = [("new", statement_reading)]
    if options.old:
        versions.insert(0, ("old", _load(options.old)))
    engine = create_engine(f"sqlite:///{options.library}")
    search = StatementFtsSearch()
    with engine.connect() as connection:
        for kind in (None, SectionKind.REQUIREMENTS):
            for query in QUERIES:
                times: dict[str, list[float]] = {name: [] for name, _ in versions}
                pages = {}
                for _name, module in versions:
                    module.page(connection, search, kind, query, None, True, 0, 50)
                for _ in range(options.rounds):
                    for name, module in versions:
                        start = time.perf_counter()
                        pages[name] = module.page(
                            connection, search, kind, query, None, True, 0, 50
                        )
                        times[name].append((time.perf_counter() - start) * 1000)
                same = len({repr(page) for page in pages.values()}) == 1
                total = pages["new"].total
                figures = "  ".join(
                    f"{name} {statistics.median(values):7.1f} ms" for name, values in times.items()
                )
                print(
                    f"{kind.value if kind else '-':13} {query!r:10} total {total:5}"
                    f"{'' if pages['new'].total_exact else '+'}  {figures}  same {same}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
