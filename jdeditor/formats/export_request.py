"""What an export is asked to produce (the format and where it goes), and its warnings.

Apart from ``exporting`` so that the command line and the window can name formats
without importing the Word and PDF machinery.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path


class ExportFormat(enum.StrEnum):
    DOCX = "docx"
    PDF = "pdf"
    MARKDOWN = "md"
    HTML = "html"
    JSONLD = "jsonld"
    JSON = "json"

    @property
    def suffix(self) -> str:
        return ".jsonld" if self is ExportFormat.JSONLD else f".{self.value}"


@dataclass(frozen=True)
class ExportRequest:
    format: ExportFormat
    target: Path  # a file, or a folder for one file per posting
    template: str | None = None  # a template name; None: the default for each language
    merge: bool = False  # many postings into one file
    overwrite: bool = False


@dataclass(frozen=True)
class ExportWarning:
    """Something about an export the user may not want, though it went ahead; ``kind``
    and ``values`` let the window say it in its own language, ``message`` is English."""

    kind: str  # "template_language"
    message: str
    values: tuple[tuple[str, str], ...] = ()
