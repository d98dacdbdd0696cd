"""Small postings for the diff tests: sections from lists of texts or (text, [children])."""

from __future__ import annotations

from collections.abc import Sequence

from jdeditor.core.diff import ItemChange, PostingDiff
from jdeditor.core.model import Item, Language, Posting, Section, SectionKind

Tree = Sequence["str | tuple[str, Tree]"]


def items(tree: Tree) -> list[Item]:
    made: list[Item] = []
    for entry in tree:
        if isinstance(entry, str):
            made.append(Item(entry))
        else:
            text, children = entry
            made.append(Item(text, items(children)))
    return made


def posting(
    duties: Tree = (),
    requirements: Tree = (),
    language: Language = Language.ZH,
    **fields: object,
) -> Posting:
    made = Posting(title="数据分析师", language=language)
    for name, value in fields.items():
        setattr(made, name, value)
    made.sections = [
        Section(SectionKind.DUTIES, "岗位职责", items(duties)),
        Section(SectionKind.REQUIREMENTS, "任职要求", items(requirements)),
    ]
    return made


def rows(diff: PostingDiff) -> list[tuple[str, str, str, str]]:
    """(change, old label, new label, text) per item, in the diff's order."""
    return [_row(item) for _, item in diff.item_changes()]


def _row(item: ItemChange) -> tuple[str, str, str, str]:
    ref = item.new if item.new is not None else item.old
    assert ref is not None
    return (
        item.change.value,
        item.old.label if item.old else "",
        item.new.label if item.new else "",
        ref.text,
    )
