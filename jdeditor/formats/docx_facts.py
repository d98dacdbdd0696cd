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
    not take), else to the last one. A field the reader already filled is left as it is. A
    value that is not what the template prints (a salary edited to 面议) goes to the head of
    the summary, as the reader keeps any other line it has no field for.
    """
    if not parsed:
        return
    for number, values in facts:
        owner = next((p for p in parsed if p.first_line <= number <= p.last_line), None)
        if owner is None:
            owner = next((p for p in parsed if p.first_line > number), parsed[-1])
        posting = owner.posting
        unread = [text for name, text in values if not _set_field(posting, name, text)]
        if unread:
            posting.summary = "\n".join([*unread, *([posting.summary] if posting.summary else [])])


def _set_field(posting: Posting, name: str, text: str) -> bool:
    """Whether ``text`` was read (or the field already had a value)."""
    if name in _TEXT_FIELDS:
        if not getattr(posting, name):
            setattr(posting, name, text)
        return True
    if name == "headcount":
        match = _HEADCOUNT_RE.fullmatch(text)
        if match is None:
            return False
        if posting.headcount is None:
            posting.headcount = int(match.group(1))
        return True
    if name == "employment_type":
        kind = _employment_type(text)
        if kind is None:
            return False
        if posting.employment_type is None:
            posting.employment_type = kind
        return True
    if name == "salary":
        salary = _salary(text, posting.language)
        if salary is None:
            return False
        if posting.salary is None:
            posting.salary = salary
        return True
    return False


def _employment_type(text: str) -> EmploymentType | None:
    for words in EMPLOYMENT_TYPES.values():
        for kind, word in words.items():
            if word.casefold() == text.casefold():
                return kind
    return None


def _salary(text: str, language: Language) -> Salary | None:
    other = Language.EN if language is Language.ZH else Language.ZH
    return read_salary(text, language) or read_salary(text, other)
