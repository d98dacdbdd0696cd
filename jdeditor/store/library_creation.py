"""Making a new SQLite library file all at once.

The schema is built in a file beside the target (``.NAME.new-PID``), switched out of WAL
mode (so that the whole database is in that one file), flushed, closed and only then
renamed to the target name. A process killed at any moment leaves either no library or
a complete one; what it leaves under the temporary name is removed by the next creation.
The rename never replaces a library another process made in the meantime.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import URL

from jdeditor.store import library_files, sqlite
from jdeditor.store.migrating import migrate

logger = logging.getLogger(__name__)


def is_blank(path: Path) -> bool:
    """Whether nothing is at ``path`` yet: no file, or an empty one with no log beside it."""
    if not path.exists():
        return True
    wal = path.with_name(path.name + "-wal")
    return path.is_file() and path.stat().st_size == 0 and not _has_data(wal)


def _has_data(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0


def temporary_name(target: Path, pid: int | None = None) -> Path:
    return target.with_name(f".{target.name}.new-{os.getpid() if pid is None else pid}")


def _process_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap check: leave it (it is hidden and small)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(target: Path) -> list[Path]:
    """Remove what killed creations of ``target`` left under temporary names."""
    removed = []
    for path in target.parent.glob(f".{target.name}.new-*"):
        pid_text = path.name.rsplit("-", 1)[-1]
        if not pid_text.isdigit():
            continue  # a companion (-wal, -shm, -journal): goes with its database
        if int(pid_text) != os.getpid() and _process_alive(int(pid_text)):
            continue
        for file in (path, *(path.with_name(path.name + c) for c in library_files.COMPANIONS)):
            with contextlib.suppress(FileNotFoundError):
                file.unlink()
                removed.append(file)
    if removed:
        logger.info("removed what an interrupted library creation left: %s", removed)
    return removed


def create_library_file(target: Path) -> None:
    """Create a complete, current library at ``target``, which must be blank."""
    remove_leftovers(target)
    partial = temporary_name(target)
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(partial)))
    sqlite.configure_engine(engine)
    try:
        migrate(engine)
        with engine.connect() as connection:
            # Back to a rollback journal: the whole library is now in the one file, and the
            # next open switches it to WAL again.
            connection.exec_driver_sql("PRAGMA journal_mode = DELETE")
        engine.dispose()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        _move_into_place(partial, target)
    except BaseException:
        engine.dispose()
        for file in (
            partial,
            *(partial.with_name(partial.name + c) for c in library_files.COMPANIONS),
        ):
            with contextlib.suppress(OSError):
                file.unlink()
        raise
    _sync_folder(target.parent)
    logger.info("created a new library at %s", target)


def _move_into_place(partial: Path, target: Path) -> None:
    """Rename ``partial`` to ``target``; an empty file there is replaced, anything else
    (a library another process just made) is kept and ``partial`` dropped."""
    if target.exists():
        if is_blank(target):
            os.replace(partial, target)
        else:
            partial.unlink()
        return
    try:
        os.link(partial, target)  # fails if the target appeared meanwhile: never clobbers
    except FileExistsError:
        partial.unlink()
        return
    except OSError:  # a file system without hard links
        os.replace(partial, target)
        return
    partial.unlink()


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
