"""``export``: postings to Word, PDF, Markdown, HTML, JSON or JSON-LD files.

The exporters (docxtpl, python-docx) load inside ``Library.export``, only for this command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jdeditor.errors import UserFacingError
from jdeditor.service import ExportFormat, ExportRequest, Library


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
