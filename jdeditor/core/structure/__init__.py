"""The structure recogniser: text (pasted, from .txt/.md files, or Word paragraphs) to postings.

Pure Python: no Qt, no SQL, no file I/O. See ``docs/import.md`` for what it understands.
"""

from __future__ import annotations

from jdeditor.core.structure.language import detect_language
from jdeditor.core.structure.parsed import ParsedPosting
from jdeditor.core.structure.parser import (
    ParseOptions,
    parse_lines,
    parse_text,
    split_items,
)
from jdeditor.core.structure.source import SourceLine
from jdeditor.core.structure.warnings import ParseWarning

__all__ = [
    "ParseOptions",
    "ParseWarning",
    "ParsedPosting",
    "SourceLine",
    "detect_language",
    "parse_lines",
    "parse_text",
    "split_items",
]
