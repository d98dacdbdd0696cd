"""``warnings``: a posting's open import warnings, and dismissing them."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from jdeditor.commands.browse import print_open_warnings
from jdeditor.commands.output import print_json
from jdeditor.core.posting_warnings import PostingWarning
from jdeditor.errors import UserFacingError
from jdeditor.service import Library


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
        print_json({"posting": args.id, "warnings": [_warning_dict(w) for w in warnings]})
        return 0
    if not warnings:
        print(f"Posting {args.id} has no open import warnings.")
        return 0
    print_open_warnings(library, args.id, sys.stdout)
    return 0
