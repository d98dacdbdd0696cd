"""Reading a salary, a headcount and an employment type from the value of a field line."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from jdeditor.core.model import EmploymentType, Salary, SalaryPeriod
from jdeditor.core.structure.numbering import cjk_numeral_value

_CURRENCY_SYMBOLS = (
    ("HK$", "HKD"),
    ("US$", "USD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "CNY"),
    ("￥", "CNY"),
    ("₹", "INR"),
)
_CURRENCY_WORDS_RE = re.compile(
    r"(?P<CNY>人民币|元|RMB|CNY)|(?P<USD>美元|美金|USD)|(?P<EUR>欧元|EUR)|(?P<GBP>英镑|GBP)"
    r"|(?P<HKD>港币|港元|HKD)|(?P<JPY>日元|JPY|円)|(?P<SGD>SGD|新币)",
    re.IGNORECASE,
)
_AMOUNT_RE = re.compile(
    # "€53.900", "€ 5.103,90": dots between thousands (three digits after every dot).
    r"(?P<number>\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?!\d)"
    r"|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>百万|[kK千]|[wW万]|[mM](?![a-zA-Z]))?"
)
_RANGE_SEP_RE = re.compile(
    r"^\s*(?:-|–|—|~|～|〜|至|到|to|and)\s*(?:[$€£¥￥]|US\$|HK\$)?\s*$", re.I
)
_MAX_ONLY_RE = re.compile(r"up to|最高|不超过|以内|以下|max", re.IGNORECASE)
_MIN_ONLY_RE = re.compile(r"from|starting|起|以上|\+|min|at least", re.IGNORECASE)
_PERIODS = (
    (
        SalaryPeriod.HOUR,
        re.compile(r"时薪|/\s*小?时|每小时|per hour|an hour|/\s*h(?:ou)?r|hourly", re.I),
    ),
    (SalaryPeriod.DAY, re.compile(r"日薪|/\s*[天日]|每天|per day|a day|/\s*day|daily", re.I)),
    (
        SalaryPeriod.MONTH,
        re.compile(r"月薪|/\s*月|每月|per month|a month|/\s*mo(?:nth)?|monthly", re.I),
    ),
    (
        SalaryPeriod.YEAR,
        re.compile(r"年薪|/\s*年|每年|per annum|per year|a year|/\s*y(?:ea)?r|annual|p\.a\.", re.I),
    ),
)
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_MULTIPLIERS = {"k": 1000, "千": 1000, "w": 10000, "万": 10000, "m": 1_000_000, "百万": 1_000_000}

_HEADCOUNT_RE = re.compile(
    r"^(?:招聘?|招募)?\s*(?:(?P<digits>\d{1,4})|(?P<cjk>[一二两三四五六七八九十]{1,3}))\s*"
    r"(?:人|名|位|个|people|persons?|openings?|positions?|hc)?\s*(?:[(（][^()（）]*[)）])?$",
    re.IGNORECASE,
)
_EMPLOYMENT = (
    (EmploymentType.INTERN, re.compile(r"实习|intern", re.I)),
    (EmploymentType.PART_TIME, re.compile(r"兼职|part[-_ ]?time", re.I)),
    (EmploymentType.CONTRACT, re.compile(r"合同|外包|派遣|contract|freelance", re.I)),
    (EmploymentType.TEMPORARY, re.compile(r"临时|短期|temporary|\btemp\b|seasonal", re.I)),
    (EmploymentType.FULL_TIME, re.compile(r"全职|正式|full[-_ ]?time|permanent|\bcdi\b", re.I)),
)


def _currency(text: str, default: str) -> str:
    for symbol, code in _CURRENCY_SYMBOLS:
        if symbol in text:
            return code
    match = _CURRENCY_WORDS_RE.search(text)
    if match and match.lastgroup:
        return match.lastgroup
    return default


def _amount(match: re.Match[str], shared_unit: str | None) -> Decimal | None:
    number = match.group("number")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", number):
        number = number.replace(".", "").replace(",", ".")  # 5.103,90 → 5103.90
    number = number.replace(",", "").replace("，", "")
    unit = (match.group("unit") or shared_unit or "").lower()
    try:
        value = Decimal(number)
    except InvalidOperation:  # pragma: no cover - the regex only admits digits
        return None
    return value * _MULTIPLIERS.get(unit, 1)


def parse_salary(label: str, value: str, default_currency: str) -> Salary | None:
    """Read ``15-25K``, ``月薪 8000-12000元``, ``$120,000 - $150,000 a year``, ``Up to £50,000``.

    Only the first amount or range counts; the rest of the value (bonus months, a second
    country) stays in the text the line keeps. Returns None when no amount is found. A value
    written in Chinese (``18k-35k·14薪``) is in yuan unless it names another currency, even in
    a posting read as English.
    """
    if _HAN_RE.search(value):
        default_currency = "CNY"
    amounts = list(_AMOUNT_RE.finditer(value))
    if not amounts:
        return None
    first = amounts[0]
    second = None
    if len(amounts) > 1:
        between = value[first.end() : amounts[1].start()]
        if _RANGE_SEP_RE.match(between):
            second = amounts[1]
    shared_unit = (second.group("unit") if second else None) or None
    low = _amount(first, None if first.group("unit") else shared_unit)
    high = _amount(second, first.group("unit")) if second else None
    before = value[: first.start()]
    minimum: Decimal | None = low
    maximum: Decimal | None = high if second else low
    if second is None:
        after = value[first.end() : first.end() + 6]
        if _MAX_ONLY_RE.search(before):
            minimum, maximum = None, low
        elif _MIN_ONLY_RE.search(after) or _MIN_ONLY_RE.search(before):
            minimum, maximum = low, None
    if minimum is not None and maximum is not None and minimum > maximum:
        return None
    # The symbol next to the amount counts ("UK: £110,000 … | Spain: €100,000" is pounds).
    near = value[max(0, first.start() - 4) : (second or first).end() + 8]
    currency = _currency(near, "") or _currency(value, default_currency)
    period = _period(label + " " + value, currency, maximum or minimum or Decimal(0))
    return Salary(minimum, maximum, currency, period)


def _period(text: str, currency: str, amount: Decimal) -> SalaryPeriod:
    for period, pattern in _PERIODS:
        if pattern.search(text):
            return period
    # No word for the period: Chinese salaries are quoted per month, large amounts per year.
    if amount >= 100_000 or (currency != "CNY" and amount >= 20_000):
        return SalaryPeriod.YEAR
    if currency != "CNY" and amount < 500:
        return SalaryPeriod.HOUR
    return SalaryPeriod.MONTH


def parse_headcount(value: str) -> int | None:
    """``2人`` → 2, ``两名`` → 2; anything that is not just a number (``若干``) → None."""
    match = _HEADCOUNT_RE.match(value.strip())
    if match is None:
        return None
    if match.group("digits"):
        return int(match.group("digits"))
    return cjk_numeral_value(match.group("cjk"))


def parse_employment_type(value: str) -> EmploymentType | None:
    """``全职`` / ``Full-time`` / ``实习`` / ``Contract`` …; None when no known word is there."""
    for kind, pattern in _EMPLOYMENT:
        if pattern.search(value):
            return kind
    return None
