"""A posting's history: ``history``, ``diff``, ``revert`` and ``set``.

``history`` and ``diff`` only read: they load the service and SQLAlchemy Core, not the
ORM (tests/cli/test_cli_startup.py). ``revert`` and ``set`` save a new revision, as the
editor does; history is never rewritten.
"""

from __future__ import annotations

import argparse
import enum
from dataclasses import asdict

from jdeditor.commands.output import print_json, print_table
from jdeditor.core.diff import (
    Change,
    FieldChange,
    ItemChange,
    PostingDiff,
    SectionDiff,
    Segment,
    SegmentOp,
    diff_to_dict,
    summary,
)
from jdeditor.core.model import EmploymentType, Language, Posting, Salary, Status
from jdeditor.errors import UserFacingError, ValidationError
from jdeditor.service import Library


def _language(library: Library, posting_id: int, chosen: str | None) -> Language:
    if chosen:
        return Language(chosen)
    return library.get_posting(posting_id, include_trash=True).language


def cmd_history(library: Library, args: argparse.Namespace) -> int:
    language = _language(library, args.id, args.language)
    lines = library.history_summaries(args.id, language)
    if args.json:
        print_json(
            [
                {**asdict(info), "created_at": info.created_at.isoformat(), "changes": text}
                for info, text in lines
            ]
        )
        return 0
    print_table(
        ["REVISION", "VERSION", "SAVED", "TITLE", "NOTE", "CHANGES"],
        [
            [
                str(info.id),
                str(info.version),
                info.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                info.title,
                info.note,
                text,
            ]
            for info, text in lines
        ],
        [8, 7, 19, 30, 30, 60],
    )
    return 0


def cmd_diff(library: Library, args: argparse.Namespace) -> int:
    (a_id, a_version), (b_id, b_version) = args.a, args.b
    diff = library.compare_postings((a_id, a_version), (b_id, b_version))
    language = library.get_posting(b_id, include_trash=True).language
    if args.json:
        print_json(
            {
                "old": {"id": a_id, "version": a_version},
                "new": {"id": b_id, "version": b_version},
                "summary": summary(diff, language),
                **diff_to_dict(diff),
            }
        )
        return 0
    print(f"--- {_ref_text(a_id, a_version)}\n+++ {_ref_text(b_id, b_version)}")
    print(summary(diff, language))
    for line in diff_lines(diff):
        print(line)
    return 0


def _ref_text(posting_id: int, version: int | None) -> str:
    return f"{posting_id}@{version}" if version is not None else f"{posting_id} (current)"


def marked(segments: tuple[Segment, ...]) -> str:
    """A text with its changes marked: ``[-removed-]{+added+}``."""
    parts: list[str] = []
    for op, old, new in segments:
        if op is SegmentOp.EQUAL:
            parts.append(new)
            continue
        if old and op in (SegmentOp.DELETE, SegmentOp.REPLACE):
            parts.append(f"[-{old}-]")
        if new and op in (SegmentOp.INSERT, SegmentOp.REPLACE):
            parts.append(f"{{+{new}+}}")
    return "".join(parts)


def _value_text(value: object) -> str:
    if value is None or value == "":
        return "(none)"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, Salary):
        low = "" if value.minimum is None else str(value.minimum)
        high = "" if value.maximum is None else str(value.maximum)
        return f"{low}–{high} {value.currency}/{value.period.value}"
    if isinstance(value, list | tuple):
        return ", ".join(str(entry) for entry in value) or "(none)"
    return str(value)


def _field_line(change: FieldChange) -> str:
    if change.segments:
        return f"{change.name}: {marked(change.segments)}"
    return f"{change.name}: {_value_text(change.old)} → {_value_text(change.new)}"


