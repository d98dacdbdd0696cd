"""What `jdeditor list` could cost with a read path in SQLAlchemy Core, without the ORM.

    python -m benchmarks.cli_core_probe LIBRARY.db

Not the app: it imports our argument parser and core model as `list` does, declares the
library's tables with Core (`Table`, no `sqlalchemy.orm`, no declarative classes), and
prints the first page of live postings newest first, as `list` does. `bench_cli --probe`
runs it beside the floor; docs/performance.md (issue 11) quotes it.
"""

from __future__ import annotations

import sys

from sqlalchemy import Column, Integer, MetaData, String, Table, Text, create_engine, func, select

import jdeditor.cli  # noqa: F401  (the parser, as every command imports it)
from jdeditor.core.listing import PostingSummary  # noqa: F401  (the core model)


def main() -> None:
    metadata = MetaData()
    postings = Table(
        "postings",
        metadata,
        Column("id", Integer, primary_key=True),
        *[Column(name, String) for name in ("title", "department", "status", "updated_at")],
        Column("deleted_at", String),
        *[Column(f"field_{number}", Text) for number in range(12)],
    )
    for name in ("sections", "items", "posting_tags", "revisions", "import_warnings"):
        Table(name, metadata, *[Column(f"field_{number}", Text) for number in range(6)])
    engine = create_engine(f"sqlite:///{sys.argv[1]}")
    live = postings.c.deleted_at.is_(None)
    with engine.connect() as connection:
        total = connection.execute(select(func.count()).where(live)).scalar()
        rows = connection.execute(
            select(postings.c.id, postings.c.title, postings.c.department, postings.c.status)
            .where(live)
            .order_by(postings.c.updated_at.desc())
            .limit(100)
        ).all()
    for row in rows:
        print(*row)
    print(f"{len(rows)} of {total} postings.")


if __name__ == "__main__":
    main()
