"""Automatic backups of a library file: one a day when it opens, the newest few kept.

They go to the user's data folder (``paths.backups_dir()``), one folder per library, as
drafts do, so a backup survives the loss of the library's own folder or drive. Listing
and restoring take the library's location, not an open :class:`Library`: a damaged
library cannot be opened, and that is when its backups are needed.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jdeditor.errors import LibraryError
from jdeditor.paths import backups_dir
from jdeditor.service.base import LibraryBase, library_key
from jdeditor.store import library_files, sqlite
from jdeditor.store.database import resolve_location
from jdeditor.store.location import Location
from jdeditor.store.migrating import copy_database

logger = logging.getLogger(__name__)

STAMP = "%Y%m%d-%H%M%S"  # in UTC, in the file name
SUFFIX = ".db"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime  # timezone-aware (UTC)


def backups_folder(location: Location) -> Path:
    """Where the backups of the library at ``location`` go."""
    return backups_dir() / library_key(location)


def _stamp_of(path: Path, stem: str) -> datetime | None:
    text = path.name[len(stem) + 1 : -len(SUFFIX)]
    try:
        return datetime.strptime(text, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _backups(location: Location) -> list[Backup]:
    if location.file is None:
        return []
    folder = backups_folder(location)
    stem = location.file.stem
    found = []
    for path in folder.glob(f"{stem}-*{SUFFIX}") if folder.is_dir() else ():
        made_at = _stamp_of(path, stem)
        if made_at is not None and path.is_file():
            found.append(Backup(path, made_at))
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def list_backups(location: str | Path | None) -> list[Backup]:
    """The automatic backups of the library at ``location``, newest first."""
    return _backups(resolve_location(location))


def restore_backup(
    location: str | Path | None, backup: Path, aside_reason: str = "damaged"
) -> Path | None:
    """Put ``backup`` in the place of the library file at ``location``.

    The backup must be a sound JD Editor library (full integrity check, a schema this
    version knows), and no program may have the library open. The file there is kept
    beside it as ``NAME.REASON-STAMP`` (``damaged`` from the app's error dialog,
    ``replaced`` from ``jdeditor db restore``) and returned (None if there was none). The
    backup is copied in under a temporary name and renamed, so a failure halfway leaves
    the library as it was. The app's Restore from Backup… and ``db restore`` both come here.
    """
    resolved = resolve_location(location)
    target = resolved.file
    if target is None:
        raise LibraryError(
            "A library on a database server is restored with the server's own tools "
            "(for PostgreSQL: pg_restore)."
        )
    from jdeditor.store import integrity

    integrity.verify_library_file(backup)
    integrity.refuse_if_in_use(target)
    stamp = datetime.now(UTC).strftime(STAMP)
    partial = target.with_name(f".{target.name}.restoring")
    try:
        copy_database(backup, partial)  # through SQLite: a log beside the backup counts
        library_files.flush(partial)
        aside = library_files.set_aside(target, f"{aside_reason}-{stamp}")
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or str(error)
        raise LibraryError(
            f"Could not restore {target} from {backup}: {reason}. Check that "
            "the folder is writable and has space; the library was not changed.",
            "restore_failed",
            name=str(target),
            reason=reason,
        ) from error
    logger.info("restored %s from %s (the old file is %s)", target, backup, aside)
    return aside


class BackupService(LibraryBase):
    def automatic_backups(self) -> list[Backup]:
        """This library's automatic backups, newest first."""
        return _backups(self._location)

    def back_up_daily(self, keep: int, now: datetime | None = None) -> Path | None:
        """Back the library file up unless that was done today (local time); keep the
        newest ``keep`` backups. Returns the new backup, or None when none was made (a
        server, ``keep`` 0, or one made today already)."""
        location = self._location
        if location.file is None or keep <= 0:
            return None
        now = now or datetime.now(UTC)
        existing = self.automatic_backups()
        today = now.astimezone().date()
        if existing and existing[0].made_at.astimezone().date() == today:
            return None
        folder = backups_folder(location)
        folder.mkdir(parents=True, exist_ok=True)
        # Which library the folder's backups are of, for a person looking in it.
        (folder / "library.txt").write_text(location.display_name + "\n", encoding="utf-8")
        target = folder / f"{location.file.stem}-{now.astimezone(UTC).strftime(STAMP)}{SUFFIX}"
        sqlite.backup_database(self._repository.engine, target)
        logger.info("backed up %s to %s", location.display_name, target)
        for old in existing[keep - 1 :]:
            old.path.unlink(missing_ok=True)
        return target
