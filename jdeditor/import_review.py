"""The import review's changes to a plan, before anything is written.

Files are read into a plan (:func:`read_source`, or :func:`text_source` for pasted text);
the user may then rename, untick, split and merge postings, change a section's kind and
re-read a file with other options. Split and merge read the affected source lines again as
one posting each (``ParseOptions(single=True)``): the user says where postings are, the
recogniser still reads their structure. Every change empties the changed postings'
fingerprints, and :func:`mark_duplicates` checks them again against the library.

No Qt and no SQL here: the GUI calls these functions, the service supplies the library's
fingerprints.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from jdeditor.core.fingerprint import content_fingerprint
from jdeditor.core.model import SectionKind
from jdeditor.core.structure import ParseOptions, SourceLine, parse_lines
from jdeditor.core.structure.line_roles import LineRole, line_roles
from jdeditor.core.structure.parser import compile_separator, is_separator
from jdeditor.formats import text_import
from jdeditor.formats.docx_facts import apply_facts
from jdeditor.formats.read_options import ReadOptions
from jdeditor.formats.readers import ReadPosting, read_postings, read_postings_of
from jdeditor.import_plan import ImportPlan, PlannedPosting, SourceFile

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".json")


def files_to_import(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the supported files inside folders (recursively, in name order).

    Hidden files and Word's lock files (``~$name.docx``) inside folders are left out; a file
    named directly is always kept, so that the reader can say what is wrong with it.
    """
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        for folder, folders, names in os.walk(path):
            folders[:] = sorted(name for name in folders if not name.startswith("."))
            for name in sorted(names):
                if name.startswith((".", "~$")):
                    continue
                if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                    found.append(Path(folder) / name)
    return list(dict.fromkeys(found))


def read_source(path: Path, options: ReadOptions = ReadOptions()) -> list[PlannedPosting]:
    """Read one file into planned postings that remember their file and lines."""
    result = read_postings(path, options)
    source = SourceFile(
        path,
        result.kind,
        options,
        result.encoding,
        result.text,
        result.paragraphs,
        list(result.facts),
    )
    return planned_from(source, result.postings)


def text_source(text: str, name: str, options: ReadOptions = ReadOptions()) -> list[PlannedPosting]:
    """Pasted text (from a job board or an e-mail) as planned postings.

    ``name`` names the source in the review and in the postings' history; it is also the
    title of a posting whose text names none.
    """
    read_as = ParseOptions(fallback_title=name, separator=options.separator)
    parsed = text_import.parse_pages(text_import.page_text(text), read_as)
    source = SourceFile(Path(name), "pasted", replace(options, encoding=None), None, text)
    return planned_from(source, read_postings_of(parsed))


def planned_from(source: SourceFile, postings: Sequence[ReadPosting]) -> list[PlannedPosting]:
    return [
        PlannedPosting(
            posting=read.posting,
            source=source.path,
            source_line=read.first_line,
            warnings=list(read.warnings),
            file=source,
            last_line=read.last_line,
            title_line=read.title_line,
        )
        for read in postings
    ]


def reread_source(source: SourceFile, options: ReadOptions) -> list[PlannedPosting]:
    """A file (or pasted text) read again with other options."""
    if source.kind == "pasted":
        assert source.text is not None
        return text_source(source.text, source.name, options)
    return read_source(source.path, options)


def sources_of(postings: Iterable[PlannedPosting]) -> list[SourceFile]:
    return list(dict.fromkeys(item.file for item in postings if item.file is not None))


# -- lines ------------------------------------------------------------------------------


def posting_lines(item: PlannedPosting) -> list[SourceLine]:
    """The source lines a posting came from (none when they are not known)."""
    if item.file is None or item.source_line is None or item.last_line is None:
        return []
    return item.file.lines_between(item.source_line, item.last_line)


def is_line_based(item: PlannedPosting) -> bool:
    """Whether the posting is made of whole source lines, so that it can be split or merged.

    Not so for JSON files, and for Word form tables (their cells are not source lines). Our
    templates' facts lines are no source lines either, but they are read again with the lines.
    """
    if item.file is None or item.source_line is None or item.last_line is None:
        return False
    numbers = {line.number for line in posting_lines(item)}
    numbers.update(n for n, _ in item.file.facts_between(item.source_line, item.last_line))
    return all(number in numbers for number in range(item.source_line, item.last_line + 1))


def roles_of(item: PlannedPosting) -> dict[int, LineRole]:
    """What each of the posting's source lines became (title, field, heading, item, text);
    our templates' facts lines are fields."""
    roles = line_roles(posting_lines(item), item.title_line)
    if item.file is not None and item.source_line is not None and item.last_line is not None:
        for number, _ in item.file.facts_between(item.source_line, item.last_line):
            roles[number] = LineRole.FIELD  # our templates' facts, read into fields
    return roles


def can_split_at(plan: ImportPlan, index: int, number: int) -> bool:
    """Whether posting ``index`` can be split so that a new posting starts at line ``number``."""
    item = plan.postings[index]
    if not is_line_based(item) or item.source_line is None or item.last_line is None:
        return False
    if not item.source_line < number <= item.last_line:
        return False
    lines = posting_lines(item)
    return _has_text(line for line in lines if line.number < number) and _has_text(
        line for line in lines if line.number >= number
    )


