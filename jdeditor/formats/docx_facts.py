"""A posting's facts as our own templates print them, read back into its fields.

jd-en and advert-zh print department, location, salary, employment type and headcount on
one line (``研发部　·　北京　·　15,000–25,000 元/月``) or in a facts box, each value in a run
of its own character style (``JD Department``, ``JD Salary``…, see ``docx_lists``). The
Word reader takes those runs as the fields they name instead of as text, so an exported
posting reads back as the same posting; a user's own text is never read this way.
"""

from __future__ import annotations

import re

from jdeditor.core.model import EmploymentType, Language, Posting, Salary
from jdeditor.core.structure import ParsedPosting
from jdeditor.formats.labels import EMPLOYMENT_TYPES
from jdeditor.formats.salary_text import read_salary

Facts = tuple[tuple[str, str], ...]  # (field name, printed value) in print order
_HEADCOUNT_RE = re.compile(r"\D*(\d+)\D*")
_TEXT_FIELDS = frozenset({"department", "reports_to", "location"})


def apply_facts(parsed: list[ParsedPosting], facts: list[tuple[int, Facts]]) -> None:
    """Put each facts paragraph's values into the posting it belongs to.

    A facts paragraph (numbered like the source lines) belongs to the posting whose lines
    hold it, else to the next posting (the facts head it, below a title the recogniser did
    not take), else to the last one. The printed facts are the posting's fields: they win
    over a value the reader took from a line inside a section (``工作地点：北京 朝阳区…`` in
    a company section copied to each job), but not over a header field line the reader
    read whole (that line is the field, and left the text). A value that is not what the
    template prints (a salary edited to 面议) goes to the head of the summary, as the reader
    keeps any other line it has no field for.
    """
    if not parsed:
        return
    printed: dict[int, set[str]] = {}  # per posting, the fields a facts line already gave
    for number, values in facts:
        owner = next((p for p in parsed if p.first_line <= number <= p.last_line), None)
        if owner is None:
            owner = next((p for p in parsed if p.first_line > number), parsed[-1])
        posting = owner.posting
        # The first value wins among facts lines (two postings merged in the review), and
        # a header field line read whole is the field.
        kept = {line.field for line in owner.field_lines} | printed.setdefault(id(owner), set())
        unread = [
            text for name, text in values if not _set_field(posting, name, text, name in kept)
        ]
        printed[id(owner)].update(name for name, _ in values)
        if unread:
            posting.summary = "\n".join([*unread, *([posting.summary] if posting.summary else [])])


def _set_field(posting: Posting, name: str, text: str, keep: bool = False) -> bool:
    """Whether ``text`` was read; ``keep``: a value the field already has stays."""
    value: object
    if name in _TEXT_FIELDS:
        value = text
    elif name == "headcount":
        match = _HEADCOUNT_RE.fullmatch(text)
        if match is None:
            return False
        value = int(match.group(1))
    elif name == "employment_type":
        value = _employment_type(text)
    elif name == "salary":
        value = _salary(text, posting.language)
    else:
        return False
    if value is None:
        return False
    current = getattr(posting, name)
    if not keep or current is None or current == "":
        setattr(posting, name, value)
    return True


def _employment_type(text: str) -> EmploymentType | None:
    for words in EMPLOYMENT_TYPES.values():
        for kind, word in words.items():
            if word.casefold() == text.casefold():
                return kind
    return None


def _salary(text: str, language: Language) -> Salary | None:
    other = Language.EN if language is Language.ZH else Language.ZH
    return read_salary(text, language) or read_salary(text, other)
