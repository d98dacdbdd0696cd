"""A template's list numbering, read for the preview, and the preview HTML that uses it."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from jdeditor.core.model import Item, ItemKind, Language, Posting, Section, SectionKind
from jdeditor.formats.docx_export import find_template
from jdeditor.formats.html_export import render_html
from jdeditor.formats.template_numbering import (
    NumberLevel,
    level_label,
    number_text,
    template_numbering,
)
from tests.factories import chinese_posting, english_posting

_TAG = re.compile(r"<[^>]+>")


def labels(
    path: Path, language: Language, outline: bool, paths: list[tuple[int, ...]]
) -> list[str]:
    levels = template_numbering(path, language).levels(outline)
    return [level_label(levels, counters) for counters in paths]


def test_formal_zh_numbers_flat_lists_1_and_nested_1_in_brackets() -> None:
    path = find_template("formal-zh").path
    assert labels(path, Language.ZH, False, [(1,), (2,), (2, 1), (2, 1, 3)]) == [
        "1、", "2、", "（1）", "③",
    ]  # fmt: skip
    # Groups with items in them: chapter numbers, then 1、 inside.
    assert labels(path, Language.ZH, True, [(1,), (2,), (2, 1), (2, 1, 2)]) == [
        "一、", "二、", "1、", "（2）",
    ]  # fmt: skip


def test_jd_en_numbers_with_decimal_outline() -> None:
    path = find_template("jd-en").path
    assert labels(path, Language.EN, False, [(1,), (3, 2), (3, 2, 1)]) == ["1.", "3.2.", "3.2.1."]


def test_a_template_without_list_styles_gets_the_language_default(tmp_path: Path) -> None:
    bare = tmp_path / "bare.docx"
    with zipfile.ZipFile(bare, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert labels(bare, Language.ZH, False, [(1,), (1, 2)]) == ["1、", "（2）"]
    assert labels(bare, Language.ZH, True, [(10,), (10, 1)]) == ["十、", "1、"]
    assert labels(bare, Language.EN, True, [(1,), (1, 2)]) == ["1.", "1.2."]
    assert labels(tmp_path / "missing.docx", Language.EN, False, [(4,)]) == ["4."]


@pytest.mark.parametrize(
    ("fmt", "value", "text"),
    [("decimal", 12, "12"), ("chineseCounting", 21, "二十一"), ("chineseCounting", 15, "十五"),
     ("decimalEnclosedCircleChinese", 4, "④"), ("lowerLetter", 27, "aa"), ("upperRoman", 14, "XIV"),
     ("none", 3, "")],
)  # fmt: skip
def test_number_formats(fmt: str, value: int, text: str) -> None:
    assert number_text(fmt, value) == text


def test_bullets_show_what_the_symbol_font_draws() -> None:
    levels = (NumberLevel("bullet", "\uf0b7"), NumberLevel("bullet", "o"))
    assert [level_label(levels, path) for path in [(1,), (1, 1)]] == ["•", "o"]


def preview_text(posting: Posting, template: str) -> str:
    numbering = template_numbering(find_template(template).path, posting.language)
    html = render_html(posting, numbering=numbering)
    return _TAG.sub("", html)


def test_preview_html_labels_items_as_the_template_does() -> None:
    zh = chinese_posting()  # duties hold a group with items in it: the outline format
    text = preview_text(zh, "formal-zh")
    assert "一、市场及用户研究" in text
    assert "1、市场分析：了解竞争对手产品" in text
    assert "二、负责数据分析报告的撰写" in text
    assert "1、本科及以上学历，统计学相关专业" in text  # requirements: a flat list
    assert "熟练使用Excel和SQL，R&amp;D经验优先 &lt;研发&gt;" in text  # escaped as text
    assert "<ol" not in render_html(zh, numbering=template_numbering(
        find_template("formal-zh").path, zh.language))  # fmt: skip
    en = english_posting()
    assert "1.Design and build APIs in Python" in preview_text(en, "jd-en")


def test_a_paragraph_in_a_list_is_not_labelled() -> None:
    posting = Posting(
        title="T",
        sections=[
            Section(
                SectionKind.DUTIES,
                "岗位职责",
                [Item("一"), Item("说明文字", kind=ItemKind.PARAGRAPH), Item("二")],
            )
        ],
    )
    text = preview_text(posting, "formal-zh")
    assert "1、一" in text and "2、二" in text
    assert "、说明文字" not in text and "说明文字" in text
