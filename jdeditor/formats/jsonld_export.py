"""A posting as schema.org ``JobPosting`` JSON-LD, the structured data job search engines read.

The output is the JSON object itself. It is safe to place inside
``<script type="application/ld+json">`` as it is: ``</script`` and ``<!--`` never appear
in it (they are written ``<\\/script`` and ``\\u003c!--``, which JSON reads back unchanged).
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from jdeditor.core.model import EmploymentType, Posting, Salary, SalaryPeriod, SectionKind
from jdeditor.formats.html_export import (
    Block,
    ParagraphBlock,
    item_blocks,
    language_tag,
    one_line,
    render_html_sections,
    text_lines,
)

_EMPLOYMENT_TYPES = {
    EmploymentType.FULL_TIME: "FULL_TIME",
    EmploymentType.PART_TIME: "PART_TIME",
    EmploymentType.INTERN: "INTERN",
    EmploymentType.CONTRACT: "CONTRACTOR",
    EmploymentType.TEMPORARY: "TEMPORARY",
    EmploymentType.OTHER: "OTHER",
}
_UNIT_TEXTS = {
    SalaryPeriod.HOUR: "HOUR",
    SalaryPeriod.DAY: "DAY",
    SalaryPeriod.MONTH: "MONTH",
    SalaryPeriod.YEAR: "YEAR",
}
# What would end or confuse a <script> element around the JSON (JSON reads ``<\/`` as ``</``).
_SCRIPT_END = re.compile(r"</(?=script)", re.IGNORECASE)
# schema.org property -> the sections whose items it lists as plain text.
_TEXT_PROPERTIES = {
    "responsibilities": SectionKind.DUTIES,
    "qualifications": SectionKind.REQUIREMENTS,
    "skills": SectionKind.PREFERRED,
}


def render_jsonld(
    posting: Posting, *, company_name: str = "", date_posted: date | None = None
) -> str:
    """The posting as a schema.org ``JobPosting`` object; only properties with a value.

    ``date_posted`` defaults to today. Salary amounts are JSON numbers written exactly
    as the decimals they are (``62.50`` becomes ``62.5``, never ``62.499999``).
    """
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": one_line(posting.title),
        "description": render_html_sections(posting).strip(),
        "datePosted": (date_posted or date.today()).isoformat(),
    }
    if posting.employment_type is not None:
        data["employmentType"] = _EMPLOYMENT_TYPES[posting.employment_type]
    company = one_line(company_name)
    if company:
        data["hiringOrganization"] = {"@type": "Organization", "name": company}
    location = one_line(posting.location)
    if location:
        data["jobLocation"] = {
            "@type": "Place",
            "address": {"@type": "PostalAddress", "addressLocality": location},
        }
    salary = _base_salary(posting.salary)
    if salary:
        data["baseSalary"] = salary
    for key, kind in _TEXT_PROPERTIES.items():
        data[key] = "\n\n".join(
            _plain_text(item_blocks(section.items)) for section in posting.sections_of(kind)
        ).strip()
    if posting.headcount is not None and posting.headcount > 0:
        data["totalJobOpenings"] = posting.headcount
    data["inLanguage"] = language_tag(posting.language)
    return _dumps({key: value for key, value in data.items() if value})


def _base_salary(salary: Salary | None) -> dict[str, Any]:
    if salary is None:
        return {}
    value: dict[str, Any] = {"@type": "QuantitativeValue"}
    if salary.minimum is not None and salary.minimum.is_finite():
        value["minValue"] = salary.minimum
    if salary.maximum is not None and salary.maximum.is_finite():
        value["maxValue"] = salary.maximum
    if len(value) == 1:
        return {}
    value["unitText"] = _UNIT_TEXTS[salary.period]
    amount: dict[str, Any] = {"@type": "MonetaryAmount"}
    currency = salary.currency.strip().upper()
    if currency:
        amount["currency"] = currency
    amount["value"] = value
    return amount


def _plain_text(blocks: Sequence[Block], prefix: str = "") -> str:
    """Items as numbered lines (``1.``, ``1.1.``), paragraphs as they are."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, ParagraphBlock):
            lines += text_lines(block.text)
            continue
        for entry in block.entries:
            label = f"{prefix}{entry.number}"
            text = text_lines(entry.text)
            lines.append(f"{label}. {text[0]}" if text else f"{label}.")
            lines += text[1:]
            nested = _plain_text(entry.children, f"{label}.")
            if nested:
                lines.append(nested)
    return "\n".join(lines)


def _number(value: Decimal) -> str:
    """The exact digits of a decimal as a JSON number, without trailing zeros."""
    digits = format(value, "f")
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    return "0" if digits == "-0" else digits


def _dumps(data: dict[str, Any]) -> str:
    # json cannot write a Decimal as a number without going through float, which is not
    # exact. Each amount is written as a unique placeholder string, then replaced by its
    # digits; the random token keeps user text from ever matching a placeholder.
    token = secrets.token_hex(8)
    numbers: dict[str, str] = {}

    def encode(value: object) -> object:
        if isinstance(value, Decimal):
            key = f"{token}-{len(numbers)}"
            numbers[f'"{key}"'] = _number(value)
            return key
        raise TypeError(f"cannot write {type(value).__name__} as JSON")

    text = json.dumps(data, ensure_ascii=False, indent=2, default=encode)
    for placeholder, number in numbers.items():
        text = text.replace(placeholder, number)
    return _SCRIPT_END.sub("<\\\\/", text).replace("<!--", "\\u003c!--") + "\n"
