"""The ``jdeditor`` command line. It calls the library service, never the ORM.

A user's mistake (a missing file, an unknown id, a conflict) prints one message naming
what is wrong and what to do, and exits with status 1; bad arguments exit with 2; a bug
prints where the log with the traceback is and exits with 70.

When the reader of the output goes away (``jdeditor list | head -1``), the command stops
quietly with status 141, as a program stopped by SIGPIPE does in a shell.

This module only parses arguments: what the commands do is in the package
``jdeditor.commands``, imported once a command is given, and it imports only the module
of that command. So ``jdeditor`` alone starts the desktop app without first importing the
library, and ``jdeditor list`` does without the readers and exporters.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from jdeditor import __version__
from jdeditor.core.listing import SortKey
from jdeditor.core.model import Status
from jdeditor.errors import UserFacingError
from jdeditor.exit_codes import EXIT_BROKEN_PIPE, EXIT_BUG, EXIT_ERROR
from jdeditor.formats.export_request import ExportFormat
from jdeditor.logging_setup import configure_logging

logger = logging.getLogger(__name__)

# The fields ``jdeditor set`` changes (jdeditor.commands.history checks the values).
SETTABLE_FIELDS = (
    "status",
    "department",
    "location",
    "reports_to",
    "title",
    "headcount",
    "employment_type",
    "summary",
    "tags",
)


def _positive_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a posting id (a whole number)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a posting id (ids start at 1)")
    return value


def _posting_ref(text: str) -> tuple[int, int | None]:
    """``ID`` (the posting as it is) or ``ID@REV`` (revision REV, as `history` shows it)."""
    posting_text, at, version_text = text.partition("@")
    posting_id = _positive_id(posting_text)
    if not at:
        return posting_id, None
    try:
        version = int(version_text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not ID or ID@REV (REV is a revision number from `history`)"
        ) from None
    return posting_id, version


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jdeditor",
        description="JD Editor (岗位说明书编辑器): keep, edit and export job descriptions. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"jdeditor {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="library file or SQLAlchemy URL (default: $JDEDITOR_DB, else library.db in the "
        "user data folder)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub = commands.add_parser("list", help="list postings")
    sub.add_argument("--status", choices=[status.value for status in Status])
    sub.add_argument("--department")
    sub.add_argument("--tag")
    sub.add_argument("--trash", action="store_true", help="list the postings in the trash")
    sub.add_argument("--sort", choices=[key.value for key in SortKey], default="updated")
    sub.add_argument("--limit", type=int, default=100)
    sub.add_argument("--offset", type=int, default=0)
    sub.add_argument("--json", action="store_true")

    sub = commands.add_parser("show", help="show one posting")
    sub.add_argument("id", type=_positive_id)
    sub.add_argument("--json", action="store_true", help="the JSON interchange format")

    sub = commands.add_parser("search", help="full-text search (Chinese and English)")
    sub.add_argument("query")
    sub.add_argument("--status", choices=[status.value for status in Status])
    sub.add_argument("--limit", type=int, default=20)
    sub.add_argument("--json", action="store_true")

    sub = commands.add_parser("import", help="import postings from files")
    sub.add_argument("files", nargs="+", metavar="FILE")
    sub.add_argument("--dry-run", action="store_true", help="show what would be imported")
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--separator", metavar="REGEX", help="a line matching this separates postings")
    sub.add_argument("--encoding", help="text encoding of the files (default: detect)")
    sub.add_argument(
        "--allow-duplicates", action="store_true", help="import postings the library already has"
    )

    sub = commands.add_parser("export", help="export postings to Word, PDF, Markdown, …")
    sub.add_argument("ids", nargs="*", type=_positive_id, metavar="ID")
    sub.add_argument("--all", action="store_true", help="every posting not in the trash")
    sub.add_argument(
        "--format",
        choices=[kind.value for kind in ExportFormat],
        help="default: from the --out suffix, else docx",
    )
    sub.add_argument("--template", metavar="NAME", help="Word template (see `templates list`)")
    sub.add_argument(
        "--out",
        default=".",
        metavar="PATH",
        help="a file, or a folder for one file per posting (default: this folder)",
    )
    sub.add_argument("--merge", action="store_true", help="all postings in one file")
    sub.add_argument("--overwrite", action="store_true", help="replace existing files")

    sub = commands.add_parser("templates", help="Word templates: list, check, add")
    sub.add_argument("action", choices=["list", "check", "add"])
    sub.add_argument("file", nargs="?", metavar="FILE.docx")
    sub.add_argument("--replace", action="store_true", help="replace a template of that name")
    sub.add_argument("--json", action="store_true", help="list: name, language, kind and path")

    sub = commands.add_parser("settings", help="show or change settings (company name, …)")
    sub.add_argument("action", choices=["show", "set"], nargs="?", default="show")
    sub.add_argument("key", nargs="?")
    sub.add_argument("value", nargs="?")

    for name, text in (
        ("delete", "move a posting to the trash"),
        ("restore", "bring a posting back from the trash"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("id", type=_positive_id)

    sub = commands.add_parser("warnings", help="a posting's open import warnings; dismiss them")
    sub.add_argument("id", type=_positive_id)
    sub.add_argument(
        "--dismiss", nargs="+", type=int, metavar="N", help="dismiss these warnings (their numbers)"
    )
    sub.add_argument("--dismiss-all", action="store_true", help="dismiss all of them")
    sub.add_argument("--json", action="store_true")

    sub = commands.add_parser(
        "check", help="check postings (law, inclusive wording, quality); exit 1 on errors"
    )
    sub.add_argument("ids", nargs="*", type=_positive_id, metavar="ID")
    sub.add_argument("--all", action="store_true", help="check every posting (not the trash)")
    sub.add_argument(
        "--language", choices=["zh", "en"], help="of the messages (default: the posting's)"
    )
    sub.add_argument("--json", action="store_true")

    sub = commands.add_parser("history", help="saved revisions of a posting, what each changed")
    sub.add_argument("id", type=_positive_id)
    sub.add_argument(
        "--language", choices=["zh", "en"], help="of the change lines (default: the posting's)"
    )
    sub.add_argument("--json", action="store_true")

    sub = commands.add_parser("diff", help="compare two postings or revisions (ID or ID@REV)")
    sub.add_argument("a", type=_posting_ref, metavar="A")
    sub.add_argument("b", type=_posting_ref, metavar="B")
    sub.add_argument("--json", action="store_true")

    sub = commands.add_parser("revert", help="restore an old revision as a new revision")
    sub.add_argument("id", type=_positive_id)
    sub.add_argument("rev", type=int, metavar="REV", help="a revision number from `history`")

    sub = commands.add_parser("set", help="change one field of a posting (saves a revision)")
    sub.add_argument("id", type=_positive_id)
    sub.add_argument(
        "field", choices=SETTABLE_FIELDS, metavar="FIELD", help=", ".join(SETTABLE_FIELDS)
    )
    sub.add_argument("value", metavar="VALUE", help="tags: comma-separated; 'none' clears")

    sub = commands.add_parser(
        "statements", help="the library of statements: list, families, reword, revert"
    )
    sub.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=["list", "families", "reword", "revert", "changes"],
        help="list (default), families, reword FAMILY_ID --to TEXT, revert CHANGE_ID, changes",
    )
    sub.add_argument("target", nargs="?", metavar="ID", help="FAMILY_ID or CHANGE_ID")
    sub.add_argument("--kind", choices=["duties", "requirements", "preferred", "benefits"])
    sub.add_argument("--language", choices=["zh", "en"])
    sub.add_argument("--search", metavar="Q", help="words or characters the statements contain")
    sub.add_argument("--limit", type=int, metavar="N", help="at most N (list: default 50)")
    sub.add_argument("--to", metavar="TEXT", help="reword: the wording every variant becomes")
    sub.add_argument("--dry-run", action="store_true", help="reword: show the plan, save nothing")
    sub.add_argument("--json", action="store_true")

    sub = commands.add_parser(
        "db", help="the library database: init, info, upgrade, backup, check, restore, reindex"
    )
    sub.add_argument(
        "action",
        choices=["init", "info", "upgrade", "backup", "check", "restore", "reindex", "password"],
        help="init creates a new library (the other commands never do, except import); "
        "check checks it thoroughly (exit 1 if not sound); restore FILE replaces it with a "
        "backup (the current file is kept beside it); reindex rebuilds the search index; "
        "password set|forget keeps a server library's password in the keyring",
    )
    sub.add_argument(
        "target",
        nargs="?",
        metavar="FILE|set|forget",
        help="restore: the backup to restore; password: set or forget",
    )
    sub.add_argument("--out", metavar="PATH", help="backup file (default: beside the library)")
    sub.add_argument("--json", action="store_true")
    return parser


def _start_gui(db: str | None, log_file: Path | None) -> int:
    from jdeditor.app import run_gui  # Qt is loaded only when the window is wanted

    return run_gui(db, log_file=log_file)


def _stdout_closed() -> int:
    """The reader of our output went away (``| head``): stop quietly.

    Python's advice (the ``signal`` module's notes on SIGPIPE): point stdout at devnull so
    that the flush at exit does not fail again. The status is 141 (128 + SIGPIPE), what a
    shell reports for ``seq``, ``cat`` or ``grep`` stopped the same way, so a script with
    ``set -o pipefail`` tells a cut-short listing from a finished one, and an error (1)
    from both.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # stdout is not a real file (e.g. replaced by a test): nothing to flush
    return EXIT_BROKEN_PIPE


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log_file = configure_logging(args.verbose)
    try:
        if args.command is None:
            return _start_gui(args.db, log_file)
        from jdeditor.commands import run_command

        status = run_command(args)
        sys.stdout.flush()  # here, so that a closed pipe is noticed below and not at exit
        return status
    except BrokenPipeError:
        return _stdout_closed()
    except UserFacingError as error:
        print(f"jdeditor: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("jdeditor: interrupted", file=sys.stderr)
        return 130
    except Exception as error:
        logger.exception("unexpected error")
        where = f" Details are in {log_file}." if log_file else ""
        print(
            f"jdeditor: internal error: {type(error).__name__}: {error}.{where} Please report it.",
            file=sys.stderr,
        )
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
