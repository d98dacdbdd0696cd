"""A diff as plain JSON values, for ``jdeditor diff --json`` and ``history --json``.

Segments become ``[op, old_text, new_text]`` lists, enums their values, a salary an
object with its amounts as strings (exact decimals, as in the JSON format).
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

from jdeditor.core.diff.model import FieldChange, ItemChange, ItemRef, PostingDiff, SectionDiff
from jdeditor.core.model import Salary


def diff_to_dict(diff: PostingDiff) -> dict[str, Any]:
    return {
        "changed": diff.has_changes,
        "fields": [_field(change) for change in diff.fields],
        "sections": [_section(section) for section in diff.sections],
    }


def _value(value: object) -> Any:
    if isinstance(value, Salary):
        return {
            "minimum": _value(value.minimum),
            "maximum": _value(value.maximum),
            "currency": value.currency,
            "period": value.period.value,
        }
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_value(entry) for entry in value]
    return value


def _field(change: FieldChange) -> dict[str, Any]:
    return {
        "field": change.name,
        "old": _value(change.old),
        "new": _value(change.new),
        "segments": [[str(op), old, new] for op, old, new in change.segments],
    }


def _ref(ref: ItemRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {
        "section": ref.section_index,
        "path": list(ref.path),
        "label": ref.label,
        "text": ref.text,
        "kind": ref.kind.value,
    }


def _item(item: ItemChange) -> dict[str, Any]:
    return {
        "change": item.change.value,
        "old": _ref(item.old),
        "new": _ref(item.new),
        "similarity": round(item.similarity, 3),
        "segments": [[str(op), old, new] for op, old, new in item.segments],
    }


def _section(section: SectionDiff) -> dict[str, Any]:
    return {
        "change": section.change.value,
        "old_index": section.old_index,
        "new_index": section.new_index,
        "old_kind": _value(section.old_kind),
        "new_kind": _value(section.new_kind),
        "old_heading": section.old_heading,
        "new_heading": section.new_heading,
        "items": [_item(item) for item in section.items],
    }
