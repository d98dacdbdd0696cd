"""How to apply: the heading vocabulary, the contact-line rule and where contact lines go."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdeditor.core.model import Posting, Section, SectionKind
from jdeditor.core.structure import ParsedPosting, parse_text
from jdeditor.core.structure.contact import is_contact_line
from jdeditor.core.structure.coverage import find_lost_text
from jdeditor.core.structure.headings import match_apply_heading, match_heading
from tests.hypothesis_support import examples


def _parse_one(text: str) -> tuple[Posting, ParsedPosting]:
    parsed = parse_text(text)
    assert len(parsed) == 1
    assert find_lost_text(text, parsed) == []
    return parsed[0].posting, parsed[0]


def _texts(section: Section) -> list[str]:
    return [item.text for _, item in section.walk()]


def _section(posting: Posting, kind: SectionKind) -> Section:
    found = [section for section in posting.sections if section.kind is kind]
    assert len(found) == 1, [(section.kind, section.heading) for section in posting.sections]
    return found[0]


# -- the contact-line rule ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "简历请发送至 hr@x.com",
        "简历发至zhongyuanhui@huawei.com",
        "投递链接: https://job.example.cn/s/abc",
        "内推码：S8VIhyzJi2",
        "微信：lht91225",
        "可加我微信 codedq 详聊",
        "联系方式：13262529729（同微信）",
        "电话：021-31361626",
        "联系人：张女士",
        "或扫描下方二维码（请注明姓名投递职位）",
        "有意者请发简历到邮箱，邮件标题：姓名 + 岗位",
        "欢迎大家投递、咨询：liuming04 at meituan.com",
        "jobs#example.com",
        "https://www.example.com/careers",
        "[投简历](https://job.toutiao.com/s/abc)",
        "公司官网：https://www.example.cn",
        "Send your CV to jobs@example.com",
        "Please contact Jane Doe for details.",
        "Apply here: https://jobs.example.com/123",
        "Contact: Sandra, Corporate Recruiter, s.sandra@example.nl.",
        "WeChat: neugls",
        "Email: jobs@example.com",
        "**简历投递邮箱：18701300533@163.com**",
    ],
)
def test_contact_lines(text: str) -> None:
    assert is_contact_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "熟悉微信小程序开发，有项目使用实践经验者优先；",
        "维护公司官网 www.example.com",
        "负责公司官网（www.example.com）的日常维护",
        "负责二维码生成服务的开发",
        "对互联网安全行业感兴趣，对发展规律和未来趋势有一定认识；",
        "负责收集、筛选投递简历",
        "客户联系：维护客户关系，定期回访",
        "电话销售：负责新客户开发",
        "熟悉 wxWidgets 或 Qt",
        "熟悉 C# asp.net 开发",
        "负责增加微信支付渠道",
        "添加微信登录与分享功能",
        "熟悉微信（WeChat）小程序开发",
        "对新技术有兴趣，善于与产品经理沟通联系",
        "Apply today's best practices in machine learning",
        "3年以上工作经验，13个以上项目经验",
        "Build QR code payments for WeChat Pay",
        "Be the main point of contact for stakeholders",
        "Key contacts: Finance, Product and Engineering teams",
        "Contact customers to understand their needs",
        "Apply engineering practices to analytics code",
        "Email or phone",
        "",
    ],
)
def test_lines_that_only_mention_contact_things(text: str) -> None:
    assert not is_contact_line(text)


# -- headings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "应聘方式",
        "联系方式",
        "联系方式（注明来源）：",
        "【投递方式】",
        "简历投递",
        "简历投递邮箱：",
        "投递邮箱",
        "联系我们",
        "内推方式",
        "快速投递",
        "感兴趣的同学请联系：",
        "有意者联系",
        "内推联系人（申请加好友时注明求职来意）",
        "How to apply",
        "How to apply?",
        "To apply",
        "Apply:",
        "Application process",
        "Contact:",
        "【Contact us】",
        "Interested? Apply now!",
    ],
)
def test_how_to_apply_headings(text: str) -> None:
    heading = match_apply_heading(text)
    assert heading is not None
    assert heading.kind is SectionKind.APPLY


@pytest.mark.parametrize(
    # a web page's button or menu alone on its line is not a heading; nor is a requirement
    "text",
    ["Apply", "Contact", "Contact us", "Apply now", "岗位职责", "熟悉微信小程序开发", "联系客户"],
)
def test_not_how_to_apply_headings(text: str) -> None:
    assert match_apply_heading(text) is None


def test_the_splitter_vocabulary_is_left_as_it_was() -> None:
    # Until the posting splitter reads apply headings as blocks shared by the jobs of a file,
    # they are not in the vocabulary it uses (they would split a file's contact block off).
    assert match_heading("联系方式") is None
    assert match_heading("岗位职责") is not None


# -- where contact lines go -----------------------------------------------------------------

ZH_POSTING = """高级前端工程师

