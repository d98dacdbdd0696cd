"""Every real posting under shared/samples parses, loses nothing and keeps its headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdeditor.core.model import ItemKind, SectionKind
from jdeditor.core.structure import ParsedPosting, ParseOptions, parse_text
from jdeditor.core.structure.coverage import find_lost_text
from jdeditor.core.structure.lines import LineKind, classify_lines
from jdeditor.core.structure.source import split_source_text

SAMPLES = Path(__file__).parents[2] / ".." / "shared" / "samples"
REAL = SAMPLES / "real"
FILES = sorted(REAL.glob("*/*.txt")) if REAL.is_dir() else []
# Every sample the project has: the seed file, real/ and real-more/ (for the coverage proof).
ALL_FILES = sorted(SAMPLES.glob("*.txt")) + FILES + sorted(SAMPLES.glob("real-more/*/*.txt"))
MAIN_KINDS = (SectionKind.DUTIES, SectionKind.REQUIREMENTS)

pytestmark = pytest.mark.skipif(
    not FILES, reason=f"{REAL} is absent: the shared/ folder is not beside the checkout"
)


def _parse(path: Path) -> tuple[str, list[ParsedPosting]]:
    text = path.read_text(encoding="utf-8")
    return text, parse_text(text, ParseOptions(fallback_title=path.stem))


def _ids(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.mark.parametrize("path", FILES, ids=_ids)
def test_parses_and_loses_nothing(path: Path) -> None:
    text, parsed = _parse(path)
    assert parsed, "at least one posting"
    for result in parsed:
        assert result.posting.title, "every posting has a title (or the fallback)"
        assert result.first_line <= result.last_line
    assert find_lost_text(text, parsed) == []


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda path: str(path.relative_to(SAMPLES)))
def test_every_sample_loses_nothing(path: Path) -> None:
    """The coverage proof holds on every sample file, multi-job ones included."""
    text, parsed = _parse(path)
    assert find_lost_text(text, parsed) == []


@pytest.mark.parametrize("path", FILES, ids=_ids)
def test_each_duties_or_requirements_heading_becomes_that_kind(path: Path) -> None:
    """Every line the heading classifier calls duties/requirements heads a section (or a
    group inside a section) of that kind, in the posting that holds the line (or the
    line's shared block)."""
    text, parsed = _parse(path)
    lines = classify_lines(split_source_text(text))
    headings = [
        line
        for line in lines
        if line.kind is LineKind.HEADING
        and line.heading is not None
        and line.heading.kind in MAIN_KINDS
    ]
    for line in headings:
        assert line.heading is not None
        # The posting whose lines hold it, or one holding a copy of a shared block that does.
        holder = next(
            p
            for p in parsed
            if p.first_line <= line.number <= p.last_line
            or any(block.first_line <= line.number <= block.last_line for block in p.shared)
        )
        places = {(section.kind, section.heading) for section in holder.posting.sections} | {
            (section.kind, item.text)
            for section in holder.posting.sections
            for _, item in section.walk()
            if item.kind is ItemKind.PARAGRAPH and item.children
        }
        assert (line.heading.kind, line.heading.text) in places, f"line {line.number}"


def test_the_real_files_have_their_main_headings() -> None:
    """The classifier does find the headings people wrote (counted over all files)."""
    found = 0
    for path in FILES:
        _, parsed = _parse(path)
        kinds = {s.kind for p in parsed for s in p.posting.sections}
        found += SectionKind.DUTIES in kinds and SectionKind.REQUIREMENTS in kinds
    assert found >= len(FILES) - 3


# As judged by eye (import_truth/real.json): a company header is no job of its own.
SEVERAL_JOBS = {
    "zh/002.txt": 7,
    "zh/003.txt": 2,
    "zh/004.txt": 4,
    "zh/006.txt": 5,
    "zh/008.txt": 4,
    "zh/017.txt": 3,
}


@pytest.mark.parametrize("name", sorted(SEVERAL_JOBS))
def test_several_jobs_in_one_post_are_split(name: str) -> None:
    _, parsed = _parse(REAL / name)
    assert len(parsed) == SEVERAL_JOBS[name]


def test_titles_and_fields_of_single_postings() -> None:
    _, parsed = _parse(REAL / "en" / "007.txt")
    posting = parsed[0].posting
    assert posting.title == "Analytics Engineering Manager"  # "… at Airalo": the company
    assert "Analytics Engineering Manager at Airalo" in posting.summary.splitlines()
    assert posting.location == "Spain / United Kingdom (Remote-first)"
    assert posting.employment_type is not None and posting.employment_type.value == "full_time"
    assert posting.salary is not None and posting.salary.currency == "GBP"
    assert posting.language.value == "en"
    _, parsed = _parse(REAL / "en" / "001.txt")
    # No title line: the role the first sentence names ("We're looking for a … Analytics
    # Engineer to join…"), and the sentence stays in the summary.
    assert parsed[0].posting.title == "Analytics Engineer"
    assert parsed[0].posting.summary.startswith("URL:")
    assert "We're looking for a structured" in parsed[0].posting.summary
