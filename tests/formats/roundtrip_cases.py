"""The postings the export-import round trips are run on, and how two postings are compared.

Every posting the recogniser finds in the seed file and in ``shared/samples/real`` (Chinese
and English) is a case. A case id names the file and the posting's place in it
(``real-zh-015#2``), so a failing case can be reproduced with ``jdeditor import``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jdeditor.core.model import Item, Posting
from jdeditor.core.structure import ParseOptions, parse_text
from jdeditor.formats.html_export import is_shown
from tests.conftest import SAMPLES_DIR

Tree = tuple[tuple[str, str, "Tree"], ...]


@dataclass(frozen=True)
class Source:
    case_id: str
    path: Path
    index: int  # the posting's place among the file's postings


def sample_files() -> list[tuple[str, Path]]:
    if not SAMPLES_DIR.is_dir():
        return []
    files = [("seed", SAMPLES_DIR / "product-manager-postings.zh.txt")]
    for language in ("zh", "en"):
        folder = SAMPLES_DIR / "real" / language
        files += [(f"real-{language}-{path.stem}", path) for path in sorted(folder.glob("*.txt"))]
    return files


def read_sample(path: Path) -> list[Posting]:
    text = path.read_text(encoding="utf-8")
    return [parsed.posting for parsed in parse_text(text, ParseOptions(fallback_title=path.stem))]


def sources() -> list[Source]:
    """Every posting of every sample file (read once, at collection)."""
    found: list[Source] = []
    for name, path in sample_files():
        count = len(read_sample(path))
        found += [Source(f"{name}#{index}", path, index) for index in range(count)]
    return found


def tree(items: Sequence[Item]) -> Tree:
    return tuple((item.kind.value, item.text, tree(item.children)) for item in items)


def shape(posting: Posting) -> dict[str, object]:
    """What a round trip must keep: title, fields, language, and each section's kind and
    tree of items (kind, text, nesting). Headings may be written in another form (a
    Markdown ``##``, a form's label column); the kind they stand for must come back.

    By design, not a loss: a section with nothing in it is not exported (an empty heading
    says nothing to an applicant), so it cannot come back; it is left out here.
    """
    shown = [section for section in posting.sections if any(map(is_shown, section.items))]
    return {
        "title": posting.title,
        "language": posting.language,
        "department": posting.department,
        "location": posting.location,
        "reports_to": posting.reports_to,
        "headcount": posting.headcount,
        "employment_type": posting.employment_type,
        "salary": posting.salary,
        "summary": posting.summary,
        "sections": [(section.kind.value, tree(section.items)) for section in shown],
    }


def difference(expected: Posting, got: Posting) -> str:
    """The first thing that differs, for a readable failure message."""
    want, have = shape(expected), shape(got)
    for key, value in want.items():
        if key != "sections" and have[key] != value:
            return f"{key}: {value!r} came back as {have[key]!r}"
    kinds = [kind for kind, _ in want["sections"]]  # type: ignore[attr-defined]
    got_kinds = [kind for kind, _ in have["sections"]]  # type: ignore[attr-defined]
    if kinds != got_kinds:
        return f"section kinds {kinds} came back as {got_kinds}"
    for (kind, items), (_, got_items) in zip(
        want["sections"],  # type: ignore[call-overload]
        have["sections"],  # type: ignore[call-overload]
        strict=True,
    ):
        if items != got_items:
            return f"{kind} items\n  {items!r}\ncame back as\n  {got_items!r}"
    return ""
