"""The Chinese employment-law rules: what they flag (span and suggestion) and what they leave."""

from __future__ import annotations

import pytest

from jdeditor.core.checks import Category, Severity, zh_law
from jdeditor.core.checks.registry import rule_by_id

# (rule id, text, [(span text, suggestion), ...]): made-up postings' lines.
TRUE_POSITIVES = [
    ("zh.gender", "限男性，有驾照", [("限男性", "")]),
    ("zh.gender", "本科及以上学历，男性优先", [("男性优先", "")]),
    ("zh.gender", "仅招女生，性格开朗", [("仅招女生", "")]),
    ("zh.gender", "女士优先，有行政经验", [("女士优先", "")]),
    ("zh.gender", "客服专员（限女）", [("限女", "")]),
    ("zh.gender", "只招男，能出差", [("只招男", "")]),
    ("zh.gender", "性别：女", [("性别：女", "")]),
    ("zh.gender", "行政前台（女）", [("（女）", "")]),
    ("zh.gender", "同等条件下优先考虑男性。", [("优先考虑男性", "")]),
    ("zh.gender", "已婚女性为佳", [("女性为佳", "")]),
    ("zh.gender", "招聘要求：女，有耐心", [("要求：女", "")]),
    ("zh.gender", "需经常出差，适合男性", [("适合男性", "")]),
    ("zh.gender", "要倒班，女士勿扰", [("女士勿扰", "")]),
    ("zh.gender", "不招女生", [("不招女生", "")]),
    ("zh.gender", "专业不限，男性优先，女性亦可", [("男性优先", "")]),
    ("zh.marriage", "未婚，大专以上学历", [("未婚", "")]),
    ("zh.marriage", "已婚已育优先", [("已婚已育优先", "")]),
    ("zh.marriage", "三年内无生育计划", [("三年内无生育计划", "")]),
    ("zh.marriage", "已育优先，稳定性好", [("已育优先", "")]),
    ("zh.marriage", "请在简历中注明婚育情况", [("婚育情况", "")]),
    ("zh.marriage", "入职体检包括妊娠检查", [("妊娠检查", "")]),
    ("zh.marriage", "孕期女性勿扰", [("孕期女性勿扰", "")]),
    ("zh.marriage", "两年内不要孩子", [("两年内不要孩子", "")]),
    ("zh.marriage", "需提供孕检报告", [("孕检报告", "")]),
    ("zh.marriage", "婚否：未婚", [("婚否", ""), ("未婚", "")]),
    ("zh.marriage", "宝妈优先", [("宝妈优先", "")]),
    ("zh.marriage", "已婚，家庭稳定", [("已婚", "")]),
    ("zh.ethnicity_religion", "限汉族，身体健康", [("限汉族", "")]),
    ("zh.ethnicity_religion", "民族：汉族", [("民族：汉族", "")]),
    ("zh.ethnicity_religion", "要求无宗教信仰", [("要求无宗教信仰", "")]),
    ("zh.ethnicity_religion", "信仰：基督教", [("信仰：基督教", "")]),
    ("zh.ethnicity_religion", "维吾尔族勿扰", [("维吾尔族勿扰", "")]),
    ("zh.ethnicity_religion", "谢绝穆斯林", [("谢绝穆斯林", "")]),
    ("zh.ethnicity_religion", "仅限满族人员", [("仅限满族人员", "")]),
    ("zh.ethnicity_religion", "有宗教信仰者勿扰", [("有宗教信仰者勿扰", "")]),
    ("zh.ethnicity_religion", "汉族优先", [("汉族优先", "")]),
    ("zh.ethnicity_religion", "需信仰佛教", [("需信仰佛教", "")]),
    ("zh.hukou", "本地户口，熟悉周边路况", [("本地户口", "能在本地工作")]),
    ("zh.hukou", "要求本市户籍", [("本市户籍", "能在本地工作")]),
    ("zh.hukou", "限湖南籍", [("限湖南籍", "")]),
    ("zh.hukou", "仅限广东省籍人员", [("仅限广东省籍人员", "")]),
    ("zh.hukou", "户籍要求：上海", [("户籍要求", "")]),
    ("zh.hukou", "北京户口者优先", [("北京户口者优先", "")]),
    ("zh.hukou", "本地人优先", [("本地人优先", "")]),
    ("zh.hukou", "非本地户口勿扰", [("本地户口", "能在本地工作")]),
    ("zh.hukou", "非京籍勿扰", [("非京籍勿扰", "")]),
    ("zh.hukou", "具有上海户籍或居住证", [("上海户籍", "")]),
    ("zh.hukou", "外地户口免谈", [("外地户口免谈", "")]),
    ("zh.disease", "乙肝携带者勿扰", [("乙肝携带者勿扰", "")]),
    ("zh.disease", "身体健康，非乙肝病毒携带者", [("乙肝病毒携带者", "")]),
    ("zh.disease", "入职体检含乙肝两对半", [("乙肝两对半", "")]),
    ("zh.disease", "乙肝五项检查阴性", [("乙肝五项检查阴性", "")]),
    ("zh.disease", "传染病病原携带者不予录用", [("传染病病原携带者不予录用", "")]),
    ("zh.disease", "肝炎病毒携带者除外", [("肝炎病毒携带者除外", "")]),
    ("zh.disease", "身体健康，无乙肝", [("无乙肝", "")]),
    ("zh.disease", "乙肝大三阳勿扰", [("乙肝大三阳勿扰", "")]),
]

