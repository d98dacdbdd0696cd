"""Properties of the comparison, on drawn postings that share many of their texts."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from jdeditor.core.diff import Change, PostingDiff, compare_postings, is_meaningful_change
from jdeditor.core.model import Item, ItemKind, Posting, Section, SectionKind
from tests.hypothesis_support import examples

WORDS = ["负责", "数据", "分析", "3年", "三年", "经验", "Build", "the", "metrics", " ", "，", "SQL"]
TEXTS = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map("".join)
# A small pool of texts makes equal and similar items on both sides likely (moves, edits).
POOL = st.lists(TEXTS, min_size=3, max_size=8, unique=True)


def _trees(pool: list[str], depth: int = 0) -> st.SearchStrategy[list[Item]]:
    text = st.one_of(st.sampled_from(pool), TEXTS)
    kind = st.sampled_from(ItemKind)
    children = _trees(pool, depth + 1) if depth < 1 else st.just([])
    item = st.builds(Item, text, children, kind)
    return st.lists(item, max_size=5)


@st.composite
def posting_pairs(draw: st.DrawFn) -> tuple[Posting, Posting]:
    pool = draw(POOL)
    kinds = st.sampled_from([SectionKind.DUTIES, SectionKind.REQUIREMENTS, SectionKind.BENEFITS])
    headings = st.sampled_from(["岗位职责", "任职要求", "Benefits", ""])

    def posting() -> Posting:
        sections = draw(
            st.lists(st.builds(Section, kinds, headings, _trees(pool)), min_size=1, max_size=3)
        )
        return Posting(
            title=draw(st.sampled_from(["分析师", " 分析师", "Analyst"])), sections=sections
        )

    return posting(), posting()


def _new_texts(posting: Posting) -> list[list[tuple[str, ItemKind]]]:
    return [[(item.text, item.kind) for _, item in section.walk()] for section in posting.sections]


def _rebuilt_from(diff: PostingDiff, sections: int) -> list[list[tuple[str, ItemKind]]]:
    """The new posting's items, made only from the diff's segments (new sides)."""
    rebuilt: list[list[tuple[str, ItemKind]]] = [[] for _ in range(sections)]
    for section in diff.sections:
        for item in section.items:
            if item.new is None:
                assert item.change is Change.REMOVED
                continue
            assert section.new_index is not None
            text = "".join(segment.new_text for segment in item.segments)
            rebuilt[section.new_index].append((text, item.new.kind))
    return rebuilt


@settings(max_examples=examples(100), deadline=None)
@given(posting_pairs())
def test_the_diff_rebuilds_the_new_texts_and_keeps_every_old_one(
    pair: tuple[Posting, Posting],
) -> None:
    old, new = pair
    diff = compare_postings(old, new)
    assert _rebuilt_from(diff, len(new.sections)) == _new_texts(new)
    old_seen = sorted(
        (item.old.section_index, item.old.path, "".join(s.old_text for s in item.segments))
        for _, item in diff.item_changes()
        if item.old is not None
    )
    expected = sorted(
        (index, ref_path, item.text)
        for index, section in enumerate(old.sections)
        for ref_path, item in _paths(section.items)
    )
    assert old_seen == expected
    assert is_meaningful_change(old, new) == diff.has_changes


@settings(max_examples=examples(100), deadline=None)
@given(posting_pairs())
def test_a_posting_compared_with_itself_is_all_unchanged(pair: tuple[Posting, Posting]) -> None:
    posting = pair[0]
    diff = compare_postings(posting, copy.deepcopy(posting))
    assert not diff.has_changes
    assert all(section.change is Change.UNCHANGED for section in diff.sections)
    assert all(item.change is Change.UNCHANGED for _, item in diff.item_changes())
    assert not is_meaningful_change(posting, copy.deepcopy(posting))


def _paths(items: list[Item], prefix: tuple[int, ...] = ()) -> list[tuple[tuple[int, ...], Item]]:
    found: list[tuple[tuple[int, ...], Item]] = []
    for position, item in enumerate(items):
        found.append(((*prefix, position), item))
        found += _paths(item.children, (*prefix, position))
    return found
