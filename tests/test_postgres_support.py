"""The test server itself: a database per test, on which a library opens, saves and finds."""

from __future__ import annotations

from jdeditor.service import Library
from tests.factories import chinese_posting


def test_a_library_opens_saves_and_finds_on_each_backend(library_url: str) -> None:
    with Library.open(library_url) as library:
        saved = library.create_posting(chinese_posting())
        assert saved.id is not None
        assert library.get_posting(saved.id).title == saved.title
        assert library.matching_ids("数据") == [saved.id]