def diff_lines(diff: PostingDiff) -> list[str]:
    """The diff as text: changed header fields, then each changed section's items."""
    lines = [_field_line(change) for change in diff.fields]
    old_headings = {
        section.old_index: section.old_heading or section.kind.value for section in diff.sections
    }
    for section in diff.sections:
        if not section.has_changes:
            continue
        lines.append(f"\n## {_section_title(section)}")
        for item in section.items:
            if item.change is not Change.UNCHANGED:
                lines.append(_item_line(item, section, old_headings))
    return lines


def _section_title(section: SectionDiff) -> str:
    heading = section.new_heading or section.old_heading or section.kind.value
    if section.change is Change.UNCHANGED:
        return heading
    if section.renamed:
        return f"{section.old_heading} → {section.new_heading} ({section.change.value})"
    return f"{heading} ({section.change.value})"


def _item_line(item: ItemChange, section: SectionDiff, old_headings: dict[int | None, str]) -> str:
    ref = item.new if item.new is not None else item.old
    assert ref is not None
    indent = "  " * (ref.depth + 1)
    label = f"{ref.label}. " if ref.label else ""
    if item.change is Change.ADDED:
        return f"{indent}+ {label}{ref.text}"
    if item.change is Change.REMOVED:
        return f"{indent}- {label}{ref.text}"
    text = marked(item.segments) if item.is_edited else ref.text
    if not item.is_moved:
        return f"{indent}~ {label}{text}"
    assert item.old is not None
    where = item.old.label or "?"
    if item.old.section_index != section.old_index:
        where = f"{old_headings.get(item.old.section_index, '?')} {where}"
    return f"{indent}> {label}{text} (moved from {where})"


def cmd_revert(library: Library, args: argparse.Namespace) -> int:
    before = library.get_posting(args.id)
    after = library.restore_revision(args.id, args.rev, base_version=before.version)
    if after.version == before.version:
        print(f"Posting {args.id} already has the content of revision {args.rev}: nothing saved.")
        return 0
    from jdeditor.core.diff import compare_postings

    diff = compare_postings(before, after)
    print(
        f"Posting {args.id}: restored revision {args.rev} as revision {after.version} "
        f"({summary(diff, after.language)})."
    )
    for line in diff_lines(diff):
        print(line)
    return 0


def parse_value(field: str, text: str) -> object:
    """``text`` as the value of ``field``, or a :class:`UserFacingError` naming both."""
    if field == "status":
        return _choice(field, text, Status)
    if field == "employment_type":
        return None if text.strip() in ("", "none") else _choice(field, text, EmploymentType)
    if field == "headcount":
        if text.strip() in ("", "none"):
            return None
        try:
            value = int(text)
        except ValueError:
            value = -1
        if value < 0:
            raise UserFacingError(
                f"headcount: '{text}' is not allowed; give a whole number, 0 or more "
                "(or 'none' to clear it).",
                "bad_value",
                field=field,
            )
        return value
    if field == "tags":
        return [tag.strip() for tag in text.replace("，", ",").split(",") if tag.strip()]
    return text.strip()


def _choice(field: str, text: str, kind: type[enum.StrEnum]) -> enum.StrEnum:
    try:
        return kind(text.strip())
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise UserFacingError(
            f"{field}: '{text}' is not allowed; use one of: {allowed}.",
            "bad_value",
            field=field,
        ) from None


def cmd_set(library: Library, args: argparse.Namespace) -> int:
    value = parse_value(args.field, args.value)
    posting: Posting = library.get_posting(args.id)
    old = getattr(posting, args.field)
    setattr(posting, args.field, value)
    try:
        saved = library.save_posting(posting, note=f"set {args.field}")
    except ValidationError as error:
        raise UserFacingError(f"{error.field}: {error.message}", error.kind) from error
    if saved.version == posting.version:
        print(f"Posting {args.id}: {args.field} is already {_value_text(old)}; nothing saved.")
        return 0
    print(
        f"Posting {args.id}: {args.field} {_value_text(old)} → "
        f"{_value_text(getattr(saved, args.field))} (revision {saved.version})."
    )
    return 0
