"""Field labels and value names in a posting's own language, for every exporter.

A Chinese posting exports as 岗位名称 / 全职, an English one as Job title / Full-time,
whatever language the app's interface is in: the document is for the posting's readers.
"""

from __future__ import annotations

from jdeditor.core.model import EmploymentType, Language, SalaryPeriod, Status
from jdeditor.core.section_headings import DEFAULT_HEADINGS

FIELD_LABELS: dict[Language, dict[str, str]] = {
    Language.ZH: {
        "title": "岗位名称",
        "department": "所属部门",
        "location": "工作地点",
        "reports_to": "直接上级",
        "headcount": "编制人数",
        "employment_type": "用工性质",
        "salary": "薪资范围",
        "status": "状态",
        "tags": "标签",
        "summary": "岗位概述",
        "export_date": "编制日期",
    },
    Language.EN: {
        "title": "Job title",
        "department": "Department",
        "location": "Location",
        "reports_to": "Reports to",
        "headcount": "Headcount",
        "employment_type": "Employment type",
        "salary": "Salary",
        "status": "Status",
        "tags": "Tags",
        "summary": "Summary",
        "export_date": "Date",
    },
}

# The fixed words of a document, so that a template holds no text of its own language and
# an English posting never prints 编制日期 (docs/templates.md, "Labels and language").
DOCUMENT_LABELS: dict[Language, dict[str, str]] = {
    Language.ZH: {
        "document_title": "岗位说明书",
        "advert_title": "招聘启事",
        "published": "发布日期",
        "email": "联系邮箱",
        "continued": "（续）",
        "colon": "：",
        "separator": "　·　",
    },
    Language.EN: {
        "document_title": "Job Description",
        "advert_title": "Job Opening",
        "published": "Published",
        "email": "E-mail",
        "continued": " (continued)",
        "colon": ": ",
        "separator": "  ·  ",
    },
}

# Headings of sections that have none: the one table the editor and the model use too.
SECTION_HEADINGS = DEFAULT_HEADINGS

EMPLOYMENT_TYPES: dict[Language, dict[EmploymentType, str]] = {
    Language.ZH: {
        EmploymentType.FULL_TIME: "全职",
        EmploymentType.PART_TIME: "兼职",
        EmploymentType.INTERN: "实习",
        EmploymentType.CONTRACT: "合同制",
        EmploymentType.TEMPORARY: "临时",
        EmploymentType.OTHER: "其他",
    },
    Language.EN: {
        EmploymentType.FULL_TIME: "Full-time",
        EmploymentType.PART_TIME: "Part-time",
        EmploymentType.INTERN: "Internship",
        EmploymentType.CONTRACT: "Contract",
        EmploymentType.TEMPORARY: "Temporary",
        EmploymentType.OTHER: "Other",
    },
}

SALARY_PERIODS: dict[Language, dict[SalaryPeriod, str]] = {
    Language.ZH: {
        SalaryPeriod.HOUR: "小时",
        SalaryPeriod.DAY: "天",
        SalaryPeriod.MONTH: "月",
        SalaryPeriod.YEAR: "年",
    },
    Language.EN: {
        SalaryPeriod.HOUR: "per hour",
        SalaryPeriod.DAY: "per day",
        SalaryPeriod.MONTH: "per month",
        SalaryPeriod.YEAR: "per year",
    },
}

STATUSES: dict[Language, dict[Status, str]] = {
    Language.ZH: {
        Status.DRAFT: "草稿",
        Status.IN_REVIEW: "审核中",
        Status.PUBLISHED: "已发布",
        Status.ARCHIVED: "已归档",
    },
    Language.EN: {
        Status.DRAFT: "Draft",
        Status.IN_REVIEW: "In review",
        Status.PUBLISHED: "Published",
        Status.ARCHIVED: "Archived",
    },
}


def headcount_text(headcount: int | None, language: Language) -> str:
    """``招聘 2 人`` / ``2 openings``; empty when not set."""
    if headcount is None:
        return ""
    if language is Language.ZH:
        return f"招聘 {headcount} 人"
    return f"{headcount} opening" + ("" if headcount == 1 else "s")


def page_words(language: Language) -> tuple[str, str, str]:
    """The words around the page number and the page count: 第 1 页 / 共 3 页, Page 1 of 3."""
    if language is Language.ZH:
        return "第 ", " 页 / 共 ", " 页"
    return "Page ", " of ", ""
