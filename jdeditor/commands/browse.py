"""Reading a library: ``list``, ``search`` and ``show`` (``history`` is in ``history.py``).

These load the service and SQLAlchemy only; a test checks that no reader or exporter
comes with them (tests/cli/test_cli_startup.py).
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from jdeditor.commands.output import print_json, print_table, summary_dict
from jdeditor.core.listing import ListQuery, PostingFilter, SortKey
from jdeditor.core.model import Status
from jdeditor.service import Library


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
        print_json({"total": page.total, "rows": [summary_dict(row) for row in page.rows]})
        return 0
    print_table(
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
        from jdeditor.formats import json_format

        print(json_format.dumps_posting(posting), end="")
    else:
        from jdeditor.formats.plain_text import render_plain_text

        print(render_plain_text(posting), end="")
    # On stderr: stdout stays the posting alone (`show 12 > jd.txt`, a JSON posting file).
    print_open_warnings(library, args.id, sys.stderr)
    return 0


def print_open_warnings(library: Library, posting_id: int, out: TextIO) -> None:
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


def cmd_search(library: Library, args: argparse.Namespace) -> int:
    where = PostingFilter(status=Status(args.status) if args.status else None)
    results = library.search(args.query, where, 0, args.limit)
    if args.json:
        print_json(
            {
                "query": results.query,
                "total": results.total,
                "total_exact": results.total_exact,
                "hits": [
                    {
                        **summary_dict(hit.summary),
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
    more = "" if results.total_exact else "+"
    print(f"\n{len(results.hits)} of {results.total:,}{more} matches for “{results.query}”.")
    return 0
