"""Properties of the three-way merge, on postings edited at random (hypothesis).

- when only one side changed anything, the merge is that side, with no conflict;
- a merge never loses an item that both sides kept unchanged, nor one either side added
  (its text is in the result).
"""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from jdeditor.core.diff import content_key
from jdeditor.core.diff.merge import merge_postings
from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from tests.hypothesis_support import examples

WORDS = ["负责", "数据", "分析", "团队", "report", "design", "review", "客户", "沟通", "项目"]


def base_posting() -> Posting:
    return Posting(
        title="岗位 Role",
        language=Language.ZH,
        id=1,
        version=1,
        sections=[
            Section(
                SectionKind.DUTIES,
                "岗位职责",
                [
                    Item("负责数据平台建设", [Item("设计数据模型"), Item("编写 ETL 任务")]),
                    Item("Review code and design documents"),
                    Item("与业务团队沟通需求"),
                    Item("维护监控与告警"),
                ],
            ),
            Section(
                SectionKind.REQUIREMENTS,
                "任职要求",
                [Item("本科及以上学历"), Item("Three years of Python"), Item("熟悉 SQL")],
            ),
        ],
    )


# One edit: (operation, section, position, other position, word)
edit = st.tuples(
    st.sampled_from(["add", "remove", "edit", "move", "indent", "title"]),
    st.integers(0, 1),
    st.integers(0, 10),
    st.integers(0, 10),
    st.sampled_from(WORDS),
)


def apply(posting: Posting, edits: list[tuple[str, int, int, int, str]], tag: str) -> Posting:
    result = copy.deepcopy(posting)
    for number, (operation, section, position, other, word) in enumerate(edits):
        items = result.sections[section].items
        if operation == "add":
            items.insert(position % (len(items) + 1), Item(f"{tag}{number} 新增 {word} {word}"))
        elif not items:
            continue
        elif operation == "remove":
            del items[position % len(items)]
        elif operation == "edit":
            items[position % len(items)].text += f"，{word}"
        elif operation == "move":
            moved = items.pop(position % len(items))
            items.insert(other % (len(items) + 1), moved)
        elif operation == "indent" and len(items) > 1:
            index = position % (len(items) - 1) + 1
            moved = items.pop(index)
            items[index - 1].children.append(moved)
        elif operation == "title":
            result.title = f"{tag} {word}"
    return result


def all_texts(posting: Posting) -> list[str]:
    return [item.text for _, _, item in posting.walk_items()]


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(edit, max_size=6))
def test_one_side_alone_is_the_merge(edits: list[tuple[str, int, int, int, str]]) -> None:
    base = base_posting()
    changed = apply(base, edits, "m")
    as_mine = merge_postings(base, changed, copy.deepcopy(base))
    assert as_mine.conflicts == ()
    assert content_key(as_mine.posting) == content_key(changed)
    as_theirs = merge_postings(base, copy.deepcopy(base), changed)
    assert as_theirs.conflicts == ()
    assert content_key(as_theirs.posting) == content_key(changed)
    assert [s.heading for s in as_theirs.posting.sections] == [s.heading for s in changed.sections]


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(edit, max_size=5), st.lists(edit, max_size=5))
def test_nothing_added_or_kept_by_both_is_lost(
    my_edits: list[tuple[str, int, int, int, str]],
    their_edits: list[tuple[str, int, int, int, str]],
) -> None:
    base = base_posting()
    mine, theirs = apply(base, my_edits, "m"), apply(base, their_edits, "t")
    merged = all_texts(merge_postings(base, mine, theirs).posting)
    base_texts = set(all_texts(base))
    for text in all_texts(mine):
        if text not in base_texts:
            assert text in merged  # mine's additions and edits (mine wins by default)
    kept_by_both = base_texts & set(all_texts(mine)) & set(all_texts(theirs))
    for text in kept_by_both:
        assert text in merged or any(text in other for other in merged)
    for text in all_texts(theirs):
        if text.startswith("t") and "新增" in text:
            assert text in merged  # theirs' additions
