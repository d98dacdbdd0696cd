"""Fields an English posting gives in its sentences rather than on a labelled line.

Career pages often state the pay in a sentence ("For this role we offer a salary of
$123,500 - $176,400 USD", "A salary between €5,000-€6,000 per month") or under a lead-in
("The annual gross salary range for this position is:" then "€53.900 — €72.900 EUR").
The salary is read when its shape is certain: a pay word right before an amount with a
currency, and no word after the amount that makes it something else (a budget, a bonus,
a stipend). The sentence itself stays where it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jdeditor.core.model import Salary
from jdeditor.core.structure.salary import parse_salary

_CURRENCY_CODES = "USD|EUR|GBP|CHF|SEK|NOK|DKK|PLN|AUD|CAD|NZD|SGD|HKD"
_CURRENCY = rf"(?:[$€£]|US\$|\b(?:{_CURRENCY_CODES})\b)"
_CURRENCY_RE = re.compile(_CURRENCY)
_NUMBER = r"\d[\d.,]*\s?[kK]?"
# "$120,000", "4.000 EUR", "4200 - 6000 EUR" (the currency after the range).
_AMOUNT = (
    rf"(?:{_CURRENCY}\s?{_NUMBER}|{_NUMBER}\s?(?:-|–|—|to)\s?{_NUMBER}\s?{_CURRENCY}"
    rf"|{_NUMBER}\s?{_CURRENCY})"
)
_PAY_WORDS = r"\b(?:salary|salaries|pay|compensation|remuneration|wage|wages|OTE|base)\b"
# A pay word, then (within a short stretch without another amount) the amount.
_PAY_AMOUNT_RE = re.compile(rf"{_PAY_WORDS}[^$€£\d.;!?]{{0,60}}?(?P<amount>{_AMOUNT})", re.I)
# An amount or a range, and at most three short words ("EUR", "a year", "gross per month").
_ONLY_AMOUNTS_RE = re.compile(
    rf"\s*{_AMOUNT}(?:\s*(?:-|–|—|to|and)\s*{_AMOUNT})?(?:\s*[^\s\d]{{1,12}}){{0,3}}\s*"
)
# "£2,000 learning budget" is no salary; "£45k-£55k plus bonus" is one.
_NOT_PAY_AFTER_RE = re.compile(
    r"^\s*(?:(?!plus\b|and\b|with\b)[\w-]+\s+){0,2}(?:budget|allowance|stipend|bonus|voucher"
    r"|donation|matching|fund|credit|revenue|raised|funding|valuation)\b",
    re.I,
)
_PERIOD_RE = re.compile(
    r"\b(?:a|per) (?:year|annum|month)\b|/\s*(?:year|yr|month|mo)\b|\bp\.a\.", re.I
)
_PAY_LEAD_IN_RE = re.compile(rf"{_PAY_WORDS}[^.!?]*[:：]\s*$", re.I)


# Every match of _CURRENCY_RE holds one of these; they are many times quicker to look for
# (the pattern's word boundaries make it try every position of a long English text).
_CURRENCY_CODE_RE = re.compile(_CURRENCY_CODES)


def _may_name_currency(text: str) -> bool:
    return "$" in text or "€" in text or "£" in text or bool(_CURRENCY_CODE_RE.search(text))


def salary_in_text(texts: Iterable[str]) -> Salary | None:
    """The first salary a sentence states, or that follows a pay lead-in; else None."""
    texts = list(texts)
    joined = "\n".join(texts)
    if not _may_name_currency(joined) or _CURRENCY_RE.search(joined) is None:
        return None  # most postings: no amount with a currency at all
    lead_in = ""
    for text in texts:
        # An amount alone after a pay lead-in, or alone with its period ("€70,000 a year").
        alone = _ONLY_AMOUNTS_RE.fullmatch(text) is not None
        if alone and (lead_in or _PERIOD_RE.search(text)):
            salary = parse_salary(lead_in, text, "USD")
            if salary is not None:
                return salary
        lead_in = text if _PAY_LEAD_IN_RE.search(text) else ""
        for match in _PAY_AMOUNT_RE.finditer(text):
            start = match.start("amount")
            if _NOT_PAY_AFTER_RE.search(text[match.end("amount") :]):
                continue
            # From just after the pay word: "up to", "between", "starting at" count.
            before = text[match.start() : start]
            words = before.split(None, 1)
            value = (words[1] if len(words) > 1 else "") + text[start:]
            salary = parse_salary(text[: match.start()] + words[0], value, "USD")
            if salary is not None:
                return salary
    return None
