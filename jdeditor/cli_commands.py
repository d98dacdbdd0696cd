"""What each ``jdeditor`` command does, given its parsed arguments.

Kept apart from the argument parser (``jdeditor.cli``) so that starting the desktop app,
which parses arguments too, does not import the library, the readers and the exporters:
only a command that needs them pays for them.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from jdeditor.core.listing import ListQuery, PostingFilter, SortKey
from jdeditor.core.model import Status
from jdeditor.core.posting_warnings import PostingWarning
from jdeditor.errors import UserFacingError
from jdeditor.exit_codes import EXIT_ERROR
from jdeditor.formats import json_format
from jdeditor.formats.docx_export import add_template, check_template, list_templates
from jdeditor.formats.export_request import ExportFormat, ExportRequest
from jdeditor.formats.plain_text import render_plain_text
from jdeditor.formats.readers import ReadOptions
from jdeditor.service import Library
from jdeditor.settings import load_settings, set_setting


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _fit(text: str, width: int) -> str:
    """Cut or pad ``text`` to ``width`` terminal columns (CJK characters take two)."""
    out: list[str] = []
    used = 0
    for char in text:
        char_width = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if used + char_width > width:
            if out:
                out[-1] = "…"
            break
        out.append(char)
        used += char_width
    return "".join(out) + " " * (width - _display_width("".join(out)))


def _print_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
) -> None:
    print(
        "  ".join(
            _fit(header, width) for header, width in zip(headers, widths, strict=True)
        ).rstrip()
    )
    for row in rows:
        print(
            "  ".join(_fit(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _summary_dict(summary: Any) -> dict[str, Any]:
    data = asdict(summary)
    data["status"] = summary.status.value
    data["updated_at"] = summary.updated_at.isoformat()
    data["deleted_at"] = summary.deleted_at.isoformat() if summary.deleted_at else None
    return data


# -- commands ------------------------------------------------------------------------------


def cmd_list(library: Library, args: argparse.Namespace) -> int:
    where = PostingFilter(
        status=Status(args.status) if args.status else None,
        department=args.department,
        tag=args.tag,
        trash=args.trash,
    )
    page = library.list_postings(
        ListQuery(where, SortKey(args.sort), args.sort == "updated", args.offset, args.limit)
    )
    if args.json:
        _print_json({"total": page.total, "rows": [_summary_dict(row) for row in page.rows]})
        return 0
    _print_table(
        ["ID", "TITLE", "DEPARTMENT", "STATUS", "UPDATED"],
        [
            [
                str(row.id),
                row.title,
                row.department,
                row.status.value,
                row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            ]
            for row in page.rows
        ],
        [6, 40, 16, 10, 16],
    )
    shown = len(page.rows)
    where_text = " in the trash" if args.trash else ""
    print(f"\n{shown} of {page.total} postings{where_text}.")
    return 0


def cmd_show(library: Library, args: argparse.Namespace) -> int:
    posting = library.get_posting(args.id, include_trash=True)
    if args.json:
        print(json_format.dumps_posting(posting), end="")
    else:
        print(render_plain_text(posting), end="")
    # On stderr: stdout stays the posting alone (`show 12 > jd.txt`, a JSON posting file).
    _print_open_warnings(library, args.id, sys.stderr)
    return 0


def _print_open_warnings(library: Library, posting_id: int, out: TextIO) -> None:
    warnings = library.import_warnings(posting_id)
    if not warnings:
        return
    names = ", ".join(sorted({warning.source_name for warning in warnings if warning.source_name}))
    print(f"\nImport warnings{f' ({names})' if names else ''}:", file=out)
    for warning in warnings:
        print(f"  [{warning.id}] {warning.message}", file=out)
    print(
        f"Dismiss them in the app, or with `jdeditor warnings {posting_id} --dismiss N` "
        "or `--dismiss-all`.",
        file=out,
    )


def _warning_dict(warning: PostingWarning) -> dict[str, Any]:
    return {
        "id": warning.id,
        "code": warning.code,
        "kind": warning.kind,
        "line": warning.line,
        "source": warning.source_name,
        "message": warning.message,
        "values": dict(warning.values),
        "item_text": warning.item_text,
    }


def cmd_warnings(library: Library, args: argparse.Namespace) -> int:
    library.get_posting(args.id, include_trash=True)  # a clear error for an unknown id
    if args.dismiss_all:
        count = library.dismiss_import_warnings(args.id)
        print(f"Dismissed {count} import warning{'s' if count != 1 else ''} of posting {args.id}.")
        return 0
    if args.dismiss:
        own = {warning.id for warning in library.import_warnings(args.id)}
        for warning_id in args.dismiss:
            if warning_id not in own:
                raise UserFacingError(
                    f"Posting {args.id} has no open import warning {warning_id} "
                    f"(see `jdeditor warnings {args.id}`); nothing was dismissed."
                )
        for warning_id in args.dismiss:
            library.dismiss_import_warning(warning_id)
        count = len(set(args.dismiss))
        print(f"Dismissed {count} import warning{'s' if count != 1 else ''} of posting {args.id}.")
        return 0
    warnings = library.import_warnings(args.id)
    if args.json:
        _print_json({"posting": args.id, "warnings": [_warning_dict(w) for w in warnings]})
        return 0
    if not warnings:
        print(f"Posting {args.id} has no open import warnings.")
        return 0
    _print_open_warnings(library, args.id, sys.stdout)
    return 0


def cmd_search(library: Library, args: argparse.Namespace) -> int:
    where = PostingFilter(status=Status(args.status) if args.status else None)
    results = library.search(args.query, where, 0, args.limit)
    if args.json:
        _print_json(
            {
                "query": results.query,
                "total": results.total,
                "hits": [
                    {
                        **_summary_dict(hit.summary),
                        "score": round(hit.score, 6),
                        "snippet": hit.snippet,
                        "highlights": [list(span) for span in hit.highlights],
                    }
                    for hit in results.hits
                ],
            }
        )
        return 0
    for hit in results.hits:
        print(f"{hit.summary.id:>6}  {hit.summary.title}")
        if hit.snippet:
            print(f"        {hit.snippet}")
    print(f"\n{len(results.hits)} of {results.total} matches for “{results.query}”.")
    return 0


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


def cmd_import(library: Library, args: argparse.Namespace) -> int:
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
        _print_json({"dry_run": args.dry_run, "postings": entries})
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


def _export_format(given: str | None, out: Path) -> ExportFormat:
    """The --format given, else the one the --out suffix names (.pdf, .md…), else Word."""
    if given:
        return ExportFormat(given)
    by_suffix = {kind.suffix: kind for kind in ExportFormat}
    by_suffix[".markdown"] = ExportFormat.MARKDOWN
    by_suffix[".htm"] = ExportFormat.HTML
    return by_suffix.get(out.suffix.lower(), ExportFormat.DOCX)


def cmd_export(library: Library, args: argparse.Namespace) -> int:
    if not args.all and not args.ids:
        raise UserFacingError("Name the postings to export (their ids), or use --all.")
    ids = None if args.all else args.ids
    request = ExportRequest(
        format=_export_format(args.format, Path(args.out)),
        target=Path(args.out),
        template=args.template,
        merge=args.merge,
        overwrite=args.overwrite,
    )
    written = library.export(
        ids, request, warn=lambda warning: print(f"warning: {warning.message}", file=sys.stderr)
    )
    for path in written:
        print(path)
    print(f"\nExported to {len(written)} file{'s' if len(written) != 1 else ''}.")
    return 0


def cmd_templates(library: Library | None, args: argparse.Namespace) -> int:
    if args.action == "list":
        if args.json:
            from jdeditor.formats.docx_export.template_language import template_language

            entries = []
            for info in list_templates():
                languages = template_language(info.path).languages
                entries.append(
                    {
                        "name": info.name,  # language: zh, en, or any (suits every posting)
                        "language": str(next(iter(languages))) if len(languages) == 1 else "any",
                        "kind": "bundled" if info.bundled else "own",
                        "path": str(info.path),
                    }
                )
            print(json.dumps(entries, ensure_ascii=False, indent=2))
            return 0
        for info in list_templates():
            origin = "bundled" if info.bundled else "yours"
            description = f"  {info.description}" if info.description else ""
            print(f"{info.name:<24} {origin:<8}{description}")
        return 0
    if not args.file:
        raise UserFacingError(f"`jdeditor templates {args.action}` needs a .docx file.")
    path = Path(args.file)
    if args.action == "check":
        problems = check_template(path)
        for problem in problems:
            print(problem)
        if problems:
            print(f"\n{len(problems)} problems in {path}.")
            return EXIT_ERROR
        print(f"{path} is a valid template.")  # check_template reports one without any tag
        return 0
    info = add_template(path, replace=args.replace)
    print(f"Added the template '{info.name}' ({info.path}).")
    return 0


def cmd_settings(library: Library | None, args: argparse.Namespace) -> int:
    if args.action == "set":
        if args.key is None or args.value is None:
            raise UserFacingError("Use: jdeditor settings set KEY VALUE")
        set_setting(args.key, args.value)
    settings, problems = load_settings()
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    for key, value in asdict(settings).items():
        print(f"{key} = {value}")
    return 0


def cmd_delete(library: Library, args: argparse.Namespace) -> int:
    library.delete_posting(args.id)
    print(f"Moved posting {args.id} to the trash (`jdeditor restore {args.id}` brings it back).")
    return 0


def cmd_restore(library: Library, args: argparse.Namespace) -> int:
    library.restore_posting(args.id)
    print(f"Restored posting {args.id} from the trash.")
    return 0


def cmd_history(library: Library, args: argparse.Namespace) -> int:
    revisions = library.history(args.id)
    if args.json:
        _print_json(
            [
                {**asdict(revision), "created_at": revision.created_at.isoformat()}
                for revision in revisions
            ]
        )
        return 0
    _print_table(
        ["REVISION", "VERSION", "SAVED", "TITLE", "NOTE"],
        [
            [
                str(revision.id),
                str(revision.version),
                revision.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                revision.title,
                revision.note,
            ]
            for revision in revisions
        ],
        [8, 7, 19, 30, 30],
    )
    return 0


def cmd_db(library: Library, args: argparse.Namespace) -> int:
    if args.action == "backup":
        target = library.backup(Path(args.out) if args.out else None)
        print(f"Backed up the library to {target}.")
        return 0
    info = library.info()
    if args.action == "upgrade":
        print(f"The library is at schema {info.schema_revision}, the newest this version knows.")
        return 0
    if args.json:
        _print_json(asdict(info))
        return 0
    size = f"{info.file_size / 1_048_576:.1f} MB" if info.file_size is not None else "n/a"
    for label, value in (
        ("Library", info.location),
        ("Database", info.backend),
        ("Schema", info.schema_revision),
        ("Search", info.search),
        ("Postings", str(info.postings)),
        ("In trash", str(info.trash)),
        ("Revisions", str(info.revisions)),
        ("File size", size),
        ("App version", info.app_version),
    ):
        print(f"{label + ':':<13}{value}")
    return 0


Handler = Callable[[Any, argparse.Namespace], int]

HANDLERS: dict[str, tuple[Handler, bool]] = {
    # command: (handler, needs the library open)
    "list": (cmd_list, True),
    "show": (cmd_show, True),
    "search": (cmd_search, True),
    "import": (cmd_import, True),
    "export": (cmd_export, True),
    "templates": (cmd_templates, False),
    "settings": (cmd_settings, False),
    "delete": (cmd_delete, True),
    "restore": (cmd_restore, True),
    "history": (cmd_history, True),
    "warnings": (cmd_warnings, True),
    "db": (cmd_db, True),
}


def run_command(args: argparse.Namespace) -> int:
    """Run the command ``args.command`` names, with the library open when it needs one."""
    handler, needs_library = HANDLERS[args.command]
    if not needs_library:
        return handler(None, args)
    with Library.open(args.db) as library:
        return handler(library, args)
