"""History benchmark: comparing two revisions of a 30-item posting (issue 13).

    .venv/bin/python -m benchmarks.bench_diff              # median of 200 runs per case
    .venv/bin/python -m benchmarks.bench_diff --repeat 50
    .venv/bin/python -m benchmarks.bench_diff --samples /work/shared/samples   # + real files

The realistic edit: 3 items edited, one moved, one added, one removed, the salary
changed. Each case is measured with the summary sentence too, since the history list
makes one per revision. Target: < 20 ms per comparison.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import random
import statistics
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from benchmarks.generate import _en_item, _zh_item
from jdeditor.core.diff import compare_postings, is_meaningful_change, summary
from jdeditor.core.model import Item, Language, Posting, Salary, Section, SectionKind

SIZES = {SectionKind.DUTIES: 12, SectionKind.REQUIREMENTS: 10, SectionKind.BENEFITS: 8}


def thirty_items(language: Language, seed: int = 13) -> Posting:
    rng = random.Random(seed)
    make = _zh_item if language is Language.ZH else _en_item
    sections = [
        Section(kind, kind.value, [Item(make(rng)) for _ in range(count)])
        for kind, count in SIZES.items()
    ]
    # Two groups with children, as real postings have: 30 items in all.
    duties = sections[0].items
    duties[0].children = [duties.pop(1), duties.pop(1)]
    return Posting(
        title="数据分析师" if language is Language.ZH else "Data Analyst",
        department="数据部",
        language=language,
        salary=Salary(Decimal(15000), Decimal(25000)),
        tags=["数据", "分析"],
        sections=sections,
    )


def realistic_edit(posting: Posting) -> Posting:
    """3 edits, a move, an add, a remove, and a salary change."""
    edited = copy.deepcopy(posting)
    duties, requirements, benefits = (section.items for section in edited.sections)
    duties[3].text = duties[3].text[:-2] + "并定期复盘"  # shortened and extended
    requirements[2].text = requirements[2].text.replace("，", "；", 1) + " and SQL"
    benefits[5].text = "弹性" + benefits[5].text[2:]
    requirements.insert(0, requirements.pop(7))  # a move
    duties.insert(5, Item("负责跨部门数据需求的沟通与落地"))  # an add
    del benefits[2]  # a remove
    edited.salary = Salary(Decimal(18000), Decimal(25000))
    return edited


def median_ms(action: Callable[[], object], repeat: int) -> float:
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(repeat: int) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for language in (Language.ZH, Language.EN):
        old = thirty_items(language)
        new = realistic_edit(old)
        diff = compare_postings(old, new)
        counted = summary(diff, language)
        name = "Chinese" if language is Language.ZH else "English"
        compare = median_ms(lambda o=old, n=new: compare_postings(o, n), repeat)
        with_summary = median_ms(
            lambda o=old, n=new, lang=language: summary(compare_postings(o, n), lang), repeat
        )
        same = median_ms(lambda o=old: compare_postings(o, copy.deepcopy(o)), repeat)
        check = median_ms(lambda o=old, n=new: is_meaningful_change(o, n), repeat)
        rows += [
            (f"{name}: compare, realistic edit ({counted})", f"{compare:.2f} ms"),
            (f"{name}: compare + summary", f"{with_summary:.2f} ms"),
            (f"{name}: compare with an unchanged copy (incl. the copy)", f"{same:.2f} ms"),
            (f"{name}: is_meaningful_change", f"{check:.3f} ms"),
        ]
        rewritten = thirty_items(language, seed=99)  # nothing in common: the worst case
        worst = median_ms(lambda o=old, n=rewritten: compare_postings(o, n), max(repeat // 4, 5))
        rows.append((f"{name}: compare with a wholly rewritten posting", f"{worst:.2f} ms"))
    return rows


def sample_pairs(folder: Path) -> list[tuple[str, str]]:
    """Each posting recognised in the sample files compared with the next one: two
    different postings, as "compare two postings" does."""
    from jdeditor.core.structure import parse_text

    postings = [
        parsed.posting
        for path in sorted(folder.rglob("*.txt"))
        for parsed in parse_text(path.read_text(encoding="utf-8", errors="replace"))
    ]
    times = []
    for old, new in itertools.pairwise(postings):
        start = time.perf_counter()
        compare_postings(old, new)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return [
        (
            f"{len(times)} pairs of different real postings: median / 90th percentile / worst",
            f"{statistics.median(times):.1f} / {times[len(times) * 9 // 10]:.1f} / "
            f"{times[-1]:.0f} ms",
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--samples", type=Path, help="a folder of sample .txt files")
    args = parser.parse_args()
    rows = run(args.repeat) + (sample_pairs(args.samples) if args.samples else [])
    print("| measure | median |\n|---|---|")
    for label, value in rows:
        print(f"| {label} | {value} |", flush=True)


if __name__ == "__main__":
    main()
