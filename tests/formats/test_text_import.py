"""Text files of every common encoding decode exactly, or are refused with a reason."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from jdeditor.core.structure import ParseOptions
from jdeditor.errors import InputFileError, UserFacingError
from jdeditor.formats.readers import ReadOptions, read_postings
from jdeditor.formats.text_import import decode_text, parse_pages

POSTING = """高级产品经理（上海）
工作地点：上海
岗位职责：
1、负责产品规划与需求分析，撰写PRD文档；
2、协调研发、设计团队推进项目落地；
3、跟踪数据指标，持续优化用户体验。
任职要求：
1、本科及以上学历，三年以上产品经验；
2、熟练使用Axure、Excel等工具；
3、良好的沟通能力，能承受一定的工作压力。
"""


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"]
)
def test_encodings_decode_exactly(tmp_path: Path, encoding: str) -> None:
    data = POSTING.encode(encoding)
    decoded = decode_text(tmp_path / "x.txt", data)
    assert decoded.text.removeprefix("\ufeff") == POSTING


def test_big5_traditional_chinese(tmp_path: Path) -> None:
    text = (
        "資深軟體工程師\n工作內容：\n1. 負責系統架構設計與開發維護\n"
        "2. 撰寫技術文件並與團隊溝通協作\n"
    )
    assert decode_text(tmp_path / "x.txt", (text * 3).encode("big5")).text == text * 3


def test_explicit_encoding_wins_and_a_wrong_one_names_the_line(tmp_path: Path) -> None:
    data = POSTING.encode("gb18030")
    assert decode_text(tmp_path / "x.txt", data, "gb18030").text == POSTING
    with pytest.raises(InputFileError, match=r"not valid utf-8 text: byte 0x\w\w on line 1"):
        decode_text(tmp_path / "x.txt", data, "utf-8")
    with pytest.raises(InputFileError, match="not an encoding"):
        decode_text(tmp_path / "x.txt", data, "klingon")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4, "is a PDF file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "save it as .docx"),
        (bytes(range(256)) * 20, "does not look like a text file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "does not look like a text file"),
    ],
)
def test_binary_files_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes(data)
    with pytest.raises(InputFileError, match=message) as raised:
        read_postings(path)
    assert str(path) in str(raised.value)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"  \n\n")
    with pytest.raises(InputFileError, match="empty"):
        read_postings(path)


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_read_postings_parses_any_encoding_and_line_ending(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "产品经理.txt"
    path.write_bytes(POSTING.replace("\n", "\r\n").encode(encoding))
    result = read_postings(path)
    assert result.kind == "text"
    [read] = result.postings
    posting = read.posting
    assert posting.title == "高级产品经理"  # the place went to the location
    assert posting.location == "上海"
    assert [(s.kind.value, s.count_items()) for s in posting.sections] == [
        ("duties", 3),
        ("requirements", 3),
    ]


def test_a_bad_separator_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(POSTING, encoding="utf-8")
    with pytest.raises(UserFacingError, match="not a valid regular expression"):
        read_postings(path, ReadOptions(separator="([unclosed"))


def test_separator_splits_postings(tmp_path: Path) -> None:
    path = tmp_path / "two.txt"
    second = POSTING.replace("高级产品经理（上海）", "数据分析师（北京）")
    path.write_text(POSTING + "\n-----\n" + second, encoding="utf-8")
    result = read_postings(path, ReadOptions(separator=r"-{3,}"))
    assert [read.posting.title for read in result.postings] == ["高级产品经理", "数据分析师"]


# -- pages, and HTML as our export writes it ---------------------------------------------------

TWO_MARKDOWN_POSTINGS = """# 数据分析师

## 岗位职责

1. 负责数据分析

## 公司介绍

我们是一家数据公司。

---

# 产品经理

出海公司早期项目，base广州，4月到岗\\
有意向的同学，可以将简历发送至：hr@example.com

## 岗位职责

