"""A salary range as a reader expects to see it, in the posting's language."""

from __future__ import annotations

from decimal import Decimal

from jdeditor.core.model import Language, Salary
from jdeditor.formats.labels import SALARY_PERIODS


def _amount(value: Decimal) -> str:
    return f"{value:,.2f}".removesuffix(".00")


def format_salary(salary: Salary | None, language: Language) -> str:
    """``15,000–25,000 元/月`` or ``EUR 62.50–80 per hour``; empty for no salary."""
    if salary is None or salary.is_empty():
        return ""
    low, high = salary.minimum, salary.maximum
    period = SALARY_PERIODS[language][salary.period]
    currency = salary.currency.upper()
    if language is Language.ZH:
        unit = ("元" if currency == "CNY" else currency) + "/" + period
        if low is not None and high is not None:
            return f"{_amount(low)}–{_amount(high)} {unit}"
        if low is not None:
            return f"{_amount(low)} {unit}起"
        assert high is not None
        return f"最高 {_amount(high)} {unit}"
    if low is not None and high is not None:
        return f"{currency} {_amount(low)}–{_amount(high)} {period}"
    if low is not None:
        return f"{currency} {_amount(low)}+ {period}"
    assert high is not None
    return f"up to {currency} {_amount(high)} {period}"
