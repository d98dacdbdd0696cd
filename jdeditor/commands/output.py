"""How the commands print: tables that line up with Chinese text, and JSON for scripts."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _fit(text: str, width: int) -> str:
    """Cut or pad ``text`` to ``width`` terminal columns (CJK characters take two)."""
    out: list[str] = []
    used = 0
    for char in text:
        char_width = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if used + char_width > width:
            if out:
                out[-1] = "…"
            break
        out.append(char)
        used += char_width
    return "".join(out) + " " * (width - _display_width("".join(out)))


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
) -> None:
    print(
        "  ".join(
            _fit(header, width) for header, width in zip(headers, widths, strict=True)
        ).rstrip()
    )
    for row in rows:
        print(
            "  ".join(_fit(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def summary_dict(summary: Any) -> dict[str, Any]:
    data = asdict(summary)
    data["status"] = summary.status.value
    data["updated_at"] = summary.updated_at.isoformat()
    data["deleted_at"] = summary.deleted_at.isoformat() if summary.deleted_at else None
    return data
