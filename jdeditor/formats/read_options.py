"""Options for reading files, kept apart from the readers so that naming them is cheap."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadOptions:
    separator: str | None = None  # a regular expression; a matching line separates postings
    encoding: str | None = None  # force a text encoding instead of detecting it
