"""The database itself: what it holds, backups, and rebuilding the search index."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from jdeditor import __version__
from jdeditor.errors import LibraryError
from jdeditor.service.base import LibraryBase
from jdeditor.store import sqlite


@dataclass(frozen=True)
class LibraryInfo:
    location: str
    backend: str
    schema_revision: str
    search: str
    postings: int
    trash: int
    revisions: int
    file_size: int | None
    app_version: str = __version__
    extra: dict[str, str] = field(default_factory=dict)
    same_content: int = 0  # live postings whose content an older live posting has too


class DatabaseService(LibraryBase):
    def info(self) -> LibraryInfo:
        counts = self._repository.counts()
        size = None
        if self._location.file is not None and self._location.file.exists():
            size = self._location.file.stat().st_size
        backend = self._location.url.get_backend_name()
        return LibraryInfo(
            location=self._location.describe(),
            backend=backend,
            schema_revision=self._revision,
            search=type(self._repository.search_backend).__name__,
            postings=counts["postings"],
            trash=counts["trash"],
            revisions=counts["revisions"],
            file_size=size,
            same_content=counts["same_content"],
        )

    def backup(self, target: Path | None = None) -> Path:
        """Copy the library to ``target`` (default: a timestamped file beside it)."""
        if self._location.file is None:
            raise LibraryError(
                "Backups of a database server are made with the server's own tools "
                "(for PostgreSQL: pg_dump). `db backup` copies library files only."
            )
        if target is None:
            target = self._location.file.with_name(
                f"{self._location.file.name}.backup-"
                f"{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}.bak"
            )
        if target.exists():
            raise LibraryError(f"{target} already exists: choose another backup file name.")
        sqlite.backup_database(self._repository.engine, target)
        return target

    def rebuild_search_index(self) -> None:
        self._repository.rebuild_search_index()
