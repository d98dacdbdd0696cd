"""How well the importer reads real files, measured against a judgement made by eye.

``tests/core/import_truth/*.json`` holds, for every file under ``../shared/samples`` (the
seed file, ``real/`` and ``real-more/``), how many jobs a careful reader finds in it, their
titles (with other acceptable spellings) and whether each has duties and requirements. The
files' text is not kept here, only that judgement. This module reads every file through
the importer and compares:

* a file is *right* when the importer finds as many postings as there are jobs and every
  posting has an acceptable title (a job the judge could not title accepts any title);
* a job's duties (requirements) are *found* when its posting has a duties (requirements)
  section with at least one item.

Run it for the figures and the files that are wrong::

    .venv/bin/python -m tests.core.import_accuracy            # figures
    .venv/bin/python -m tests.core.import_accuracy --details  # and each wrong file
    .venv/bin/python -m tests.core.import_accuracy --sections # and each job whose duties
                                                              # or requirements were missed
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from jdeditor.core.model import Posting, SectionKind
from jdeditor.formats.read_options import ReadOptions
from jdeditor.formats.readers import read_postings

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
TRUTH = Path(__file__).resolve().parent / "import_truth"


@dataclass(frozen=True)
class Job:
    title: str | None
    also: tuple[str, ...]
    duties: bool
    requirements: bool
    facts: dict[str, str]

    def accepts(self, title: str) -> bool:
        if self.title is None:
            return True
        wanted = {normal_title(self.title), *(normal_title(other) for other in self.also)}
        return normal_title(title) in wanted


@dataclass
class FileResult:
    name: str
    jobs: list[Job]
    titles: list[str]
    right: bool
    matched: list[Posting | None]
    notes: list[str] = field(default_factory=list)


@dataclass
class Accuracy:
    files: list[FileResult]

    @property
    def files_right(self) -> int:
        return sum(result.right for result in self.files)

    def found(self, kind: SectionKind) -> tuple[int, int]:
        """(postings where sections of ``kind`` were found, jobs that have them)."""
        flag = "duties" if kind is SectionKind.DUTIES else "requirements"
        have = found = 0
        for result in self.files:
            for job, posting in zip(result.jobs, result.matched, strict=True):
                if not getattr(job, flag):
                    continue
                have += 1
                found += posting is not None and _has_items(posting, kind)
        return found, have

    def fact_rate(self, name: str) -> tuple[int, int]:
        """(postings whose ``name`` field is filled, jobs for which the judge noted it)."""
        noted = filled = 0
        for result in self.files:
            for job, posting in zip(result.jobs, result.matched, strict=True):
                if name not in job.facts:
                    continue
                noted += 1
                filled += posting is not None and _fact_filled(posting, name)
        return filled, noted


def normal_title(title: str) -> str:
    """Width, case, spaces and punctuation folded: only letters and digits are compared."""
    folded = unicodedata.normalize("NFKC", title).casefold()
    return "".join(char for char in folded if char.isalnum())


def load_truth() -> dict[str, list[Job]]:
    truth: dict[str, list[Job]] = {}
    for path in sorted(TRUTH.glob("*.json")):
        for name, entry in json.loads(path.read_text(encoding="utf-8")).items():
            truth[name] = [
                Job(
                    job.get("title"),
                    tuple(job.get("also", ())),
                    bool(job.get("duties")),
                    bool(job.get("requirements")),
                    {key: job[key] for key in ("department", "location", "salary") if key in job},
                )
                for job in entry["jobs"]
            ]
    return truth


def _has_items(posting: Posting, kind: SectionKind) -> bool:
    return any(section.kind is kind and section.items for section in posting.sections)


def _fact_filled(posting: Posting, name: str) -> bool:
    if name == "salary":
        return posting.salary is not None
    return bool(getattr(posting, name))


def _match(jobs: list[Job], postings: list[Posting]) -> list[Posting | None]:
    """The posting that stands for each job: by position when the counts agree, else the
    first unused posting with an acceptable title."""
    if len(jobs) == len(postings):
        return list(postings)
    used: set[int] = set()
    matched: list[Posting | None] = []
    for job in jobs:
        found = None
        if job.title is not None:
            for index, posting in enumerate(postings):
                if index not in used and job.accepts(posting.title):
                    used.add(index)
                    found = posting
                    break
        matched.append(found)
    return matched


def judge_file(name: str, jobs: list[Job]) -> FileResult:
    result = read_postings(SAMPLES / name, ReadOptions())
    postings = [item.posting for item in result.postings]
    titles = [posting.title for posting in postings]
    right = len(postings) == len(jobs) and all(
        job.accepts(title) for job, title in zip(jobs, titles, strict=True)
    )
    return FileResult(name, jobs, titles, right, _match(jobs, postings))


def measure(names: list[str] | None = None) -> Accuracy:
    truth = load_truth()
    chosen = names if names is not None else sorted(truth)
    return Accuracy([judge_file(name, truth[name]) for name in chosen])


def _percent(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f} %)" if whole else "0/0"


def missing_sections(accuracy: Accuracy) -> list[str]:
    """One line for each judged job whose duties or requirements were not found."""
    lines = []
    for result in accuracy.files:
        for index, (job, posting) in enumerate(zip(result.jobs, result.matched, strict=True)):
            missing = [
                kind.value
                for kind, flag in (
                    (SectionKind.DUTIES, job.duties),
                    (SectionKind.REQUIREMENTS, job.requirements),
                )
                if flag and (posting is None or not _has_items(posting, kind))
            ]
            if missing:
                title = posting.title if posting is not None else "(no posting)"
                lines.append(
                    f"{result.name}#{index} {job.title!r} → {title!r}: {', '.join(missing)}"
                )
    return lines


def report(accuracy: Accuracy, details: bool = False, sections: bool = False) -> str:
    lines = []
    groups: dict[str, list[FileResult]] = {}
    for result in accuracy.files:
        group = result.name.rsplit("/", 1)[0] if "/" in result.name else "seed"
        groups.setdefault(group, []).append(result)
    for group, results in groups.items():
        right = sum(result.right for result in results)
        lines.append(f"{group:14} files right {_percent(right, len(results))}")
    lines.append(f"{'all':14} files right {_percent(accuracy.files_right, len(accuracy.files))}")
    for kind in (SectionKind.DUTIES, SectionKind.REQUIREMENTS):
        lines.append(f"{kind.value:14} found in {_percent(*accuracy.found(kind))}")
    for name in ("department", "location", "salary"):
        lines.append(f"{name:14} filled in {_percent(*accuracy.fact_rate(name))}")
    if details:
        for result in accuracy.files:
            if result.right:
                continue
            wanted = [job.title for job in result.jobs]
            lines.append(f"\n{result.name}: {len(result.jobs)} jobs, {len(result.titles)} found")
            lines.append(f"  judged: {wanted}")
            lines.append(f"  found:  {result.titles}")
    if sections:
        lines.append("\nduties or requirements not found:")
        lines.extend(missing_sections(accuracy))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    names = [arg for arg in argv if not arg.startswith("--")] or None
    details = "--details" in argv or bool(names)
    print(report(measure(names), details=details, sections="--sections" in argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
