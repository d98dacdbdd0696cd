"""What every part of the library service shares: the open database and where it is."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from jdeditor.store.location import Location
from jdeditor.store.repository import PostingRepository

Progress = Callable[[int, int], bool]
"""``progress(done, total)``; returning False asks a long operation to stop."""


def library_key(location: Location) -> str:
    """A short name for a library's own folders (drafts, backups), the same for the same
    path or address, so two libraries never mix."""
    text = location.url.render_as_string(hide_password=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class LibraryBase:
    """An open library's database. The capability classes build on it; use ``Library``."""

    def __init__(self, location: Location, repository: PostingRepository, revision: str) -> None:
        self._location = location
        self._repository = repository
        self._revision = revision

    def close(self) -> None:
        self._repository.dispose()

    @property
    def location(self) -> Location:
        return self._location
