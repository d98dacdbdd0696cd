"""Which pieces of a text are jobs, and where intro, benefits, contact and categories go."""

from __future__ import annotations

import pytest

from jdeditor.core.model import SectionKind
from jdeditor.core.structure import ParseOptions, parse_text
from jdeditor.core.structure.coverage import find_lost_text
from jdeditor.core.structure.titles import clean_title

POST = """星辰科技有限公司
我们是一家做数据产品的公司，团队 50 人。

前端工程师
岗位职责：
1、开发页面
任职要求：
1、熟悉 React

后端工程师
岗位职责：
1、开发接口
◎职位要求
1、熟悉 Go
岗位基本需求
1、能出差

【福利待遇】
1、六险一金
【联系方式】
简历请发送至 hr@example.com
"""


def _kinds(posting_sections: list) -> list[tuple[str, str]]:
    return [(section.kind.value, section.heading) for section in posting_sections]


def test_intro_and_closing_blocks_go_into_every_job() -> None:
    parsed = parse_text(POST)
    assert [p.posting.title for p in parsed] == ["前端工程师", "后端工程师"]
    for result in parsed:
        sections = result.posting.sections
        assert sections[0].kind is SectionKind.ABOUT
        # The company's name is the first line of its text, not a heading over it.
        assert (sections[0].heading, sections[0].items[0].text) == ("", "星辰科技有限公司")
        assert "福利待遇" in [section.heading for section in sections]
        assert sections[-1].heading == "联系方式"
    first, second = (result.posting for result in parsed)
    assert first.sections[0] is not second.sections[0]  # each job has its own copy
    assert find_lost_text(POST, parsed) == []


def test_a_heading_the_vocabulary_missed_stays_in_its_job() -> None:
    parsed = parse_text(POST)
    assert len(parsed) == 2
    second = parsed[1].posting
    assert "岗位基本需求" in [section.heading for section in second.sections]
    assert ("requirements", "职位要求") in _kinds(second.sections)  # ◎ decorates
    assert not any(w.code == "no_duties" for w in parsed[1].warnings)


def test_a_text_without_any_job_keeps_its_pieces() -> None:
    text = "公司简介\n我们做数据产品。\n\n福利待遇\n1、六险一金\n"
    parsed = parse_text(text)
    assert len(parsed) >= 1
    assert find_lost_text(text, parsed) == []


def test_a_category_heading_names_the_department_of_the_jobs_below() -> None:
    text = (
        "研发类\n\n算法工程师\n岗位职责：\n1、训练模型\n\n数据工程师\n岗位职责：\n1、建数仓\n\n"
        "职能类\n\n招聘专员\n岗位职责：\n1、招人\n"
    )
    parsed = parse_text(text)
    assert [(p.posting.title, p.posting.department) for p in parsed] == [
        ("算法工程师", "研发类"),
        ("数据工程师", "研发类"),
        ("招聘专员", "职能类"),
    ]
    assert find_lost_text(text, parsed) == []


def test_a_category_that_is_no_department_is_a_tag() -> None:
    text = (
        "## 社招职位\n### 1. 算法工程师\n【岗位职责】\n1. 训练模型。\n"
        "## 校招职位\n### 1. 算法实习生\n【岗位职责】\n1. 标注数据。\n"
    )
    parsed = parse_text(text)
    assert [(p.posting.title, p.posting.tags) for p in parsed] == [
        ("算法工程师", ["社招职位"]),
        ("算法实习生", ["校招职位"]),
    ]
    assert find_lost_text(text, parsed) == []


def test_a_marked_up_line_naming_a_job_starts_one_even_with_a_block_before_its_duties() -> None:
    text = (
        "### 后端开发工程师\n联系方式\n微信：abc\n岗位职责：\n1.写服务\n任职要求：\n1.会Go\n"
        "### 前端开发工程师\n联系方式\n微信：abc\n【职位职责】\n1. 写页面\n"
        "【我们期待】\n1. 会React\n"
        "### 安卓工程师\n联系方式\n微信：abc\n职位职责：\n1、写App\n"
    )
    parsed = parse_text(text)
    assert [p.posting.title for p in parsed] == ["后端开发工程师", "前端开发工程师", "安卓工程师"]
    assert find_lost_text(text, parsed) == []


