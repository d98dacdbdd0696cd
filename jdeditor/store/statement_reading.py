"""Reading the statements: pages, one entry, the wordings for families, who uses them."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select, true

from jdeditor.core.model import Language, SectionKind
from jdeditor.core.statements.catalog import StatementEntry, StatementPage
from jdeditor.store.statement_search import StatementSearch
from jdeditor.store.tables import posting_statements, postings, statements

_ENTRY_COLUMNS = (
    statements.c.id,
    statements.c.kind,
    statements.c.language,
    statements.c.text,
    statements.c.postings,
    statements.c.uses,
    statements.c.preferred,
    statements.c.starter,
    statements.c.role,
)


def _entry(row: Any) -> StatementEntry:
    return StatementEntry(
        id=int(row[0]),
        kind=SectionKind(row[1]),
        language=Language(row[2]),
        text=row[3],
        postings=int(row[4]),
        uses=int(row[5]),
        preferred=bool(row[6]),
        starter=bool(row[7]),
        role=row[8],
    )


def visible(include_starter: bool) -> ColumnElement[bool]:
    """Wordings a live posting uses, and (if asked) the starter set's."""
    if include_starter:
        return or_(statements.c.postings > 0, statements.c.starter.is_(True))
    return statements.c.postings > 0


def page(
    connection: Connection,
    search: StatementSearch,
    kind: SectionKind | None,
    query: str,
    language: Language | None,
    include_starter: bool,
    offset: int,
    limit: int,
) -> StatementPage:
    """Most-used first: preferred, then postings + uses, then the text."""
    clauses: list[ColumnElement[bool]] = [visible(include_starter)]
    if kind is not None:
        # With a search, ``kind || ''`` keeps the planner off the kind's indexes: starting
        # from the search's hits is quick for a few hits, where walking every statement of
        # the kind and probing the hits is not (the text index serves no hits either way).
        kind_column = statements.c.kind + "" if query.strip() else statements.c.kind
        clauses.append(kind_column == kind.value)
    if language is not None:
        clauses.append(statements.c.language == language.value)
    if query.strip():
        condition = search.condition(query)
        if condition is None:
            return StatementPage(0, [])
        clauses.append(condition)
    where = and_(true(), *clauses)
    total = connection.scalar(select(func.count()).select_from(statements).where(where)) or 0
    rows = connection.execute(
        select(*_ENTRY_COLUMNS)
        .where(where)
        .order_by(
            statements.c.preferred.desc(),
            (statements.c.postings + statements.c.uses).desc(),
            statements.c.text,
            statements.c.id,
        )
        .offset(offset)
        .limit(limit)
    )
    return StatementPage(int(total), [_entry(row) for row in rows])


def entry(connection: Connection, statement_id: int) -> StatementEntry | None:
    row = connection.execute(select(*_ENTRY_COLUMNS).where(statements.c.id == statement_id)).first()
    return None if row is None else _entry(row)


def wordings(
    connection: Connection, kind: SectionKind | None, language: Language | None
) -> list[tuple[str, str, str, int]]:
    """``(kind, language, text, postings)`` of every wording live postings use."""
    query = select(
        statements.c.kind, statements.c.language, statements.c.text, statements.c.postings
    ).where(statements.c.postings > 0)
    if kind is not None:
        query = query.where(statements.c.kind == kind.value)
    if language is not None:
        query = query.where(statements.c.language == language.value)
    return [(row[0], row[1], row[2], int(row[3])) for row in connection.execute(query)]


def postings_using(
    connection: Connection, kind: SectionKind, language: Language, texts: Collection[str]
) -> list[int]:
    """Live postings using any of ``texts`` (of ``kind`` and ``language``), by id."""
    found: set[int] = set()
    ordered: Sequence[str] = sorted(texts)
    for start in range(0, len(ordered), 500):
        rows = connection.execute(
            select(posting_statements.c.posting_id)
            .join(statements, statements.c.id == posting_statements.c.statement_id)
            .join(postings, postings.c.id == posting_statements.c.posting_id)
            .where(
                statements.c.kind == kind.value,
                statements.c.language == language.value,
                statements.c.text.in_(ordered[start : start + 500]),
                postings.c.deleted_at.is_(None),
            )
        )
        found.update(int(row[0]) for row in rows)
    return sorted(found)
