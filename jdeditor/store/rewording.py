"""Rewording a family across postings, and reverting a reword: one transaction each.

A reword saves every posting it changes as a new revision (through the writer's own
save, with its version check) and records the change (``reword_changes``, with each
posting's version before and after), all in one transaction: a failure half-way leaves
nothing changed. A revert saves each posting's content from before the reword as a new
revision, the way restoring a revision does; a posting saved since the reword is left
alone and named.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select, update

from jdeditor.core.model import Language, Posting, SectionKind
from jdeditor.core.statements.catalog import RewordChange, RewordPostingChange
from jdeditor.errors import NotFoundError
from jdeditor.store.reading import load, revision, revision_list
from jdeditor.store.tables import reword_change_postings, reword_changes

if TYPE_CHECKING:
    from jdeditor.store.writing import PostingWriter

Reworder = Callable[[Posting], tuple[Posting, tuple[str, ...]]]
"""The posting reworded and the item texts that changed (core.statements.reword)."""


def plan(
    connection: Connection,
    posting_ids: Sequence[int],
    reworder: Reworder,
    to_text: str,
    skip: Mapping[int, str],
) -> list[RewordPostingChange]:
    """What a reword would do to each posting that uses the family, by posting id."""
    changes: list[RewordPostingChange] = []
    for posting in load(connection, posting_ids):
        assert posting.id is not None
        _reworded, before = reworder(posting)
        if not before:
            continue
        changes.append(
            RewordPostingChange(
                posting.id,
                posting.title,
                posting.version,
                before,
                to_text.strip(),
                skip.get(posting.id, ""),
            )
        )
    return changes


def apply(
    writer: PostingWriter,
    posting_ids: Sequence[int],
    reworder: Reworder,
    record: tuple[str, SectionKind, Language, str],
    skip: Mapping[int, str],
    expected_versions: Mapping[int, int] | None,
    note: str,
) -> tuple[int, list[tuple[int, int, int]], list[RewordPostingChange]]:
    """Reword in one transaction: (change id, (posting, before, after) each, skipped)."""
    family_id, kind, language, to_text = record
    changed: list[tuple[int, int, int]] = []
    skipped: list[RewordPostingChange] = []
    with writer.transaction() as session:
        connection = session.connection()
        for posting in load(connection, posting_ids):
            assert posting.id is not None
            reworded, before = reworder(posting)
            if not before:
                continue
            reason = skip.get(posting.id, "")
            expected = (expected_versions or {}).get(posting.id, posting.version)
            if not reason and expected != posting.version:
                reason = f"saved since the preview (version {expected} → {posting.version})"
            if reason:
                skipped.append(
                    RewordPostingChange(
                        posting.id, posting.title, posting.version, before, to_text, reason
                    )
                )
                continue
            version = writer.save_in(session, reworded, note)
            changed.append((posting.id, posting.version, version))
        change_id = int(
            connection.execute(
                insert(reword_changes).returning(reword_changes.c.id),
                {
                    "family_id": family_id,
                    "kind": kind.value,
                    "language": language.value,
                    "to_text": to_text,
                    "created_at": datetime.now(UTC),
                    "reverted_at": None,
                },
            ).scalar_one()
        )
        if changed:
            connection.execute(
                insert(reword_change_postings),
                [
                    {
                        "change_id": change_id,
                        "posting_id": posting_id,
                        "version_before": before_version,
                        "version_after": after_version,
                    }
                    for posting_id, before_version, after_version in changed
                ],
            )
    return change_id, changed, skipped


def changes(connection: Connection, change_id: int | None = None) -> list[RewordChange]:
    """The recorded rewords, newest first (or the one ``change_id``)."""
    query = select(reword_changes).order_by(reword_changes.c.id.desc())
    if change_id is not None:
        query = query.where(reword_changes.c.id == change_id)
    records = list(connection.execute(query))
    touched: dict[int, list[tuple[int, int, int]]] = {row.id: [] for row in records}
    if records:
        for row in connection.execute(
            select(reword_change_postings)
            .where(reword_change_postings.c.change_id.in_(list(touched)))
            .order_by(reword_change_postings.c.posting_id)
        ):
            touched[row.change_id].append((row.posting_id, row.version_before, row.version_after))
    return [
        RewordChange(
            id=row.id,
            family_id=row.family_id,
            kind=SectionKind(row.kind),
            language=Language(row.language),
            to_text=row.to_text,
            created_at=row.created_at,
            postings=touched[row.id],
            reverted_at=row.reverted_at,
        )
        for row in records
    ]


def revert(writer: PostingWriter, change_id: int) -> tuple[list[int], list[int]]:
    """Put back each posting of a reword as a new revision: (restored, conflicts)."""
    restored: list[int] = []
    conflicts: list[int] = []
    with writer.transaction() as session:
        connection = session.connection()
        found = changes(connection, change_id)
        if not found:
            raise NotFoundError(
                f"There is no reword change {change_id} in this library; "
                "`jdeditor statements changes` lists them.",
                "no_reword_change",
                change=str(change_id),
            )
        [change] = found
        for posting_id, version_before, version_after in change.postings:
            current = load(connection, [posting_id])
            if not current or current[0].version != version_after:
                conflicts.append(posting_id)
                continue
            old = _revision_content(connection, posting_id, version_before)
            if old is None:
                conflicts.append(posting_id)
                continue
            old.id = posting_id
            old.version = current[0].version
            old.created_at = current[0].created_at
            old.updated_at = current[0].updated_at
            writer.save_in(session, old, f"reverted reword {change_id}")
            restored.append(posting_id)
        connection.execute(
            update(reword_changes)
            .where(reword_changes.c.id == change_id)
            .values(reverted_at=datetime.now(UTC))
        )
    return restored, conflicts


def _revision_content(connection: Connection, posting_id: int, version: int) -> Posting | None:
    for info in revision_list(connection, posting_id):
        if info.version == version:
            return revision(connection, info.id)[1]
    return None
