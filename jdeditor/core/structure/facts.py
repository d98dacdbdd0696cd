"""Fields from a line of facts: ``数据部 · 上海 · 全职 · 15-25K · 招聘 2 人``.

Job boards (and the advert-style exports) put a posting's facts on one line under its
title, without labels. A fact fills a field only when its shape leaves no doubt: an amount
with a currency or a K/万 unit is a salary (``3-5年`` is experience, not pay), a number of
people with 人/名 or 招聘 is a headcount, a bare employment word (全职, Full-time) is the
employment type, and a Chinese name ending in 部/中心/团队/组 is a department. A place is
read only from the list of places job posts name most (``titles.places_in``: 北京, 上海,
远程 …), and only where nothing else stands beside it: a fact that is only places
(``上海``, ``北京/杭州``), a short line of places and hiring words (``北京·全职``), or the
place after ``base`` or a place label inside a line (``…，base北京，…``,
``(工作地点: 上海, 长期有效)``); ``北京大学`` names no place. Without such a list (English)
a city cannot be told from a brand, so it is read only from a header line that says how the
work is done beside it (``Vienna, Austria (Hybrid)``), or ``Remote`` alone. The line itself
is always kept in the summary, so a fact that is not read is not lost.

A title line names the department that hires when a piece before the job's name ends in a
word for one (``快手-电商团队-Java开发工程师``, ``京东零售-平台产品与技术研发中心-后端开发工程师``,
``【北京】快手私有云团队 - 容器云研发工程师``): 部, 部门, 中心, 事业部, 事业群, 团队, 中台, 组.
A company (``京东零售``, ``蚂蚁集团``) ends in none of them, and a piece after the name is a
qualifier (``前端开发工程师-游戏方向``), so neither is taken.

A header line that is only a department fills it as well: a company function as job boards
print the team (``Engineering``), or a chain of units (``严选事业部-技术产品中心-业务研发部``).

A title line may carry the facts itself (``高级产品经理 | 北京 | 20-40K``, as job boards list
jobs): the name at its head becomes the title, and the whole line is kept in the summary.
"""

from __future__ import annotations

import re

from jdeditor.core.model import Language, Posting
from jdeditor.core.structure.lines import MIN_META_PARTS, meta_parts
from jdeditor.core.structure.salary import parse_employment_type, parse_headcount, parse_salary
from jdeditor.core.structure.titles import TitleParts, places_in

_PAY_RE = re.compile(
    r"\d\s*[kKwW万千](?![a-zA-Z])|元|¥|￥|\$|€|£|\b(?:CNY|RMB|USD|EUR|GBP)\b|薪", re.IGNORECASE
)
_PEOPLE_RE = re.compile(r"[人名位]|招|\b(?:openings?|positions?)\b", re.IGNORECASE)
_DEPARTMENT_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,12}(?:部|部门|中心|事业部|事业群|团队|组)$")
MAX_EMPLOYMENT_WORD_CHARS = 12
MAX_PLACE_LINE_CHARS = 20
# What may stand beside known places in a line of places: 市, separators, hiring words.
_PLACE_REST_RE = re.compile(
    r"(?:市|[、,，/&\s·+|｜和及或]|全职|兼职|社招|校招|实习|急招|急聘|内推|长期有效|均可|等)*"
)
# A header line that is a place with its way of working, or remote work alone.
_WORK_MODE_PLACE_RE = re.compile(
    r"(?i:(?:fully )?remote(?:[- ]first)?)"
    r"|[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)*(?:, [A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)*)*"
    r" ?\((?i:hybrid|remote|on-?site)\)"
)
# A team, not a place, before "(Remote)": Engineering (Remote).
_TEAM_WORD_RE = re.compile(
    r"(?:engineering|data|product|design|sales|marketing|finance|operations|technology"
    r"|analytics|research|support|security|legal|people|hr|it)\b",
    re.IGNORECASE,
)
# base北京, Base: 上海, (工作地点: 上海, …), base地点：杭州: a place named inside a line.
_INLINE_PLACE_RE = re.compile(
    r"(?<![A-Za-z])(?:base|工作地点|工作地|办公地点|工作城市)(?![A-Za-z])\s*(?:地点|城市)?\s*[:：]?"
    r"\s*[（(]?\s*(?P<value>[^，,；;。)）\n]{1,40})",
    re.IGNORECASE,
)
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# 300/天, 200元/天, ¥150-250/天, 8000元/月 in a title line's brackets or after its name.
_RATE_RE = re.compile(
    r"[¥￥]?\d+(?:\s*[-~～]\s*\d+)?\s*元?\s*/\s*(?:天|日|月|小时|时)(?![\u4e00-\u9fff])"
)
# A piece of a title that names a department: a short name ending in a word for one.
_TITLE_DEPARTMENT_RE = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9&·]{1,18}(?:部|部门|中心|事业部|事业群|团队|中台|[^\s小]组)"
)
# A company function alone on a header line, as job boards print the team.
_FUNCTION_RE = re.compile(
    r"Engineering|Data(?: & Analytics)?|Product(?: Management)?|Design|Marketing|Sales|Finance"
    r"|Operations|Analytics|Technology|Research|Legal|Security|Customer Success|Human Resources"
)
_CHAIN_RE = re.compile(r"\s*[-–—/]\s*")
MAX_DEPARTMENT_LINE_CHARS = 40
# What separates the pieces of a title line: dashes, bars, slashes, brackets, spaces.
_TITLE_PIECES_RE = re.compile(r"\s*[-–—|｜丨/]+\s*|[【】\[\]「」()（）]|\s+")


