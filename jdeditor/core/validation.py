"""Rules a posting must meet before the library stores it."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any

from jdeditor.core.model import Posting
from jdeditor.errors import ValidationError

MAX_TITLE_LENGTH = 200


def validate_posting(posting: Posting) -> None:
    """Raise :class:`ValidationError` naming the first field that cannot be stored."""
    title = posting.title.strip()
    if not title:
        raise ValidationError(
            "title", "The posting has no title: enter a job title before saving.", "no_title"
        )
    if len(title) > MAX_TITLE_LENGTH:
        raise ValidationError(
            "title",
            f"The title is {len(title)} characters long; shorten it to at most "
            f"{MAX_TITLE_LENGTH} characters (put the rest in the summary).",
            "title_too_long",
            length=str(len(title)),
            limit=str(MAX_TITLE_LENGTH),
        )
    if posting.headcount is not None and posting.headcount < 0:
        raise ValidationError(
            "headcount", "Headcount cannot be negative: enter 0 or more.", "negative_headcount"
        )
    salary = posting.salary
    if salary is not None:
        for name, amount in (("minimum", salary.minimum), ("maximum", salary.maximum)):
            if amount is None:
                continue
            if not amount.is_finite() or amount < 0:
                raise ValidationError(
                    f"salary.{name}",
                    f"Salary {name} must be 0 or more.",
                    f"negative_salary_{name}",
                )
            exponent = amount.as_tuple().exponent
            if isinstance(exponent, int) and exponent < -2:
                raise ValidationError(
                    f"salary.{name}",
                    f"Salary {name} {amount} has more than two decimal places: round it.",
                    f"salary_{name}_decimals",
                    amount=str(amount),
                )
        if (
            salary.minimum is not None
            and salary.maximum is not None
            and salary.minimum > salary.maximum
        ):
            raise ValidationError(
                "salary",
                f"Salary minimum ({salary.minimum}) is greater than the maximum "
                f"({salary.maximum}): swap them or correct one.",
                "salary_order",
                minimum=str(salary.minimum),
                maximum=str(salary.maximum),
            )
        if not salary.currency.strip():
            raise ValidationError(
                "salary.currency", "Choose a currency for the salary (e.g. CNY).", "no_currency"
            )
    if any(not tag.strip() for tag in posting.tags):
        raise ValidationError("tags", "A tag is empty: remove it or give it a name.", "empty_tag")


def without_nul(posting: Posting) -> Posting:
    """``posting`` with every NUL character (U+0000) taken out of its texts.

    NUL is never content (the text importer drops it with the other control characters),
    but it can come in through a JSON file or a paste, and PostgreSQL refuses it in text
    columns where SQLite stores it: the store removes it on every database alike, so a
    posting reads back the same from both. The posting itself when it holds none.
    """
    if not _has_nul(posting):
        return posting
    cleaned: Posting = _cleaned(posting)
    return cleaned


def _has_nul(value: Any) -> bool:
    if type(value) is str:  # not the str enums, whose values are ours
        return "\x00" in value
    if isinstance(value, list):
        return any(_has_nul(part) for part in value)
    if is_dataclass(value) and not isinstance(value, type):
        return any(_has_nul(getattr(value, part.name)) for part in fields(value))
    return False


def _cleaned(value: Any) -> Any:
    if type(value) is str:
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [_cleaned(part) for part in value]
    if is_dataclass(value) and not isinstance(value, type):
        changes = {part.name: _cleaned(getattr(value, part.name)) for part in fields(value)}
        return replace(value, **changes)
    return value