岗位职责：
1. 负责公司官网与小程序的开发；
2. 维护公司官网 www.example.com
3. 简历请发送至 hr@example.com

任职要求：
1. 熟悉微信小程序开发；
2. 三年以上前端经验。
有意向者发送简历到 jobs@example.com，收到即安排面试；
或加微信详细了解：微信号 phixxlon
期待你的加入！
"""


def test_chinese_contact_lines_move_to_a_new_apply_section() -> None:
    posting, _ = _parse_one(ZH_POSTING)
    duties = _section(posting, SectionKind.DUTIES)
    requirements = _section(posting, SectionKind.REQUIREMENTS)
    apply = _section(posting, SectionKind.APPLY)
    assert _texts(duties) == ["负责公司官网与小程序的开发；", "维护公司官网 www.example.com"]
    assert _texts(requirements) == ["熟悉微信小程序开发；", "三年以上前端经验。"]
    assert posting.sections[-1] is apply
    assert apply.heading == "应聘方式"
    assert _texts(apply) == [
        "简历请发送至 hr@example.com",
        "有意向者发送简历到 jobs@example.com，收到即安排面试；",
        "或加微信详细了解：微信号 phixxlon",
        "期待你的加入！",
    ]


EN_POSTING = """Data Engineer

Responsibilities
- Build pipelines with dbt and Airflow
- Maintain our docs site at https://docs.example.com/data as part of the platform work

Requirements
- 3+ years of SQL
- Experience with WeChat mini programs is a plus
Send your CV to jobs@example.com
Apply here: https://jobs.example.com/123
"""


def test_english_contact_lines_move_to_how_to_apply() -> None:
    posting, _ = _parse_one(EN_POSTING)
    duties = _section(posting, SectionKind.DUTIES)
    apply = _section(posting, SectionKind.APPLY)
    assert len(_texts(duties)) == 2  # a URL inside a task stays with the task
    assert "3+ years of SQL" in _texts(_section(posting, SectionKind.REQUIREMENTS))
    assert apply.heading == "How to apply"
    assert _texts(apply) == [
        "Send your CV to jobs@example.com",
        "Apply here: https://jobs.example.com/123",
    ]


def test_a_written_apply_heading_gets_the_kind_and_the_lines_from_elsewhere() -> None:
    text = """产品经理

联系方式（注明来源）：
微信：abc_hr

岗位职责：
1. 负责产品规划；
2. 邮箱：pm@example.com

任职要求：
1. 三年以上经验。
"""
    posting, _ = _parse_one(text)
    apply = _section(posting, SectionKind.APPLY)
    assert apply.heading == "联系方式（注明来源）"
    assert posting.sections[0] is apply  # where it was written
    assert _texts(apply) == ["微信：abc_hr", "邮箱：pm@example.com"]
    assert _texts(_section(posting, SectionKind.DUTIES)) == ["负责产品规划；"]


@pytest.mark.parametrize(
    "heading",
    ["## 📨 联系方式", "**投递方式：**", "## Apply", "**Contact us**", "【简历投递窗口】"],
)
def test_decorated_apply_headings_open_an_apply_section(heading: str) -> None:
    text = f"产品经理\n\n岗位职责：\n1. 负责产品规划；\n\n{heading}\n请将简历发送到 a@example.com\n"
    posting, _ = _parse_one(text)
    assert _texts(_section(posting, SectionKind.APPLY)) == ["请将简历发送到 a@example.com"]
    assert all(section.kind is not SectionKind.OTHER for section in posting.sections)


def test_a_section_of_contact_lines_becomes_the_apply_section() -> None:
    text = (
        "产品经理\n\n岗位职责：\n1. 负责产品规划；\n\n"
        "**杭州某科技公司**\n简历投递至：hr@example.com\n"
    )
    posting, _ = _parse_one(text)
    apply = _section(posting, SectionKind.APPLY)
    assert apply.heading == "杭州某科技公司"
    assert _texts(apply) == ["简历投递至：hr@example.com"]


def test_a_long_paragraph_after_the_contact_line_stays() -> None:
    intro = "我们是一家专注于数据基础设施的公司，团队来自国内外一线互联网企业，" * 2
    text = f"后端工程师\n\n任职要求：\n1. 熟悉 Go；\n简历投递：hr@example.com\n{intro}\n"
    posting, _ = _parse_one(text)
    assert _texts(_section(posting, SectionKind.APPLY)) == ["简历投递：hr@example.com"]
    assert _texts(_section(posting, SectionKind.REQUIREMENTS)) == ["熟悉 Go；", intro]


def test_the_summary_and_the_company_section_keep_their_links() -> None:
    text = """数据分析师
