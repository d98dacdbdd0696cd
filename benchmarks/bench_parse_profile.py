"""Recogniser throughput: Markdown-rendered postings (short lines) and the real sample.

    .venv/bin/python -m benchmarks.bench_parse_profile             # MB/s, best of 5
    .venv/bin/python -m benchmarks.bench_parse_profile --profile   # and where the time goes

The import benchmark parses the Markdown text; the sample is the long-line case. Both are
parsed whole, as ``parse_text`` is called on import.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

from benchmarks.generate import generate_postings
from jdeditor.core.structure import parse_text
from jdeditor.formats.markdown_export import render_markdown

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples"
SAMPLE = SAMPLE / "product-manager-postings.zh.txt"


def markdown_text(count: int) -> str:
    return "\n".join(render_markdown(posting) for posting in generate_postings(count, seed=11))


def sample_text(megabytes: float) -> str:
    sample = SAMPLE.read_text(encoding="utf-8")
    copies = max(1, int(megabytes * 1_048_576 / len(sample.encode("utf-8"))))
    return "\n\n".join(sample for _ in range(copies))


def throughput(text: str, repeat: int) -> tuple[float, float, int]:
    """(megabytes, best seconds, postings) for parsing ``text``."""
    size = len(text.encode("utf-8")) / 1_048_576
    best = float("inf")
    postings = 0
    for _ in range(repeat):
        start = time.perf_counter()
        postings = len(parse_text(text))
        best = min(best, time.perf_counter() - start)
    return size, best, postings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000, help="Markdown postings")
    parser.add_argument("--megabytes", type=float, default=20.0, help="of the repeated sample")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="cProfile the Markdown parse")
    args = parser.parse_args()
    texts = {f"{args.count:,} Markdown postings": markdown_text(args.count)}
    if SAMPLE.is_file():
        texts[f"the sample, repeated to {args.megabytes:.0f} MB"] = sample_text(args.megabytes)
    print("| text | size | best time | throughput | postings |\n|---|---|---|---|---|")
    for label, text in texts.items():
        size, seconds, postings = throughput(text, args.repeat)
        print(
            f"| {label} | {size:.1f} MB | {seconds:.2f} s | {size / seconds:.1f} MB/s "
            f"| {postings:,} |",
            flush=True,
        )
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(parse_text, next(iter(texts.values())))
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
