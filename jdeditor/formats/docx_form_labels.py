"""The labels of table-form job descriptions: 岗位名称, 所属部门, 岗位职责, Job Title, Requirements…

Which field or section a form's label cell names, and whether a cell has the shape of a
label at all. Any section heading the structure recogniser knows is a section label too.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from jdeditor.core.model import SectionKind
from jdeditor.core.structure.headings import match_heading


class Slot(enum.Enum):
    TITLE = "title"
    DEPARTMENT = "department"
    REPORTS_TO = "reports_to"
    LOCATION = "location"
    HEADCOUNT = "headcount"
    SUMMARY = "summary"  # the posting's summary text
    NOTE = "note"  # kept as "label：value" in the summary (salary, job code…), or a section
    SECTION = "section"


_FIELD_LABELS: dict[Slot, str] = {
    Slot.TITLE: "岗位名称 职位名称 岗位 职位 招聘岗位 招聘职位 职务 职务名称 岗位全称 "
    "jobtitle position positiontitle title role jobname",
    Slot.DEPARTMENT: "所属部门 部门 用人部门 招聘部门 所在部门 部门名称 所属团队 "
    "department dept team division",
    Slot.REPORTS_TO: "直接上级 汇报对象 汇报上级 上级 直接领导 直属上级 上级岗位 汇报关系 "
    "reportsto reportingto reportto supervisor linemanager",
    Slot.LOCATION: "工作地点 工作地址 办公地点 工作城市 地点 location worklocation "
    "joblocation basedin city",
    Slot.HEADCOUNT: "编制人数 招聘人数 人数 岗位编制 需求人数 招聘名额 定编人数 编制 "
    "headcount openings numberofpositions vacancies",
    Slot.SUMMARY: "岗位概述 职位概述 岗位目的 工作概述 岗位概要 职位概要 岗位设置目的 "
    "jobsummary summary purpose positionsummary overview",
    Slot.NOTE: "薪资 薪酬 薪资范围 月薪 年薪 工资 薪资标准 工作性质 用工性质 职位类型 岗位类型 "
    "岗位编号 职位编号 岗位代码 岗位等级 职级 职等 直接下级 下属 工作时间 到岗时间 "
    "工作环境 工作条件 "
    "salary salaryrange compensation pay employmenttype jobtype jobcode jobid grade level "
    "directreports workinghours",
}
_SECTION_LABELS: dict[SectionKind, str] = {
    SectionKind.DUTIES: "岗位职责 工作职责 职责 主要职责 职责描述 岗位描述 工作内容 主要工作内容 "
    "工作描述 职位描述 岗位职责描述 responsibilities duties jobdescription keyresponsibilities "
    "mainresponsibilities jobduties",
    SectionKind.REQUIREMENTS: "任职资格 任职要求 岗位要求 任职条件 职位要求 资格要求 能力要求 "
    "学历要求 专业要求 工作经验 经验要求 技能要求 知识技能 学历 专业 经验 技能 素质要求 "
    "requirements qualifications education experience skills jobrequirements "
    "minimumqualifications",
    SectionKind.PREFERRED: "加分项 优先条件 优先考虑 preferred preferredqualifications "
    "nicetohave bonus",
    SectionKind.BENEFITS: "福利待遇 薪酬福利 福利 员工福利 待遇 benefits perks whatweoffer",
    SectionKind.ABOUT: "公司简介 公司介绍 部门简介 部门介绍 团队介绍 关于我们 aboutus "
    "aboutthecompany companyoverview about",
    SectionKind.APPLY: "应聘方式 联系方式 投递方式 简历投递 howtoapply contact",
}
# Note labels whose value the recogniser reads into a field (salary, employment type): a
# row it reads is a field, not a note in the summary.
TYPED_NOTES = frozenset(
    {
        *("薪资", "薪酬", "薪资范围", "月薪", "年薪", "工资", "薪资标准"),
        *("工作性质", "用工性质", "职位类型", "岗位类型"),
        *("salary", "salaryrange", "compensation", "pay", "employmenttype", "jobtype"),
    }
)
_KNOWN: dict[str, tuple[Slot, SectionKind | None]] = {}
for _slot, _words in _FIELD_LABELS.items():
    _KNOWN.update(dict.fromkeys(_words.split(), (_slot, None)))
for _kind, _words in _SECTION_LABELS.items():
    _KNOWN.update(dict.fromkeys(_words.split(), (Slot.SECTION, _kind)))
# Chinese labels outside the list, by their last word: 专业技能要求, 管理职责, 其他福利.
_SUFFIXES: tuple[tuple[re.Pattern[str], SectionKind], ...] = (
    (re.compile(r"^[\u4e00-\u9fff]{0,6}(?:福利|待遇)$"), SectionKind.BENEFITS),
    (re.compile(r"^[\u4e00-\u9fff]{0,6}(?:职责|工作内容|工作任务)$"), SectionKind.DUTIES),
    (re.compile(r"^[\u4e00-\u9fff]{0,6}(?:要求|资格|条件)$"), SectionKind.REQUIREMENTS),
    (re.compile(r"^[\u4e00-\u9fff]{0,6}优先$"), SectionKind.PREFERRED),
)
DECORATIONS = " \t\u3000*＊:：【】[]「」()（）"
_BRACKETS = (("(", ")"), ("（", "）"), ("[", "]"), ("【", "】"), ("「", "」"))
_SENTENCE_RE = re.compile(r"[，。；;！？!?]|[.,](?=\s)")
_MARKER_ONLY_RE = re.compile(r"^[\d\s.、．)）(（]*$")
INLINE_LABEL_RE = re.compile(r"^\s*(?P<label>[^:：\n]{1,16}?)\s*[:：]\s*(?P<rest>.*)$", re.DOTALL)
MAX_LABEL_CHARS = 20
CONTINUED_RE = re.compile(r"\s*[（(]\s*(?:续|continued)\s*[）)]?$", re.IGNORECASE)


@dataclass(frozen=True)
class Label:
    text: str  # as written, without a trailing colon or decoration
    slot: Slot
    kind: SectionKind | None = None
    known: bool = True
    # In a form that marks a row that goes on (岗位职责（续）, our templates): the same label
    # on the next row is then a section of its own.
    marks_continued: bool = False


def match_label(text: str) -> Label | None:
    """A known form label (岗位名称, 任职要求, Reports To…), or None.

    Besides the form vocabulary, any section heading the recogniser knows is a section
    label ("What you'll do", "In this role, your work will include"): a form that writes
    a posting's own headings in its label column, as formal-zh does, reads back the same.
    """
    written = strip_label(text)
    if not written or "\n" in written:
        return None
    if len(written) <= MAX_LABEL_CHARS:
        key = label_key(written)
        found = _KNOWN.get(key)
        if found is not None:
            return Label(written, found[0], found[1])
        for pattern, kind in _SUFFIXES:
            if pattern.match(key):
                return Label(written, Slot.SECTION, kind)
    heading = match_heading(text.strip(), marked=True)
    if heading is not None and heading.kind is not None:
        return Label(written, Slot.SECTION, heading.kind)
    base = CONTINUED_RE.sub("", written)
    if base != written and base:
        # 岗位概述（续）, Summary (continued): a row that goes on, as a form prints it
        # where a long row continues onto the next page.
        going_on = match_label(base)
        return Label(written, going_on.slot, going_on.kind, going_on.known) if going_on else None
    return None


def strip_label(text: str) -> str:
    """A label as written, without its decorations (``【岗位职责】``, ``*Duties*:``). A closing
    bracket whose opening one stays in the label is the label's own: ``Nice to have (but not
    required)``, ``岗位职责（续）``."""
    written = text.strip().strip(DECORATIONS).strip()
    end = text.rstrip(" \t\u3000*＊:：")
    for opening, closing in _BRACKETS:
        if end.endswith(closing) and written.count(opening) > written.count(closing):
            return written + closing
    return written


def label_key(written: str) -> str:
    return "".join(written.split()).casefold().replace("'", "")


def label_like(text: str) -> bool:
    """Short, one line, not a sentence and not just a number: the shape of a form label."""
    text = text.strip()
    return (
        0 < len(text) <= MAX_LABEL_CHARS
        and "\n" not in text
        and not _SENTENCE_RE.search(text)
        and not _MARKER_ONLY_RE.match(text)
    )
