"""Import: files or pasted text read into a plan for review, then stored in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from jdeditor.core.fingerprint import content_fingerprint
from jdeditor.core.gc_pause import collector_paused
from jdeditor.core.posting_warnings import PostingWarning
from jdeditor.formats.read_options import ReadOptions
from jdeditor.service.base import LibraryBase, Progress

if TYPE_CHECKING:
    # import_plan loads the recogniser (core.structure): a command that lists or shows
    # postings must not pay for it, so it is imported where an import is made.
    from jdeditor.import_plan import ImportPlan, ImportReport, PlannedPosting


def kept_warnings(chosen: Sequence[PlannedPosting]) -> list[list[PostingWarning]]:
    """The warnings each imported posting keeps, with the name of the file it came from."""
    return [
        [PostingWarning.from_parse_warning(warning, item.source.name) for warning in item.warnings]
        for item in chosen
    ]


class ImportService(LibraryBase):
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
        from jdeditor.import_plan import ImportCancelled
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
        from jdeditor.import_plan import ImportPlan
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
        from jdeditor.import_plan import ImportReport

        if any(not item.fingerprint for item in plan.postings):
            self.check_duplicates(plan, [item for item in plan.postings if not item.fingerprint])
        chosen = [item for item in plan.postings if item.include]
        names = ", ".join(sorted({item.source.name for item in chosen}))
        # Checked again inside the write transaction (another import may have stored the
        # same postings since the plan was made): a posting the plan found no copy of is
        # stored only if the library still has none, and is otherwise reported as skipped
        # while the rest of the import goes ahead. One marked as a duplicate and included
        # all the same (--allow-duplicates, or ticked in the review) is a second copy on
        # purpose, stored without an import key.
        # Check errors are left uncounted (10,000 postings would cost ~0.5 s), and counted
        # when asked for (service/checks.py: count_uncounted).
        ids, found = self._repository.add_imported(
            [item.posting for item in chosen],
            f"imported from {names}" if names else "",
            [item.fingerprint or content_fingerprint(item.posting) for item in chosen],
            [not item.is_duplicate for item in chosen],
            kept_warnings(chosen),
        )
        for index, existing in found.items():
            chosen[index].duplicate_of = existing
            chosen[index].include = False
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
