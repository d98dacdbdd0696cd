"""Postings: list, load, save, duplicate, trash, search, history, import warnings."""

from __future__ import annotations

import copy

from jdeditor.core.listing import ListQuery, Page, PostingFilter, RevisionInfo, SearchResults
from jdeditor.core.model import Posting, Status
from jdeditor.core.posting_warnings import PostingWarning, in_reading_order
from jdeditor.service.base import LibraryBase


class PostingService(LibraryBase):
    def list_postings(self, query: ListQuery = ListQuery()) -> Page:
        self._count_checks_for(query.filter)
        return self._repository.list_page(query)

    def _count_checks_for(self, where: PostingFilter) -> None:
        """Before filtering on errors, count those of postings imported uncounted."""
        if where.with_errors:
            from jdeditor.service.checks import count_uncounted

            count_uncounted(self._repository)

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
        self._count_checks_for(where)
        return self._repository.search(query, where, offset, limit)

    def matching_ids(self, query: str, listing: ListQuery = ListQuery()) -> list[int]:
        """The ids of every posting a list shows: the search ``query`` finds (best first),
        or, with no query, ``listing``'s filter lets through in its order. What "export the
        postings in the list" exports."""
        self._count_checks_for(listing.filter)
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

    # -- import warnings kept with their postings ---------------------------------------

    def import_warnings(self, posting_id: int) -> list[PostingWarning]:
        """The import warnings of a posting that nobody has dismissed yet, by source line."""
        return in_reading_order(self._repository.warnings.open_warnings(posting_id))

    def dismiss_import_warning(self, warning_id: int) -> None:
        self._repository.warnings.dismiss(warning_id)

    def dismiss_import_warnings(self, posting_id: int) -> int:
        """Dismiss all of a posting's open import warnings; returns how many there were."""
        return self._repository.warnings.dismiss_all(posting_id)
