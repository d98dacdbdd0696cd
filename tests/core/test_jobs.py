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
        # The headline names no section: it opens the introduction, under 公司介绍.
        assert sections[0].heading == "公司介绍"
        assert sections[0].items[0].text == "星辰科技有限公司"
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
        ("前端开发（多个 HC，初中高级均有） 新增实习生岗位", "前端开发"),  # a remark goes
        ("后端开发（多个 HC）", "后端开发"),
        ("DevOps 开发：（Python 方向）", "DevOps 开发"),
        ("逆向工程师(iOS方向)", "逆向工程师(iOS方向)"),  # a qualifier stays
        ("运营经理 (急,18k-35k·14薪)", "运营经理"),
    ],
)
def test_a_title_keeps_the_job_s_name(line: str, name: str) -> None:
    assert clean_title(line).name == name


LISTED = """公司名称
星辰科技

岗位职责
数据工程师：
1.搭建数据管道
2.维护数仓

C++ 开发工程师
1.开发引擎
2.优化性能

**任职资格：**
1、本科及以上学历
2、三年以上开发经验
"""


def test_plain_job_lines_that_open_their_own_lists_are_jobs() -> None:
    parsed = parse_text(LISTED)
    assert find_lost_text(LISTED, parsed) == []
    assert [p.posting.title for p in parsed] == ["数据工程师", "C++ 开发工程师"]
    first, second = (result.posting for result in parsed)
    # The empty 岗位职责 over the jobs heads each job's list; the bold 任职资格 after the
    # last job, stronger than the job lines, serves both.
    assert _kinds(first.sections)[1:] == [("duties", "岗位职责"), ("requirements", "任职资格")]
    assert _kinds(second.sections)[1:] == [("duties", "岗位职责"), ("requirements", "任职资格")]
    assert [item.text for item in second.sections[1].items] == ["开发引擎", "优化性能"]


def test_one_job_line_over_a_list_is_no_second_job() -> None:
    text = "数据工程师\n\n岗位职责\n前端开发：\n1.写页面\n2.调接口\n"
    assert [p.posting.title for p in parse_text(text)] == ["数据工程师"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("### 社招：后端开发工程师", "后端开发工程师"),
        ("### _2、运维开发_：（Python 方向）", "运维开发"),
    ],
)
def test_labelled_and_noted_job_lines_start_jobs(line: str, title: str) -> None:
    text = f"### 前端工程师\n岗位职责：\n1、开发页面\n\n{line}\n岗位职责：\n1、维护系统\n"
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    assert parsed[0].posting.title == "前端工程师"
    assert len(parsed) == 2
    assert title in parsed[1].posting.title


def test_a_sibling_of_named_jobs_is_a_job_though_its_name_has_no_role_word() -> None:
    text = "".join(
        f"**{name}：**\n\n职位描述：\n1、做{name}的事\n职位要求：\n1、三年经验\n\n"
        for name in ("产品经理", "UI/UX Design", "前端开发工程师")
    )
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    assert [p.posting.title for p in parsed] == ["产品经理", "UI/UX Design", "前端开发工程师"]


def test_a_lone_unnamed_heading_over_duties_stays_in_its_job() -> None:
    text = "**产品经理：**\n\n**核心工作：**\n职位描述：\n1、写需求\n职位要求：\n1、三年经验\n"
    assert [p.posting.title for p in parse_text(text)] == ["产品经理"]


def test_numbered_job_labels_start_jobs_even_where_a_list_would_go_on() -> None:
    text = (
        "1.1云存储工程师\n工作职责：\n1、负责存储\n2、负责运维\n\n"
        "3、职位名称：云平台工程师\n工作职责：\n1、负责平台\n"
    )
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    assert [p.posting.title for p in parsed] == ["云存储工程师", "云平台工程师"]


def test_a_table_delimiter_row_is_markup() -> None:
    text = "数据库工程师：\n\n岗位要求： | 1. 精通 C++\n-- | --\n岗位职责： | 负责数据库研发\n"
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    [posting] = [result.posting for result in parsed]
    assert [section.kind for section in posting.sections] == [
        SectionKind.REQUIREMENTS,
        SectionKind.DUTIES,
    ]


POSITIONS = """**某大学高层次人才招聘启事**

**招聘岗位**
（1）引进人才

领军人才：从事具有重大创新性的研究工作，并取得标志性成果。年龄不超过50周岁。

助理教授：应具有海内外著名高校的学习经历且取得博士学位，取得较好的研究成果。

（2）专职研究人员

博士后：年龄在35岁以下，获得博士学位不超过3年，具备较高的学术水平的优秀博士。

**联系方式**
电邮：hr@example.edu.cn
"""


def test_positions_listed_one_to_a_line_are_jobs_with_their_requirements() -> None:
    parsed = parse_text(POSITIONS)
    assert find_lost_text(POSITIONS, parsed) == []
    assert [p.posting.title for p in parsed] == ["领军人才", "助理教授", "博士后"]
    first, _, last = (result.posting for result in parsed)
    [requirements] = [s for s in first.sections if s.kind is SectionKind.REQUIREMENTS]
    assert requirements.heading == "任职要求"  # made up: the text names no heading
    assert [item.text for item in requirements.items] == [
        "从事具有重大创新性的研究工作，并取得标志性成果。年龄不超过50周岁。"
    ]
    # A group line above positions is their category; the contact block serves them all.
    assert (first.tags, last.tags) == (["引进人才"], ["专职研究人员"])
    assert last.sections[-1].heading == "联系方式"


def test_label_lines_without_a_positions_heading_stay_text() -> None:
    text = (
        "产品经理\n\n岗位职责：\n1、写需求\n\n"
        "工作地点说明：公司在上海浦东新区张江高科技园区，交通便利，地铁直达。\n"
    )
    assert [p.posting.title for p in parse_text(text)] == ["产品经理"]


def test_a_company_heading_beside_the_job_titles_serves_every_job() -> None:
    text = (
        "## 后端工程师\n\n### 岗位职责\n\n- 写服务\n\n"
        "## 运维工程师\n\n### 岗位职责\n\n- 管机器\n\n"
        "## 公司介绍\n\n我们是一家做区块链的公司。\n"
    )
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    assert [p.posting.title for p in parsed] == ["后端工程师", "运维工程师"]
    for result in parsed:
        assert _kinds(result.posting.sections)[-1] == ("about", "公司介绍")


def test_an_outline_numbered_job_under_an_empty_heading_starts_a_job() -> None:
    text = (
        "[前端][后端]\n工作福利\n1、五险一金\n职位要求：（技术栈）\n\n"
        "1.1云存储工程师\n工作职责：\n1、负责存储\n\n"
        "1.2云平台工程师\n工作职责：\n1、负责平台\n"
    )
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    assert [p.posting.title for p in parsed] == ["云存储工程师", "云平台工程师"]
    # 职位要求：（技术栈） is a heading with a note, not a requirements list: the post's
    # header is shared, and no job of its own.
    assert ("requirements", "职位要求：（技术栈）") in _kinds(parsed[0].posting.sections)


def test_a_line_above_the_post_s_headline_stays_above_it_in_the_introduction() -> None:
    text = (
        "URL: https://jobs.example.com/42\n\n数据平台招聘\n我们做数据。\n\n"
        "数据工程师\n岗位职责：\n1、建管道\n\n算法工程师\n岗位职责：\n1、训模型\n"
    )
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    about = parsed[0].posting.sections[0]
    assert [item.text for item in about.items][:2] == [
        "URL: https://jobs.example.com/42",
        "数据平台招聘",
    ]