def test_a_company_headline_is_no_job_and_the_job_named_under_it_is() -> None:
    text = (
        "**西安葡萄城信息技术有限公司**\n葡萄城成立于1980年。\n职位列表：\n"
        "**1、活字格产品市场经理**\n职位描述：负责市场。\n岗位要求：\n• 本科以上学历\n\n"
        "**2、软件销售工程师**\n职位描述：负责销售。\n岗位要求：\n• 大专以上学历\n"
    )
    parsed = parse_text(text)
    assert [p.posting.title for p in parsed] == ["活字格产品市场经理", "软件销售工程师"]
    for result in parsed:
        about = result.posting.sections[0]
        assert about.kind is SectionKind.ABOUT
        assert about.items[0].text == "西安葡萄城信息技术有限公司"
    assert find_lost_text(text, parsed) == []


def test_a_skill_in_an_english_item_names_no_job() -> None:
    text = "# Senior Backend Engineer\n## What you'll do\n1. Design and build APIs in Python\n"
    text += "## Requirements\n1. PostgreSQL\n"
    [result] = parse_text(text)
    assert result.posting.title == "Senior Backend Engineer"


def test_a_line_that_names_the_job_titles_a_posting_without_a_title_line() -> None:
    text = "拼多多容器平台招聘: (工作地点: 上海, 长期有效)\n岗位职责\n负责容器平台建设\n"
    text += "任职要求\n熟悉 K8s\n"
    [result] = parse_text(text, ParseOptions(fallback_title="044"))
    assert result.posting.title == "拼多多容器平台"
    assert result.posting.summary.startswith("拼多多容器平台招聘")  # the line is kept
    assert find_lost_text(text, [result]) == []


def test_a_headline_whose_lines_look_like_a_list_introduces_the_jobs_below() -> None:
    text = (
        "【成都/远程】【创业公司招客户端】\n- 早期团队\n- 远程办公\n\n"
        "iOS 开发\n岗位职责\n1. 写 App\n任职资格\n1. 熟悉 Swift\n\n"
        "安卓开发\n岗位职责\n1. 写 App\n任职资格\n1. 熟悉 Kotlin\n"
    )
    parsed = parse_text(text)
    assert [p.posting.title for p in parsed] == ["iOS 开发", "安卓开发"]
    assert find_lost_text(text, parsed) == []


def test_an_item_after_a_numbering_gap_is_no_title() -> None:
    text = (
        "Data Analyst\nResponsibilities\n1. Build dashboards\n2. Answer questions\n"
        "4. Keep the data dictionary up to date\n\nRequirements\n- SQL\n"
    )
    [result] = parse_text(text)
    [duties, _] = result.posting.sections
    assert [item.text for item in duties.items][-1] == "Keep the data dictionary up to date"
    assert [w.code for w in result.warnings] == ["numbering_gap"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("字节跳动 广深教育服务端", "广深教育服务端"),
        ("阿里云IoT事业部  前端web工程师/nodejs工程师", "前端web工程师/nodejs工程师"),
        ("高级 Java 工程师", "高级 Java 工程师"),  # a grade stays
        ("[深圳] 招聘 Java 后端开发", "Java 后端开发"),  # a skill stays
        ("平台Site Reliability Engineer", "平台Site Reliability Engineer"),
        ("招聘专员", "招聘专员"),
        ("易路软件招聘前端开发工程师", "前端开发工程师"),
        ("【武汉斗鱼】中高级Java，内推", "中高级Java"),
        ("Senior Analyst, Data & Analytics", "Senior Analyst, Data & Analytics"),
        ("**深度学习（AIGC视觉）算法工程师岗位职责：", "深度学习（AIGC视觉）算法工程师"),
        ("产品经理岗位职责说明 (一)", "产品经理岗位职责说明 (一)"),
    ],
)
def test_a_title_keeps_the_job_s_name(line: str, name: str) -> None:
    assert clean_title(line).name == name
