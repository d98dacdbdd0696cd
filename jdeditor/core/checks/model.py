"""What a check is and what it finds: rules, findings, where a finding points.

A rule is data (an id, a category, a severity, its message and explanation in Chinese
and English, the legal source of a law rule) plus a small function that looks at one
text of a posting (a header field, a section heading, an item) or at the posting as a
whole, and yields the spans it objects to. The engine (``engine.py``) walks a posting's
texts once and asks every rule that applies to the posting's language.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from jdeditor.core.model import Language, Posting


class Category(enum.StrEnum):
    LAW = "law"  # Chinese employment law: a condition on the applicant the law forbids
    INCLUSIVE = "inclusive"  # wording that keeps people from applying
    QUALITY = "quality"  # the posting as a document: empty, duplicated, debris, …


class Severity(enum.IntEnum):
    """How much a finding matters; sorts from the most serious."""

    ERROR = 0
    WARNING = 1
    INFO = 2

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Bilingual:
    """A text in Chinese and in English; ``in_(language)`` picks one."""

    zh: str
    en: str

    def in_(self, language: Language | str) -> str:
        return self.zh if str(language).startswith("zh") else self.en


@dataclass(frozen=True)
class Place:
    """Where a text sits in a posting.

    ``field`` names a header text (``title``, ``summary``, ``department``, ``location``,
    ``reports_to``, ``tag``); otherwise ``section`` is the index of the section in
    ``posting.sections`` and ``item`` the path of the item in it (``(2, 0)``: the first
    child of the third item), or empty for the section's heading. A finding about the
    posting as a whole (no duties at all) has neither.
    """

    field: str = ""
    section: int | None = None
    item: tuple[int, ...] = ()

    @property
    def is_posting(self) -> bool:
        return not self.field and self.section is None


POSTING = Place()


@dataclass(frozen=True)
class Span:
    """What a rule objects to in one text: ``text[start:end]``, and a better wording."""

    start: int
    end: int
    suggestion: str = ""


@dataclass(frozen=True)
class Rule:
    id: str  # "zh.gender", "en.age", "quality.empty_section"
    category: Category
    severity: Severity
    message: Bilingual  # one line: what is wrong
    explanation: Bilingual  # why, and what to do
    source: Bilingual | None = None  # for law rules: the law, article, notice
    languages: frozenset[Language] = frozenset(Language)  # postings it applies to
    # One of the two: a rule about one text, or about the whole posting.
    text_check: Callable[[str], Iterable[Span]] | None = None
    posting_check: Callable[[Posting], Iterable[tuple[Place, str, Span]]] | None = None


@dataclass(frozen=True)
class Finding:
    rule: Rule
    place: Place
    text: str  # the whole text the span is in ("" for the posting as a whole)
    span: Span
    severity: Severity = field(default=Severity.INFO)

    @property
    def span_text(self) -> str:
        return self.text[self.span.start : self.span.end]

    @property
    def key(self) -> str:
        """What a dismissal remembers: the rule and the text it was about.

        The same rule on the same text (wherever it moves) stays dismissed; an edited
        text is checked afresh.
        """
        digest = hashlib.sha256(" ".join(self.text.split()).encode("utf-8")).hexdigest()
        return f"{self.rule.id}:{digest[:16]}"
