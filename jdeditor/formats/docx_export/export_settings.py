"""What an export needs from the app's settings; the settings layer fills it in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ExportSettings:
    company_name: str = ""
    logo_path: Path | None = None  # an image file (PNG, JPEG, GIF, BMP, TIFF)
    author: str = ""  # written to the document properties; the company name if empty
    # How to apply, for postings without a how-to-apply section of their own: templates
    # show these (``company.how_to_apply``, ``company.email``) and nothing made up.
    how_to_apply: str = ""
    contact_email: str = ""


DEFAULT_SETTINGS = ExportSettings()
