"""Rules: conditions on the applicant that Chinese law does not name but treats as a risk.

Age caps and ranges (25-35岁, 35周岁以下) and height or looks (身高165cm以上, 形象气质佳):
warnings, not errors. Numbers count as an age only next to 岁/周岁 or after 年龄, and in a
plausible working age, so 3-5年经验, 25人团队, 2025年 and 18:00 are left alone; an age that
describes users or a market (18-35岁的年轻用户) is not a condition on the applicant.
"""

from __future__ import annotations

import re

from jdeditor.core.checks.model import Bilingual, Category, Rule, Severity
from jdeditor.core.checks.zh_text import pattern, text_check
from jdeditor.core.model import Language

ZH = frozenset({Language.ZH})

_DASH = r"\s*(?:-|‐|‑|–|—|―|－|~|～|〜|至|到)\s*"
_YEARS = r"\s*(?:周岁|岁)"
_AGE_NUMBER = r"(?:1[6-9]|[2-6]\d)(?!\d)"  # 16-69: a working age
_AGE = r"(?<![\d.:：/\-])" + _AGE_NUMBER
_BOUND = r"\s*(?:及以下|以下|以内|之内|及以上|以上|之间|左右|上下|内|\+)"
# An age that describes the users or the market, not the applicant.
_MARKET_AFTER = (
    r"(?!\s*(?:的)?(?:儿童|孩子|用户|人群|女性|男性|青少年|学生|宝宝|婴幼儿|消费者|群体|客群"
    r"|受众|年轻人|观众|读者|玩家|家长|宝妈|老人|老年|大学生))"
)
_MARKET_CLAUSE = (
    r"用户|面向|针对|服务于|目标|客群|受众|人群|消费者|玩家|观众|读者|市场"
    r"|老年|老人|儿童|青少年|未成年|宝宝|婴幼儿"
)
# 欢迎35岁以上, 年龄不限, 平均年龄28岁: the age is welcomed or described, not a limit.
_NOT_A_LIMIT = r"平均|欢迎|亦可|也可|年龄均可|年龄不限|不限年龄|不设年龄|无年龄|拒绝年龄|年龄歧视"

AGE = text_check(
    "岁|年龄|年纪|0后|5后",  # literals only: the quick test stays a fast scan
    [
        # 年龄不超过35周岁, 年龄在35岁以下, 年龄：25-35
        pattern(
            r"(?<!平均)(?:年龄|年纪)(?:要求|限制)?\s*[:：]?\s*(?:须|需|应|要)?(?:在|为|限)?\s*"
            r"(?!1[6-8]\s*(?:周岁|岁)?\s*(?:及以上|以上))"  # the legal working age
            rf"(?:不超过|不大于|不高于|不得超过|低于|小于|≤|<=|<)?\s*{_AGE_NUMBER}"
            rf"(?:{_YEARS})?(?:{_DASH}{_AGE_NUMBER}(?:{_YEARS})?)?(?:{_BOUND})?",
            liftable=False,
            clause_ok=f"{_MARKET_CLAUSE}|{_NOT_A_LIMIT}",
        ),
        # 25-35岁, 18～30周岁
        pattern(
            rf"{_AGE}(?:{_YEARS})?{_DASH}{_AGE_NUMBER}{_YEARS}{_MARKET_AFTER}",
            clause_ok=f"{_MARKET_CLAUSE}|{_NOT_A_LIMIT}",
        ),
        # 35周岁以下, 40岁以内
        pattern(
            rf"(?!1[6-8]\s*(?:周岁|岁)\s*(?:及以上|以上))"  # the legal working age
            rf"{_AGE}{_YEARS}{_BOUND}{_MARKET_AFTER}",
            clause_ok=f"{_MARKET_CLAUSE}|{_NOT_A_LIMIT}",
        ),
        # 不超过35周岁
        pattern(
            rf"(?:不超过|不大于|不高于|不得超过|低于|小于){_AGE}{_YEARS}{_MARKET_AFTER}",
            liftable=False,
            clause_ok=f"{_MARKET_CLAUSE}|{_NOT_A_LIMIT}",
        ),
        # 90后优先, 限95后
        pattern(
            r"(?:限|仅限|只招|要求)(?:[0-9]0|[0-9]5)后|(?<!\d)(?:[0-9]0|[0-9]5)后(?:优先|为佳|为主)"
        ),
    ],
)

