"""The library itself: ``db init``, ``info``, ``upgrade``, ``backup``, ``check``,
``restore`` and ``reindex``."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from jdeditor.commands.output import print_json
from jdeditor.errors import LibraryError
from jdeditor.service import Library, check_library, restore_backup

NO_LIBRARY_KINDS = ("no_library", "no_such_folder", "empty_database")
"""The kinds of LibraryError that mean "no library here yet" (and not a damaged one):
the folder is made when the library is created."""


def open_or_create(db: str | None) -> tuple[Library, bool]:
    """The library at ``db``, created if there is none; and whether it was created.

    A damaged file, another program's database or a newer library is never replaced:
    only a missing file or an empty database becomes a new library.
    """
    try:
        return Library.open(db, create=False), False
    except LibraryError as error:
        if error.kind not in NO_LIBRARY_KINDS:
            raise
    return Library.open(db, create=True), True


def cmd_db_init(_library: None, args: argparse.Namespace) -> int:
    """Create a library; one that exists already is left as it is (exit 0, said so)."""
    library, created = open_or_create(args.db)
    with library:
        if created:
            print(f"Created a new library at {library.location.display_name}.")
        else:
            print(
                f"{library.location.describe()} is a JD Editor library already "
                f"({library.info().postings} postings); no new library was made."
            )
    return 0


def cmd_db(library: Library, args: argparse.Namespace) -> int:
    if args.action == "backup":
        target = library.backup(Path(args.out) if args.out else None)
        print(f"Backed up the library to {target}.")
        return 0
    if args.action == "reindex":
        library.rebuild_search_index()
        print(f"Rebuilt the search index of {library.info().postings} postings.")
        return 0
    info = library.info()
    if args.action == "upgrade":
        print(f"The library is at schema {info.schema_revision}, the newest this version knows.")
        return 0
    if args.json:
        print_json(asdict(info))
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
        ("Duplicates", f"{info.same_content} (same content as an older posting)"),
        ("File size", size),
        ("App version", info.app_version),
    ):
        print(f"{label + ':':<13}{value}")
    return 0


def tell_created(library: Library) -> None:
    """Say on stderr that a command made a new library (a mistyped path shows at once)."""
    print(f"Created a new library at {library.location.display_name}.", file=sys.stderr)


def cmd_db_password(_library: None, args: argparse.Namespace) -> int:
    """``db password set`` asks for a server library's password (without echo) and
    keeps it in the system's keyring; ``db password forget`` removes it."""
    import getpass

    from jdeditor.service import team

    address = team.server_address_of(args.db)
    if address is None:
        raise LibraryError(
            "A library file has no password. `db password` is for a library on a "
            "database server: give its address with --db postgresql+psycopg://user@host/db."
        )
    if args.target == "forget":
        team.forget_password(address)
        print(f"Forgot the password of {address}.")
        return 0
    if args.target != "set":
        raise LibraryError("Say what to do: `jdeditor db password set --db URL` (or forget).")
    password = getpass.getpass(f"Password for {address}: ")
    if not password:
        raise LibraryError("No password was given; nothing was stored.")
    team.remember_password(address, password)
    print(f"The password of {address} is kept in the system's keyring ({team.KEYRING_SERVICE}).")
    return 0


def cmd_db_check(_library: None, args: argparse.Namespace) -> int:
    """Check the library thoroughly; exit 1, naming each problem, if it is not sound."""
    where, problems = check_library(args.db)
    if args.json:
        print_json({"library": where, "sound": not problems, "problems": problems})
    elif problems:
        print(f"{where} has problems:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
    else:
        print(f"{where} is sound (integrity, foreign keys, schema, search index).")
    return 1 if problems else 0


def cmd_db_restore(_library: None, args: argparse.Namespace) -> int:
    """Replace the library file with a backup, keeping the current file beside it."""
    if not args.target:
        raise LibraryError("Name the backup to restore: `jdeditor db restore FILE`.")
    backup = Path(args.target).expanduser().absolute()
    aside = restore_backup(args.db, backup, aside_reason="replaced")
    print(f"Restored the library from {backup}.")
    if aside is not None:
        print(f"The library it replaced is kept as {aside}.")
    return 0