# Texts a rule must leave alone: negations, products, markets, benefits.
FALSE_POSITIVES = [
    ("zh.gender", "男女不限，有驾照"),
    ("zh.gender", "性别不限"),
    ("zh.gender", "性别：男女均可"),
    ("zh.gender", "负责女装和男装类目的运营"),
    ("zh.gender", "深耕母婴行业，服务千万女性用户"),
    ("zh.gender", "男性护肤品牌的增长策略"),
    ("zh.gender", "优先考虑女性用户的需求"),
    ("zh.gender", "女员工专享三八节假期"),
    ("zh.gender", "不限男女，能吃苦"),
    ("zh.gender", "团队男女比例均衡"),
    ("zh.gender", "为适合女性的护肤方案做用户研究"),
    ("zh.gender", "女性向游戏的剧情策划"),
    ("zh.gender", "欢迎女性候选人申请"),
    ("zh.gender", "坚持男女同工同酬"),
    ("zh.gender", "仅女性可见的安全功能"),
    ("zh.gender", "员工子女优先入学"),
    ("zh.gender", "性别：男/女"),
    ("zh.marriage", "公司提供生育保险和结婚礼金"),
    ("zh.marriage", "带薪婚育假，子女教育补贴"),
    ("zh.marriage", "负责婚恋产品中未婚用户的匹配策略"),
    ("zh.marriage", "婚育情况不限"),
    ("zh.marriage", "孕婴电商的孕期营养内容运营"),
    ("zh.marriage", "不问婚姻状况，只看能力"),
    ("zh.marriage", "适合宝妈，时间灵活"),
    ("zh.marriage", "提供婚假、产假、陪产假"),
    ("zh.marriage", "协助员工办理生育津贴"),
    ("zh.marriage", "婚恋交友产品经理"),
    ("zh.marriage", "已婚未婚均可"),
    ("zh.marriage", "不限已婚未婚"),
    ("zh.ethnicity_religion", "负责民族品牌的海外推广"),
    ("zh.ethnicity_religion", "办公地点：北京亦庄大族广场"),
    ("zh.ethnicity_religion", "尊重员工宗教信仰"),
    ("zh.ethnicity_religion", "招聘不因民族、宗教信仰而有差别"),
    ("zh.ethnicity_religion", "同等条件下少数民族优先"),
    ("zh.ethnicity_religion", "上班族的通勤出行产品"),
    ("zh.ethnicity_religion", "有教育行业经验优先"),
    ("zh.ethnicity_religion", "民族不限，宗教信仰不限"),
    ("zh.ethnicity_religion", "熟悉藏族文化者优先"),
    ("zh.hukou", "不限户籍"),
    ("zh.hukou", "户籍不限，学历不限"),
    ("zh.hukou", "负责本地生活业务的商家拓展"),
    ("zh.hukou", "可协助解决北京户口"),
    ("zh.hukou", "入职需携带户口本复印件"),
    ("zh.hukou", "本市户籍指标可申请"),
    ("zh.hukou", "要求熟读相关书籍"),
    ("zh.hukou", "需具有全日制学籍"),
    ("zh.hukou", "应届毕业生可申请上海落户"),
    ("zh.hukou", "本地人脉资源丰富者优先"),
    ("zh.hukou", "户籍所在地开具无犯罪证明"),
    ("zh.hukou", "持中国国籍"),
    ("zh.hukou", "表现优秀者有机会获得北京户口"),
    ("zh.hukou", "本地户口或外地户口均可"),
    ("zh.hukou", "本地户籍人口数据分析"),
    ("zh.disease", "负责乙肝患者随访管理产品的设计"),
    ("zh.disease", "身体健康"),
    ("zh.disease", "肝胆科医生工作站的需求分析"),
    ("zh.disease", "传染病防控平台的数据建设"),
    ("zh.disease", "乙肝疫苗接种提醒功能"),
    ("zh.disease", "身体健康，无传染病"),
    ("zh.disease", "需持有健康证"),
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
def test_leaves_products_markets_and_negations_alone(rule_id: str, text: str) -> None:
    assert found(rule_id, text) == []


@pytest.mark.parametrize("rule", zh_law.RULES, ids=lambda rule: rule.id)
def test_every_rule_has_five_true_and_five_false_cases(rule: object) -> None:
    rule_id = rule.id  # type: ignore[attr-defined]
    assert sum(case[0] == rule_id for case in TRUE_POSITIVES) >= 5
    assert sum(case[0] == rule_id for case in FALSE_POSITIVES) >= 5


@pytest.mark.parametrize("rule", zh_law.RULES, ids=lambda rule: rule.id)
def test_law_rules_are_errors_that_cite_their_source(rule: object) -> None:
    rule = rule_by_id(rule.id)  # type: ignore[attr-defined]
    assert (rule.category, rule.severity) == (Category.LAW, Severity.ERROR)
    assert rule.source is not None and rule.source.zh.startswith(("《", "人力资源"))
    assert rule.source.en and rule.message.zh and rule.message.en
    assert rule.explanation.zh and rule.explanation.en


def test_sources_are_cited_as_written() -> None:
    sources = " ".join(rule.source.zh for rule in zh_law.RULES if rule.source)
    for citation in (
        "《中华人民共和国妇女权益保障法》第四十三条",
        "《中华人民共和国就业促进法》第二十七条",
        "《中华人民共和国就业促进法》第三条、第二十八条",
        "《中华人民共和国就业促进法》第三十条",
        "人力资源社会保障部等九部门《关于进一步规范招聘行为促进妇女就业的通知》（人社部发〔2019〕17号）",
        "《人力资源市场暂行条例》第二十四条",
        "《网络招聘服务管理规定》第十五条",
    ):
        assert citation in sources


@pytest.mark.parametrize("rule_id", sorted(zh_law.EXAMPLES))
def test_examples_fire_and_do_not(rule_id: str) -> None:
    fires, quiet = zh_law.EXAMPLES[rule_id]
    assert found(rule_id, fires)
    assert found(rule_id, quiet) == []
    assert set(zh_law.EXAMPLES) == {rule.id for rule in zh_law.RULES}
