"""``Library``: an open library, with every capability of the service."""

from __future__ import annotations

import logging
from pathlib import Path

from jdeditor.errors import LibraryError
from jdeditor.service.backups import BackupService
from jdeditor.service.changes import ChangesService
from jdeditor.service.checks import CheckService
from jdeditor.service.database import DatabaseService
from jdeditor.service.drafts import DraftService
from jdeditor.service.exporting import ExportService
from jdeditor.service.history import HistoryService
from jdeditor.service.importing import ImportService
from jdeditor.service.postings import PostingService
from jdeditor.service.statements import StatementService
from jdeditor.store.database import create_library_engine, resolve_location
from jdeditor.store.repository import PostingRepository
from jdeditor.store.schema import ensure_schema

logger = logging.getLogger(__name__)


class Library(
    PostingService,
    ImportService,
    ExportService,
    DraftService,
    DatabaseService,
    BackupService,
    CheckService,
    HistoryService,
    StatementService,
    ChangesService,
):
    """An open posting library. Use :meth:`open`; close it when done (or use ``with``)."""

    @classmethod
    def open(cls, location: str | Path | None = None, create: bool = True) -> Library:
        """Open (upgrading as needed) the library at a path or URL.

        ``None`` means ``$JDEDITOR_DB`` or the default file in the user's data folder.
        A library that does not exist yet is created, unless ``create`` is False: then
        a missing file or an empty database raises :class:`LibraryError` (kinds
        ``no_library``, ``empty_database``), and nothing is written.
        """
        resolved = resolve_location(location)
        engine = create_library_engine(resolved, create)
        try:
            revision = ensure_schema(engine, resolved, create)
            repository = PostingRepository(engine, resolved)
        except BaseException as error:
            engine.dispose()
            if isinstance(error, LibraryError) and resolved.file is None:
                from jdeditor.store.credentials import asks_for_password, password_needed

                if asks_for_password(error, resolved.url):
                    raise password_needed(resolved.url) from error
            raise
        logger.info("opened %s at schema %s", resolved.describe(), revision)
        return cls(resolved, repository, revision)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def check_library(location: str | Path | None) -> tuple[str, list[str]]:
    """Check the library at ``location`` thoroughly (``jdeditor db check``): its name for
    messages and every problem found (none: sound). A library file is read as it is,
    never upgraded or repaired, so a damaged one can be checked; a server's library is
    opened (it must exist)."""
    from jdeditor.store import integrity

    resolved = resolve_location(location)
    if resolved.file is not None:
        if not resolved.file.is_file():
            raise LibraryError(
                f"There is no library file at {resolved.file}.",
                "no_library",
                name=str(resolved.file),
            )
        return resolved.describe(), integrity.check_file(resolved.file)
    with Library.open(location, create=False) as library:
        return resolved.describe(), integrity.check_server(library._repository.engine)
