"""Families of counted wordings: the distinct statements the library stores, each with
the number of postings that use it, grouped by ``families.family_members``."""

from __future__ import annotations

from collections.abc import Iterable

from jdeditor.core.model import Language, SectionKind
from jdeditor.core.statements.families import (
    FamilyOptions,
    family_id,
    family_members,
    family_of_variants,
)
from jdeditor.core.statements.model import Family, Statement, Variant

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
    groups, forms = family_members(members, options)
    result = [
        _family(kind, language, statements, counts, forms)
        for kind, language, group in groups
        for statements in group
    ]
    result.sort(key=lambda family: (-family.postings, -len(family.variants), family.id))
    return result


def _family(
    kind: SectionKind,
    language: Language,
    statements: list[Statement],
    counts: dict[tuple[SectionKind, Language, str], int],
    forms: dict[str, str],
) -> Family:
    if len(statements) == 1:  # most wordings have no near-duplicate: the short way
        text = statements[0].text
        count = counts[(kind, language, text)]
        form = forms[text]
        return Family(
            family_id(kind, language, form),
            kind,
            language,
            form,
            (Variant(text, count, count),),
            count,
        )
    texts = dict.fromkeys(statement.text for statement in statements)  # distinct, in order
    variants = sorted(
        (
            Variant(text, count, count)
            for text in texts
            for count in [counts[(kind, language, text)]]
        ),
        key=lambda variant: (-variant.postings, variant.text),
    )
    return family_of_variants(
        kind, language, variants, forms, sum(variant.postings for variant in variants)
    )
