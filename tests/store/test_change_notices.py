"""Other people's changes reach an open library: NOTIFY on PostgreSQL, the file and its
WAL changing on SQLite; a write that fails announces nothing."""

from __future__ import annotations

import pytest

from jdeditor.errors import ConflictError
from jdeditor.service import Library
from jdeditor.store.change_notices import Change, parse_payload
from tests.factories import chinese_posting


def _changes(watch: object, notifies: bool) -> list[Change]:
    # A server's notice arrives on commit: waiting up to 5 s returns as soon as it is there.
    return watch.wait(5.0 if notifies else 0.0)  # type: ignore[attr-defined, no-any-return]


def test_each_kind_of_write_reaches_another_library(library_url: str) -> None:
    with Library.open(library_url) as mine, Library.open(library_url) as theirs:
        watch = mine.watch_changes()
        try:
            assert watch.wait(0.0) == []
            stored = theirs.create_posting(chinese_posting())
            assert stored.id is not None
            expected = [Change("add", (stored.id,))] if mine.notifies else [Change("unknown", None)]
            assert _changes(watch, mine.notifies) == expected
            stored.title = "资深数据分析师"
            theirs.save_posting(stored)
            theirs.delete_posting(stored.id)
            theirs.restore_posting(stored.id)
            found = []
            while len(found) < (3 if mine.notifies else 1):
                more = _changes(watch, mine.notifies)
                assert more, found
                found += more
            if mine.notifies:
                assert [change.kind for change in found] == ["save", "trash", "restore"]
            assert watch.wait(0.0) == []
        finally:
            watch.close()


def test_a_failed_write_announces_nothing(library_url: str) -> None:
    with Library.open(library_url) as mine, Library.open(library_url) as theirs:
        stored = theirs.create_posting(chinese_posting())
        watch = mine.watch_changes()
        try:
            stale = stored
            stored.title = "改过"
            theirs.save_posting(stored)
            _changes(watch, mine.notifies)
            with pytest.raises(ConflictError):
                theirs.save_posting(stale)  # stale version: rolled back
            assert watch.wait(0.2 if mine.notifies else 0.0) == []
        finally:
            watch.close()


def test_payloads_that_cannot_be_read_mean_everything_changed() -> None:
    assert parse_payload('{"kind": "save", "ids": [3, 4]}') == Change("save", (3, 4))
    assert parse_payload('{"kind": "add", "ids": null}') == Change("add", None)
    assert parse_payload("not json") == Change("unknown", None)