公司官网：https://www.example.cn

公司介绍：
网址：https://www.example.cn/about

岗位职责：
1. 负责数据分析；
"""
    posting, _ = _parse_one(text)
    assert "https://www.example.cn" in posting.summary
    assert _texts(_section(posting, SectionKind.ABOUT)) == ["网址：https://www.example.cn/about"]
    assert not any(section.kind is SectionKind.APPLY for section in posting.sections)


def test_a_posting_without_contact_lines_gets_no_apply_section() -> None:
    text = "产品经理\n\n岗位职责：\n1. 负责产品规划；\n\n任职要求：\n1. 熟悉微信生态。\n"
    posting, _ = _parse_one(text)
    assert [section.kind for section in posting.sections] == [
        SectionKind.DUTIES,
        SectionKind.REQUIREMENTS,
    ]


# -- the coverage check stays strict --------------------------------------------------------


def test_a_gathered_line_the_posting_does_not_hold_is_lost() -> None:
    parsed = parse_text(ZH_POSTING)
    apply = _section(parsed[0].posting, SectionKind.APPLY)
    apply.items[0].text = "简历请发送至 other@example.com"
    lost = "".join(item.text for item in find_lost_text(ZH_POSTING, parsed))
    assert "hr@example.com" in lost


def test_a_dropped_apply_section_is_lost() -> None:
    parsed = parse_text(ZH_POSTING)
    parsed[0].posting.sections = [
        section for section in parsed[0].posting.sections if section.kind is not SectionKind.APPLY
    ]
    lost = "".join(item.text for item in find_lost_text(ZH_POSTING, parsed))
    assert "hr@example.com" in lost
    assert "phixxlon" in lost


CONTACT_BITS = [
    "简历请发送至 hr@x.com",
    "微信：abc123",
    "https://x.com/j",
    "[投递](https://x.com)",
    "联系方式：",
    "How to apply",
    "1. 负责开发；",
    "- 熟悉微信小程序",
    "岗位职责：",
    "任职要求：",
    "产品经理",
    "",
    "**邮箱投递** : a@b.cn",
    "期待你的加入！",
]


@settings(max_examples=examples(200))
@given(st.lists(st.sampled_from(CONTACT_BITS), max_size=16))
def test_contact_lines_anywhere_lose_nothing(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert find_lost_text(text, parse_text(text)) == []


def test_an_item_that_starts_as_a_contact_line_moves_whole() -> None:
    text = "产品经理\n\n岗位职责：\n1. 负责产品规划；\n2. 简历投递：\n   hr@example.com\n"
    posting, _ = _parse_one(text)
    assert _texts(_section(posting, SectionKind.APPLY)) == ["简历投递：\nhr@example.com"]


def test_a_task_with_a_link_under_it_stays() -> None:
    text = "Engineer\n\nRequirements\n- Know the Go toolchain\n  https://go.dev/doc\n"
    posting, _ = _parse_one(text)
    assert _texts(_section(posting, SectionKind.REQUIREMENTS)) == [
        "Know the Go toolchain\nhttps://go.dev/doc"
    ]
    assert all(section.kind is not SectionKind.APPLY for section in posting.sections)
