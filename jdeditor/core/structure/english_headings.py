"""English heading shapes beyond a short heading line, as career pages write them.

* A **lead-in sentence** too long for a heading that still opens a section: it ends with a
  colon or with "the following …", and says what follows ("You'll be a great addition to
  our team if you have the following skills, knowledge and experience").
* A **glued heading**: copying a page sometimes loses the line break after a heading, so
  ``About the RoleWe're looking for…`` is the heading "About the Role" and a sentence.
* A **role statement**: "As a Senior BI Engineer at Lalamove, you will work with…" says
  what the job does. Where it ends the summary of a posting without duties, it is the
  posting's duties (a paragraph under the default heading).

These are tried only on English lines; :mod:`headings` holds the vocabulary itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jdeditor.core.model import Item, ItemKind, Language, Section, SectionKind
from jdeditor.core.section_headings import DEFAULT_HEADINGS

MAX_LEAD_IN_CHARS = 160
MIN_GLUED_REST_CHARS = 15
MIN_SINGLE_WORD_HEAD_CHARS = 6

_LATIN_START_RE = re.compile(r"[A-Za-z]")
_GLUE_RE = re.compile(r"(?<=[a-z?)])[A-Z]")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
# The last word of a "… the following skills, knowledge and experience" lead-in.
_FOLLOWING_WORDS = (
    "following",
    "skills",
    "experience",
    "qualifications",
    "requirements",
    "competencies",
    "knowledge",
    "attributes",
    "abilities",
    "expertise",
)
_FOLLOWING_END_RE = re.compile(r"\bthe following(?: [\w,&'’-]+){0,6}$", re.IGNORECASE)
# What a lead-in says follows it, most specific first.
_LEAD_IN_CUES: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    (
        SectionKind.PREFERRED,
        re.compile(
            r"\b(?:nice to have|bonus|a plus|even better|would be (?:great|helpful))\b", re.I
        ),
    ),
    (
        SectionKind.REQUIREMENTS,
        re.compile(
            r"\bif you (?:have|bring|are|can)\b|\bwe(?:'re|’re| are) looking for\b"
            r"|\byou (?:should|must|need to|will need to) (?:have|bring|be)\b"
            r"|\bthe following (?:skills|experience|qualifications|requirements|competencies)\b",
            re.I,
        ),
    ),
    (
        SectionKind.DUTIES,
        re.compile(
            r"\byou(?:'ll|’ll| will) be responsible for\b"
            r"|\byour (?:main )?(?:responsibilities|tasks|duties) (?:will )?include\b",
            re.I,
        ),
    ),
    (
        SectionKind.BENEFITS,
        re.compile(
            r"\bwe (?:offer|provide)\b|\byou(?:'ll|’ll| will) (?:get|receive|enjoy)\b", re.I
        ),
    ),
)
# "As a Senior BI Engineer at Lalamove, you will work with…", "In this role, you'll own…".
_ROLE_STATEMENT_RE = re.compile(
    r"(?:As (?:an?|the|our) [^,.;:!?]{2,60}|In this (?:role|position)),\s*"
    r"you(?:'ll|’ll| will)\s+\w.{20,}",
    re.DOTALL,
)


def english_line(text: str) -> bool:
    return bool(_LATIN_START_RE.match(text)) and not _CJK_RE.search(text)


def lead_in_kind(text: str) -> SectionKind | None:
    """The kind of section a long lead-in sentence opens, or None."""
    text = text.rstrip()
    if len(text) > MAX_LEAD_IN_CHARS or not (
        text.endswith((":", "：")) or text.endswith(_FOLLOWING_WORDS)
    ):
        return None  # most lines end otherwise: nothing more to look at
    if not english_line(text) or not (text.endswith(":") or _FOLLOWING_END_RE.search(text)):
        return None
    for kind, cue in _LEAD_IN_CUES:
        if cue.search(text):
            return kind
    return None


def glued_heads(text: str, limit: int) -> list[tuple[str, str]]:
    """``(head, rest)`` for each place where a sentence may be glued to a heading.

    A small letter (or ``?``/``)``) directly followed by a capital letter, within ``limit``
    characters; a one-word head must be long (``Benefits``, not ``You`` of ``YouTube``).
    """
    if _GLUE_RE.search(text, 2, limit + 1) is None or not english_line(text):
        return []  # most lines: no capital right after a small letter
    places = []
    for glue in _GLUE_RE.finditer(text, 2, limit + 1):
        index = glue.start()
        head, rest = text[:index], text[index:]
        if " " not in head.strip() and len(head) < MIN_SINGLE_WORD_HEAD_CHARS:
            continue
        if len(rest) < MIN_GLUED_REST_CHARS or " " not in rest[:MIN_GLUED_REST_CHARS]:
            continue  # "PowerBI dashboards": one word, not a sentence
        places.append((head, rest))
    return places


def duties_from_summary(summary: Sequence[str], language: Language) -> Section | None:
    """A duties section for the role statement that ends an English summary, or None.

    A posting may describe the work only in prose ("As a Senior BI Engineer at Lalamove,
    you will work with…") before its requirements. Only the summary's last paragraph is
    taken, so the posting still reads in the source's order.
    """
    if language is not Language.EN or not summary or not _ROLE_STATEMENT_RE.match(summary[-1]):
        return None
    heading = DEFAULT_HEADINGS[language][SectionKind.DUTIES]
    return Section(SectionKind.DUTIES, heading, [Item(summary[-1], kind=ItemKind.PARAGRAPH)])
