"""Every command the parser knows has a handler in the commands table, and it exists."""

from __future__ import annotations

import argparse
import importlib

from jdeditor.cli import build_parser
from jdeditor.commands import COMMANDS, Needs, command_key


def _parser_commands() -> set[str]:
    parser = build_parser()
    [subparsers] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(subparsers.choices)


def test_each_command_has_a_handler_that_exists() -> None:
    assert _parser_commands() | {"db init", "db password", "db check", "db restore"} == set(
        COMMANDS
    )
    for module_name, function_name, _needs in COMMANDS.values():
        assert callable(getattr(importlib.import_module(module_name), function_name))


def test_only_import_and_db_init_may_create_a_library() -> None:
    # Needs.NOTHING commands open no library, except these two, which create one.
    openers = {key for key, (_m, _f, needs) in COMMANDS.items() if needs is Needs.NOTHING}
    # db check and db restore read or replace the file themselves, and never create one.
    assert openers == {
        "import",
        "db init",
        "db password",
        "db check",
        "db restore",
        "templates",
        "settings",
    }
    assert command_key(build_parser().parse_args(["db", "init"])) == "db init"
    assert command_key(build_parser().parse_args(["db", "info"])) == "db"
