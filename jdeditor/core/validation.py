"""Rules a posting must meet before the library stores it."""

from __future__ import annotations

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
