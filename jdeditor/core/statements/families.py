"""Group statements into families of near-duplicates, without comparing all pairs.

1. Statements are split by section kind and language; a family never crosses them.
2. Equal comparison forms (``normalise``) make one bucket; each bucket is one candidate.
3. Candidates are blocked: each gets the rarest few of its unit bigrams (a unit is a
   Chinese character or a Latin word or number) as keys, and only candidates that share
   a key are compared. A block larger than ``window`` is compared as a sorted
   neighbourhood (each candidate with the next ``window`` of similar length), so the
   work is at most ``candidates × keys × window`` comparisons: it grows like n log n
   (the sorting), never like n².
4. A pair is near-duplicate when rapidfuzz's ``fuzz.ratio`` of the comparison forms
   reaches ``threshold`` (the length guard follows from it) and the guards in
   ``similarity.py`` pass (the same numbers, the same technical words); pairs are
   merged with union-find.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain

from rapidfuzz import fuzz, process

from jdeditor.core.model import Language, SectionKind
from jdeditor.core.statements.model import Family, Statement, Variant
from jdeditor.core.statements.normalise import normalise
from jdeditor.core.statements.similarity import blocking_keys, relabelled, same_meaning_guards


@dataclass(frozen=True, slots=True)
class FamilyOptions:
    """How close two statements must be to share a family (see docs/architecture.md)."""

    threshold: float = 0.85  # fuzz.ratio / 100 of the comparison forms
    keys: int = 4  # blocking keys per candidate: its rarest unit bigrams
    window: int = 32  # largest block compared in full; larger ones as a sliding window


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, index: int) -> int:
        parent = self.parent
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def union(self, first: int, second: int) -> bool:
        root_first, root_second = self.find(first), self.find(second)
        if root_first == root_second:
            return False
        # The smaller index stays the root, so the result does not depend on pair order.
        low, high = sorted((root_first, root_second))
        self.parent[high] = low
        return True


def family_id(kind: SectionKind, language: Language, normalised: str) -> str:
    """The stable id of a family: a hash of its kind, language and representative."""
    digest = hashlib.blake2b(_id_prefix(kind, language) + normalised.encode(), digest_size=6)
    return digest.hexdigest()


@cache
def _id_prefix(kind: SectionKind, language: Language) -> bytes:
    return f"{kind}\x1f{language}\x1f".encode()


def families(
    statements: Iterable[Statement], options: FamilyOptions = FamilyOptions()
) -> list[Family]:
    """The families of ``statements``, the most used first (then by id).

    Every statement is in exactly one family; a statement with no near-duplicate is a
    family of one variant (callers showing "families" usually keep those with two or more).
    """
    groups, forms = family_members(statements, options)
    result = [
        _family(kind, language, members, forms)
        for kind, language, group in groups
        for members in group
    ]
    result.sort(key=_most_used_first)
    return result


MemberGroups = list[tuple[SectionKind, Language, list[list[Statement]]]]
"""Per kind and language, the statements of each family."""


def family_members(
    statements: Iterable[Statement], options: FamilyOptions = FamilyOptions()
) -> tuple[MemberGroups, dict[str, str]]:
    """The statements of each family, in no order, and each text's comparison form: for
    callers that build their own records (``counted.py``); ``families`` builds ``Family``s."""
    by_group: dict[tuple[SectionKind, Language], list[Statement]] = defaultdict(list)
    for statement in statements:
        by_group[(statement.kind, statement.language)].append(statement)
    forms: dict[str, str] = {}  # text to comparison form, whatever the language (normalise)
    groups = [
        (kind, language, _families_of_group(language, members, options, forms))
        for (kind, language), members in by_group.items()
    ]
    return groups, forms


def _most_used_first(family: Family) -> tuple[int, int, str]:
    variants = family.variants
    uses = variants[0].uses if len(variants) == 1 else family.uses  # most have one variant
    return (-family.postings, -uses, family.id)


def _families_of_group(
    language: Language, members: Sequence[Statement], options: FamilyOptions, forms: dict[str, str]
) -> list[list[Statement]]:
    buckets: dict[str, list[Statement]] = defaultdict(list)
    for statement in members:
        form = forms.get(statement.text)
        if form is None:
            form = forms[statement.text] = normalise(statement.text, language)
        buckets[form].append(statement)
    candidates = sorted(buckets)
    joined = _UnionFind(len(candidates))
    pairs = near_duplicate_pairs(candidates, options, joined)
    paired = set(chain.from_iterable(pairs))
    result: list[list[Statement]] = []
    grouped: dict[int, list[Statement]] = defaultdict(list)
    for index, form in enumerate(candidates):
        if index in paired:
            grouped[joined.find(index)].extend(buckets[form])
        else:  # most candidates: a family of their own
            result.append(buckets[form])
    result.extend(grouped.values())
    return result


def _family(
    kind: SectionKind, language: Language, statements: list[Statement], forms: dict[str, str]
) -> Family:
    if len(statements) == 1:  # most statements have no near-duplicate: the short way
        [statement] = statements
        form = forms[statement.text]
        return Family(
            family_id(kind, language, form),
            kind,
            language,
            form,
            (Variant(statement.text, 1, 1),),
            1,
        )
    postings: dict[str, set[int]] = defaultdict(set)
    uses: Counter[str] = Counter()
    for statement in statements:
        postings[statement.text].add(statement.posting_id)
        uses[statement.text] += 1
    variants = sorted(
        (Variant(text, len(ids), uses[text]) for text, ids in postings.items()),
        key=lambda variant: (-variant.postings, -variant.uses, variant.text),
    )
    return family_of_variants(
        kind, language, variants, forms, len({statement.posting_id for statement in statements})
    )


def family_of_variants(
    kind: SectionKind,
    language: Language,
    variants: Sequence[Variant],
    forms: dict[str, str],
    postings: int,
) -> Family:
    """The family of ``variants`` (most used first), named by the first one's form."""
    representative = forms[variants[0].text]
    return Family(
        id=family_id(kind, language, representative),
        kind=kind,
        language=language,
        normalised=representative,
        variants=tuple(variants),
        postings=postings,
    )


