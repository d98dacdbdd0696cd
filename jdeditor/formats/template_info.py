"""What the app knows of a Word template without opening it: its name, file and origin.

Apart from ``docx_export`` so that the window can list templates by name without
importing the Word machinery's types.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class TemplateInfo:
    name: str  # the file stem; what the user picks
    path: Path
    bundled: bool
    description: str = ""  # the document's Comments property
    title: str = ""  # the document's Title property
