"""Fields from a line of facts: ``数据部 · 上海 · 全职 · 15-25K · 招聘 2 人``.

Job boards (and the advert-style exports) put a posting's facts on one line under its
title, without labels. A fact fills a field only when its shape leaves no doubt: an amount
with a currency or a K/万 unit is a salary (``3-5年`` is experience, not pay), a number of
people with 人/名 or 招聘 is a headcount, a bare employment word (全职, Full-time) is the
employment type, and a Chinese name ending in 部/中心/团队/组 is a department. Places are
left alone: without a gazetteer a city cannot be told from a brand or a district. The line
itself is always kept in the summary, so a fact that is not read is not lost.
"""

from __future__ import annotations

import re

from jdeditor.core.model import Language, Posting
from jdeditor.core.structure.lines import meta_parts
from jdeditor.core.structure.salary import parse_employment_type, parse_headcount, parse_salary

_PAY_RE = re.compile(
    r"\d\s*[kKwW万千](?![a-zA-Z])|元|¥|￥|\$|€|£|\b(?:CNY|RMB|USD|EUR|GBP)\b|薪", re.IGNORECASE
)
_PEOPLE_RE = re.compile(r"[人名位]|招|\b(?:openings?|positions?)\b", re.IGNORECASE)
_DEPARTMENT_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,12}(?:部|部门|中心|事业部|事业群|团队|组)$")
MAX_EMPLOYMENT_WORD_CHARS = 12


def apply_facts(posting: Posting, text: str) -> None:
    """Fill what the line's facts say into fields still empty (the first value wins)."""
    for part in meta_parts(text):
        if posting.salary is None and re.search(r"\d", part) and _PAY_RE.search(part):
            default = "CNY" if posting.language is Language.ZH else "USD"
            posting.salary = parse_salary("", part, default)
        elif posting.headcount is None and _PEOPLE_RE.search(part):
            posting.headcount = parse_headcount(part)
        elif (
            posting.employment_type is None
            and len(part) <= MAX_EMPLOYMENT_WORD_CHARS
            and not re.search(r"\d", part)
            and parse_employment_type(part) is not None
        ):
            posting.employment_type = parse_employment_type(part)
        elif not posting.department and _DEPARTMENT_RE.match(part):
            posting.department = part
