"""Where a library lives: its SQLAlchemy URL, and its file when it is a SQLite library."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL


@dataclass(frozen=True)
class Location:
    url: URL
    file: Path | None  # the SQLite file, when the library is one

    @property
    def display_name(self) -> str:
        """The file path, or the URL without its password: safe to show anywhere."""
        if self.file is not None:
            return str(self.file)
        from jdeditor.store.credentials import without_password

        return without_password(self.url)

    def describe(self) -> str:
        """A name for messages: "The library file …" or "The library at …"."""
        if self.file is not None:
            return f"The library file {self.display_name}"
        return f"The library at {self.display_name}"
