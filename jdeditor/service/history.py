"""History: compare revisions or postings, restore an old revision, one-line summaries,
and a new posting started from an existing one (its history starts fresh).

Revisions are named by their version number, as ``jdeditor history`` shows them. A
restore saves the old content as a new revision on top of the current one: history is
never rewritten. The comparing itself is ``core.diff``'s.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from jdeditor.core.listing import RevisionInfo
from jdeditor.core.model import Language, Posting, Status
from jdeditor.errors import ConflictError, NotFoundError
from jdeditor.service.base import LibraryBase

if TYPE_CHECKING:
    from jdeditor.core.diff import PostingDiff

# core.diff (difflib, its patterns and records, ~10 ms) loads when something is compared:
# every command opens a Library, and an export or a list compares nothing.

PostingRef = tuple[int, int | None]
"""``(posting_id, version)``; version ``None`` is the posting as it is now."""


class HistoryService(LibraryBase):
    def posting_at(self, posting_id: int, version: int | None = None) -> Posting:
        """A posting as it is now (``version`` None) or as revision ``version`` saved it."""
        if version is None:
            return self._repository.get(posting_id, True)
        return self._repository.revision(self._revision_info(posting_id, version).id)[1]

    def _revision_info(self, posting_id: int, version: int) -> RevisionInfo:
        revisions = self._repository.revisions(posting_id)
        for info in revisions:
            if info.version == version:
                return info
        known = ", ".join(str(info.version) for info in reversed(revisions)) or "none"
        raise NotFoundError(
            f"Posting {posting_id} has no revision {version} (its revisions: {known}); "
            f"see `jdeditor history {posting_id}`.",
            "no_revision",
            posting=str(posting_id),
            version=str(version),
        )

    def compare_revisions(self, posting_id: int, old_version: int, new_version: int) -> PostingDiff:
        """What changed from revision ``old_version`` to ``new_version`` of one posting."""
        from jdeditor.core.diff import compare_postings as diff_postings

        return diff_postings(
            self.posting_at(posting_id, old_version), self.posting_at(posting_id, new_version)
        )

    def compare_postings(self, a_ref: PostingRef, b_ref: PostingRef) -> PostingDiff:
        """What differs from posting (or revision) ``a_ref`` to ``b_ref``."""
        from jdeditor.core.diff import compare_postings as diff_postings

        return diff_postings(self.posting_at(*a_ref), self.posting_at(*b_ref))

    def restore_revision(
        self, posting_id: int, version: int, note: str = "", base_version: int | None = None
    ) -> Posting:
        """Save revision ``version``'s content as a new revision on top of the current one.

        ``base_version`` is the version the caller saw (default: the current one); if
        someone saved since, :class:`ConflictError` and nothing is written. Restoring the
        content the posting already has writes nothing and returns the posting unchanged.
        """
        current = self._repository.get(posting_id)
        if base_version is not None and base_version != current.version:
            raise ConflictError(posting_id, base_version, current.version)
        old = self.posting_at(posting_id, version)
        old.id = posting_id
        old.version = current.version
        old.created_at = current.created_at
        old.updated_at = current.updated_at
        return self._repository.save(old, note or f"restored revision {version}")

    def copy_posting(self, posting_id: int, title: str | None = None) -> Posting:
        """A new draft posting with ``posting_id``'s content and a history of its own,
        whose first revision's note says where it came from: ``copied from #12 «产品经理»``."""
        original = self._repository.get(posting_id)
        new = copy.deepcopy(original)
        new.id = None
        new.version = 0
        new.created_at = new.updated_at = None
        new.status = Status.DRAFT
        if title is not None:
            new.title = title[:200]
        return self._repository.add(new, f"copied from #{posting_id} «{original.title}»")

    def history_summaries(
        self, posting_id: int, language: Language | str = Language.EN
    ) -> list[tuple[RevisionInfo, str]]:
        """Each revision (newest first) with what changed since the one before, in one
        line; the first revision has nothing before it, and an empty line."""
        from jdeditor.core.diff import compare_postings as diff_postings
        from jdeditor.core.diff import summary

        revisions = self._repository.revisions(posting_id)
        postings = {info.id: self._repository.revision(info.id)[1] for info in revisions}
        lines: list[tuple[RevisionInfo, str]] = []
        for index, info in enumerate(revisions):
            earlier = revisions[index + 1] if index + 1 < len(revisions) else None
            text = ""
            if earlier is not None:
                diff = diff_postings(postings[earlier.id], postings[info.id])
                text = summary(diff, language)
            lines.append((info, text))
        return lines