def near_duplicate_pairs(
    forms: Sequence[str],
    options: FamilyOptions = FamilyOptions(),
    joined: _UnionFind | None = None,
    *,
    guards: bool = True,
) -> list[tuple[int, int]]:
    """Index pairs of ``forms`` (distinct comparison forms) that are near-duplicates.

    Pairs whose members ``joined`` already holds together are not compared again.
    ``guards=False`` keeps the pairs the guards refuse (to calibrate them).
    """
    cutoff = options.threshold * 100
    # ratio = 2·common / (a + b) ≤ 2·a / (a + b): b may be at most this many times a.
    longest = (2 - options.threshold) / options.threshold
    form_length = [len(form) for form in forms]
    labelled = relabelled(forms)  # the same ratios, compared faster
    blocks = _blocks(forms, options.keys)
    refused: set[tuple[int, int]] = set()
    found: set[tuple[int, int]] = set()
    pairs: list[tuple[int, int]] = []
    for block in blocks:
        # By length, then index: a block lists its members in index order, the sort is stable.
        block.sort(key=form_length.__getitem__)
        lengths = list(map(form_length.__getitem__, block))
        texts = list(map(labelled.__getitem__, block))
        size = len(block)
        for position, index in enumerate(block):
            limit = min(size, position + 1 + options.window)
            stop = bisect_right(lengths, lengths[position] * longest, position + 1, limit)
            if stop == position + 1:
                continue
            for _text, _score, offset in process.extract(
                texts[position],
                texts[position + 1 : stop],
                scorer=fuzz.ratio,
                score_cutoff=cutoff,
                limit=None,
            ):
                other = block[position + 1 + offset]
                if joined is not None and joined.find(index) == joined.find(other):
                    continue
                pair = (index, other) if index < other else (other, index)
                if pair in refused or pair in found:
                    continue
                if not guards or same_meaning_guards(forms[pair[0]], forms[pair[1]]):
                    pairs.append(pair)
                    found.add(pair)
                    if joined is not None:
                        joined.union(*pair)
                else:
                    refused.add(pair)
    return pairs


def _blocks(forms: Sequence[str], keys_each: int) -> list[list[int]]:
    """Candidates sharing one of their rarest keys; blocks of one are dropped."""
    # Kept as tuples: a tuple of strings leaves the garbage collector's watch, a set does not
    # (with 100,000 forms the collector's full passes cost more than making the tuples).
    all_keys = [tuple(blocking_keys(form)) for form in forms]
    frequency = Counter(chain.from_iterable(all_keys))
    # Rank the keys shared by two or more candidates, rarest first (ties by text); a key of
    # one candidate ranks after them all.
    shared = sorted((count, key) for key, count in frequency.items() if count > 1)
    alone = len(shared)
    rank = dict.fromkeys(frequency, alone)
    rank.update((key, position) for position, (_count, key) in enumerate(shared))
    blocks: list[list[int]] = [[] for _ in range(alone)]  # by rank
    for index, keys in enumerate(all_keys):
        for key_rank in sorted(map(rank.__getitem__, keys))[:keys_each]:
            if key_rank == alone:
                break
            blocks[key_rank].append(index)
    return [members for members in blocks if len(members) > 1]
