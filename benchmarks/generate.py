"""Deterministic generated postings for benchmarks: Chinese and English, ~15 items each."""

from __future__ import annotations

import random
from collections.abc import Iterator

from jdeditor.core.model import Item, Language, Posting, Section, SectionKind, Status

ZH_TITLES = [
    "产品经理",
    "数据分析师",
    "后端工程师",
    "前端开发",
    "人力资源专员",
    "财务经理",
    "市场专员",
    "运营主管",
    "测试工程师",
    "销售代表",
    "行政助理",
    "算法工程师",
]
ZH_DEPARTMENTS = ["产品部", "数据部", "研发部", "人力资源部", "财务部", "市场部", "运营部"]
ZH_PHRASES = [
    "负责",
    "参与",
    "推动",
    "协调",
    "制定",
    "优化",
    "跟进",
    "分析",
    "撰写",
    "维护",
    "产品规划",
    "需求文档",
    "用户研究",
    "竞品分析",
    "数据报表",
    "项目进度",
    "团队协作",
    "业务流程",
    "市场调研",
    "系统架构",
    "接口设计",
    "质量保障",
    "客户关系",
    "预算管理",
    "本科及以上学历",
    "三年以上工作经验",
    "良好的沟通能力",
    "熟练使用办公软件",
    "有责任心",
    "抗压能力强",
    "英语读写流利",
    "熟悉互联网行业",
    "具备团队精神",
]
EN_TITLES = [
    "Product Manager",
    "Data Analyst",
    "Backend Engineer",
    "Frontend Developer",
    "HR Specialist",
    "Finance Manager",
    "Marketing Lead",
    "QA Engineer",
]
EN_DEPARTMENTS = ["Product", "Data", "Engineering", "People", "Finance", "Marketing"]
EN_WORDS = [
    "build",
    "design",
    "maintain",
    "analyse",
    "coordinate",
    "improve",
    "deliver",
    "services",
    "reports",
    "roadmap",
    "stakeholders",
    "customers",
    "pipelines",
    "experience",
    "with",
    "Python",
    "Excel",
    "SQL",
    "teams",
    "quality",
    "metrics",
    "communication",
    "ownership",
    "cloud",
    "security",
    "budget",
    "strategy",
]


def _zh_item(rng: random.Random) -> str:
    return "".join(rng.choice(ZH_PHRASES) for _ in range(rng.randint(3, 6))) + "。"


def _en_item(rng: random.Random) -> str:
    words = [rng.choice(EN_WORDS) for _ in range(rng.randint(6, 12))]
    return " ".join(words).capitalize() + "."


def generate_postings(count: int, seed: int = 7) -> Iterator[Posting]:
    rng = random.Random(seed)
    for number in range(count):
        chinese = rng.random() < 0.7
        item = _zh_item if chinese else _en_item
        duties = [Item(item(rng)) for _ in range(rng.randint(6, 9))]
        requirements = [Item(item(rng)) for _ in range(rng.randint(5, 7))]
        yield Posting(
            title=f"{rng.choice(ZH_TITLES if chinese else EN_TITLES)} {number}",
            department=rng.choice(ZH_DEPARTMENTS if chinese else EN_DEPARTMENTS),
            location=rng.choice(["上海", "北京", "深圳", "Berlin", "London"]),
            status=rng.choice(list(Status)),
            language=Language.ZH if chinese else Language.EN,
            sections=[
                Section(SectionKind.DUTIES, "岗位职责" if chinese else "Responsibilities", duties),
                Section(
                    SectionKind.REQUIREMENTS,
                    "任职要求" if chinese else "Requirements",
                    requirements,
                ),
            ],
        )
