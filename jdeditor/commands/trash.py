"""``delete`` and ``restore``: moving a posting to the trash and back."""

from __future__ import annotations

import argparse

from jdeditor.service import Library


def cmd_delete(library: Library, args: argparse.Namespace) -> int:
    library.delete_posting(args.id)
    print(f"Moved posting {args.id} to the trash (`jdeditor restore {args.id}` brings it back).")
    return 0


def cmd_restore(library: Library, args: argparse.Namespace) -> int:
    library.restore_posting(args.id)
    print(f"Restored posting {args.id} from the trash.")
    return 0
