"""The sample postings the template manager fills templates with when none is open.

One per language, with every header field, a summary, nested duties, requirements and
benefits, so a thumbnail shows what a template does with each part of a posting.
"""

from __future__ import annotations

from decimal import Decimal

from jdeditor.core.model import (
    EmploymentType,
    Item,
    Language,
    Posting,
    Salary,
    SalaryPeriod,
    Section,
    SectionKind,
    Status,
)


def sample_posting(language: Language) -> Posting:
    """A complete, realistic posting in ``language``."""
    if language is Language.ZH:
        return Posting(
            title="高级数据分析师",
            department="数据部",
            location="上海",
            reports_to="数据总监",
            headcount=2,
            employment_type=EmploymentType.FULL_TIME,
            salary=Salary(Decimal(15000), Decimal(25000), "CNY", SalaryPeriod.MONTH),
            status=Status.PUBLISHED,
            language=Language.ZH,
            summary="负责公司核心业务的数据分析，为产品与运营决策提供依据。",
            sections=[
                Section(
                    SectionKind.DUTIES,
                    "岗位职责",
                    [
                        Item("搭建并维护业务指标体系与数据看板"),
                        Item(
                            "开展专题分析，输出分析报告",
                            [Item("用户行为与留存分析"), Item("营销活动效果评估")],
                        ),
                        Item("与产品、运营团队合作，推动数据驱动的改进"),
                    ],
                ),
                Section(
                    SectionKind.REQUIREMENTS,
                    "任职要求",
                    [
                        Item("本科及以上学历，统计学、数学或计算机相关专业"),
                        Item("三年以上数据分析经验，熟练使用 SQL 与 Python"),
                        Item("逻辑清晰，沟通表达能力强"),
                    ],
                ),
                Section(
                    SectionKind.BENEFITS,
                    "福利待遇",
                    [Item("五险一金，带薪年假"), Item("弹性工作时间")],
                ),
            ],
        )
    return Posting(
        title="Senior Data Analyst",
        department="Data",
        location="London",
        reports_to="Head of Data",
        headcount=2,
        employment_type=EmploymentType.FULL_TIME,
        salary=Salary(Decimal(55000), Decimal(70000), "GBP", SalaryPeriod.YEAR),
        status=Status.PUBLISHED,
        language=Language.EN,
        summary="Turn our product and sales data into decisions the whole company can act on.",
        sections=[
            Section(
                SectionKind.DUTIES,
                "Responsibilities",
                [
                    Item("Build and maintain the company's metrics and dashboards"),
                    Item(
                        "Lead in-depth analyses and present the findings",
                        [Item("Customer retention and behaviour"), Item("Campaign results")],
                    ),
                    Item("Work with product and marketing teams on data-driven changes"),
                ],
            ),
            Section(
                SectionKind.REQUIREMENTS,
                "Requirements",
                [
                    Item("Degree in statistics, mathematics or computer science"),
                    Item("Three years of data analysis with SQL and Python"),
                    Item("Clear writing and speaking"),
                ],
            ),
            Section(
                SectionKind.BENEFITS,
                "Benefits",
                [Item("25 days of paid holiday"), Item("Flexible working hours")],
            ),
        ],
    )
