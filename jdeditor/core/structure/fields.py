"""Field lines: ``工作地点：上海``, ``Reports to: CTO``, ``薪资：15-25K`` fill posting fields.

A line is a field only when it is clearly one: a known label, a colon, and a short value, and
it is not a list item. The line's text is always kept as well (in the summary, or as a
paragraph where it stands), so nothing the source said is lost even when a value cannot be
read into a typed field — except a header field line whose value was read whole
(:func:`read_whole`): that line's facts are all in the field, and it leaves the summary.
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass

from jdeditor.core.model import Language, Posting
from jdeditor.core.structure.headings import strip_decorations
from jdeditor.core.structure.salary import parse_employment_type, parse_headcount, parse_salary


class Field(enum.StrEnum):
    TITLE = "title"
    LOCATION = "location"
    DEPARTMENT = "department"
    REPORTS_TO = "reports_to"
    HEADCOUNT = "headcount"
    SALARY = "salary"
    EMPLOYMENT_TYPE = "employment_type"
    # A job board's category (job family, function): the department when none is given.
    CATEGORY = "category"
    # A requisition number: no field of its own, the line keeps it in the summary.
    JOB_ID = "job_id"


_LABELS = {
    Field.TITLE: (
        r"职位名称|岗位名称|招聘岗位|招聘职位|岗位|职位|job title|position(?: title)?|role title"
    ),
    Field.LOCATION: (
        r"工作地点|工作地址|办公地点|办公地址|工作城市|所在城市|城市|地点|所在地|工作区域"
        r"|公司位置|工作位置|base(?:地点)?|坐标|locations?|work location|job location"
        r"|office(?: location)?|based in|city"
    ),
    Field.DEPARTMENT: (
        r"所属部门|部门|用人部门|招聘部门|所属团队|团队|事业部|所属事业部"
        r"|department|team|division|business unit"
    ),
    Field.REPORTS_TO: (
        r"汇报对象|直接上级|汇报给|汇报关系|汇报上级|上级|reports to|reporting to|report to"
        r"|reporting line|hiring manager"
    ),
    Field.HEADCOUNT: (
        r"招聘人数|编制人数|人数|招聘名额|名额|需求人数|hc|headcount|openings|number of openings"
        r"|number of positions|vacancies"
    ),
    Field.SALARY: (
        r"薪资|薪酬|薪水|工资|月薪|年薪|日薪|时薪|底薪|薪资范围|薪酬范围|薪资区间|薪资待遇"
        r"|月薪范围|年薪范围|薪资水平|薪资标准"
        r"|salary|salary range|pay|pay range|compensation|base salary|annual salary(?: range)?"
        r"|wage|salário(?: nominal)?"
    ),
    Field.EMPLOYMENT_TYPE: (
        r"工作性质|工作类型|职位类型|用工性质|雇佣类型|岗位性质|招聘类型|用工类型"
        r"|employment type|job type|time type|contract type|position type|work type"
        r"|type of employment|employment|contract|commitment|schedule"
    ),
    Field.CATEGORY: r"(?:job )?categor(?:y|ies)|job family|discipline",
    Field.JOB_ID: (
        r"(?:job|position|vacancy|posting|requisition|req\.?)(?: requisition| req\.?)?"
        r" (?:id|number|no\.?|code|#)|(?:job )?requisition|job ref(?:erence)?(?: no\.?| number)?"
        r"|reference(?: no\.?| number| code)?"
    ),
}
_LABEL_RE = re.compile(
    "|".join(f"(?P<{field.value}>{pattern})" for field, pattern in _LABELS.items()),
    re.IGNORECASE,
)
_FIELD_LINE_RE = re.compile(r"^(?P<label>[^:：]{1,24}?)\s*[:：]\s*(?P<value>.*)$", re.DOTALL)
# 【地点】北京市海淀区, [薪资] 8K-20K: a bracketed label, then its value (no colon needed).
_BRACKET_FIELD_RE = re.compile(
    r"^[【\[](?P<label>[^】\]:：]{1,12})[】\]]\s*(?P<value>[^\s【\[:：].*)$"
)
_SPACES_RE = re.compile(r"\s+")
MAX_VALUE_CHARS = 80
TEXT_FIELDS = frozenset({Field.LOCATION, Field.DEPARTMENT, Field.REPORTS_TO, Field.CATEGORY})
# A category that can stand for a department: a short name, not a list or a sentence.
_CATEGORY_RE = re.compile(r"[^a-z,;|/.!?:：，；][^,;|/.!?:：，；]{1,39}")


@dataclass(frozen=True)
class FieldMatch:
    """A recognised field line; ``value`` is empty for a label alone on its line."""

    field: Field
    label: str
    value: str


# The Posting attribute each field fills (a category stands for the department).
FIELD_ATTRIBUTES = {
    Field.LOCATION: "location",
    Field.DEPARTMENT: "department",
    Field.REPORTS_TO: "reports_to",
    Field.HEADCOUNT: "headcount",
    Field.SALARY: "salary",
    Field.EMPLOYMENT_TYPE: "employment_type",
    Field.CATEGORY: "department",
}
# What may stand beside one amount or range in a salary read whole: currencies, units,
# periods, "up to" / "起" and range separators. Anything else (·14薪, 面议, plus bonus) is not
# read, so the line stays in the summary.
_SALARY_AMOUNT_RE = re.compile(r"\d[\d,，.]*\s*(?:百万|[kK千wW万mM](?![a-zA-Z]))?")
_SALARY_WORDS_RE = re.compile(
    r"人民币|元|美元|美金|欧元|英镑|港币|港元|日元|US\$|HK\$|[$€£¥￥₹円]"
    r"|\b(?:RMB|CNY|USD|EUR|GBP|HKD|JPY|SGD|CHF|SEK|NOK|DKK|PLN|AUD|CAD|NZD|INR)\b"
    r"|月薪|年薪|日薪|时薪|底薪|税前|税后|每月|每年|每天|每小时|/\s*(?:小时|月|年|天|日)"
    r"|\b(?:per (?:hour|day|month|year|annum)|an hour|a (?:day|month|year)|gross|monthly"
    r"|yearly|annual(?:ly)?|hourly|daily|up to|starting(?: at)?|from|at least|max|min|to)\b"
    r"|/\s*(?:hour|hr|h|day|month|mo|year|yr)\b|\bp\.a\.|最高|不超过|以内|以下|起|以上|至|到"
    r"|[-–—~～〜+/\s,，:：()（）]",
    re.IGNORECASE,
)
_MAX_SALARY_AMOUNTS = 2
_EMPLOYMENT_WORD_RE = re.compile(
    r"全职|兼职|实习|实习生|日常实习|正式|正式员工|合同制|合同工|外包|劳务派遣|派遣|临时|临时工|短期"
    r"|(?:full|part)[-_ ]?time|permanent|intern(?:ship)?|contract(?:or)?|freelance|temporary"
    r"|temp|seasonal|cdi",
    re.IGNORECASE,
)


# In a text field's value, a clause of its own after a comma (``，简历请发送至：…``, an
# e-mail address, a web address) is not part of the value; nor is the sentence's end.
_OTHER_CLAUSE_RE = re.compile(r"\s*[，,;；]\s*[^，,;；]*(?:[:：]|@|https?://|www\.)")
_VALUE_END = "。！!；;"
_SENTENCE_MARKS = "，。！？；!?;"


def text_value(value: str) -> str:
    """The part of a text field's value that is the value (``北京市朝阳区，简历请发送至：…``
    → ``北京市朝阳区``; ``成都！`` → ``成都``)."""
    match = _OTHER_CLAUSE_RE.search(value)
    if match is not None and match.start() > 0:
        value = value[: match.start()]
    return value.strip().rstrip(_VALUE_END).strip()


def salary_read_whole(value: str) -> bool:
    """Whether a salary value is one amount or range and nothing more (``15-25K``,
    ``15,000–25,000 元/月``, ``Up to £50,000 a year``; not ``15-25K·14薪``)."""
    amounts = _SALARY_AMOUNT_RE.findall(value)
    if not amounts or len(amounts) > _MAX_SALARY_AMOUNTS:
        return False
    return not _SALARY_WORDS_RE.sub("", _SALARY_AMOUNT_RE.sub(" ", value))


# The first amount of a salary value carries its unit or currency: 15-25K, 8000元, ¥300.
_UNIT_AMOUNT_RE = re.compile(
    r"^\D*?(?:[$€£¥￥]|US\$|HK\$)?\s*\d[\d,，.]*\s*(?:[-–—~～〜至到]\s*[$€£¥￥]?\s*\d[\d,，.]*\s*)?"
    r"(?:[kK千wW万](?![a-zA-Z])|百万|元|人民币|RMB|CNY|USD|EUR|GBP|美元)",
    re.IGNORECASE,
)
_CURRENCY_FIRST_RE = re.compile(r"^\D*?(?:[$€£¥￥]|US\$|HK\$|RMB|CNY|USD|EUR|GBP)\s*\d", re.I)


def salary_certain(value: str) -> bool:
    """Whether a salary value surely states pay: one amount or range and nothing more, or a
    first amount with its unit or currency (``15-25K·14薪``, ``¥18-25k，15薪``); not
    ``分为三级岗，聘期3-5年。基础年薪20-35万`` (its first number is no pay)."""
    return (
        salary_read_whole(value)
        or _UNIT_AMOUNT_RE.match(value) is not None
        or _CURRENCY_FIRST_RE.match(value) is not None
    )


def read_whole(field: Field, value: str) -> bool:
    """Whether a value that filled ``field`` was read whole: nothing of it is left over.

    Text fields take the whole text; a salary must be one amount or range with its currency
    and period; a headcount a number of people alone (not ``2人（急招）``); an employment type
    one word (``全职``, ``Full-time``; not ``全职/实习``).
    """
    value = value.strip()
    if field in TEXT_FIELDS:
        return bool(value) and text_value(value) == value
    if field is Field.SALARY:
        return salary_read_whole(value)
    if field is Field.HEADCOUNT:
        return parse_headcount(value) is not None and not any(c in value for c in "()（）")
    if field is Field.EMPLOYMENT_TYPE:
        return _EMPLOYMENT_WORD_RE.fullmatch(value.rstrip(".。")) is not None
    return False


def field_of_label(label: str) -> Field | None:
    """The field a label names (``工作地点`` → location), decorations allowed; else None."""
    return _field_of_label(label)


def _field_of_label(label: str) -> Field | None:
    core, _, _ = strip_decorations(label)
    core = _SPACES_RE.sub(" ", core.strip()).strip()
    if not core or len(core) > 24:
        return None
    match = _LABEL_RE.fullmatch(core)
    if match is None or match.lastgroup is None:
        return None
    return Field(match.lastgroup)


@functools.lru_cache(maxsize=1024)  # section headings and field lines repeat
def match_field(text: str) -> FieldMatch | None:
    """``label: value`` with a known label and a short value; ``label:`` alone also matches."""
    if text[:1] in "【[" and (bracketed := _bracket_field(text)) is not None:
        return bracketed
    if ":" not in text and "：" not in text:
        field = _field_of_label(text)
        return FieldMatch(field, text, "") if field is not None and len(text) <= 24 else None
    match = _FIELD_LINE_RE.match(text)
    if match is None:
        return None
    value = match.group("value").strip()
    if len(value) > MAX_VALUE_CHARS:
        return None
    field = _field_of_label(match.group("label"))
    if field is None:
        return None
    return FieldMatch(field, match.group("label").strip(), value)


def _bracket_field(text: str) -> FieldMatch | None:
    """``【地点】北京市海淀区``: a field with a known label in brackets (not the title: a
    bracketed 【招聘岗位】 line is the splitter's to judge)."""
    match = _BRACKET_FIELD_RE.match(text)
    if match is None or len(match.group("value")) > MAX_VALUE_CHARS:
        return None
    field = _field_of_label(match.group("label"))
    if field is None or field is Field.TITLE:
        return None
    return FieldMatch(field, match.group("label").strip(), match.group("value").strip())


def apply_field(posting: Posting, match: FieldMatch, value: str | None = None) -> bool:
    """Fill the posting field from ``match`` (first one wins); True if a field was set."""
    text = (match.value if value is None else value).strip()
    field = match.field
    if field in TEXT_FIELDS:
        text = text_value(text)
    if not text:
        return False
    if field in TEXT_FIELDS and not any(char.isalpha() for char in text):
        return False  # "Locations: 0" on a scraped page is a counter, not a place
    if field is Field.TITLE:
        return False  # titles are chosen by the splitter, which knows the whole text
    if field is Field.LOCATION and not posting.location:
        posting.location = text
    elif field is Field.DEPARTMENT and not posting.department:
        if any(mark in text for mark in _SENTENCE_MARKS):
            return False  # 团队：我们是一支年轻的团队，专注于…: a sentence, not a name
        posting.department = text
    elif field is Field.REPORTS_TO and not posting.reports_to:
        posting.reports_to = text
    elif field is Field.HEADCOUNT and posting.headcount is None:
        posting.headcount = parse_headcount(text)
        return posting.headcount is not None
    elif field is Field.SALARY and posting.salary is None:
        if not salary_certain(text):
            return False
        default = "CNY" if posting.language is Language.ZH else "USD"
        posting.salary = parse_salary(match.label, text, default)
        return posting.salary is not None
    elif field is Field.EMPLOYMENT_TYPE and posting.employment_type is None:
        posting.employment_type = parse_employment_type(text)
        return posting.employment_type is not None
    elif field is Field.CATEGORY and not posting.department and _CATEGORY_RE.fullmatch(text):
        posting.department = text
    else:
        return False
    return True
