"""The Chinese warnings (age, height and looks): what they flag and what they leave."""

from __future__ import annotations

import pytest

from jdeditor.core.checks import Category, Severity, zh_warnings
from jdeditor.core.checks.registry import rule_by_id

LOOKS = "仪表整洁"

TRUE_POSITIVES = [
    ("zh.age", "25-35岁，本科以上学历", [("25-35岁", "")]),
    ("zh.age", "35周岁以下，有团队管理经验", [("35周岁以下", "")]),
    ("zh.age", "年龄不超过40周岁。", [("年龄不超过40周岁", "")]),
    ("zh.age", "18～30岁，性格开朗", [("18～30岁", "")]),
    ("zh.age", "年龄在30岁以内", [("年龄在30岁以内", "")]),
    ("zh.age", "年龄：22-28", [("年龄：22-28", "")]),
    ("zh.age", "不超过45周岁的资深工程师", [("不超过45周岁", "")]),
    ("zh.age", "95后优先", [("95后优先", "")]),
    ("zh.age", "35岁+请勿投递", [("35岁+", "")]),
    ("zh.age", "２２－３０岁", [("２２－３０岁", "")]),
    ("zh.age", "年龄35岁以下、男女不限", [("年龄35岁以下", "")]),
    ("zh.age", "男35岁以下，女30岁以下", [("35岁以下", ""), ("30岁以下", "")]),
    ("zh.age", "年龄25周岁至35周岁", [("年龄25周岁至35周岁", "")]),
    ("zh.appearance", "身高165cm以上，五官端正", [("身高165cm以上", ""), ("五官端正", LOOKS)]),
    ("zh.appearance", "形象气质佳，普通话标准", [("形象气质佳", LOOKS)]),
    ("zh.appearance", "相貌端正，亲和力强", [("相貌端正", LOOKS)]),
    ("zh.appearance", "体重50kg以下", [("体重50kg以下", "")]),
    ("zh.appearance", "身高：1.60米以上", [("身高：1.60米以上", "")]),
    ("zh.appearance", "女160cm以上，男170cm以上", [("女160cm以上", ""), ("男170cm以上", "")]),
    ("zh.appearance", "身高体重要求见附件", [("身高体重要求", "")]),
    ("zh.appearance", "长相甜美", [("长相甜美", LOOKS)]),
    ("zh.appearance", "女身高158以上", [("身高158以上", "")]),
    ("zh.appearance", "身材匀称，体重适中", [("身材匀称", ""), ("体重适中", "")]),
    ("zh.appearance", "外形条件好，普通话标准", [("外形条件好", LOOKS)]),
]

FALSE_POSITIVES = [
    ("zh.age", "年龄不限，欢迎转行"),
    ("zh.age", "产品覆盖35个以上城市"),
    ("zh.age", "3-5年经验，带领25人团队"),
    ("zh.age", "2025年入职，18:00下班"),
    ("zh.age", "拒绝年龄歧视，欢迎35岁以上的同学"),
    ("zh.age", "面向18-35岁的年轻用户做增长"),
    ("zh.age", "为3-6岁儿童设计绘本"),
    ("zh.age", "年满18周岁"),
    ("zh.age", "50岁以上老人的健康管理"),
    ("zh.age", "工作满10年以上"),
    ("zh.age", "年龄18岁以上"),
    ("zh.age", "90后团队氛围好"),
    ("zh.age", "工作经验5-10年"),
    ("zh.age", "目标用户年龄25-40岁"),
    ("zh.age", "未满18周岁不得注册"),
    ("zh.age", "团队平均年龄28岁，氛围年轻"),
    ("zh.age", "老年人（60岁以上）健康管理"),
    ("zh.appearance", "负责身高体重秤产品的设计"),
    ("zh.appearance", "提升品牌形象，打造产品气质"),
    ("zh.appearance", "企业形象良好，行业口碑佳"),
    ("zh.appearance", "儿童身高管理小程序"),
    ("zh.appearance", "上传图片1.5M以内"),
    ("zh.appearance", "五官科医生的排班系统"),
    ("zh.appearance", "身高不限"),
    ("zh.appearance", "颜值高的设计风格"),
    ("zh.appearance", "仪表端庄，着装得体"),
    ("zh.appearance", "面向身高增长焦虑的家长"),
]


def found(rule_id: str, text: str) -> list[tuple[str, str]]:
    """What the rule flags in ``text``: (span text, suggestion) pairs."""
    check = rule_by_id(rule_id).text_check
    assert check is not None
    return [(text[span.start : span.end], span.suggestion) for span in check(text)]


@pytest.mark.parametrize(("rule_id", "text", "expected"), TRUE_POSITIVES)
def test_flags_the_condition(rule_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(rule_id, text) == expected


@pytest.mark.parametrize(("rule_id", "text"), FALSE_POSITIVES)
def test_leaves_numbers_products_and_negations_alone(rule_id: str, text: str) -> None:
    assert found(rule_id, text) == []


@pytest.mark.parametrize("rule_id", ["zh.age", "zh.appearance"])
def test_every_rule_has_five_true_and_five_false_cases(rule_id: str) -> None:
    assert sum(case[0] == rule_id for case in TRUE_POSITIVES) >= 5
    assert sum(case[0] == rule_id for case in FALSE_POSITIVES) >= 5


@pytest.mark.parametrize("rule_id", ["zh.age", "zh.appearance"])
def test_warnings_in_both_languages(rule_id: str) -> None:
    rule = rule_by_id(rule_id)
    assert (rule.category, rule.severity) == (Category.LAW, Severity.WARNING)
    assert rule.message.zh and rule.message.en
    assert rule.explanation.zh and rule.explanation.en


@pytest.mark.parametrize("rule_id", sorted(zh_warnings.EXAMPLES))
def test_examples_fire_and_do_not(rule_id: str) -> None:
    fires, quiet = zh_warnings.EXAMPLES[rule_id]
    assert found(rule_id, fires)
    assert found(rule_id, quiet) == []
    assert set(zh_warnings.EXAMPLES) == {rule.id for rule in zh_warnings.RULES}
