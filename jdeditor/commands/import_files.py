"""``import``: read files into the library (the one command besides ``db init`` that may
create a library). The readers load with this module's first import, not before."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jdeditor.commands.database import NO_LIBRARY_KINDS, open_or_create, tell_created
from jdeditor.commands.output import print_json
from jdeditor.errors import LibraryError
from jdeditor.formats.read_options import ReadOptions
from jdeditor.service import Library


def _plan_entry(item: Any, action: str, added_id: int | None) -> dict[str, Any]:
    posting = item.posting
    return {
        "source": str(item.source),
        "line": item.source_line,
        "title": posting.title,
        "action": action,
        "id": added_id,
        "duplicate_of": item.duplicate_of,
        "sections": [
            {"kind": section.kind.value, "heading": section.heading, "items": section.count_items()}
            for section in posting.sections
        ],
        "warnings": [
            {"code": warning.code, "line": warning.line, "message": warning.message}
            for warning in item.warnings
        ],
    }


def _library_for(args: argparse.Namespace) -> Library:
    """The library to import into; for a dry run where there is none, an empty one in
    memory (a dry run writes nothing, not even a new library)."""
    if not args.dry_run:
        library, created = open_or_create(args.db)
        if created:
            tell_created(library)
        return library
    try:
        return Library.open(args.db, create=False)
    except LibraryError as error:
        if error.kind not in NO_LIBRARY_KINDS:
            raise
        print(
            f"There is no library at {error.values.get('name', args.db)} yet: the postings are "
            "compared with an empty one. The import without --dry-run creates it.",
            file=sys.stderr,
        )
        return Library.open("sqlite://")


def cmd_import(_library: None, args: argparse.Namespace) -> int:
    with _library_for(args) as library:
        return _import(library, args)


def _import(library: Library, args: argparse.Namespace) -> int:
    options = ReadOptions(separator=args.separator, encoding=args.encoding)
    plan = library.plan_import([Path(name) for name in args.files], options, args.allow_duplicates)
    added_ids: list[int] = []
    if not args.dry_run:
        added_ids = library.commit_import(plan).added
    ids = iter(added_ids)
    entries = []
    for item in plan.postings:
        if not item.include:
            action = "skipped-duplicate"
            new_id = None
        elif args.dry_run:
            action, new_id = "would-add", None
        else:
            action, new_id = "added", next(ids)
        entries.append(_plan_entry(item, action, new_id))
    if args.json:
        print_json({"dry_run": args.dry_run, "postings": entries})
        return 0
    for entry in entries:
        where = f"{Path(entry['source']).name}" + (f":{entry['line']}" if entry["line"] else "")
        counts = ", ".join(f"{s['heading'] or s['kind']} {s['items']}" for s in entry["sections"])
        label = {
            "added": f"added as {entry['id']}",
            "would-add": "would add",
            "skipped-duplicate": f"skipped: same as posting {entry['duplicate_of']}"
            if entry["duplicate_of"]
            else "skipped: repeated in this import",
        }[entry["action"]]
        print(f"{entry['title']}  [{where}]  {label}")
        if counts:
            print(f"    {counts}")
        for warning in entry["warnings"]:
            print(f"    warning (line {warning['line']}): {warning['message']}")
    added = sum(1 for entry in entries if entry["action"] in ("added", "would-add"))
    skipped = len(entries) - added
    verb = "Would import" if args.dry_run else "Imported"
    print(f"\n{verb} {added} postings from {len(plan.files)} files; {skipped} duplicates skipped.")
    return 0
