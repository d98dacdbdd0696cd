"""The library of statements in the database: a lazy, incremental refresh and the reads.

``statements`` holds each distinct wording per (kind, language, text), with how many
live postings use it; ``posting_statements`` which wordings each posting uses;
``statement_sources`` which version (and newest revision, never reused) of each posting
those rows reflect. Saving or importing does not touch them (an import of 10,000
postings stays as fast as before): each statements call first runs :func:`refresh`,
which finds the postings that are new, saved since, trashed or deleted by comparing
versions and revisions, and brings only those up to date, in one transaction. A first
refresh counts every posting once, through the bulk writes of ``statement_writes``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    bindparam,
    delete,
    func,
    or_,
    select,
    update,
)

from jdeditor.core.statements.model import STATEMENT_KINDS
from jdeditor.store import statement_writes
from jdeditor.store.reading import CHUNK, chunks
from jdeditor.store.statement_search import StatementSearch
from jdeditor.store.tables import (
    items,
    posting_statements,
    postings,
    revisions,
    sections,
    statement_sources,
    statements,
)

_KINDS = [kind.value for kind in STATEMENT_KINDS]
Key = tuple[str, str, str]  # (kind, language, text)
Source = tuple[int, int, int | None]  # (posting id, version, id of its newest revision)


@dataclass(frozen=True, slots=True)
class RefreshCount:
    """What one refresh brought up to date."""

    updated: int  # postings counted afresh (new or saved since)
    removed: int  # postings taken out (trashed or deleted)

    @property
    def changed(self) -> bool:
        return bool(self.updated or self.removed)


def signature(connection: Connection) -> tuple[object, ...]:
    """A cheap summary of the postings' state: (postings, in the trash, latest trashing,
    largest posting id, largest revision id, latest save of a live posting). Every save
    and import writes a revision, adds move the largest id and the count, trashing,
    restoring and purging move the counts (a purge after a trashing moves the count of
    all postings; an add that takes a purged id again moves the latest save): when it is the
    one of the last refresh, there is nothing to refresh. Read from the indexes in a few
    milliseconds (the count of all postings; the others are index ends)."""
    total = connection.scalar(select(func.count()).select_from(postings))
    trash = connection.execute(
        select(func.count(), func.max(postings.c.deleted_at)).where(
            postings.c.deleted_at.is_not(None)
        )
    ).one()
    largest = connection.scalar(select(func.max(postings.c.id)))
    latest = connection.scalar(select(func.max(revisions.c.id)))
    # The latest save of a live posting: an id taken again after a purge (SQLite) shows.
    updated = connection.scalar(
        select(func.max(postings.c.updated_at)).where(postings.c.deleted_at.is_(None))
    )
    return (total, *trash, largest, latest, updated)


# Revisions up to this many below the last refresh's latest are looked at again: on
# PostgreSQL, ids are taken when a row is written and a transaction may commit after a
# later one.
SLACK = 200


def refresh(
    connection: Connection,
    search: StatementSearch,
    before: tuple[object, ...] | None = None,
    now: tuple[object, ...] | None = None,
) -> RefreshCount:
    """Bring the statements up to date with the postings (inside the caller's transaction).

    ``before`` is the :func:`signature` at the last refresh (``now`` the current one):
    with it, only the postings saved, added or trashed since are looked at (O(changed),
    through the revisions' ids and the index on ``deleted_at``); when the counts
    tell of a restore or a purge since, or without it, every posting is compared."""
    changed = _changed_since(connection, before, now) if before and now else None
    stale, gone = changed if changed is not None else _changed_all(connection)
    source = statement_sources
    if not stale and not gone:
        return RefreshCount(0, 0)
    delta: Counter[int] = Counter()
    dropped = [posting_id for posting_id, _version, _revision in stale] + gone
    had_sources = connection.execute(select(source.c.posting_id).limit(1)).first() is not None
    if had_sources:
        for chunk in chunks(dropped):
            for (statement_id,) in connection.execute(
                select(posting_statements.c.statement_id).where(
                    posting_statements.c.posting_id.in_(chunk)
                )
            ):
                delta[int(statement_id)] -= 1
            connection.execute(
                delete(posting_statements).where(posting_statements.c.posting_id.in_(chunk))
            )
            connection.execute(delete(source).where(source.c.posting_id.in_(chunk)))
    used = _wordings(connection, [row[0] for row in stale], not had_sources)
    added: Counter[Key] = Counter(key for keys in used.values() for key in keys)
    ids, new = _statement_ids(connection, set(added), search, added)
    # In posting order (the primary key's first column): appended to its index.
    links = [(posting_id, ids[key]) for posting_id in sorted(used) for key in used[posting_id]]
    for key, count in added.items():
        if key not in new:  # new wordings were stored with their count
            delta[ids[key]] += count
    statement_writes.add_links(connection, links)
    statement_writes.add_sources(connection, sorted(stale))
    changes = [{"row_id": key, "delta": value} for key, value in delta.items() if value]
    if changes:
        connection.execute(
            update(statements)
            .where(statements.c.id == bindparam("row_id"))
            .values(postings=statements.c.postings + bindparam("delta")),
            changes,
        )
    return RefreshCount(len(stale), len(gone))


def _changed_all(connection: Connection) -> tuple[list[Source], list[int]]:
    """Every live posting whose counted version or revision is not its own (its newest
    revision); every counted posting that is trashed or deleted."""
    source = statement_sources
    newest = (
        select(func.max(revisions.c.id))
        .where(revisions.c.posting_id == postings.c.id)
        .scalar_subquery()
    )
    stale = [
        (int(row[0]), int(row[1]), _id_or_none(row[2]))
        for row in connection.execute(
            select(postings.c.id, postings.c.version, newest)
            .outerjoin(source, source.c.posting_id == postings.c.id)
            .where(
                postings.c.deleted_at.is_(None),
                or_(
                    source.c.version.is_(None),
                    source.c.version != postings.c.version,
                    source.c.revision_id.is_distinct_from(newest),
                ),
            )
        )
    ]
    gone = [
        int(row[0])
        for row in connection.execute(
            select(source.c.posting_id)
            .outerjoin(postings, postings.c.id == source.c.posting_id)
            .where(or_(postings.c.id.is_(None), postings.c.deleted_at.is_not(None)))
        )
    ]
    return stale, gone


def _id_or_none(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def _changed_since(
    connection: Connection, before: tuple[object, ...], now: tuple[object, ...]
) -> tuple[list[Source], list[int]] | None:
    """:func:`_changed_all` from the postings changed since the signature ``before``,
    or None when that cannot be told from it (a restore or a purge since: every
    posting is compared then).

    Saves and imports write revisions; adds get ids above the largest one; trashing
    sets ``deleted_at``. Restores and purges do none of these, but without them the
    counts add up: trash now = trash before + trashed since (old ids) + new ids in the
    trash, live now = live before + new live ids - trashed since."""
    total0, trash0, deleted0, largest0, latest0, updated0 = before
    total1, trash1, _deleted1, _largest1, _latest1, _updated1 = now
    if not isinstance(largest0, int) or not isinstance(latest0, int):
        return None
    assert isinstance(total0, int) and isinstance(trash0, int)
    assert isinstance(total1, int) and isinstance(trash1, int)
    new = [
        (int(row[0]), int(row[1]), row[2] is None)
        for row in connection.execute(
            select(postings.c.id, postings.c.version, postings.c.deleted_at).where(
                postings.c.id > largest0
            )
        )
    ]
    trashed_old: ColumnElement[bool] = postings.c.deleted_at.is_not(None)
    if isinstance(deleted0, datetime):
        trashed_old = postings.c.deleted_at > deleted0
    # (The ids are compared here: in SQL, SQLite would walk the ids instead of the trash.)
    trashed = [
        int(row[0])
        for row in connection.execute(select(postings.c.id).where(trashed_old))
        if int(row[0]) <= largest0
    ]
    new_live = sum(1 for _id, _version, live in new if live)
    if trash1 != trash0 + len(trashed) + len(new) - new_live:
        return None
    if total1 - trash1 != total0 - trash0 + new_live - len(trashed):
        return None
    saved = sorted(
        {
            int(row[0])
            for row in connection.execute(
                select(revisions.c.posting_id).where(revisions.c.id > latest0 - SLACK)
            )
        }
    )
    candidates: dict[int, int] = {}
    for chunk in chunks(saved):
        candidates.update(
            (int(row[0]), int(row[1]))
            for row in connection.execute(
                select(postings.c.id, postings.c.version).where(
                    postings.c.id.in_(chunk), postings.c.deleted_at.is_(None)
                )
            )
        )
    candidates.update((posting_id, version) for posting_id, version, live in new if live)
    # Saved or added after the last refresh: counted afresh whatever the version (an id
    # taken again after a purge starts at version 1 again).
    fresh: set[int] = set()
    if isinstance(updated0, datetime):
        for row in connection.execute(
            select(postings.c.id, postings.c.version).where(
                postings.c.deleted_at.is_(None), postings.c.updated_at > updated0
            )
        ):
            candidates[int(row[0])] = int(row[1])
            fresh.add(int(row[0]))
    counted: dict[int, tuple[int, int | None]] = {}
    newest: dict[int, int] = {}
    for chunk in chunks(sorted(candidates)):
        counted.update(
            (int(row[0]), (int(row[1]), _id_or_none(row[2])))
            for row in connection.execute(
                select(
                    statement_sources.c.posting_id,
                    statement_sources.c.version,
                    statement_sources.c.revision_id,
                ).where(statement_sources.c.posting_id.in_(chunk))
            )
        )
        newest.update(
            (int(row[0]), int(row[1]))
            for row in connection.execute(
                select(revisions.c.posting_id, func.max(revisions.c.id))
                .where(revisions.c.posting_id.in_(chunk))
                .group_by(revisions.c.posting_id)
            )
        )
    # Counted afresh unless counted at this version and this newest revision (an id
    # taken again after a purge may start at version 1 again; a revision id is never
    # given twice, migration 0006).
    stale = [
        (posting_id, version, newest.get(posting_id))
        for posting_id, version in sorted(candidates.items())
        if posting_id in fresh or counted.get(posting_id) != (version, newest.get(posting_id))
    ]
    gone: list[int] = []
    for chunk in chunks(trashed):
        gone.extend(
            int(row[0])
            for row in connection.execute(
                select(statement_sources.c.posting_id).where(
                    statement_sources.c.posting_id.in_(chunk)
                )
            )
        )
    return stale, gone


def _wordings(
    connection: Connection, posting_ids: Sequence[int], everything: bool
) -> dict[int, set[Key]]:
    """The distinct statements (leaf items with text) each posting uses."""
    used: dict[int, set[Key]] = defaultdict(set)
    query = (
        select(
            items.c.posting_id,
            items.c.section_position,
            items.c.depth,
            items.c.text,
            sections.c.kind,
            postings.c.language,
        )
        .join(
            sections,
            and_(
                sections.c.posting_id == items.c.posting_id,
                sections.c.position == items.c.section_position,
            ),
        )
        .join(postings, postings.c.id == items.c.posting_id)
        .where(sections.c.kind.in_(_KINDS), postings.c.deleted_at.is_(None))
        .order_by(items.c.posting_id, items.c.section_position, items.c.position)
    )
    if everything:
        queries = [query]
    else:
        queries = [query.where(items.c.posting_id.in_(chunk)) for chunk in chunks(posting_ids)]
    for each in queries:
        for posting_id, keys in _leaf_wordings(connection, each):
            used[posting_id].update(keys)
    return used


def _leaf_wordings(connection: Connection, query: Any) -> Iterator[tuple[int, set[Key]]]:
    """Each posting's distinct leaf wordings from ``query``'s rows (posting id, section,
    depth, text, kind, language; in posting, section and item order). Read through the
    driver's own cursor: a first refresh reads every item of the library, and a result
    row per item cost more than the query (the values are integers and text, which need
    no conversion; the query's values are written into it, constants and ids only)."""
    sql = str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
        current: set[Key] = set()
        posting = section = depth = -1
        wording = kind = language = ""
        for row in cursor:
            # An item with children (the next row of its section is deeper) is a group
            # heading, not a statement (as core.statements.statements_of).
            if not (row[0] == posting and row[1] == section and row[2] > depth):
                wording = wording.strip()
                if wording:
                    current.add((kind, language, wording))
            if row[0] != posting:
                if current:
                    yield posting, current
                current = set()
            posting, section, depth, wording, kind, language = row
        wording = wording.strip()
        if wording:
            current.add((kind, language, wording))
        if current:
            yield posting, current
    finally:
        cursor.close()


def _statement_ids(
    connection: Connection,
    keys: set[Key],
    search: StatementSearch,
    counts: Counter[Key] | None = None,
) -> tuple[dict[Key, int], set[Key]]:
    """The id of each wording, adding (and indexing) the ones not known yet, with their
    ``counts`` of postings; and the keys added."""
    found: dict[Key, int] = {}
    if len(keys) > 20 * CHUNK:
        rows: Iterable[Any] = connection.execute(
            select(statements.c.id, statements.c.kind, statements.c.language, statements.c.text)
        )
        found = {(row[1], row[2], row[3]): int(row[0]) for row in rows}
    else:
        # By kind and language: the unique index is (kind, language, text).
        groups: dict[tuple[str, str], list[str]] = defaultdict(list)
        for kind, language, wording in sorted(keys):
            groups[(kind, language)].append(wording)
        for (kind, language), texts in groups.items():
            for start in range(0, len(texts), CHUNK):
                for row in connection.execute(
                    select(statements.c.id, statements.c.text).where(
                        statements.c.kind == kind,
                        statements.c.language == language,
                        statements.c.text.in_(texts[start : start + CHUNK]),
                    )
                ):
                    found[(kind, language, row[1])] = int(row[0])
    missing = _in_key_order([key for key in keys if key not in found])
    if missing:
        new_ids = statement_writes.add_statements(connection, missing, counts or Counter())
        found.update(zip(missing, new_ids, strict=True))
        search.index(connection, list(zip(new_ids, [key[2] for key in missing], strict=True)))
    return found, set(missing)  # (and the ids of other wordings read)


def _in_key_order(keys: list[Key]) -> list[Key]:
    """``sorted(keys)`` (the unique index's order, so that new rows are appended to it),
    a third quicker: by kind and language, then each group by its text alone."""
    groups: dict[tuple[str, str], list[Key]] = defaultdict(list)
    for key in keys:
        groups[key[:2]].append(key)
    ordered: list[Key] = []
    for group in sorted(groups):
        ordered.extend(sorted(groups[group], key=itemgetter(2)))
    return ordered


def sync_starter(
    connection: Connection, wanted: Sequence[tuple[str, str, str, str]], search: StatementSearch
) -> bool:
    """Make the starter flags match the shipped set ``(kind, language, role, text)``:
    new wordings are added, the ones no longer shipped lose the flag. True if anything
    changed."""
    by_key = {(kind, language, text.strip()): role for kind, language, role, text in wanted}
    flagged = {
        (row[1], row[2], row[3]): (int(row[0]), row[4])
        for row in connection.execute(
            select(
                statements.c.id,
                statements.c.kind,
                statements.c.language,
                statements.c.text,
                statements.c.role,
            ).where(statements.c.starter.is_(True))
        )
    }
    if {key: role for key, (_id, role) in flagged.items()} == by_key:
        return False
    dropped = [statement_id for key, (statement_id, _role) in flagged.items() if key not in by_key]
    for chunk in chunks(dropped):
        connection.execute(
            update(statements).where(statements.c.id.in_(chunk)).values(starter=False, role="")
        )
    ids, _new = _statement_ids(connection, set(by_key), search)
    if not by_key:
        return True
    connection.execute(
        update(statements)
        .where(statements.c.id == bindparam("row_id"))
        .values(starter=True, role=bindparam("new_role")),
        [{"row_id": ids[key], "new_role": role} for key, role in by_key.items()],
    )
    return True
