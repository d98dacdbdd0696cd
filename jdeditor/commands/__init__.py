"""What each ``jdeditor`` command does, given its parsed arguments: one module per group.

The parser (``jdeditor.cli``) imports this package once a command is given, and this
module imports only the module of that command. So ``list``, ``search`` and ``show`` load
the library service and SQLAlchemy, and the readers, exporters and python-docx load only
for ``import``, ``export`` and ``templates`` (see docs/architecture.md, "Command line").

The commands that read or change a library open it with ``create=False``: a mistyped
``--db`` is an error naming the path, not a new empty library. Only ``import`` and
``db init`` create one. (Not to be confused with ``gui/commands``, the editor's undo
commands.)
"""

from __future__ import annotations

import argparse
import enum
import importlib
from collections.abc import Callable
from typing import Any

from jdeditor.core.gc_pause import collector_paused


class Needs(enum.Enum):
    """What a command needs of the library before it runs."""

    NOTHING = "nothing"  # opens no library, or opens it itself (import, db init)
    EXISTING = "existing"  # a library that exists already: never creates one


# command (or "db ACTION"): (module, function, what it needs)
COMMANDS: dict[str, tuple[str, str, Needs]] = {
    "list": ("jdeditor.commands.browse", "cmd_list", Needs.EXISTING),
    "search": ("jdeditor.commands.browse", "cmd_search", Needs.EXISTING),
    "show": ("jdeditor.commands.browse", "cmd_show", Needs.EXISTING),
    "history": ("jdeditor.commands.history", "cmd_history", Needs.EXISTING),
    "diff": ("jdeditor.commands.history", "cmd_diff", Needs.EXISTING),
    "revert": ("jdeditor.commands.history", "cmd_revert", Needs.EXISTING),
    "set": ("jdeditor.commands.history", "cmd_set", Needs.EXISTING),
    "statements": ("jdeditor.commands.statements", "cmd_statements", Needs.EXISTING),
    "warnings": ("jdeditor.commands.import_warnings", "cmd_warnings", Needs.EXISTING),
    "check": ("jdeditor.commands.check", "cmd_check", Needs.EXISTING),
    "delete": ("jdeditor.commands.trash", "cmd_delete", Needs.EXISTING),
    "restore": ("jdeditor.commands.trash", "cmd_restore", Needs.EXISTING),
    "import": ("jdeditor.commands.import_files", "cmd_import", Needs.NOTHING),
    "export": ("jdeditor.commands.export", "cmd_export", Needs.EXISTING),
    "db init": ("jdeditor.commands.database", "cmd_db_init", Needs.NOTHING),
    "db password": ("jdeditor.commands.database", "cmd_db_password", Needs.NOTHING),
    "db check": ("jdeditor.commands.database", "cmd_db_check", Needs.NOTHING),
    "db restore": ("jdeditor.commands.database", "cmd_db_restore", Needs.NOTHING),
    "db": ("jdeditor.commands.database", "cmd_db", Needs.EXISTING),
    "templates": ("jdeditor.commands.templates", "cmd_templates", Needs.NOTHING),
    "settings": ("jdeditor.commands.settings", "cmd_settings", Needs.NOTHING),
}


def command_key(args: argparse.Namespace) -> str:
    """The key of ``COMMANDS`` for the parsed arguments (``db init``, ``db password``,
    ``db check`` and ``db restore`` have their own: they open the library themselves, or
    not at all)."""
    if args.command == "db" and f"db {args.action}" in COMMANDS:
        return f"db {args.action}"
    return str(args.command)


def run_command(args: argparse.Namespace) -> int:
    """Run the command ``args`` names, with the library open when it needs one."""
    module_name, function_name, needs = COMMANDS[command_key(args)]
    # Loading the command's modules and opening the library make objects that live until
    # the process ends (modules, classes, functions, the engine): the cycle collector
    # would walk them all again and again and free nothing (core/gc_pause.py).
    with collector_paused():
        handler: Callable[[Any, argparse.Namespace], int] = getattr(
            importlib.import_module(module_name), function_name
        )
        if needs is Needs.NOTHING:
            library = None
        else:
            from jdeditor.service import Library

            library = Library.open(args.db, create=False)
    if library is None:
        return handler(None, args)
    with library:
        return handler(library, args)
