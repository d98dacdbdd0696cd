"""The library of statements: ``statements`` (list and search), ``statements families``,
``statements reword``, ``statements revert`` and ``statements changes``.

Listing and families only read the postings (they bring the stored statements up to
date first); ``reword`` saves a revision of each posting it changes and prints the
command that undoes it; ``revert`` puts those postings back as new revisions.
"""

from __future__ import annotations

import argparse
import shlex
from typing import Any

from jdeditor.commands.output import print_json, print_table
from jdeditor.core.model import Language, SectionKind
from jdeditor.errors import UserFacingError
from jdeditor.service import Library


def cmd_statements(library: Library, args: argparse.Namespace) -> int:
    action = args.action
    if action == "list":
        if args.target is not None:
            raise UserFacingError(
                f"'{args.target}' is not an action of `statements`: use list, families, "
                "reword FAMILY_ID --to TEXT, revert CHANGE_ID or changes."
            )
        return _list(library, args)
    if action == "families":
        return _families(library, args)
    if action == "reword":
        return _reword(library, args)
    if action == "revert":
        return _revert(library, args)
    return _changes(library, args)


def _kind(args: argparse.Namespace) -> SectionKind | None:
    return SectionKind(args.kind) if args.kind else None


def _language(args: argparse.Namespace) -> Language | None:
    return Language(args.language) if args.language else None


def _list(library: Library, args: argparse.Namespace) -> int:
    page = library.statements(
        _kind(args), args.search or "", language=_language(args), limit=args.limit or 50
    )
    if args.json:
        print_json(
            {
                "total": page.total,
                "total_exact": page.total_exact,
                "statements": [
                    {
                        "id": entry.id,
                        "kind": entry.kind.value,
                        "language": entry.language.value,
                        "text": entry.text,
                        "postings": entry.postings,
                        "uses": entry.uses,
                        "preferred": entry.preferred,
                        "starter": entry.starter,
                        "role": entry.role,
                    }
                    for entry in page.entries
                ],
            }
        )
        return 0
    print_table(
        ["ID", "KIND", "LANG", "POSTINGS", "USES", "MARK", "TEXT"],
        [
            [
                str(entry.id),
                entry.kind.value,
                entry.language.value,
                str(entry.postings),
                str(entry.uses),
                ("preferred " if entry.preferred else "") + ("starter" if entry.starter else ""),
                entry.text,
            ]
            for entry in page.entries
        ],
        [7, 12, 4, 8, 5, 17, 70],
    )
    more = "" if page.total_exact else "+"
    print(f"{len(page.entries)} of {page.total:,}{more} statements")
    return 0


def _families(library: Library, args: argparse.Namespace) -> int:
    found = library.statement_families(_kind(args), _language(args))
    if args.limit is not None:
        found = found[: args.limit]
    if args.json:
        print_json(
            [
                {
                    "id": family.id,
                    "kind": family.kind.value,
                    "language": family.language.value,
                    "postings": family.postings,
                    "variants": [
                        {"text": variant.text, "postings": variant.postings}
                        for variant in family.variants
                    ],
                }
                for family in found
            ]
        )
        return 0
    if not found:
        print("No families: no two statements are near-duplicates.")
        return 0
    for family in found:
        print(
            f"{family.id}  {family.kind.value} ({family.language.value}), "
            f"{family.postings} postings"
        )
        for variant in family.variants:
            print(f"  {variant.postings:>5}  {variant.text}")
    print(
        f"{len(found)} families. Reword one with `jdeditor statements reword FAMILY_ID --to TEXT`."
    )
    return 0


def _target(args: argparse.Namespace, what: str) -> str:
    if not args.target:
        raise UserFacingError(
            f"Name the {what}: `jdeditor statements {args.action} "
            f"{'FAMILY_ID --to TEXT' if what == 'family' else 'CHANGE_ID'}` "
            f"(`jdeditor statements {'families' if what == 'family' else 'changes'}` lists them)."
        )
    return str(args.target)


def _reword(library: Library, args: argparse.Namespace) -> int:
    family_id = _target(args, "family")
    if args.to is None:
        raise UserFacingError(
            f"Give the wording family {family_id} should use: --to TEXT (e.g. "
            f'`jdeditor statements reword {family_id} --to "3年以上相关工作经验"`).'
        )
    if args.dry_run:
        plan = library.reword_plan(family_id, args.to)
        for change in plan.changes:
            print(f"#{change.posting_id} {change.title} (version {change.version})")
            for text in change.before:
                print(f"  - {text}")
                print(f"  + {change.after}")
        print(f"{len(plan.changing)} postings would change (nothing was saved).")
        return 0
    result = library.reword_family(family_id, args.to)
    for posting_id, before, after in result.changed:
        print(f"#{posting_id}: version {before} -> {after}")
    for skipped in result.skipped:
        print(f"#{skipped.posting_id}: left alone ({skipped.skipped})")
    print(f"Reworded {len(result.changed)} postings as change {result.change_id}.")
    print(f"To undo it: {_revert_command(args, result.change_id)}")
    return 0


def _revert_command(args: argparse.Namespace, change_id: int) -> str:
    words = ["jdeditor"]
    if args.db:
        words += ["--db", str(args.db)]
    words += ["statements", "revert", str(change_id)]
    return shlex.join(words)


def _change_id(args: argparse.Namespace) -> int:
    text = _target(args, "change")
    try:
        return int(text)
    except ValueError:
        raise UserFacingError(
            f"'{text}' is not a change id: a number from `jdeditor statements changes`."
        ) from None


def _revert(library: Library, args: argparse.Namespace) -> int:
    change_id = _change_id(args)
    result = library.revert_reword(change_id)
    print(f"Put back {len(result.restored)} postings as they were before change {change_id}.")
    if result.conflicts:
        listed = ", ".join(f"#{posting_id}" for posting_id in result.conflicts)
        print(f"Left alone (saved or deleted since the reword): {listed}.")
    return 0


def _changes(library: Library, args: argparse.Namespace) -> int:
    records = library.reword_changes()
    if args.json:
        data: list[dict[str, Any]] = [
            {
                "id": record.id,
                "family": record.family_id,
                "kind": record.kind.value,
                "language": record.language.value,
                "to": record.to_text,
                "created_at": record.created_at.isoformat(),
                "reverted_at": record.reverted_at.isoformat() if record.reverted_at else None,
                "postings": [
                    {"id": posting_id, "version_before": before, "version_after": after}
                    for posting_id, before, after in record.postings
                ],
            }
            for record in records
        ]
        print_json(data)
        return 0
    print_table(
        ["CHANGE", "WHEN", "POSTINGS", "REVERTED", "TO"],
        [
            [
                str(record.id),
                record.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                str(len(record.postings)),
                "yes" if record.reverted_at else "",
                record.to_text,
            ]
            for record in records
        ],
        [6, 16, 8, 8, 70],
    )
    return 0
