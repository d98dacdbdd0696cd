"""The repository's reads: Core queries on ``store/tables.py``'s tables, on a Connection.

Nothing here imports ``sqlalchemy.orm``: listing, searching and showing postings from the
command line start in a fraction of the time the ORM and its mapping take to import
(docs/performance.md). The writer (``store/writing.py``) loads postings through these
same functions, on its session's connection.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Row, exists, func, select

from jdeditor.core.listing import (
    ListQuery,
    Page,
    PostingFilter,
    PostingSummary,
    RevisionInfo,
    SearchHit,
    SearchResults,
    SortKey,
)
from jdeditor.core.model import Posting
from jdeditor.core.snippets import make_snippet
from jdeditor.errors import NotFoundError
from jdeditor.store.mapping import posting_from_rows, summary_from_values
from jdeditor.store.search import SearchBackend, filter_clauses
from jdeditor.store.search_tokens import literal_needles
from jdeditor.store.tables import (
    items,
    posting_dismissals,
    posting_tags,
    postings,
    revisions,
    sections,
)

_SUMMARY_COLUMNS = (
    postings.c.id,
    postings.c.title,
    postings.c.department,
    postings.c.location,
    postings.c.status,
    postings.c.updated_at,
    postings.c.version,
    postings.c.deleted_at,
    postings.c.check_errors,
)
_SORT_COLUMNS = {
    SortKey.UPDATED: postings.c.updated_at,
    SortKey.CREATED: postings.c.created_at,
    SortKey.TITLE: postings.c.title,
    SortKey.DEPARTMENT: postings.c.department,
    SortKey.STATUS: postings.c.status,
}
_DISTINCT_FIELDS = {
    "department": postings.c.department,
    "location": postings.c.location,
    "reports_to": postings.c.reports_to,
}
CHUNK = 500  # rows per IN (...) list; SQLite allows 32766 variables, other servers fewer
EVERY_HIT = 2**40  # a search page's limit that takes every hit


def chunks(values: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def list_order(query: ListQuery) -> tuple[Any, Any]:
    column = _SORT_COLUMNS[query.sort]
    if query.descending:
        return column.desc(), postings.c.id.desc()
    return column, postings.c.id


def _summary(row: Any) -> PostingSummary:
    return summary_from_values(*row)


def load(
    connection: Connection, posting_ids: Sequence[int], include_trash: bool = True
) -> list[Posting]:
    """The postings with these ids (at most :data:`CHUNK` of them), in no set order."""
    query = select(postings).where(postings.c.id.in_(posting_ids))
    if not include_trash:
        query = query.where(postings.c.deleted_at.is_(None))
    rows = connection.execute(query).all()
    if not rows:
        return []
    ids = [row.id for row in rows]
    grouped: dict[int, tuple[list[Row[Any]], ...]] = {
        posting_id: ([], [], [], []) for posting_id in ids
    }
    children = (
        (sections, (sections.c.posting_id, sections.c.position)),
        (items, (items.c.posting_id, items.c.section_position, items.c.position)),
        (posting_tags, (posting_tags.c.posting_id, posting_tags.c.position)),
        (posting_dismissals, (posting_dismissals.c.posting_id, posting_dismissals.c.position)),
    )
    for slot, (table, order) in enumerate(children):
        for child in connection.execute(
            select(table).where(table.c.posting_id.in_(ids)).order_by(*order)
        ):
            grouped[child.posting_id][slot].append(child)
    return [posting_from_rows(row, *grouped[row.id]) for row in rows]


def get(connection: Connection, posting_id: int, include_trash: bool = False) -> Posting:
    found = load(connection, [posting_id], include_trash)
    if not found:
        raise NotFoundError(
            f"There is no posting {posting_id} in the library"
            + ("" if include_trash else " (it may be in the trash: see `list --trash`)")
            + "."
        )
    return found[0]


def get_many(connection: Connection, posting_ids: Sequence[int]) -> list[Posting]:
    """Postings in the order asked for; ids that do not exist are left out."""
    found: list[Posting] = []
    for chunk in chunks(posting_ids):
        found += load(connection, chunk)
    by_id = {posting.id: posting for posting in found}
    return [by_id[posting_id] for posting_id in posting_ids if posting_id in by_id]


def list_page(connection: Connection, query: ListQuery) -> Page:
    clauses = filter_clauses(query.filter)
    total = connection.scalar(select(func.count(postings.c.id)).where(*clauses)) or 0
    rows = connection.execute(
        select(*_SUMMARY_COLUMNS)
        .where(*clauses)
        .order_by(*list_order(query))
        .offset(query.offset)
        .limit(query.limit)
    ).all()
    return Page(total, [_summary(row) for row in rows])


def ids_where(connection: Connection, where: PostingFilter, order: Iterable[Any]) -> list[int]:
    query = select(postings.c.id).where(*filter_clauses(where)).order_by(*order)
    return list(connection.scalars(query))


def ranked_ids(
    connection: Connection, backend: SearchBackend, query: str, where: PostingFilter
) -> list[int]:
    """Every posting the search finds, best first."""
    first = backend.search(connection, query, where, 0, 1)
    # Past the cap the total says "1,000 or more": then ask for every hit.
    limit = max(first.total, 1) if first.exact else EVERY_HIT
    ranked = backend.search(connection, query, where, 0, limit).ranked
    return [posting_id for posting_id, _ in ranked]


def search(
    connection: Connection,
    backend: SearchBackend,
    query: str,
    where: PostingFilter,
    offset: int,
    limit: int,
) -> SearchResults:
    ranked = backend.search(connection, query, where, offset, limit)
    ids = [posting_id for posting_id, _ in ranked.ranked]
    if not ids:
        return SearchResults(query, ranked.total, [], ranked.exact)
    summaries = {
        row.id: _summary(row)
        for row in connection.execute(select(*_SUMMARY_COLUMNS).where(postings.c.id.in_(ids)))
    }
    texts = _snippet_texts(connection, ids)
    needles = literal_needles(query)
    hits = []
    for posting_id, score in ranked.ranked:
        snippet, spans = make_snippet(texts.get(posting_id, []), needles)
        hits.append(SearchHit(summaries[posting_id], score, snippet, spans))
    return SearchResults(query, ranked.total, hits, ranked.exact)


def _snippet_texts(connection: Connection, ids: Sequence[int]) -> dict[int, list[str]]:
    texts: dict[int, list[str]] = {posting_id: [] for posting_id in ids}
    header = postings.c
    for row in connection.execute(
        select(header.id, header.title, header.department, header.location, header.summary).where(
            header.id.in_(ids)
        )
    ):
        texts[row.id] += [row.title, row.department, row.location, row.summary]
    for item in connection.execute(
        select(items.c.posting_id, items.c.text)
        .where(items.c.posting_id.in_(ids))
        .order_by(items.c.posting_id, items.c.section_position, items.c.position)
    ):
        texts[item.posting_id].append(item.text)
    return texts


def find_fingerprints(connection: Connection, fingerprints: Iterable[str]) -> dict[str, int]:
    """Live postings whose content matches one of the fingerprints: fingerprint -> id."""
    wanted = list(dict.fromkeys(fingerprints))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), CHUNK):
        for row in connection.execute(
            select(postings.c.fingerprint, postings.c.id).where(
                postings.c.fingerprint.in_(wanted[start : start + CHUNK]),
                postings.c.deleted_at.is_(None),
            )
        ):
            found.setdefault(row.fingerprint, row.id)
    return found


def distinct_values(connection: Connection, field: str) -> list[str]:
    """Values already used for a field (for completers): department, location, … tag."""
    if field == "tag":
        column: Any = posting_tags.c.tag
        query = select(column).join(postings, postings.c.id == posting_tags.c.posting_id)
    else:
        column = _DISTINCT_FIELDS[field]
        query = select(column)
    query = query.where(postings.c.deleted_at.is_(None), column != "").distinct()
    return sorted(connection.scalars(query.order_by(column)))


def revision_list(connection: Connection, posting_id: int) -> list[RevisionInfo]:
    exists = connection.scalar(select(postings.c.id).where(postings.c.id == posting_id))
    if exists is None:
        raise NotFoundError(f"There is no posting {posting_id} in the library.")
    rows = connection.execute(
        select(revisions)
        .where(revisions.c.posting_id == posting_id)
        .order_by(revisions.c.version.desc(), revisions.c.id.desc())
    )
    return [
        RevisionInfo(
            id=row.id,
            posting_id=row.posting_id,
            version=row.version,
            created_at=row.created_at,
            note=row.note,
            title=str(row.snapshot.get("title", "")),
        )
        for row in rows
    ]


def revision(connection: Connection, revision_id: int) -> tuple[RevisionInfo, Posting]:
    from jdeditor.core.serialization import posting_from_dict

    row = connection.execute(select(revisions).where(revisions.c.id == revision_id)).first()
    if row is None:
        raise NotFoundError(f"There is no revision {revision_id} in the library.")
    posting = posting_from_dict(row.snapshot, path=f"revision {revision_id}")
    posting.id = row.posting_id
    posting.version = row.version
    info = RevisionInfo(
        row.id, row.posting_id, row.version, row.created_at, row.note, posting.title
    )
    return info, posting


def counts(connection: Connection) -> dict[str, int]:
    def count(table: Any, *where: Any) -> int:
        return connection.scalar(select(func.count(table.c.id)).where(*where)) or 0

    return {
        "postings": count(postings, postings.c.deleted_at.is_(None)),
        "trash": count(postings, postings.c.deleted_at.is_not(None)),
        "revisions": count(revisions),
        "same_content": same_content(connection),
    }


def same_content(connection: Connection) -> int:
    """Live postings without an import key because an older live one holds their
    content's (left so by migration 0005, or stored twice on purpose with
    ``--allow-duplicates``): an import does not recognise them as copies."""
    older = postings.alias("older")
    query = select(func.count(postings.c.id)).where(
        postings.c.deleted_at.is_(None),
        postings.c.import_key.is_(None),
        exists().where(older.c.import_key == postings.c.fingerprint, older.c.id != postings.c.id),
    )
    return connection.scalar(query) or 0


def check_errors(connection: Connection, posting_ids: Sequence[int]) -> dict[int, int | None]:
    """The stored count of unresolved check errors per posting (None: not counted)."""
    found: dict[int, int | None] = {}
    for chunk in chunks(posting_ids):
        for row in connection.execute(
            select(postings.c.id, postings.c.check_errors).where(postings.c.id.in_(chunk))
        ):
            found[row.id] = row.check_errors
    return found


def error_totals(
    connection: Connection, posting_ids: Sequence[int] | None = None
) -> tuple[int, int]:
    """(postings with unresolved errors, their errors) among ``posting_ids``, or among
    every live posting when None."""
    query = select(func.count(postings.c.id), func.sum(postings.c.check_errors)).where(
        postings.c.check_errors > 0
    )
    if posting_ids is None:
        row = connection.execute(query.where(postings.c.deleted_at.is_(None))).one()
        return row[0] or 0, row[1] or 0
    flagged = errors = 0
    for chunk in chunks(posting_ids):
        row = connection.execute(query.where(postings.c.id.in_(chunk))).one()
        flagged += row[0] or 0
        errors += row[1] or 0
    return flagged, errors


def uncounted_ids(connection: Connection, posting_ids: Sequence[int] | None = None) -> list[int]:
    """Postings whose errors were never counted, among ``posting_ids`` or among all."""
    query = select(postings.c.id).where(postings.c.check_errors.is_(None))
    if posting_ids is None:
        return list(connection.scalars(query.order_by(postings.c.id)))
    found: list[int] = []
    for chunk in chunks(posting_ids):
        found += connection.scalars(query.where(postings.c.id.in_(chunk)))
    return found
