"""Other people's changes: what an open window watches to keep its list current."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from jdeditor.service.base import LibraryBase

if TYPE_CHECKING:  # the watchers load with the first watch: a command never watches
    from jdeditor.store.change_notices import Change

__all__ = ["Change", "ChangeSource", "ChangesService"]


class ChangeSource(Protocol):
    def wait(self, timeout: float) -> list[Change]:
        """Changes made by others since the last call, waiting up to ``timeout`` s
        for one (a server only: a library file answers at once)."""

    def close(self) -> None: ...


class ChangesService(LibraryBase):
    @property
    def notifies(self) -> bool:
        """Whether the library announces changes itself (a server), so that a listener
        can wait for them; a library file is asked now and then."""
        return self._location.file is None

    def watch_changes(self) -> ChangeSource:
        """A new watcher on a connection of its own; close it when done."""
        from jdeditor.store.change_notices import FileChanges, ServerChanges

        if self._location.file is not None:
            return FileChanges(self._location.file)
        return ServerChanges(self._location.url)
