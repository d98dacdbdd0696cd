"""A posting's title is the job's name: which line names it, and what leaves the name."""

from __future__ import annotations

import pytest

from jdeditor.core.model import SectionKind
from jdeditor.core.structure import ParseOptions, parse_text
from jdeditor.core.structure.coverage import find_lost_text
from jdeditor.core.structure.english_titles import role_in_sentence
from jdeditor.core.structure.titles import clean_title, names_role


def test_a_title_field_under_a_headline_names_the_job() -> None:
    text = (
        "## 星辰科技数据中心诚邀\n\n### 岗位：高级数据工程师\n### 工作地点：苏州\n\n"
        "### 职位描述\n1、建设数仓\n### 职位要求\n1、熟悉 SQL\n"
    )
    [result] = parse_text(text)
    posting = result.posting
    assert posting.title == "高级数据工程师"
    assert posting.location == "苏州"
    assert "星辰科技数据中心诚邀" in posting.summary  # the headline stays, in the summary
    assert [section.heading for section in posting.sections] == ["职位描述", "职位要求"]
    assert find_lost_text(text, [result]) == []


def test_a_labelled_title_outranks_a_headline_that_names_a_role() -> None:
    text = (
        "### 急招-苏州-某研究所-渲染开发-性能优化\n职位名称：渲染引擎开发工程师\n"
        "工作地点：苏州\n岗位职责：\n1.实现渲染模块\n岗位要求：\n1.熟悉 C++\n\n"
        "职位名称：图形算法工程师\n工作地点：苏州\n"
        "岗位职责：\n1.优化算法\n岗位要求：\n1.熟悉 CUDA\n"
    )
    parsed = parse_text(text)
    assert [p.posting.title for p in parsed] == ["渲染引擎开发工程师", "图形算法工程师"]
    assert find_lost_text(text, parsed) == []


def test_a_title_line_with_its_own_name_is_kept_without_a_title_field() -> None:
    text = "### 数据工程师\n工作地点：苏州\n岗位职责：\n1.建设数仓\n"
    [result] = parse_text(text)
    assert result.posting.title == "数据工程师"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("推荐算法工程师 (适合3年及以上工作经验的同学)", "推荐算法工程师"),
        ("测试开发工程师（本科及以上）", "测试开发工程师"),
        ("逆向工程师(IOS方向)", "逆向工程师(IOS方向)"),  # a qualifier stays
        ("资深前端开发工程师（森空岛）", "资深前端开发工程师（森空岛）"),
    ],
)
def test_a_bracket_saying_whom_the_job_suits_leaves_the_name(line: str, name: str) -> None:
    assert clean_title(line).name == name


def test_a_title_field_that_restates_the_title_line_changes_nothing() -> None:
    text = "# 数据工程师\n职位名称：数据部-数据工程师\n## 岗位职责\n1. 建设数仓\n"
    [result] = parse_text(text)
    assert result.posting.title == "数据工程师"
    assert result.posting.summary == "职位名称：数据部-数据工程师"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "[杭州/星辰集团]零售技术部-前端技术 前端技术专家/高级前端开发工程师",
            "前端技术专家/高级前端开发工程师",
        ),
        ("数据 数据分析师", "数据分析师"),
        ("Java Java工程师", "Java Java工程师"),  # a Latin word is a skill: it stays
        ("高级 Java 工程师", "高级 Java 工程师"),
    ],
)
def test_a_team_s_field_repeated_before_the_name_leaves_it(line: str, name: str) -> None:
    assert clean_title(line).name == name


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("中高级Java", True),
        ("【武汉】资深Java，内推", True),
        ("Java（支付方向）", True),
        ("iOS 开发", True),
        ("C++ 不加班", False),  # a perk beside a language names no job
        ("Python 数据处理", False),
    ],
)
def test_a_language_names_the_job_only_with_grades_and_facts_beside_it(
    text: str, named: bool
) -> None:
    assert names_role(text) is named


def test_a_headline_naming_a_language_and_a_perk_gives_way_to_the_jobs_below() -> None:
    text = (
        "[上海/北京] [量化] C++ 不加班，一个月年假\n\n[关于职位]\n应用层开发（上海 /北京）\n"
        "目标：\n1. 建设交易系统\n\n要求：\n1. 精通 C++\n\n"
        "高性能方向（上海）\n工作职责：\n1. 优化延迟\n任职要求：\n1. 熟悉 Linux\n"
    )
    parsed = parse_text(text)
    assert [p.posting.title for p in parsed] == ["应用层开发", "高性能方向"]
    assert find_lost_text(text, parsed) == []


