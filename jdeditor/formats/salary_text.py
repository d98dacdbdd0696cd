"""A salary range as a reader expects to see it, in the posting's language."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

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


_ZH_RE = re.compile(
    r"(?:(?P<max_word>最高)\s*)?(?P<low>[\d,.]+)(?:–(?P<high>[\d,.]+))?\s+"
    r"(?P<currency>元|[A-Z]{3})/(?P<period>\S+?)(?P<from>起)?"
)
_EN_RE = re.compile(
    r"(?P<max_word>up to )?(?P<currency>[A-Z]{3}) (?P<low>[\d,.]+)"
    r"(?:–(?P<high>[\d,.]+)|(?P<from>\+))? (?P<period>per \w+)"
)


def read_salary(text: str, language: Language) -> Salary | None:
    """The salary :func:`format_salary` printed as ``text``, or None for any other text."""
    pattern = _ZH_RE if language is Language.ZH else _EN_RE
    match = pattern.fullmatch(text.strip())
    periods = {word: period for period, word in SALARY_PERIODS[language].items()}
    if match is None or match.group("period") not in periods:
        return None
    try:
        low = Decimal(match.group("low").replace(",", ""))
        high = Decimal(match.group("high").replace(",", "")) if match.group("high") else None
    except InvalidOperation:
        return None
    currency = match.group("currency")
    currency = "CNY" if currency == "元" else currency
    period = periods[match.group("period")]
    if match.group("max_word"):
        return (
            None if high is not None or match.group("from") else Salary(None, low, currency, period)
        )
    if high is None and not match.group("from"):
        return None  # format_salary never prints a single amount without 起 / +
    return Salary(low, high, currency, period)