_CM = r"(?:1[4-9]\d)\s*(?:[cC][mM]|厘米|公分)|1\.[4-9]\d?\s*(?:[mM](?![bBsS])|米)"
_KG = r"\d{2,3}\s*(?:[kK][gG]|公斤|千克|斤)"
_GOOD = (
    r"(?:佳|好|较好|良好|出众|端正|端庄|姣好|靓丽|甜美|俊朗|俊秀|优秀|出色|高挑|匀称|苗条|大方"
    r"|亮丽|漂亮|美丽|帅气|清秀|在线|适中|标准|高)"
)
_NOT_PERSON = (
    "品牌",
    "企业",
    "公司",
    "产品",
    "店铺",
    "门店",
    "视觉",
    "城市",
    "页面",
    "界面",
    "品质",
)


def _neat_unless_body(match: re.Match[str]) -> str:
    """Looks → 仪表整洁 (what a client-facing job may ask); the body → nothing to ask."""
    return "" if match.group().startswith(("身材", "体型", "体重")) else "仪表整洁"


APPEARANCE = text_check(
    r"身高|体重|体型|身材|形象|气质|相貌|容貌|长相|外貌|外形|外表|五官|颜值|样貌|cm|CM|Cm|厘米|公分",
    [
        # 身高165cm以上, 身高：1.60米以上
        pattern(
            rf"身高\s*[:：]?\s*(?:要求)?\s*(?:在|须|需)?\s*(?:男|女)?\s*(?:{_CM}|1[4-9]\d(?!\d))"
            rf"(?:{_DASH}(?:{_CM}|1[4-9]\d))?{_BOUND}?",
            clause_ok=r"用户|儿童|宝宝|产品|设备",
        ),
        pattern(
            rf"(?:男|女)?\s*(?:{_CM}){_BOUND}",
            clause_ok=r"用户|儿童|宝宝|产品|设备|屏|尺寸|长|宽|高度|厚",
        ),
        # 身高体重要求, 体重：50kg以下
        pattern(r"(?:身高|体重|身高体重)(?:要求|限制|条件)"),
        pattern(rf"体重\s*[:：]?\s*(?:在|须|需)?\s*(?:不超过|低于)?\s*{_KG}{_BOUND}?"),
        # 形象气质佳, 五官端正, 相貌端正
        pattern(
            rf"(?:形象|气质|相貌|容貌|长相|外貌|外形|外表|五官|颜值|样貌|身材|体型|体重)"
            rf"(?:气质|形象|身材|条件)?\s*{_GOOD}",
            _neat_unless_body,
            not_after=_NOT_PERSON,
            clause_ok=r"设计|风格|界面|页面|包装|视觉|UI|品牌|店铺|门店|画面|产品",
        ),
    ],
)

_AGE_EXPLANATION = Bilingual(
    "法律没有明文规定招聘中的年龄上限，但各地人社部门和法院把无正当理由的年龄限制视为就业"
    "歧视风险，国家也在推动取消“35岁门槛”。除非岗位确有法定年龄要求，请删除年龄条件，"
    "改写为岗位真正需要的经验要求（如“3年以上相关工作经验”）。",
    "No law names an age limit for hiring, but labour authorities and courts treat an "
    "age cap without a real reason as a discrimination risk, and the state is pushing to end "
    "the \u201cover 35\u201d threshold. Unless the job has a legal age requirement, remove the "
    "age and state the experience the job needs instead (e.g. 3年以上相关工作经验).",
)
_APPEARANCE_EXPLANATION = Bilingual(
    "身高、体重和相貌条件与多数岗位的工作无关，可能构成就业歧视（以性别为由差别化提高对"
    "妇女的录用标准也为《妇女权益保障法》第四十三条所禁止）。除非岗位确需（如有安全标准的"
    "岗位），请删除；面向客户的岗位可写“仪表整洁”。",
    "Height, weight and looks have nothing to do with most jobs and can amount to "
    "discrimination (raising the bar for women this way is forbidden by Article 43 of the "
    "Women's Rights Law). Unless the job truly needs it (a safety standard), remove it; for "
    "a job facing clients, 仪表整洁 (neat and tidy) says what matters.",
)

RULES: list[Rule] = [
    Rule(
        "zh.age",
        Category.LAW,
        Severity.WARNING,
        Bilingual("年龄限制", "Age limit"),
        _AGE_EXPLANATION,
        None,
        ZH,
        text_check=AGE,
    ),
    Rule(
        "zh.appearance",
        Category.LAW,
        Severity.WARNING,
        Bilingual("身高、体重或相貌要求", "Height, weight or looks required"),
        _APPEARANCE_EXPLANATION,
        None,
        ZH,
        text_check=APPEARANCE,
    ),
]

# For docs/checks.md: rule id → (a text it fires on, a similar one it leaves alone).
EXAMPLES: dict[str, tuple[str, str]] = {
    "zh.age": ("年龄35周岁以下，本科以上学历", "3-5年经验，负责35个以上城市的运营"),
    "zh.appearance": ("身高165cm以上，形象气质佳", "负责身高体重秤产品的设计"),
}