def test_in_a_text_without_a_job_a_piece_titled_by_a_heading_joins_the_one_before() -> None:
    text = (
        "# 高性能方向\n\n## 关于薪资\n参考范围: 40 万-200 万\n\n## 工作职责\n1. 优化延迟\n\n"
        "## 掌握以下技能将会大大加分\n1. 会汇编\n"
    )
    [result] = parse_text(text)
    assert result.posting.title == "高性能方向"
    assert find_lost_text(text, [result]) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("电子数据取证 / 信息安全工程师", "电子数据取证 / 信息安全工程师"),
        ("星辰科技 - 数据 / 算法工程师", "数据 / 算法工程师"),
        ("杭州 / 信息安全工程师", "信息安全工程师"),  # a place before a slash is a fact
    ],
)
def test_a_job_before_a_slash_is_half_of_the_name(line: str, name: str) -> None:
    assert clean_title(line).name == name


def test_a_line_pointing_at_the_job_below_is_not_its_name() -> None:
    text = (
        "## 【内推】【北京】星辰科技-数据中台 数据研发工程师\n\n团队发展阶段，各级都有 HC\n\n"
        "## 团队介绍\n- 海量数据\n\n"
        "_以下为数据研发职位的JD，如需其他职位信息，可发邮件沟通_\n\n"
        "## 【岗位职责】\n1. 建设数仓\n\n## 【岗位要求】\n1. 熟悉 SQL\n"
    )
    [result] = parse_text(text)
    posting = result.posting
    assert posting.title == "数据研发工程师"
    kinds = [section.kind for section in posting.sections]
    assert SectionKind.DUTIES in kinds and SectionKind.REQUIREMENTS in kinds
    assert find_lost_text(text, [result]) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "[星辰云]国内领先！在星辰云，打造“数据大脑”！寻找懂业务的数据架构师！",
            "懂业务的数据架构师",
        ),
        ("急招！高级Java工程师", "高级Java工程师"),
        ("前端工程师！", "前端工程师"),
        ("招募：增长运营", "增长运营"),
    ],
)
def test_of_a_slogan_s_exclamations_the_one_naming_the_job(line: str, name: str) -> None:
    assert clean_title(line).name == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("【社招内推】【星辰 搜广推岗位】【上海长宁区】", "星辰 搜广推岗位"),
        ("高性能方向（上海/北京）", "高性能方向"),
    ],
)
def test_tags_of_facts_around_a_name_without_a_role_word_leave_it(line: str, name: str) -> None:
    assert clean_title(line).name == name


def test_a_headline_naming_a_company_and_places_is_no_posting() -> None:
    text = (
        "**【杭州/上海】星辰软件** **· 行业龙头 赛道好**\n\n在招岗位：Java / 前端\n"
        "城市：杭州（总部） / 上海\n经验要求：两年及以上\n\n简历投递：hr@example.com\n\n"
        "**【Java】**\n岗位职责：\n1. 开发核心模块\n岗位要求：\n1. 熟悉 Spring\n\n"
        "**【前端】**\n岗位职责：\n1. 开发页面\n岗位要求：\n1. 熟悉 React\n"
    )
    parsed = parse_text(text)
    assert [p.posting.title for p in parsed] == ["Java", "前端"]
    for result in parsed:  # the headline's text and fields go into each job
        assert any(
            "两年及以上" in item.text for s in result.posting.sections for _, item in s.walk()
        )
        assert result.posting.location == "杭州（总部） / 上海"
    assert find_lost_text(text, parsed) == []


def test_the_line_naming_the_job_above_its_duties_outranks_a_headline_far_above() -> None:
    text = (
        "### [星辰][北京]创意部门-前端工程师招聘(社招&校招)\n\n🔥校招看这里！\n\n"
        "投递链接: https://example.com/campus\n\n🔥🔥创意部门直招\n\n"
        "！！！投递之后记得留下意向职位\n\n前端开发工程师-游戏方向(北京社招)\n\n北京·社招·全职\n\n"
        "职位描述\n\n1、开发小游戏\n\n职位要求\n\n1、熟悉 ES6\n"
    )
    [result] = parse_text(text)
    assert result.posting.title == "前端开发工程师-游戏方向"
    assert find_lost_text(text, [result]) == []


