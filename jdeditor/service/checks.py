"""Checks: the findings of a posting, of many, and the stored count of errors per posting.

The rules live in ``core.checks``; each save and add stores the number of unresolved
error findings of the posting (``postings.check_errors``), so the list can show and
filter postings with errors without checking anything. An import leaves the count NULL
("not counted": counting 10,000 postings would cost ~0.5 s of an import's 5 s); so do
postings stored before schema 0003. Whatever needs the counts counts those first
(:func:`count_uncounted`): the list's "with errors" filter, the export's question,
``check``. Counts go stale when the rules change (a new version):
:meth:`CheckService.recount_checks` counts again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jdeditor.core.listing import PostingFilter
from jdeditor.core.model import Posting
from jdeditor.service.base import LibraryBase, Progress
from jdeditor.store.repository import PostingRepository

if TYPE_CHECKING:
    from jdeditor.core.checks import Finding

# The rules (core.checks) load when something is checked: every command opens a Library.

_BATCH = 500  # postings loaded at once when checking many


@dataclass(frozen=True)
class PostingFindings:
    """One posting and what the checks found in it (dismissed findings left out)."""

    posting: Posting
    findings: list[Finding]

    @property
    def errors(self) -> int:
        return unresolved_errors(self.findings)


def unresolved_errors(findings: Sequence[Finding]) -> int:
    from jdeditor.core.checks import Severity

    return sum(finding.severity is Severity.ERROR for finding in findings)


def check(posting: Posting) -> list[Finding]:
    """The findings on ``posting``, without those its dismissals name."""
    from jdeditor.core.checks import check_posting

    return check_posting(posting, {dismissal.key for dismissal in posting.dismissals})


def count_uncounted(repository: PostingRepository, posting_ids: Sequence[int] | None = None) -> int:
    """Count and store the errors of postings not counted yet (imported, or stored before
    schema 0003), among ``posting_ids`` or all; returns how many were counted."""
    ids = repository.uncounted_ids(posting_ids)
    if not ids:
        return 0
    from jdeditor.store.writing import error_count  # only the rules of severity error

    for start in range(0, len(ids), _BATCH):
        postings = repository.get_many(ids[start : start + _BATCH])
        repository.set_check_errors({posting.id or 0: error_count(posting) for posting in postings})
    return len(ids)


class CheckService(LibraryBase):
    def check(self, posting: Posting) -> list[Finding]:
        """The findings on a posting (open in an editor, or stored), dismissed ones left out."""
        return check(posting)

    def check_postings(
        self, posting_ids: Sequence[int], progress: Progress | None = None
    ) -> list[PostingFindings]:
        """Check stored postings, in the order asked for (missing ids are left out).

        A stored count that no longer agrees (the rules changed since the posting was
        saved) is corrected on the way.
        """
        results: list[PostingFindings] = []
        for start in range(0, len(posting_ids), _BATCH):
            postings = self._repository.get_many(posting_ids[start : start + _BATCH])
            results += [PostingFindings(posting, check(posting)) for posting in postings]
            if progress is not None and not progress(len(results), len(posting_ids)):
                break
        stored = self._repository.check_errors([result.posting.id or 0 for result in results])
        stale = {
            result.posting.id or 0: result.errors
            for result in results
            if stored.get(result.posting.id or 0) != result.errors
        }
        if stale:
            self._repository.set_check_errors(stale)
        return results

    def error_counts(self, posting_ids: Sequence[int]) -> dict[int, int | None]:
        """The stored count of unresolved errors per posting; None: not counted yet."""
        return self._repository.check_errors(posting_ids)

    def unresolved_errors(self, posting_ids: Sequence[int] | None = None) -> tuple[int, int]:
        """How many of the postings (None: every live one) have unresolved errors, and how
        many errors they have together: what the export asks about before it writes.
        Postings not counted yet (stored before schema 0003) are counted first."""
        count_uncounted(self._repository, posting_ids)
        return self._repository.error_totals(posting_ids)

    def count_checks(self, posting_ids: Sequence[int]) -> int:
        """Count and store the errors of those of ``posting_ids`` not counted yet (an
        import leaves them uncounted: the desktop app counts them right after, in the
        background, so the list shows them); returns how many were counted."""
        return count_uncounted(self._repository, posting_ids)

    def recount_checks(self, only_uncounted: bool = False) -> int:
        """Count every posting's errors again (after the rules changed); returns how many
        postings were checked. ``only_uncounted``: just those not counted yet (imported,
        or stored before schema 0003)."""
        if only_uncounted:
            return count_uncounted(self._repository)
        else:
            ids = self._repository.iter_ids()
            ids += self._repository.iter_ids(PostingFilter(trash=True))
        self.check_postings(ids)
        return len(ids)