def split_posting(plan: ImportPlan, index: int, number: int) -> list[PlannedPosting]:
    """Split posting ``index`` so that a new one starts at source line ``number``; returns the
    two postings that replace it (each read again as one posting)."""
    if not can_split_at(plan, index, number):
        raise ValueError(f"posting {index} cannot be split at line {number}")
    item = plan.postings[index]
    lines = posting_lines(item)
    assert item.source_line is not None and item.last_line is not None
    parts = [
        _reparse(
            item, [line for line in lines if line.number < number], item.source_line, number - 1
        ),
        _reparse(item, [line for line in lines if line.number >= number], number, item.last_line),
    ]
    for part in parts:  # a posting the user unticked stays unticked in its parts
        part.include = item.include or item.is_duplicate
    plan.postings[index : index + 1] = parts
    return parts


def can_merge_with_previous(plan: ImportPlan, index: int) -> bool:
    """Whether posting ``index`` and the one before it come from the same file's lines."""
    if index <= 0 or index >= len(plan.postings):
        return False
    previous, item = plan.postings[index - 1], plan.postings[index]
    return (
        previous.file is not None
        and previous.file is item.file
        and is_line_based(previous)
        and is_line_based(item)
    )


def merge_with_previous(plan: ImportPlan, index: int) -> PlannedPosting:
    """Join posting ``index`` to the one before it, with any lines between them, as one
    posting read again; returns it."""
    if not can_merge_with_previous(plan, index):
        raise ValueError(f"posting {index} cannot be merged with the one before it")
    previous, item = plan.postings[index - 1], plan.postings[index]
    assert previous.file is not None and previous.source_line is not None
    lines = previous.file.lines_between(previous.source_line, item.last_line or 0)
    merged = _reparse(previous, lines, previous.source_line, item.last_line)
    merged.include = previous.include or item.include
    plan.postings[index - 1 : index + 1] = [merged]
    return merged


def _has_text(lines: Iterable[SourceLine]) -> bool:
    return any(line.text.strip() for line in lines)


def _reparse(
    item: PlannedPosting,
    lines: list[SourceLine],
    first: int | None = None,
    last: int | None = None,
) -> PlannedPosting:
    """Lines of a posting's file read again as exactly one posting.

    Our templates' facts lines (no source lines) between ``first`` and ``last`` (by default
    the first and last of ``lines``) go into the posting's fields, as on the first reading.
    """
    source = item.file
    assert source is not None
    pattern = compile_separator(source.options.separator)
    kept = [line for line in lines if not is_separator(line, pattern)]
    fallback = source.path.stem if source.kind != "pasted" else source.name
    parsed = parse_lines(kept, ParseOptions(fallback_title=fallback, single=True))
    if len(parsed) != 1:
        raise ValueError(f"lines {lines[0].number}-{lines[-1].number} hold no posting")
    low = lines[0].number if first is None else first
    high = lines[-1].number if last is None else last
    facts = source.facts_between(low, high)
    if facts:
        [posting] = parsed
        # the facts belong to this posting wherever they stand in its range
        apply_facts(parsed, [(posting.first_line, values) for _, values in facts])
    return planned_from(source, read_postings_of(parsed))[0]


# -- small changes -----------------------------------------------------------------------


def rename_posting(item: PlannedPosting, title: str) -> None:
    item.posting.title = title.strip()
    item.fingerprint = ""


def set_section_kind(item: PlannedPosting, section: int, kind: SectionKind) -> None:
    item.posting.sections[section].kind = kind
    item.fingerprint = ""


def replace_source(
    plan: ImportPlan, source: SourceFile, postings: Sequence[PlannedPosting]
) -> None:
    """Put a file's postings, read again, where its old ones stood."""
    positions = [i for i, item in enumerate(plan.postings) if item.file is source]
    at = positions[0] if positions else len(plan.postings)
    kept = [item for item in plan.postings if item.file is not source]
    plan.postings = kept[:at] + list(postings) + kept[at:]
    new_source = postings[0].file if postings else None
    if new_source is not None:
        plan.sources = [new_source if known is source else known for known in plan.sources]


# -- duplicates --------------------------------------------------------------------------


def fingerprints_needed(plan: ImportPlan) -> list[str]:
    """Fill in the fingerprints the review emptied; returns every posting's fingerprint."""
    for item in plan.postings:
        if not item.fingerprint:
            item.fingerprint = content_fingerprint(item.posting)
    return [item.fingerprint for item in plan.postings]


def mark_duplicates(
    plan: ImportPlan,
    existing: Mapping[str, int],
    changed: Iterable[PlannedPosting] | None = None,
    allow_duplicates: bool = False,
) -> None:
    """Mark the postings the library (``existing``: fingerprint -> id) or an earlier posting
    of the plan already holds.

    With ``changed`` None (a new plan), every duplicate is unticked. Otherwise only the
    changed postings' ticks follow: one that became a duplicate is unticked, and one that
    stopped being one is ticked, while the user's other choices stay.
    """
    recheck = None if changed is None else {id(item) for item in changed}
    seen: set[str] = set()
    for item in plan.postings:
        was_duplicate = item.is_duplicate
        item.duplicate_of = existing.get(item.fingerprint)
        item.duplicate_in_plan = item.fingerprint in seen
        seen.add(item.fingerprint)
        if allow_duplicates:
            continue
        changed_state = was_duplicate != item.is_duplicate
        if recheck is None or (id(item) in recheck and changed_state):
            item.include = not item.is_duplicate
