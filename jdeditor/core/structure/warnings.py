"""Warnings about a parse: what a person should look at, never silently fixed.

Each warning has a stable ``code`` the importer can filter on and an English sentence that
names the posting, the item and the source line. For an interface in another language it
also says which sentence it is (``kind``) and the values in it (``values``), so the
sentence can be written anew from a translated pattern (``gui/warning_text.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

NUMBERING_GAP = "numbering_gap"
NUMBERING_REPEAT = "numbering_repeat"
DEBRIS = "debris"
NO_DUTIES = "no_duties"
NO_HEADINGS = "no_headings"
LONG_ITEM = "long_item"
DUPLICATE_ITEM = "duplicate_item"
SALARY_UNREADABLE = "salary_unreadable"

# Which sentence a warning is (more than one per code); see ParseWarning.kind.
KINDS = (
    "numbering_start",  # values: current, item
    "numbering_jump",  # previous, current, item
    "numbering_repeat",  # previous, current, item
    "debris",  # problem (apostrophe|dot|underscores|replacement), context, item
    "no_duties",
    "no_headings",
    "list_before_heading",
    "list_as_requirements",
    "long_item",  # item, length, limit
    "duplicate_item",  # item, first_line
    "more_duplicates",  # count
    "salary_unreadable",  # value
)

LONG_ITEM_CHARS = 300
EXCERPT_CHARS = 30

_DEBRIS_RE = re.compile(
    r"(?P<apostrophe>(?<=[\u3400-\u9fff])['`´](?=[\u3400-\u9fff]))"
    r"|(?P<dot>(?<=[\u3400-\u9fff])\.(?=[\u3400-\u9fff]))"
    r"|(?P<underscores>_{2,}|＿{2,})"
    r"|(?P<replacement>\ufffd)"
)
_DEBRIS_NAMES = {
    "apostrophe": "a stray apostrophe inside Chinese text",
    "dot": "a stray full stop inside Chinese text",
    "underscores": "a run of underscores",
    "replacement": "an unreadable character (\ufffd)",
}
_DEBRIS_HINT_RE = re.compile("['`´._＿\ufffd]")  # a cheap test before the full pattern
# A second one, for English text (full of full stops): every match of the full pattern holds
# one of these, and searching for them is several times quicker than for the pattern.
_DEBRIS_SHAPE_RE = re.compile("[\u3400-\u9fff]['`´.]|__|＿＿|\ufffd")
_SPACES_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class ParseWarning:
    """Something in the source a person should check."""

    code: str  # stable id: "numbering_gap", "debris", "no_duties", ...
    message: str  # English sentence naming the posting title, the item and the source line
    line: int  # source line number
    posting_title: str
    item_text: str | None = None
    kind: str = ""  # which sentence (one of KINDS); "" for the code's only one
    values: tuple[tuple[str, str], ...] = ()  # the values in the sentence, by name


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The first ``limit`` characters of ``text`` on one line, with an ellipsis if cut."""
    flat = _SPACES_RE.sub(" ", text).strip()
    return flat if len(flat) <= limit else flat[:limit].rstrip() + "…"


@dataclass
class WarningList:
    """Collects the warnings of one posting, in source order of discovery."""

    posting_title: str
    warnings: list[ParseWarning] = field(default_factory=list)

    def add(
        self,
        code: str,
        line: int,
        sentence: str,
        item_text: str | None = None,
        kind: str = "",
        **values: str,
    ) -> None:
        message = f'Posting "{self.posting_title}", line {line}: {sentence}'
        self.warnings.append(
            ParseWarning(
                code,
                message,
                line,
                self.posting_title,
                item_text,
                kind or code,
                tuple(values.items()),
            )
        )

    def check_debris(self, text: str, line: int) -> None:
        """Scraping leftovers: ``产'品``, ``的.功能``, ``销售___化``, ``\\ufffd``."""
        if not text or _DEBRIS_HINT_RE.search(text) is None:
            return
        if _DEBRIS_SHAPE_RE.search(text) is None:
            return
        match = _DEBRIS_RE.search(text)
        if match is None or match.lastgroup is None:
            return
        start = max(0, match.start() - 10)
        context = excerpt(text[start : match.end() + 10], EXCERPT_CHARS)
        self.add(
            DEBRIS,
            line,
            f'possible scraping debris ({_DEBRIS_NAMES[match.lastgroup]}) in "{context}" '
            f'(item "{excerpt(text)}").',
            text,
            problem=match.lastgroup,
            context=context,
            item=excerpt(text),
        )

    def numbering(
        self, code: str, line: int, previous: str | None, current: str, text: str
    ) -> None:
        item = excerpt(text)
        if code == NUMBERING_GAP and previous is None:
            what = f'the list starts at {current} instead of 1, at "{item}".'
            self.add(code, line, what, text, "numbering_start", current=current, item=item)
            return
        if code == NUMBERING_GAP:
            what = f'the numbering jumps from {previous} to {current} at "{item}".'
            kind = "numbering_jump"
        else:
            what = f'the number {current} comes again after {previous}, at "{item}".'
            kind = "numbering_repeat"
        self.add(code, line, what, text, kind, previous=previous or "", current=current, item=item)

    def long_item(self, text: str, line: int) -> None:
        self.add(
            LONG_ITEM,
            line,
            f'the item "{excerpt(text)}" is {len(text)} characters long '
            f"(more than {LONG_ITEM_CHARS}); it may be several items run together.",
            text,
            item=excerpt(text),
            length=str(len(text)),
            limit=str(LONG_ITEM_CHARS),
        )

    def duplicate(self, text: str, line: int, first_line: int) -> None:
        self.add(
            DUPLICATE_ITEM,
            line,
            f'the item "{excerpt(text)}" appears twice (first on line {first_line}).',
            text,
            item=excerpt(text),
            first_line=str(first_line),
        )
