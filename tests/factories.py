"""Postings for tests, built in one place."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from jdeditor.core.model import (
    EmploymentType,
    Item,
    ItemKind,
    Language,
    Posting,
    Salary,
    SalaryPeriod,
    Section,
    SectionKind,
    Status,
)


def chinese_posting(title: str = "高级数据分析师") -> Posting:
    return Posting(
        title=title,
        department="数据部",
        location="上海",
        reports_to="数据总监",
        headcount=2,
        employment_type=EmploymentType.FULL_TIME,
        salary=Salary(Decimal(15000), Decimal(25000), "CNY", SalaryPeriod.MONTH),
        status=Status.PUBLISHED,
        language=Language.ZH,
        summary="负责公司核心业务的数据分析与岗位建设。",
        tags=["数据", "分析"],
        sections=[
            Section(
                SectionKind.DUTIES,
                "岗位职责",
                [
                    Item(
                        "市场及用户研究",
                        [Item("市场分析：了解竞争对手产品"), Item("用户研究与访谈")],
                    ),
                    Item("负责数据分析报告的撰写"),
                    Item("确定工作职责后，按计划推进。", kind=ItemKind.PARAGRAPH),
                ],
            ),
            Section(
                SectionKind.REQUIREMENTS,
                "任职要求",
                [
                    Item("本科及以上学历，统计学相关专业"),
                    Item("熟练使用Excel和SQL，R&D经验优先 <研发>"),
                ],
            ),
        ],
        created_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        updated_at=datetime(2026, 1, 3, 3, 4, 5, tzinfo=UTC),
    )


def english_posting(title: str = "Senior Backend Engineer") -> Posting:
    return Posting(
        title=title,
        department="Engineering",
        location="Berlin",
        headcount=1,
        employment_type=EmploymentType.CONTRACT,
        salary=Salary(Decimal("62.50"), None, "EUR", SalaryPeriod.HOUR),
        status=Status.DRAFT,
        language=Language.EN,
        tags=["backend"],
        sections=[
            Section(
                SectionKind.DUTIES,
                "What you'll do",
                [Item("Design and build APIs in Python"), Item("Review code")],
            ),
            Section(
                SectionKind.REQUIREMENTS,
                "Requirements",
                [Item("5+ years of experience with PostgreSQL"), Item("Fluent English")],
            ),
            Section(SectionKind.BENEFITS, "Perks", [Item("Remote-friendly")]),
        ],
    )


# A Chinese posting whose duties jump from 2 to 4: the reader warns about line 6.
NUMBERING_GAP_ZH = (
    "数据分析师\n\n岗位职责：\n"
    "1、负责业务数据的统计与分析，输出分析报告；\n"
    "2、搭建并维护数据指标体系；\n"
    "4、配合产品与运营团队完成专题分析。\n\n"
    "任职要求：\n"
    "1、本科及以上学历，统计学、数学等相关专业；\n"
    "2、熟练使用 SQL 与 Excel；\n"
    "3、有良好的沟通能力。\n"
)
NUMBERING_GAP_ITEM = "配合产品与运营团队完成专题分析。"


# Two English jobs in one text, for import flows.
TWO_JOBS = """Data Analyst
Responsibilities:
- Build weekly reports
Requirements:
- SQL
Backend Engineer
Responsibilities:
- Write services
Requirements:
- Python
"""