1. 负责产品规划
"""


def test_a_rule_before_a_title_starts_the_next_posting(tmp_path: Path) -> None:
    path = tmp_path / "两个岗位.md"
    path.write_text(TWO_MARKDOWN_POSTINGS, encoding="utf-8")
    postings = [read.posting for read in read_postings(path).postings]
    assert [p.title for p in postings] == ["数据分析师", "产品经理"]
    assert [[s.kind.value for s in p.sections] for p in postings] == [
        ["duties", "about"],
        ["duties"],
    ]


def test_a_rule_inside_a_posting_does_not_split_it(tmp_path: Path) -> None:
    path = tmp_path / "一个岗位.md"
    path.write_text(
        "# 数据分析师\n\n## 岗位职责\n\n1. 负责数据分析\n\n---\n\n2. 撰写报告\n", encoding="utf-8"
    )
    [read] = read_postings(path).postings
    assert read.posting.title == "数据分析师"
    assert [i.text for i in read.posting.sections[0].items] == ["负责数据分析", "撰写报告"]


def test_a_name_alone_after_a_rule_goes_on_with_the_posting_before(tmp_path: Path) -> None:
    path = tmp_path / "一个岗位.md"
    path.write_text(
        "## 前端技术专家\n\n职位描述\n1. 写页面\n\n### 联系方式\n微信：abc\n\n---\n\n张三老师\n",
        encoding="utf-8",
    )
    [read] = read_postings(path).postings
    assert read.posting.title == "前端技术专家"
    assert read.last_line == 11


def test_an_html_page_is_read_without_its_head_and_style(tmp_path: Path) -> None:
    page = (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<title>数据分析师</title>\n<style>\n'
        "body { font-family: sans-serif; color: #222; }\n</style>\n</head>\n<body>\n"
        '<h1>数据分析师</h1>\n<table class="fields">\n'
        '<tr><th scope="row">工作地点</th><td>上海</td></tr>\n</table>\n'
        '<h2 class="duties">岗位职责</h2>\n<ol>\n<li aria-level="1">市场研究\n<ol>\n'
        '<li aria-level="2">竞品分析</li>\n</ol>\n</li>\n<li aria-level="1">撰写报告</li>\n'
        "</ol>\n</body>\n</html>\n"
    )
    path = tmp_path / "岗位.html"
    path.write_text(page, encoding="utf-8")
    [read] = read_postings(path).postings
    posting = read.posting
    assert posting.title == "数据分析师"
    assert posting.location == "上海"  # the header cell and its data cell are one field line
    assert "font-family" not in posting.summary and posting.language.value == "zh"
    [duties] = posting.sections
    assert [(d, item.text) for d, item in duties.walk()] == [
        (0, "市场研究"),
        (1, "竞品分析"),
        (0, "撰写报告"),
    ]
    assert read.first_line == 10  # line numbers are the file's


def test_read_as_one_posting_the_rules_are_not_cut(tmp_path: Path) -> None:
    path = tmp_path / "两个岗位.md"
    path.write_text(TWO_MARKDOWN_POSTINGS, encoding="utf-8")
    assert len(read_postings(path).postings) == 2
    [parsed] = parse_pages(TWO_MARKDOWN_POSTINGS, ParseOptions(single=True))
    assert parsed.posting.title == "数据分析师"


def test_an_introduction_page_before_a_rule_gives_each_job_its_place() -> None:
    """A text whose introduction stands on a page of its own, above a rule, is read like
    one without the rule: its 工作地点 is the location of every job below."""
    jobs = [
        f"{name}\n岗位职责：\n1、负责{duty}\n任职要求：\n1、本科\n"
        for name, duty in (("前端开发工程师", "网页开发"), ("后端开发工程师", "接口开发"))
    ]
    text = (
        "星辰科技招聘\n公司介绍：一家做数据产品的公司。\n工作地点：上海\n\n---\n\n"
        + "\n---\n\n".join(jobs)
    )
    parsed = parse_pages(text, ParseOptions())
    assert [p.posting.title for p in parsed] == ["前端开发工程师", "后端开发工程师"]
    assert [p.posting.location for p in parsed] == ["上海", "上海"]
