"""``templates``: list (also as JSON), check and add Word templates. Opens no library."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from jdeditor.errors import UserFacingError
from jdeditor.exit_codes import EXIT_ERROR
from jdeditor.formats.docx_export import add_template, list_templates

if TYPE_CHECKING:
    from jdeditor.service import Library


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
        from jdeditor.formats.docx_export.isolated_check import check_template_isolated

        problems = check_template_isolated(path)
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
