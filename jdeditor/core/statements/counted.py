"""Families of counted wordings: the distinct statements the library stores, each with
the number of postings that use it, grouped by ``families.families``."""

from __future__ import annotations

from collections.abc import Iterable

from jdeditor.core.model import Language, SectionKind
from jdeditor.core.statements.families import FamilyOptions, families, family_id
from jdeditor.core.statements.model import Family, Statement, Variant
from jdeditor.core.statements.normalise import normalise

CountedWording = tuple[SectionKind, Language, str, int]
"""(kind, language, text, postings using it)."""


_DEFAULT = FamilyOptions()


def families_of_counts(
    wordings: Iterable[CountedWording], options: FamilyOptions = _DEFAULT
) -> list[Family]:
    """The families of distinct wordings, the most used first (then by id).

    Each variant's ``postings`` and ``uses`` are its count; a family's ``postings`` is
    the sum of its variants' (a posting with two variants of one family counts twice).
    """
    counts: dict[tuple[SectionKind, Language, str], int] = {}
    members: list[Statement] = []
    for index, (kind, language, text, postings) in enumerate(wordings):
        counts[(kind, language, text)] = postings
        members.append(Statement(text, kind, index, language))
    result: list[Family] = []
    for family in families(members, options):
        if len(family.variants) == 1:  # most: the same form, so the same id
            [variant] = family.variants
            count = counts[(family.kind, family.language, variant.text)]
            only = (Variant(variant.text, count, count),)
            result.append(
                Family(family.id, family.kind, family.language, family.normalised, only, count)
            )
            continue
        variants = sorted(
            (
                Variant(variant.text, count, count)
                for variant in family.variants
                for count in [counts[(family.kind, family.language, variant.text)]]
            ),
            key=lambda variant: (-variant.postings, variant.text),
        )
        if len(variants) == 1:
            form = family.normalised
        else:
            form = normalise(variants[0].text, family.language)
        result.append(
            Family(
                id=family_id(family.kind, family.language, form),
                kind=family.kind,
                language=family.language,
                normalised=form,
                variants=tuple(variants),
                postings=sum(variant.postings for variant in variants),
            )
        )
    result.sort(key=lambda family: (-family.postings, -len(family.variants), family.id))
    return result
