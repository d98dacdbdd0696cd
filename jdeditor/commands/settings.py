"""``settings``: show every setting, or set one (the Preferences dialog's values)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING

from jdeditor.errors import UserFacingError
from jdeditor.settings import load_settings, set_setting

if TYPE_CHECKING:
    from jdeditor.service import Library


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
