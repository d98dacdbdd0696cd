"""The import's quicker write paths give exactly what the plain ones give."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import cast

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import Table
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect

from jdeditor.core.model import Posting
from jdeditor.core.serialization import format_timestamp, posting_json, posting_to_dict
from jdeditor.store.database import _compact_json, create_library_engine, resolve_location
from jdeditor.store.mapping import ITEM_COLUMNS, SECTION_COLUMNS, Row, child_rows, child_tuples
from jdeditor.store.orm import PostingRow, RevisionRow, SectionRow
from jdeditor.store.schema import ensure_schema
from jdeditor.store.sqlite import _is_timestamp, _once_per_value, insert_tuples
from jdeditor.store.writing import _stored_copy
from tests.factories import chinese_posting, english_posting
from tests.formats.test_json_format import _postings
from tests.hypothesis_support import examples

NOW = datetime(2026, 12, 4, 10, 30, 15, 123456, tzinfo=UTC)


def test_snapshot_text_of_the_factories() -> None:
    for posting in (chinese_posting(), english_posting()):
        assert posting_json(posting) == _compact_json(posting_to_dict(posting))
        assert json.loads(posting_json(posting)) == posting_to_dict(posting)


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posting=_postings)
def test_snapshot_text_is_the_serializers_text(posting: Posting) -> None:
    expected = json.dumps(posting_to_dict(posting), ensure_ascii=False, separators=(",", ":"))
    assert posting_json(posting) == expected == _compact_json(posting_to_dict(posting))


def _walked_rows(posting_id: int, posting: Posting) -> tuple[list[Row], list[Row], list[Row]]:
    """The rows as they were made before tuples: one ``Section.walk`` per section."""
    sections = [
        (posting_id, position, section.kind.value, section.heading)
        for position, section in enumerate(posting.sections)
    ]
    items = [
        (posting_id, section_position, position, depth, item.kind.value, item.text)
        for section_position, section in enumerate(posting.sections)
        for position, (depth, item) in enumerate(section.walk())
    ]
    tags = [(posting_id, position, tag.strip()) for position, tag in enumerate(posting.tags)]
    return sections, items, tags


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posting=_postings)
def test_child_tuples_are_the_walked_rows(posting: Posting) -> None:
    tuples = child_tuples(7, posting)
    assert tuples == _walked_rows(7, posting)
    assert all(type(row[4]) is str for row in tuples[1])  # plain str, not the enum
    sections, items, tags = child_rows(7, posting)
    assert [tuple(row.values()) for row in sections] == tuples[0]
    assert [tuple(row.values()) for row in items] == tuples[1]
    assert [tuple(row.values()) for row in tags] == tuples[2]
    assert all(list(row) == list(ITEM_COLUMNS) for row in items)


def test_tuples_are_refused_for_a_column_that_converts_values(tmp_path: Path) -> None:
    location = resolve_location(tmp_path / "lib.db")
    engine = create_library_engine(location)
    ensure_schema(engine, location)
    try:
        with engine.begin() as connection:
            table = cast(Table, RevisionRow.__table__)
            with pytest.raises(ValueError, match=r"revisions\.created_at converts"):
                insert_tuples(connection, table, ["posting_id", "created_at"], [(1, "x")])
            sections = cast(Table, SectionRow.__table__)
            insert_tuples(connection, sections, list(SECTION_COLUMNS), [])  # nothing to do
    finally:
        engine.dispose()


def test_timestamps_are_converted_once_per_value_with_the_same_text() -> None:
    dialect = sqlite_dialect()
    column_type = cast(Table, PostingRow.__table__).c.created_at.type
    assert _is_timestamp(column_type)
    assert not _is_timestamp(cast(Table, RevisionRow.__table__).c.snapshot.type)
    processor = column_type.dialect_impl(dialect).bind_processor(dialect)
    assert processor is not None
    calls: list[object] = []

    def counted(value: object) -> object:
        calls.append(value)
        return processor(value)

    once = _once_per_value(counted)
    moment = datetime(2026, 12, 4, 10, 30, 15, 123456, tzinfo=UTC)
    values = [
        moment,
        moment.astimezone(timezone(timedelta(hours=8))),  # the same instant elsewhere
        moment.replace(tzinfo=None),  # naive: taken as UTC, not equal to the aware ones
        None,
        moment,
    ]
    assert [once(value) for value in values] == [processor(value) for value in values]
    assert len(calls) == 3


def test_the_stored_copy_is_what_replace_makes() -> None:
    assert not hasattr(Posting, "__post_init__") and not hasattr(Posting, "__slots__")
    posting = chinese_posting()
    posting.created_at = None
    copied = _stored_copy(posting, 12, NOW, NOW)
    assert copied == replace(posting, id=12, version=1, created_at=NOW, updated_at=NOW)
    assert copied.sections is posting.sections  # shallow, as replace
    assert posting.id is None and posting.created_at is None  # the input is unchanged


@settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posting=_postings)
def test_timestamps_in_snapshots_are_formatted_as_before(posting: Posting) -> None:
    expected = None if posting.created_at is None else format_timestamp(posting.created_at)
    assert posting_to_dict(posting)["created_at"] == expected
    # the same instant in another zone, after it: the text of that instant
    if posting.created_at is not None and posting.created_at.tzinfo is not None:
        moved = posting.created_at.astimezone(timezone(timedelta(hours=-5)))
        posting.updated_at = moved
        assert posting_to_dict(posting)["updated_at"] == format_timestamp(moved) == expected
