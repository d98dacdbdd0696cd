"""Import warnings in the interface's language.

The recogniser writes each warning as an English sentence (also what the command line
prints), and says which sentence it is and the values in it. Here each sentence has a
translatable pattern, so a Chinese interface shows 第 12 行：编号从 2 跳到 4… A warning
of a kind this module does not know keeps its English sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from jdeditor.core.posting_warnings import PostingWarning
    from jdeditor.core.structure import ParseWarning

# Every pattern is a literal QCoreApplication.translate() call, so that lupdate finds it.


def _patterns() -> dict[str, str]:
    return {
        "numbering_start": QCoreApplication.translate(
            "ImportWarnings", "the list starts at {current} instead of 1: “{item}”."
        ),
        "numbering_jump": QCoreApplication.translate(
            "ImportWarnings", "the numbering jumps from {previous} to {current}: “{item}”."
        ),
        "numbering_repeat": QCoreApplication.translate(
            "ImportWarnings", "the number {current} comes again after {previous}: “{item}”."
        ),
        "debris": QCoreApplication.translate(
            "ImportWarnings", "possible scraping debris ({problem}) in “{context}”."
        ),
        "no_duties": QCoreApplication.translate(
            "ImportWarnings", "no duties (岗位职责) were found."
        ),
        "no_headings": QCoreApplication.translate(
            "ImportWarnings", "no section headings were found; the list was taken as the duties."
        ),
        "list_before_heading": QCoreApplication.translate(
            "ImportWarnings", "a list before the first heading was taken as the duties."
        ),
        "list_as_requirements": QCoreApplication.translate(
            "ImportWarnings",
            "a list without a heading was taken as the requirements, by what it says.",
        ),
        "long_item": QCoreApplication.translate(
            "ImportWarnings",
            "the item “{item}” is {length} characters long; it may be several items run together.",
        ),
        "duplicate_item": QCoreApplication.translate(
            "ImportWarnings", "the item “{item}” appears twice (first on line {first_line})."
        ),
        "more_duplicates": QCoreApplication.translate(
            "ImportWarnings", "{count} more items appear more than once."
        ),
        "salary_unreadable": QCoreApplication.translate(
            "ImportWarnings", "the salary “{value}” could not be read; it is kept as text."
        ),
    }


def _problems() -> dict[str, str]:
    return {
        "apostrophe": QCoreApplication.translate(
            "ImportWarnings", "a stray apostrophe inside Chinese text"
        ),
        "dot": QCoreApplication.translate(
            "ImportWarnings", "a stray full stop inside Chinese text"
        ),
        "underscores": QCoreApplication.translate("ImportWarnings", "a run of underscores"),
        "replacement": QCoreApplication.translate("ImportWarnings", "an unreadable character"),
    }


def warning_text(warning: ParseWarning | PostingWarning) -> str:
    """``Line 12: the numbering jumps from 2 to 4: “…”.`` in the interface's language."""
    pattern = _patterns().get(warning.kind)
    if pattern is None:
        return warning.message
    values = dict(warning.values)
    if "problem" in values:
        values["problem"] = _problems().get(values["problem"], values["problem"])
    try:
        sentence = pattern.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return warning.message
    return QCoreApplication.translate("ImportWarnings", "Line {0}: {1}").format(
        warning.line, sentence
    )
