"""A posting as plain text, for the terminal (``jdeditor show``)."""

from __future__ import annotations

from jdeditor.core.model import Posting
from jdeditor.core.numbering import numbered
from jdeditor.formats.salary_text import format_salary


def render_plain_text(posting: Posting) -> str:
    lines = [posting.title, "=" * max(4, min(60, len(posting.title) * 2)), ""]
    fields = [
        ("Department", posting.department),
        ("Location", posting.location),
        ("Reports to", posting.reports_to),
        ("Headcount", "" if posting.headcount is None else str(posting.headcount)),
        ("Employment", posting.employment_type.value if posting.employment_type else ""),
        ("Salary", format_salary(posting.salary, posting.language)),
        ("Status", posting.status.value),
        ("Language", posting.language.value),
        ("Tags", ", ".join(posting.tags)),
    ]
    lines += [f"{label}: {value}" for label, value in fields if value]
    if posting.summary:
        lines += ["", posting.summary]
    for section in posting.sections:
        lines += ["", f"[{section.heading or section.kind.value}]"]
        for label, depth, item in numbered(section.items):
            indent = "    " * depth
            text_lines = item.text.splitlines() or [""]
            marker = f"{label}. " if label else ""
            lines.append(f"{indent}{marker}{text_lines[0]}")
            lines += [f"{indent}{' ' * len(marker)}{rest}" for rest in text_lines[1:]]
    return "\n".join(lines) + "\n"
