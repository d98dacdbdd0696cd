"""Moving and copying a SQLite library file as a whole, with the files SQLite keeps
beside it (``-wal``, ``-shm``): a write-ahead log left beside a restored file would be
replayed into it and damage it again."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

COMPANIONS = ("-wal", "-shm", "-journal")


def set_aside(path: Path, suffix: str) -> Path | None:
    """Rename ``path`` (and its companions) to ``NAME.SUFFIX``; None if there is no file."""
    if not path.exists():
        return None
    target = path.with_name(f"{path.name}.{suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{suffix}-{counter}")
    path.replace(target)
    for companion in COMPANIONS:
        beside = path.with_name(path.name + companion)
        if beside.exists():
            beside.replace(target.with_name(target.name + companion))
    return target


def copy_flushed(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` and flush it to disk (a half copy is removed)."""
    try:
        shutil.copyfile(source, target)
        with open(target, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        raise


def flush(path: Path) -> None:
    """Make sure what was written to ``path`` is on the disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
