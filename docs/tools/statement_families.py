"""Print the statement families of a folder of postings, to judge the grouping by eye.

    python -m docs.tools.statement_families /path/to/samples [--largest 40] [--random 40]
        [--threshold 0.85] [--pairs]

``--pairs`` prints instead the closest pairs that were NOT joined (ratio 70–threshold) and
the pairs over the threshold that a guard refused, which is where a threshold is calibrated.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from rapidfuzz import fuzz

from jdeditor.core.statements import Family, FamilyOptions, Statement, families, statements_of
from jdeditor.core.statements.families import near_duplicate_pairs
from jdeditor.core.statements.normalise import normalise
from jdeditor.core.statements.similarity import same_meaning_guards
from jdeditor.formats.readers import read_postings


def read_statements(folder: Path) -> list[Statement]:
    statements: list[Statement] = []
    number = 0
    for path in sorted(folder.rglob("*.txt")):
        for read in read_postings(path).postings:
            number += 1
            statements.extend(statements_of(read.posting, number))
    return statements


def _show(family: Family) -> None:
    print(f"[{family.id}] {family.kind} {family.language} postings={family.postings}")
    for variant in family.variants:
        print(f"    {variant.postings:3d} × {variant.text[:90]}")


def _near_misses(statements: list[Statement], threshold: float) -> None:
    by_group: dict[tuple[str, str], set[str]] = {}
    for statement in statements:
        key = (str(statement.kind), str(statement.language))
        by_group.setdefault(key, set()).add(normalise(statement.text, statement.language))
    loose = FamilyOptions(threshold=0.70)
    for key, group in sorted(by_group.items()):
        forms = sorted(group)
        for first, second in near_duplicate_pairs(forms, loose, guards=False):
            score = fuzz.ratio(forms[first], forms[second])
            guarded = same_meaning_guards(forms[first], forms[second])
            if score >= threshold * 100 and not guarded:
                print(f"{key[0]:<12} GUARD {score:5.1f}  {forms[first]}  |  {forms[second]}")
            elif score < threshold * 100 and guarded:
                print(f"{key[0]:<12} {score:5.1f}  {forms[first][:50]}  |  {forms[second][:50]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--largest", type=int, default=40)
    parser.add_argument("--random", type=int, default=40)
    parser.add_argument("--threshold", type=float, default=FamilyOptions().threshold)
    parser.add_argument("--pairs", action="store_true")
    arguments = parser.parse_args()
    statements = read_statements(arguments.folder)
    if arguments.pairs:
        _near_misses(statements, arguments.threshold)
        return
    found = families(statements, FamilyOptions(threshold=arguments.threshold))
    several = [family for family in found if len(family.variants) > 1]
    print(f"{len(statements)} statements, {len(found)} families, {len(several)} with variants")
    print("== largest ==")
    for family in found[: arguments.largest]:
        _show(family)
    print("== random, with variants ==")
    for family in random.Random(1).sample(several, min(arguments.random, len(several))):
        _show(family)


if __name__ == "__main__":
    main()
