"""Checks benchmark: 10,000 generated postings checked, and one re-check after a keystroke.

    .venv/bin/python -m benchmarks.bench_checks              # the rules there are
    .venv/bin/python -m benchmarks.bench_checks --stand-in   # 30 stand-in regex rules too

The targets (issue 12): checking 10,000 postings < 5 s; re-checking the open posting
after a keystroke < 20 ms (the median of many, each after a one-character edit, the way
the findings panel re-checks). ``--stand-in`` also measures a set of keyword and pattern
rules shaped like the real ones, for a branch where few rules exist yet; the cost of
counting errors (``store.writing.error_count``: what an import would add if it counted)
is measured too, and the first "with errors" list after an import, which counts them
(imports leave them uncounted: ``service/checks.py``).
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from collections.abc import Callable, Collection, Iterator

from benchmarks.generate import generate_postings
from jdeditor.core.checks import Bilingual, Category, Rule, Severity, Span, all_rules, registry
from jdeditor.core.checks import engine as check_engine
from jdeditor.core.listing import ListQuery, PostingFilter
from jdeditor.core.model import Item, Language, Posting
from jdeditor.service import Library
from jdeditor.store.writing import error_count

COUNT = 10_000
KEYSTROKES = 200


def stand_in_rules() -> tuple[Rule, ...]:
    """30 rules shaped like the real ones: 12 for Chinese postings, 10 for English, 8 for
    both; each a keyword alternation (some with context around it), as word-list rules are."""
    zh = ["限男", "女性优先", "已婚", "未婚", "本地户口", "籍贯", "乙肝", "民族", "身高", "形象"]
    en = ["young", "energetic", "native", "digital native", "recent graduate", "lift"]
    groups = (
        (12, frozenset({Language.ZH}), zh, r"|(?<![0-9])[1-6][0-9]\s*[-~至到]\s*[1-6][0-9]\s*岁"),
        (10, frozenset({Language.EN}), en, r"|\b(he|his|him)\b"),
        (8, frozenset(Language), ["___", "..", " '", "' "], r"|[,;:!?](?=[\u4e00-\u9fff])"),
    )
    rules: list[Rule] = []
    for count, languages, words, extra in groups:
        for number in range(count):
            pattern = re.compile(
                "|".join(re.escape(word) for word in words[number % 3 :]) + extra, re.IGNORECASE
            )

            def check(text: str, pattern: re.Pattern[str] = pattern) -> Iterator[Span]:
                for match in pattern.finditer(text):
                    yield Span(match.start(), match.end())

            rules.append(
                Rule(
                    f"stand_in.{len(rules)}",
                    Category.QUALITY,
                    Severity(number % 3),
                    Bilingual("替身", "stand-in"),
                    Bilingual("替身", "stand-in"),
                    languages=languages,
                    text_check=check,
                )
            )
    return tuple(rules)


def _seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _cpu_seconds(action: Callable[[], object]) -> float:
    """CPU time: on a busy, shared machine wall time also counts waiting for a core."""
    start = time.process_time()
    action()
    return time.process_time() - start


def check_many(postings: list[Posting], rules: Collection[Rule]) -> tuple[float, float]:
    """(wall, CPU) seconds to check every posting."""
    start = time.perf_counter()
    cpu = _cpu_seconds(lambda: [check_engine.check_posting(p, (), rules) for p in postings])
    return time.perf_counter() - start, cpu


def keystroke_median(posting: Posting, rules: Collection[Rule]) -> float:
    """Median time of a re-check after each of ``KEYSTROKES`` one-character edits."""
    item = posting.sections[0].items[0]
    original = item.text
    times = []
    for stroke in range(KEYSTROKES):
        item.text = original + "字" * (stroke % 10)
        times.append(_seconds(lambda: check_engine.check_posting(posting, (), rules)))
    item.text = original
    return statistics.median(times)


def big_posting() -> Posting:
    """A long posting (60 items, some nested): a keystroke re-checks all of it."""
    [posting] = list(generate_postings(1, seed=5))
    for section in posting.sections:
        section.items += [Item(f"{item.text} 附加说明 {n}") for n, item in enumerate(section.items)]
        section.items[0].children = [Item(item.text) for item in section.items[:10]]
    return posting


def count_cost(postings: list[Posting], rules: tuple[Rule, ...]) -> float:
    """What counting errors adds to each write (imports store 10,000 at once)."""
    saved = registry.all_rules
    registry.all_rules = lambda: rules  # type: ignore[assignment]
    try:
        return _cpu_seconds(lambda: [error_count(posting) for posting in postings])
    finally:
        registry.all_rules = saved


def first_filter_after_import(postings: list[Posting]) -> tuple[float, float]:
    """(wall, CPU) seconds of the first "with errors" list after importing ``postings``:
    it counts every one of them first (the real rules only)."""
    with tempfile.TemporaryDirectory() as folder, Library.open(f"{folder}/checks.db") as library:
        library._repository.add_many(postings, count_checks=False)
        start = time.perf_counter()
        query = ListQuery(PostingFilter(with_errors=True))
        cpu = _cpu_seconds(lambda: library.list_postings(query))
        return time.perf_counter() - start, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--stand-in", action="store_true", help="also 30 stand-in rules")
    args = parser.parse_args()
    postings = list(generate_postings(args.count, seed=11))
    sets = [(f"the rules there are ({len(all_rules())})", all_rules())]
    if args.stand_in:
        sets.append(("30 stand-in regex rules", stand_in_rules()))
    print("| measure | result | target |\n|---|---|---|")
    for label, rules in sets:
        wall, cpu = min(check_many(postings, rules) for _ in range(3))
        stroke = keystroke_median(big_posting(), rules)
        counted = min(count_cost(postings, tuple(rules)) for _ in range(3))
        print(
            f"| check {args.count:,} postings, {label} | {wall:.2f} s ({cpu:.2f} s CPU) | < 5 s |"
        )
        print(
            f"| re-check after a keystroke (median of {KEYSTROKES}), {label} "
            f"| {stroke * 1000:.2f} ms | < 20 ms |"
        )
        print(
            f"| count errors for {args.count:,} stored postings, {label} "
            f"| {counted:.2f} s CPU | (added to an import) |",
            flush=True,
        )
    wall, cpu = first_filter_after_import(postings)
    print(
        f'| first "with errors" list after importing {args.count:,} (counts them), '
        f"the rules there are | {wall:.2f} s ({cpu:.2f} s CPU) | — |"
    )


if __name__ == "__main__":
    main()
