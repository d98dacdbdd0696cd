"""Import benchmark: parse throughput, and 10,000 postings from text into a new library.

    .venv/bin/python -m benchmarks.bench_import

Needs ../shared/samples beside the checkout (the real sample file is the parse input).
Each time of the import is given with the process's CPU time beside it: on a shared,
busy machine the wall time also counts waiting for a core, the CPU time does not.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.generate import generate_postings
from jdeditor.core.structure import parse_text
from jdeditor.formats.markdown_export import render_markdown
from jdeditor.formats.readers import read_postings
from jdeditor.service import Library

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples"
SAMPLE = SAMPLE / "product-manager-postings.zh.txt"


def parse_throughput(megabytes: float) -> tuple[float, int]:
    sample = SAMPLE.read_text(encoding="utf-8")
    copies = max(1, int(megabytes * 1_048_576 / len(sample.encode("utf-8"))))
    text = "\n\n".join(sample for _ in range(copies))
    size = len(text.encode("utf-8")) / 1_048_576
    times = []
    postings = 0
    for _ in range(3):
        start = time.perf_counter()
        postings = len(parse_text(text))
        times.append(time.perf_counter() - start)
    return size / statistics.median(times), postings


def _times(start: tuple[float, float]) -> str:
    wall, cpu = time.perf_counter() - start[0], time.process_time() - start[1]
    return f"{wall:.2f} s ({cpu:.2f} s CPU)"


def _now() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def import_text_file(count: int, folder: Path) -> list[tuple[str, str]]:
    source = folder / "postings.md"
    with source.open("w", encoding="utf-8") as out:
        for posting in generate_postings(count, seed=11):
            out.write(render_markdown(posting) + "\n")
    rows = [(f"text file of {count:,} postings", f"{source.stat().st_size / 1_048_576:.1f} MB")]
    start = _now()
    read = read_postings(source)
    parsed = _times(start)
    rows.append((f"read and parse alone ({len(read.postings):,} postings)", parsed))
    with Library.open(folder / "import.db") as library:
        start = _now()
        plan = library.plan_import([source])
        planned = _times(start)
        committing = _now()
        report = library.commit_import(plan)
        committed = _times(committing)
        total = _times(start)
    rows.append(("plan (read, parse, duplicate check)", planned))
    rows.append(("commit (one transaction: rows, revisions, search index)", committed))
    rows.append((f"import end to end ({len(report.added):,} stored, plan + commit)", total))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=20.0)
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    speed, postings = parse_throughput(args.megabytes)
    print("| measure | result |\n|---|---|")
    print(
        f"| parse throughput ({args.megabytes:.0f} MB of the sample, {postings:,} postings) "
        f"| {speed:.1f} MB/s |"
    )
    with tempfile.TemporaryDirectory() as folder:
        for label, value in import_text_file(args.count, Path(folder)):
            print(f"| {label} | {value} |", flush=True)


if __name__ == "__main__":
    main()
