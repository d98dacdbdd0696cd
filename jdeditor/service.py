"""The library service: the one API the command line and the GUI use.

It opens a library (creating or migrating it), and offers use cases in terms of core
model objects: list, search, load, save, trash, history, import and export. It never
hands out sessions or ORM rows, so the GUI cannot come to depend on SQL. Every method
is safe to call from a worker thread; each use case is one transaction.
"""

from __future__ import annotations

import copy
import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from jdeditor import __version__
from jdeditor.core.fingerprint import content_fingerprint
from jdeditor.core.gc_pause import collector_paused
from jdeditor.core.listing import (
    ListQuery,
    Page,
    PostingFilter,
    RevisionInfo,
    SearchResults,
)
from jdeditor.core.model import Language, Posting, Status
from jdeditor.core.posting_warnings import PostingWarning, in_reading_order
from jdeditor.errors import LibraryError, UserFacingError
from jdeditor.formats.export_request import ExportFormat, ExportRequest, ExportWarning
from jdeditor.formats.read_options import ReadOptions
from jdeditor.formats.template_info import TemplateInfo
from jdeditor.import_plan import ImportCancelled, ImportPlan, ImportReport, PlannedPosting
from jdeditor.paths import data_dir
from jdeditor.store import sqlite
from jdeditor.store.database import Location, create_library_engine, resolve_location
from jdeditor.store.repository import PostingRepository
from jdeditor.store.schema import ensure_schema

if TYPE_CHECKING:
    from jdeditor.formats.draft_files import Draft
    from jdeditor.settings import Settings

__all__ = [
    "ExportFormat",
    "ExportRequest",
    "ExportWarning",
    "Library",
    "LibraryInfo",
    "TemplateInfo",
]

# Readers, exporters and templates (python-docx, docxtpl, charset-normalizer…) are
# imported when first used, not here: the window must not wait for them to show.

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]
"""``progress(done, total)``; returning False asks a long operation to stop."""


def kept_warnings(chosen: Sequence[PlannedPosting]) -> list[list[PostingWarning]]:
    """The warnings each imported posting keeps, with the name of the file it came from."""
    return [
        [PostingWarning.from_parse_warning(warning, item.source.name) for warning in item.warnings]
        for item in chosen
    ]


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


