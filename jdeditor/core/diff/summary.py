"""The one-line description of a diff, in Chinese or English, for the history list.

"2 duties added, requirement 3 edited, salary changed" / "新增 2 条岗位职责，修改第 3 条任职
要求，薪资有变化": item changes counted per section kind (naming the item's number when
exactly one changed), then sections added, removed, renamed or moved, then header fields.
"""

from __future__ import annotations

from collections import Counter

from jdeditor.core.diff.compare import FIELD_ORDER
from jdeditor.core.diff.model import Change, ItemChange, PostingDiff, SectionDiff
from jdeditor.core.model import Language, SectionKind
from jdeditor.core.section_headings import DEFAULT_HEADINGS

# (singular, plural) in English; one word in Chinese.
_NOUNS_EN = {
    SectionKind.DUTIES: ("duty", "duties"),
    SectionKind.REQUIREMENTS: ("requirement", "requirements"),
    SectionKind.PREFERRED: ("preferred qualification", "preferred qualifications"),
    SectionKind.BENEFITS: ("benefit", "benefits"),
    SectionKind.ABOUT: ("company paragraph", "company paragraphs"),
    SectionKind.APPLY: ("how-to-apply item", "how-to-apply items"),
    SectionKind.OTHER: ("other item", "other items"),
}
# The sections' own Chinese names (岗位职责 …); 其他 alone would not read as a count.
_NOUNS_ZH = {**DEFAULT_HEADINGS[Language.ZH], SectionKind.OTHER: "其他内容"}
_VERBS_EN = {
    Change.ADDED: "added",
    Change.REMOVED: "removed",
    Change.EDITED: "edited",
    Change.MOVED: "moved",
}
_VERBS_ZH = {
    Change.ADDED: "新增",
    Change.REMOVED: "删除",
    Change.EDITED: "修改",
    Change.MOVED: "移动",
}
_FIELDS_EN = {
    "title": "title",
    "department": "department",
    "location": "location",
    "reports_to": "reports-to",
    "headcount": "headcount",
    "employment_type": "employment type",
    "salary": "salary",
    "status": "status",
    "language": "language",
    "summary": "summary",
    "tags": "tags",
}
_FIELDS_ZH = {
    "title": "职位名称",
    "department": "部门",
    "location": "工作地点",
    "reports_to": "汇报对象",
    "headcount": "招聘人数",
    "employment_type": "工作性质",
    "salary": "薪资",
    "status": "状态",
    "language": "语言",
    "summary": "概述",
    "tags": "标签",
}
_KIND_ORDER = list(SectionKind)
_VERB_ORDER = (Change.ADDED, Change.REMOVED, Change.EDITED, Change.MOVED)


def summary(diff: PostingDiff, language: Language | str = Language.EN) -> str:
    """The diff in one line; "no changes" / "无变化" when there are none."""
    chinese = Language(language) is Language.ZH
    parts = _item_parts(diff, chinese) + _section_parts(diff, chinese)
    for change in sorted(diff.fields, key=lambda change: FIELD_ORDER.index(change.name)):
        if chinese:
            parts.append(f"{_FIELDS_ZH[change.name]}有变化")
        else:
            parts.append(f"{_FIELDS_EN[change.name]} changed")
    if not parts:
        return "无变化" if chinese else "no changes"
    return ("，" if chinese else ", ").join(parts)


def change_counts(diff: PostingDiff) -> Counter[tuple[SectionKind, Change]]:
    """How many items were added, removed, edited or moved, per section kind. A moved and
    edited item counts as edited and as moved; items of added or removed sections count
    with their section, not here."""
    counts: Counter[tuple[SectionKind, Change]] = Counter()
    for section, item in _counted_items(diff):
        for verb in _verbs(item):
            counts[(section.kind, verb)] += 1
    return counts


def _counted_items(diff: PostingDiff) -> list[tuple[SectionDiff, ItemChange]]:
    return [
        (section, item)
        for section, item in diff.item_changes()
        if section.change not in (Change.ADDED, Change.REMOVED)
        or item.change in (Change.MOVED, Change.MOVED_EDITED)
    ]


def _verbs(item: ItemChange) -> list[Change]:
    if item.change is Change.MOVED_EDITED:
        return [Change.EDITED, Change.MOVED]
    return [item.change] if item.change in _VERB_ORDER else []


def _item_parts(diff: PostingDiff, chinese: bool) -> list[str]:
    labels: dict[tuple[SectionKind, Change], list[str]] = {}
    for section, item in _counted_items(diff):
        ref = item.old if item.change is Change.REMOVED else item.new
        assert ref is not None
        for verb in _verbs(item):
            labels.setdefault((section.kind, verb), []).append(ref.label)
    parts: list[str] = []
    for kind in _KIND_ORDER:
        for verb in _VERB_ORDER:
            found = labels.get((kind, verb))
            if not found:
                continue
            number = found[0] if len(found) == 1 else ""
            if chinese:
                amount = f"第 {number} 条" if number else f" {len(found)} 条"
                parts.append(f"{_VERBS_ZH[verb]}{amount}{_NOUNS_ZH[kind]}")
            else:
                one, many = _NOUNS_EN[kind]
                if number:
                    parts.append(f"{one} {number} {_VERBS_EN[verb]}")
                else:
                    parts.append(
                        f"{len(found)} {one if len(found) == 1 else many} {_VERBS_EN[verb]}"
                    )
    return parts


def _section_parts(diff: PostingDiff, chinese: bool) -> list[str]:
    parts: list[str] = []
    for section in diff.sections:
        old_name = _section_name(section.old_heading, section.old_kind, chinese)
        new_name = _section_name(section.new_heading, section.new_kind, chinese)
        if section.change is Change.ADDED:
            parts.append(f"新增“{new_name}”部分" if chinese else f'section "{new_name}" added')
        elif section.change is Change.REMOVED:
            parts.append(f"删除“{old_name}”部分" if chinese else f'section "{old_name}" removed')
        elif section.renamed:
            parts.append(
                f"“{old_name}”改为“{new_name}”"
                if chinese
                else f'section "{old_name}" renamed to "{new_name}"'
            )
        if section.change in (Change.MOVED, Change.MOVED_EDITED):
            parts.append(f"移动“{new_name}”部分" if chinese else f'section "{new_name}" moved')
    return parts


def _section_name(heading: str, kind: SectionKind | None, chinese: bool) -> str:
    if heading.strip() or kind is None:
        return heading.strip()
    return _NOUNS_ZH[kind] if chinese else _NOUNS_EN[kind][1].capitalize()
