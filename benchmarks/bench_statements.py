"""Statement families benchmark (issue 13): 10,000 generated postings in < 10 s.

    .venv/bin/python -m benchmarks.bench_statements [--sizes 2500 5000 10000]

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
import time

from benchmarks.generate import generate_postings
from jdeditor.core.statements import Statement, families, statements_of

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000, 10000])
    arguments = parser.parse_args()
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