_REQUIREMENT_RE = re.compile(
    r"\d+\s*[-–~～至]\s*\d+\s*年|\d+\s*年以上|经验不限|应届|本科|硕士|博士|大专|学历不限"
    r"|\b\d+\+?\s*(?:years?|yrs)\b",
    re.IGNORECASE,
)


def _kind(part: str) -> str | None:
    """What a fact is, by its shape alone; None for anything else (a place, a name)."""
    has_digit = re.search(r"\d", part) is not None
    if has_digit and _PAY_RE.search(part):
        return "salary"
    if _PEOPLE_RE.search(part) and parse_headcount(part) is not None:
        return "headcount"
    if (
        not has_digit
        and len(part) <= MAX_EMPLOYMENT_WORD_CHARS
        and parse_employment_type(part) is not None
    ):
        return "employment_type"
    if _DEPARTMENT_RE.match(part):
        return "department"
    if _REQUIREMENT_RE.search(part):
        return "requirement"  # experience or education: no field, but surely a fact
    return None


def apply_facts(posting: Posting, text: str) -> None:
    """Fill what the line's facts say into fields still empty (the first value wins)."""
    _apply(posting, meta_parts(text))
    if not posting.location:
        posting.location = place_in_line(text)
    if not posting.department:
        posting.department = department_line(text)


def department_line(text: str) -> str:
    """A header line that is only a department: the name of a function as job boards print
    it (``Engineering``, ``Data & Analytics``), or a chain of units each ending in a word
    for one (``严选事业部-技术产品中心-业务研发部``); else ""."""
    core = text.strip(" \t*_#")
    if _FUNCTION_RE.fullmatch(core):
        return core
    pieces = [piece.strip() for piece in _CHAIN_RE.split(core)]
    if (
        len(pieces) > 1
        and len(core) <= MAX_DEPARTMENT_LINE_CHARS
        and all(_TITLE_DEPARTMENT_RE.fullmatch(piece) for piece in pieces)
    ):
        return core
    return ""


