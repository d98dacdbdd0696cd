"""Error messages in the interface's language.

Errors from the layers below carry an English message (also the command line's output);
those that say which message they are (``UserFacingError.kind``) are written anew here
from a translated pattern. Any other error is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jdeditor.errors import UserFacingError


def _patterns() -> dict[str, str]:
    # Every pattern is a literal QCoreApplication.translate() call, so that lupdate finds it.
    return {
        "no_title": QCoreApplication.translate(
            "Errors", "The posting has no title: enter a job title before saving."
        ),
        "title_too_long": QCoreApplication.translate(
            "Errors",
            "The title is {length} characters long; shorten it to at most {limit} characters "
            "(put the rest in the summary).",
        ),
        "negative_headcount": QCoreApplication.translate(
            "Errors", "Headcount cannot be negative: enter 0 or more."
        ),
        "negative_salary_minimum": QCoreApplication.translate(
            "Errors", "The minimum salary must be 0 or more."
        ),
        "negative_salary_maximum": QCoreApplication.translate(
            "Errors", "The maximum salary must be 0 or more."
        ),
        "salary_minimum_decimals": QCoreApplication.translate(
            "Errors", "The minimum salary {amount} has more than two decimal places: round it."
        ),
        "salary_maximum_decimals": QCoreApplication.translate(
            "Errors", "The maximum salary {amount} has more than two decimal places: round it."
        ),
        "salary_order": QCoreApplication.translate(
            "Errors",
            "The minimum salary ({minimum}) is greater than the maximum ({maximum}): swap them "
            "or correct one.",
        ),
        "no_currency": QCoreApplication.translate(
            "Errors", "Choose a currency for the salary (e.g. CNY)."
        ),
        "empty_tag": QCoreApplication.translate(
            "Errors", "A tag is empty: remove it or give it a name."
        ),
    }


def error_text(error: UserFacingError) -> str:
    """The error's message in the interface's language, when it has a known kind."""
    pattern = _patterns().get(error.kind)
    if pattern is None:
        return str(error)
    try:
        return pattern.format(**error.values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(error)