def test_a_title_line_right_above_its_duties_keeps_its_name() -> None:
    text = "## 数据工程师\n\n团队介绍：我们做数据。\n\n北京·全职\n\n岗位职责\n1. 建设数仓\n"
    [result] = parse_text(text)
    assert result.posting.title == "数据工程师"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Senior Analytics Engineer", True),
        ("Director of Engineering", True),
        ("Engineer and Analyst", True),
        ("Analytics Engineer, Marketing", True),
        ("senior data engineer in Berlin", True),
        ("Executive and leadership reporting", False),  # an adjective: a list item
        ("Lead the team", False),  # a verb
        ("Senior Data Engineer role", True),
        ("Backend Developer wanted", True),
        ("Event payload and schema design", False),
    ],
)
def test_an_english_role_word_followed_by_small_words_names_no_job(text: str, named: bool) -> None:
    assert names_role(text) is named


def test_an_item_with_a_role_word_as_adjective_starts_no_posting() -> None:
    text = (
        "We're looking for a Data Engineer to build our pipelines.\n\nWhat You'll Be Doing\n\n"
        "Ensure metrics are usable for:\n\nSelf serve analysis\n\n"
        "Executive and leadership reporting\n\nAgent based workflows\n\n"
        "Work with analysts on the models they need.\n\nRequirements\n\nStrong SQL\n"
    )
    parsed = parse_text(text)
    assert [p.posting.title for p in parsed] == ["Data Engineer"]
    assert find_lost_text(text, parsed) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Reporting to the Lead Data Engineer, the Hub Analytics Engineer is a member of it.",
            "Hub Analytics Engineer",
        ),
        ("The Analytics Engineer is key in our data transformation.", "Analytics Engineer"),
        ("The Senior Designer will own the design system.", "Senior Designer"),
        ("You will work with the Data Engineer, who owns the pipelines.", None),
        ("The Team is great.", None),
    ],
)
def test_the_role_as_the_subject_of_a_sentence(sentence: str, name: str | None) -> None:
    assert role_in_sentence(sentence) == name


def test_a_sentence_about_the_role_outranks_a_page_s_chrome() -> None:
    text = (
        "Cookie Policy\n\nAcme is a global player in payments.\n"
        "The Analytics Engineer is responsible for the data models behind our reports.\n"
        "Responsibilities\nBuild dbt models\nRequirements\nStrong SQL\n"
    )
    [result] = parse_text(text)
    assert result.posting.title == "Analytics Engineer"
    assert find_lost_text(text, [result]) == []


def test_a_text_opening_with_a_heading_is_titled_by_it_rather_than_the_file_name() -> None:
    text = (
        "# 【急招】星辰电商-治理前端团队（Base: 上海）\n> 联系方式：hr@example.com\n"
        "## 团队介绍\n我们做治理。\n## 职位描述\n1. 开发页面\n## 职位要求\n1. 熟悉 React\n"
    )
    [result] = parse_text(text, ParseOptions(fallback_title="076"))
    assert result.posting.title == "星辰电商-治理前端团队"
    assert find_lost_text(text, [result]) == []


def test_without_a_heading_or_a_named_line_the_file_name_is_the_title() -> None:
    text = "我们做治理。\n职位描述\n1. 开发页面\n"
    [result] = parse_text(text, ParseOptions(fallback_title="076"))
    assert result.posting.title == "076"


def test_a_bold_discipline_between_chinese_jobs_is_a_job_of_its_own() -> None:
    text = (
        "**产品经理：**\n职位描述\n- 规划产品\n职位要求\n- 三年经验\n\n"
        "**UI/UX Design：**\n职位描述\n- 设计界面\n职位要求\n- 熟悉 Figma\n\n"
        "**前端开发工程师：**\n职位描述\n- 开发页面\n职位要求\n- 熟悉 React\n"
    )
    parsed = parse_text(text)
    assert [p.posting.title for p in parsed] == ["产品经理", "UI/UX Design", "前端开发工程师"]


def test_the_intro_s_fields_serve_every_job_but_its_headcount() -> None:
    text = (
        "**星辰科技 · 龙头**\n招聘人数：10人\n城市：杭州\n\n"
        "**【前端工程师】**\n岗位职责：\n1. 写页面\n\n**【后端工程师】**\n岗位职责：\n1. 写接口\n"
    )
    parsed = parse_text(text)
    assert [(p.posting.title, p.posting.location) for p in parsed] == [
        ("前端工程师", "杭州"),
        ("后端工程师", "杭州"),
    ]
    assert all(p.posting.headcount is None for p in parsed)
    assert find_lost_text(text, parsed) == []