def place_in_line(text: str) -> str:
    """The place a line names for certain, or "": a line of nothing but known places and
    hiring words (``北京``, ``北京·全职``, ``上海/杭州``), or a place after ``base`` or a
    place label inside a line (``…，base北京，…``, ``(工作地点: 上海, 长期有效)``,
    ``（Base: 上海）``)."""
    core = text.strip(" \t*_#-·•")
    if len(core) <= MAX_PLACE_LINE_CHARS and (place := places_only(core)):
        return place
    if (
        _WORK_MODE_PLACE_RE.fullmatch(core)
        and parse_employment_type(core) is None
        and _TEAM_WORD_RE.match(core) is None
    ):
        return core  # Remote, Vienna, Austria (Hybrid)
    for match in _INLINE_PLACE_RE.finditer(text):
        value = match.group("value").strip()
        places = places_in(value)
        if places and value.startswith(places[0]):
            return "、".join(places)
    return ""


def places_only(part: str) -> str:
    """Known places, when the text is nothing but them and hiring words (``上海``,
    ``北京/杭州``, ``北京·全职``; not ``北京大学``), joined by 、; else ""."""
    places = places_in(part)
    if not places:
        return ""
    rest = part
    for place in sorted(places, key=len, reverse=True):
        rest = rest.replace(place, "")
    return "、".join(places) if _PLACE_REST_RE.fullmatch(rest) else ""


def _apply(posting: Posting, parts: list[str]) -> None:
    for part in parts:
        if not posting.location and (place := places_only(part)):
            posting.location = place
            continue
        kind = _kind(part)
        if kind == "salary" and posting.salary is None:
            default = "CNY" if posting.language is Language.ZH else "USD"
            posting.salary = parse_salary("", part, default)
        elif kind == "headcount" and posting.headcount is None:
            posting.headcount = parse_headcount(part)
        elif kind == "employment_type" and posting.employment_type is None:
            posting.employment_type = parse_employment_type(part)
        elif kind == "department" and not posting.department:
            posting.department = part


def title_with_facts(text: str) -> str | None:
    """The name at the head of a title line that carries the job's facts, or None.

    ``高级产品经理 | 北京 | 20-40K`` names 高级产品经理: three or more parts, a head that is
    no fact itself, and at least one part that is surely a fact (pay, headcount,
    experience…), so that a title which merely contains a separator keeps its words.
    """
    parts = meta_parts(text)
    if len(parts) < MIN_META_PARTS:
        return None
    head, rest = parts[0], parts[1:]
    if _kind(head) is not None or re.search(r"\d", head):
        return None
    return head if any(_kind(part) is not None for part in rest) else None


def department_in_title(text: str, name: str = "") -> str | None:
    """The department a title line names before the job's ``name`` (the whole line when no
    name is given, as in a headline): the last piece that ends in a word for one."""
    if name:
        end = text.find(name)
        if end <= 0:
            return None
        text = text[:end]
    found = None
    for piece in _TITLE_PIECES_RE.split(text):
        piece = piece.strip(" \t*_#:：,，、.")
        if _TITLE_DEPARTMENT_RE.fullmatch(piece) and not piece[0].isdigit():
            found = piece
    return found


def apply_title_parts(posting: Posting, parts: TitleParts, text: str = "") -> None:
    """Fill the place, pay and department a title line (``text``) gave beside the job's
    name, if still empty."""
    if text and parts.name != text and not posting.department:
        posting.department = department_in_title(text, parts.name) or ""
    if parts.places and not posting.location:
        posting.location = "、".join(parts.places)
    if text and not posting.location:
        posting.location = place_in_line(text)  # 字节国际电商-治理前端团队（Base: 上海）
    # 全栈实习生（300/天）: a rate per day, month or hour beside the name is pay as well.
    rate = _RATE_RE.search(text) if text and not parts.pay else None
    pay = parts.pay or (rate.group() if rate else "")
    if pay and posting.salary is None:
        # Pay beside a name on a line written in Chinese (Operation Manager 18k-35k·14薪) is
        # in yuan, even when the posting reads as English.
        chinese = posting.language is Language.ZH or _HAN_RE.search(text) is not None
        posting.salary = parse_salary("", pay, "CNY" if chinese else "USD")


def apply_title_facts(posting: Posting, text: str) -> None:
    """Fill fields from the facts after the name on a title line."""
    _apply(posting, meta_parts(text)[1:])
