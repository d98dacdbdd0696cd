"""A :class:`PostingDiff` as HTML for the compare view: two columns, old and new.

Changed fields first, then each section item by item. Colour is never the only cue:
removed text is struck through on a red ground, added text bold and underlined on a
green one, a moved item carries an arrow and its old and new numbers, and every row
whose item changed starts with a word for the change ("added", "moved"…).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QObject

from jdeditor.core.diff import Change, ItemChange, PostingDiff, SectionDiff, Segment, SegmentOp
from jdeditor.core.model import Salary, SalaryPeriod
from jdeditor.gui.commands.field_commands import field_label
from jdeditor.gui.editors.section_frame import section_kind_label

REMOVED_BG = "#fbd5d5"
ADDED_BG = "#cdeccd"
MOVED_BG = "#dde6fa"
MUTED = "#7a7a7a"

_STYLE = f"""
table.diff {{ border-collapse: collapse; }}
td {{ padding: 4px 6px; vertical-align: top; }}
td.head {{ background: #ececec; font-weight: bold; }}
td.tag {{ color: {MUTED}; white-space: nowrap; }}
td.same {{ color: {MUTED}; }}
td.empty {{ background: #f6f6f6; }}
td.gone {{ background: #fdeeee; }}
td.new {{ background: #eef8ee; }}
td.moved {{ background: #f1f5fd; }}
span.del {{ background: {REMOVED_BG}; text-decoration: line-through; }}
span.ins {{ background: {ADDED_BG}; text-decoration: underline; font-weight: bold; }}
span.folded {{ color: {MUTED}; font-style: italic; }}
"""


class FoldedText(QObject):
    """The grey line in place of what "Show only changes" hides (plural forms need tr)."""

    def items(self, count: int) -> str:
        return self.tr("%Ln unchanged item(s) hidden", "", count)

    def sections(self, count: int) -> str:
        return self.tr("%Ln unchanged section(s) hidden", "", count)


@dataclass(frozen=True)
class DiffSides:
    """What the two columns are called: "Revision 3 · 2026-12-01 10:20" / "Now"."""

    old: str
    new: str


def _period(period: SalaryPeriod) -> str:
    return {
        SalaryPeriod.HOUR: QCoreApplication.translate("DiffView", "hour"),
        SalaryPeriod.DAY: QCoreApplication.translate("DiffView", "day"),
        SalaryPeriod.MONTH: QCoreApplication.translate("DiffView", "month"),
        SalaryPeriod.YEAR: QCoreApplication.translate("DiffView", "year"),
    }[period]


def _field_name(name: str) -> str:
    label = field_label(name)
    return label[:1].upper() + label[1:]


def _value_text(value: object) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, Salary):
        low = "" if value.minimum is None else f"{value.minimum:,}"
        high = "" if value.maximum is None else f"{value.maximum:,}"
        amount = f"{low}–{high}" if low and high else (low or high)
        return f"{amount} {value.currency}/{_period(value.period)}"
    if isinstance(value, list):
        return ", ".join(str(part) for part in value)
    return str(getattr(value, "value", value))


def _side(segments: Sequence[Segment], new: bool) -> str:
    """One side of a text comparison, its changed runs marked."""
    parts: list[str] = []
    for segment in segments:
        text = segment.new_text if new else segment.old_text
        if not text:
            continue
        if segment.op is SegmentOp.EQUAL:
            parts.append(escape(text))
        else:
            parts.append(f'<span class="{"ins" if new else "del"}">{escape(text)}</span>')
    return "".join(parts)


def _whole(text: str, new: bool) -> str:
    return f'<span class="{"ins" if new else "del"}">{escape(text)}</span>'


def _row(tag: str, old_cell: str, new_cell: str, old_class: str, new_class: str) -> str:
    return (
        f'<tr><td class="tag">{tag}</td>'
        f'<td class="{old_class}" width="48%">{old_cell}</td>'
        f'<td class="{new_class}" width="48%">{new_cell}</td></tr>'
    )


def _numbered(label: str, depth: int, body: str) -> str:
    indent = "&nbsp;" * 4 * depth
    prefix = f"{escape(label)}. " if label else ""
    return f"{indent}{prefix}{body}"


def _item_row(item: ItemChange) -> str:
    old, new = item.old, item.new
    if item.change is Change.ADDED and new is not None:
        body = _numbered(new.label, new.depth, _whole(new.text, True))
        return _row(QCoreApplication.translate("DiffView", "added"), "", body, "empty", "new")
    if item.change is Change.REMOVED and old is not None:
        body = _numbered(old.label, old.depth, _whole(old.text, False))
        return _row(QCoreApplication.translate("DiffView", "removed"), body, "", "gone", "empty")
    assert old is not None and new is not None
    if item.change is Change.UNCHANGED:
        text = escape(new.text)
        return _row(
            "",
            _numbered(old.label, old.depth, text),
            _numbered(new.label, new.depth, text),
            "same",
            "same",
        )
    if item.is_edited:
        old_body, new_body = _side(item.segments, False), _side(item.segments, True)
    else:
        old_body = new_body = escape(new.text)
    if item.is_moved:
        where = QCoreApplication.translate("DiffView", "moved {0} → {1}")
        tag = "↕ " + where.format(old.label or "·", new.label or "·")
        if item.is_edited:
            tag += "<br>" + QCoreApplication.translate("DiffView", "edited")
        cells = ("moved", "moved")
    else:
        tag, cells = QCoreApplication.translate("DiffView", "edited"), ("gone", "new")
    return _row(
        tag,
        _numbered(old.label, old.depth, old_body),
        _numbered(new.label, new.depth, new_body),
        *cells,
    )


def _heading(section: SectionDiff, new: bool) -> str:
    heading = section.new_heading if new else section.old_heading
    kind = section.new_kind if new else section.old_kind
    if kind is None:
        return ""
    return escape(heading.strip() or section_kind_label(kind))


def _section_rows(section: SectionDiff, only_changes: bool) -> list[str]:
    tag = {
        Change.ADDED: QCoreApplication.translate("DiffView", "section added"),
        Change.REMOVED: QCoreApplication.translate("DiffView", "section removed"),
        Change.EDITED: QCoreApplication.translate("DiffView", "renamed"),
        Change.MOVED: QCoreApplication.translate("DiffView", "section moved"),
        Change.MOVED_EDITED: QCoreApplication.translate("DiffView", "moved, renamed"),
    }.get(section.change, "")
    rows = [
        f'<tr><td class="head tag">{tag}</td><td class="head">{_heading(section, False)}</td>'
        f'<td class="head">{_heading(section, True)}</td></tr>'
    ]
    folded = 0
    for item in section.items:
        if only_changes and item.change is Change.UNCHANGED:
            folded += 1
            continue
        rows.extend(_folded_row(folded))
        folded = 0
        rows.append(_item_row(item))
    rows.extend(_folded_row(folded))
    return rows


def _folded_row(count: int) -> list[str]:
    if not count:
        return []
    text = FoldedText().items(count)
    cell = f'<span class="folded">{escape(text)}</span>'
    return [f'<tr><td></td><td colspan="2">{cell}</td></tr>']


def diff_html(diff: PostingDiff, sides: DiffSides, only_changes: bool = True) -> str:
    """The whole comparison as one HTML document for a ``QTextBrowser``."""
    rows = [
        f'<tr><td></td><td class="head">{escape(sides.old)}</td>'
        f'<td class="head">{escape(sides.new)}</td></tr>'
    ]
    if not diff.has_changes:
        none = escape(QCoreApplication.translate("DiffView", "No differences."))
        rows.append(f'<tr><td></td><td colspan="2">{none}</td></tr>')
    for change in diff.fields:
        if change.segments:
            old_cell, new_cell = _side(change.segments, False), _side(change.segments, True)
        else:
            old_cell = _whole(_value_text(change.old), False)
            new_cell = _whole(_value_text(change.new), True)
        rows.append(_row(escape(_field_name(change.name)), old_cell, new_cell, "gone", "new"))
    for section in diff.sections:
        if only_changes and not section.has_changes:
            continue
        rows.extend(_section_rows(section, only_changes))
    hidden = sum(1 for section in diff.sections if not section.has_changes)
    if only_changes and hidden:
        text = FoldedText().sections(hidden)
        rows.append(f'<tr><td></td><td colspan="2"><span class="folded">{text}</span></td></tr>')
    body = "".join(rows)
    return (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f'<table class="diff" width="100%" cellspacing="0">{body}</table></body></html>'
    )