class Library:
    """An open posting library. Use :meth:`open`; close it when done (or use ``with``)."""

    def __init__(self, location: Location, repository: PostingRepository, revision: str) -> None:
        self._location = location
        self._repository = repository
        self._revision = revision

    @classmethod
    def open(cls, location: str | Path | None = None) -> Library:
        """Open (creating or upgrading as needed) the library at a path or URL.

        ``None`` means ``$JDEDITOR_DB`` or the default file in the user's data folder.
        """
        resolved = resolve_location(location)
        engine = create_library_engine(resolved)
        try:
            revision = ensure_schema(engine, resolved)
            repository = PostingRepository(engine, resolved)
        except BaseException:
            engine.dispose()
            raise
        logger.info("opened %s at schema %s", resolved.describe(), revision)
        return cls(resolved, repository, revision)

    def close(self) -> None:
        self._repository.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def location(self) -> Location:
        return self._location

    # -- postings ----------------------------------------------------------------------

    def list_postings(self, query: ListQuery = ListQuery()) -> Page:
        return self._repository.list_page(query)

    def get_posting(self, posting_id: int, include_trash: bool = False) -> Posting:
        return self._repository.get(posting_id, include_trash)

    def create_posting(self, posting: Posting, note: str = "") -> Posting:
        new = copy.deepcopy(posting)
        new.id = None
        new.created_at = new.updated_at = None
        return self._repository.add(new, note or "created")

    def save_posting(self, posting: Posting, note: str = "") -> Posting:
        """Save an edited posting; raises ConflictError if someone saved it meanwhile."""
        return self._repository.save(posting, note)

    def duplicate_posting(self, posting_id: int, title_suffix: str = " (copy)") -> Posting:
        original = self._repository.get(posting_id)
        original.title = (original.title + title_suffix)[:200]
        original.status = Status.DRAFT
        return self.create_posting(original, note=f"duplicated from {posting_id}")

    def delete_posting(self, posting_id: int) -> None:
        """Move to the trash; :meth:`restore_posting` brings it back."""
        self._repository.delete(posting_id)

    def restore_posting(self, posting_id: int) -> None:
        self._repository.restore(posting_id)

    def purge_posting(self, posting_id: int) -> None:
        """Delete a posting in the trash for good (with its history)."""
        self._repository.purge(posting_id)

    def search(
        self,
        query: str,
        where: PostingFilter = PostingFilter(),
        offset: int = 0,
        limit: int = 50,
    ) -> SearchResults:
        return self._repository.search(query, where, offset, limit)

    def matching_ids(self, query: str, listing: ListQuery = ListQuery()) -> list[int]:
        """The ids of every posting a list shows: the search ``query`` finds (best first),
        or, with no query, ``listing``'s filter lets through in its order. What "export the
        postings in the list" exports."""
        return self._repository.matching_ids(query, listing)

    def distinct_values(self, field_name: str) -> list[str]:
        """Values in use for ``department``, ``location``, ``reports_to`` or ``tag``."""
        return self._repository.distinct_values(field_name)

    # -- history -----------------------------------------------------------------------

    def history(self, posting_id: int) -> list[RevisionInfo]:
        """Saved revisions of a posting, newest first."""
        return self._repository.revisions(posting_id)

    def revision(self, revision_id: int) -> tuple[RevisionInfo, Posting]:
        return self._repository.revision(revision_id)

    # -- import and export -------------------------------------------------------------

    def plan_import(
        self,
        paths: Sequence[Path],
        options: ReadOptions = ReadOptions(),
        allow_duplicates: bool = False,
        progress: Progress | None = None,
    ) -> ImportPlan:
        """Read files into a plan without changing the library (the preview step).

        A file that cannot be read raises :class:`InputFileError` naming it: an import
        is all or nothing, so the user fixes or removes that file and tries again.
        ``progress(files_read, files)`` is called before each file and at the end; when it
        returns False, reading stops with :class:`ImportCancelled`.
        """
        from jdeditor.import_review import read_source

        planned: list[PlannedPosting] = []
        with collector_paused():  # see core/gc_pause.py: 10,000 postings stay alive here
            for done, path in enumerate(paths):
                if progress is not None and not progress(done, len(paths)):
                    raise ImportCancelled()
                planned += read_source(path, options)
            if progress is not None and not progress(len(paths), len(paths)):
                raise ImportCancelled()
            return self._planned(list(paths), planned, allow_duplicates)

    def plan_text(self, text: str, name: str) -> ImportPlan:
        """Pasted text as a plan, as if it had been read from a file called ``name``."""
        from jdeditor.import_review import text_source

        return self._planned([Path(name)], text_source(text, name), False)

    def _planned(
        self, files: list[Path], planned: list[PlannedPosting], allow_duplicates: bool
    ) -> ImportPlan:
        from jdeditor.import_review import sources_of

        plan = ImportPlan(files, planned, sources_of(planned))
        self.check_duplicates(plan, None, allow_duplicates)
        return plan

    def check_duplicates(
        self,
        plan: ImportPlan,
        changed: Sequence[PlannedPosting] | None = None,
        allow_duplicates: bool = False,
    ) -> None:
        """Mark the plan's postings the library already holds, after the review changed
        ``changed`` (None: a new plan; see :func:`jdeditor.import_review.mark_duplicates`)."""
        from jdeditor.import_review import fingerprints_needed, mark_duplicates

        existing = self._repository.find_fingerprints(fingerprints_needed(plan))
        mark_duplicates(plan, existing, changed, allow_duplicates)

    def commit_import(self, plan: ImportPlan) -> ImportReport:
        """Store the included postings of a plan in one transaction."""
        with collector_paused():
            return self._commit_import(plan)

    def _commit_import(self, plan: ImportPlan) -> ImportReport:
        if any(not item.fingerprint for item in plan.postings):
            self.check_duplicates(plan, [item for item in plan.postings if not item.fingerprint])
        chosen = [item for item in plan.postings if item.include]
        names = ", ".join(sorted({item.source.name for item in chosen}))
        ids = self._repository.add_many(
            [item.posting for item in chosen],
            note=f"imported from {names}" if names else "",
            fingerprints=[item.fingerprint or content_fingerprint(item.posting) for item in chosen],
            warnings=kept_warnings(chosen),
        )
        return ImportReport(
            added=ids,
            skipped=[item for item in plan.postings if not item.include],
        )

    def import_files(
        self,
        paths: Sequence[Path],
        options: ReadOptions = ReadOptions(),
        allow_duplicates: bool = False,
    ) -> ImportReport:
        return self.commit_import(self.plan_import(paths, options, allow_duplicates))

    def export(
        self,
        posting_ids: Sequence[int] | None,
        request: ExportRequest,
        settings: Settings | None = None,
        progress: Callable[[int, int], None] | None = None,
        warn: Callable[[ExportWarning], None] | None = None,
    ) -> list[Path]:
        """Export postings (default: all live ones) to files; returns the files written.

        ``warn`` is told of each warning (a template in another language than a posting)."""
        from jdeditor.formats.exporting import export_postings
        from jdeditor.settings import load_settings

        ids = list(posting_ids) if posting_ids is not None else self._repository.iter_ids()
        postings = self._postings_or_fail(ids)
        settings = settings or load_settings()[0]
        if request.template is None:
            language_default = {
                Language.ZH: settings.template_zh,
                Language.EN: settings.template_en,
            }
            languages = {posting.language for posting in postings}
            if len(languages) == 1 and language_default[languages.pop()]:
                request = replace(request, template=language_default[postings[0].language])
        return export_postings(postings, request, settings.export_settings(), progress, warn)

    @staticmethod
    def templates() -> list[TemplateInfo]:
        """The Word templates to export with: bundled ones and the user's own."""
        from jdeditor.formats.docx_export import list_templates

        return list_templates()

    @staticmethod
    def export_file_name(title: str, format: ExportFormat) -> str:
        """A safe file name for one posting's export (``产品经理_运营.docx``)."""
        from jdeditor.formats.file_names import safe_stem

        return safe_stem(title) + format.suffix

    def _postings_or_fail(self, ids: Sequence[int]) -> list[Posting]:
        postings = self._repository.get_many(ids)
        found = {posting.id for posting in postings}
        missing = [posting_id for posting_id in ids if posting_id not in found]
        if missing:
            raise UserFacingError(
                "There is no posting with id "
                + ", ".join(str(posting_id) for posting_id in missing)
                + " (see `jdeditor list`); nothing was exported."
            )
        return postings

    def preview_html(self, posting: Posting, template: str | None = None) -> str:
        """The posting as it will read when exported, as HTML for the live preview.

        Items are numbered as the Word template ``template`` numbers them (None: the
        default template for the posting's language, from the settings), so what the user
        sees is what the document will show.
        """
        from jdeditor.formats import html_export
        from jdeditor.formats.template_numbering import template_numbering

        path = self.template_path(template or self.default_template(posting.language))
        numbering = template_numbering(path, posting.language) if path is not None else None
        return html_export.render_html(posting, standalone=True, numbering=numbering)

    @staticmethod
    def default_template(language: Language) -> str:
        """The template a posting in ``language`` is exported with unless one is chosen."""
        from jdeditor.formats.docx_export import DEFAULT_TEMPLATE
        from jdeditor.settings import load_settings

        settings = load_settings()[0]
        chosen = settings.template_zh if language is Language.ZH else settings.template_en
        return chosen or DEFAULT_TEMPLATE[language]

    @staticmethod
    def template_path(name: str) -> Path | None:
        """The file of the template called ``name``, or None if there is none."""
        from jdeditor.formats.docx_export import find_template

        try:
            return find_template(name).path
        except UserFacingError:
            return None

    # -- import warnings kept with their postings ---------------------------------------

    def import_warnings(self, posting_id: int) -> list[PostingWarning]:
        """The import warnings of a posting that nobody has dismissed yet, by source line."""
        return in_reading_order(self._repository.warnings.open_warnings(posting_id))

    def dismiss_import_warning(self, warning_id: int) -> None:
        self._repository.warnings.dismiss(warning_id)

    def dismiss_import_warnings(self, posting_id: int) -> int:
        """Dismiss all of a posting's open import warnings; returns how many there were."""
        return self._repository.warnings.dismiss_all(posting_id)

    # -- drafts (crash recovery) -------------------------------------------------------

    def drafts_folder(self) -> Path:
        """Drafts of this library: one folder per library, so two libraries never mix."""
        key = hashlib.sha256(
            self._location.url.render_as_string(hide_password=True).encode("utf-8")
        ).hexdigest()[:16]
        return data_dir() / "drafts" / key

    def save_draft(self, key: str, posting: Posting) -> None:
        from jdeditor.formats import draft_files

        draft_files.write_draft(self.drafts_folder(), key, posting)

    def drafts(self) -> list[Draft]:
        from jdeditor.formats import draft_files

        return draft_files.read_drafts(self.drafts_folder())

    def discard_draft(self, key: str) -> None:
        from jdeditor.formats import draft_files

        draft_files.remove_draft(self.drafts_folder(), key)

    # -- the database itself -----------------------------------------------------------

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
