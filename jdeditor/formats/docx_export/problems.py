"""What can be wrong with a Word template, said so that a user can fix it in Word."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jdeditor.errors import UserFacingError

TEMPLATE_HELP = "docs/templates.md lists the names a template can use"

# The parts of a .docx a template's tags can be in, as a user would call them.
_PART_NAMES = {
    "document": "the document body",
    "header": "a page header",
    "footer": "a page footer",
    "footnotes": "the footnotes",
}


class TemplateError(UserFacingError):
    """A Word template cannot be used: unreadable, broken tags, or unknown names."""


@dataclass(frozen=True)
class TemplateProblem:
    """One thing wrong with a template, with where it is (part and nearby text)."""

    template: Path
    message: str  # what is wrong, e.g. "unknown name 'postng'"
    part: str = ""  # the .docx part, e.g. "word/document.xml"
    near: str = ""  # text of the paragraph around the problem, tags included

    @property
    def where(self) -> str:
        if not self.part:
            return ""
        stem = Path(self.part).stem.rstrip("0123456789")
        where = f"{_PART_NAMES.get(stem, self.part)} ({self.part})"
        if self.near:
            where += f', near "{shorten(self.near)}"'
        return where

    def __str__(self) -> str:
        where = self.where
        return f"{self.template.name}: {self.message}" + (f" — in {where}" if where else "")


def shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def problems_error(template: Path, problems: Sequence[TemplateProblem]) -> TemplateError:
    """One error listing a template's problems (the first ten), and what to do."""
    shown = "\n".join(f"- {problem}" for problem in problems[:10])
    more = f"\n(and {len(problems) - 10} more)" if len(problems) > 10 else ""
    return TemplateError(
        f"The Word template {template} cannot be used:\n{shown}{more}\n"
        f"Correct the tags in Word and try again; {TEMPLATE_HELP}."
    )
