"""What every part of the library service shares: the open database and where it is."""

from __future__ import annotations

from collections.abc import Callable

from jdeditor.store.database import Location
from jdeditor.store.repository import PostingRepository

Progress = Callable[[int, int], bool]
"""``progress(done, total)``; returning False asks a long operation to stop."""


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
