"""The comparison form: numerals, widths, numbering and the words that are not numbers."""

from __future__ import annotations

import pytest

from jdeditor.core.model import Language
from jdeditor.core.statements import normalise, strip_leading_marks
from jdeditor.core.statements.numerals import chinese_to_int


@pytest.mark.parametrize(
    ("run", "value"),
    [("三", 3), ("十", 10), ("十五", 15), ("二十", 20), ("二十五", 25), ("两", 2),
     ("一百零八", 108), ("三千", 3000), ("一万二千", 12000), ("二〇二六", 2026)],
)  # fmt: skip
def test_chinese_to_int(run: str, value: int) -> None:
    assert chinese_to_int(run) == value


def test_chinese_to_int_refuses_a_run_that_is_no_number() -> None:
    assert chinese_to_int("万") is None
    assert chinese_to_int("") is None


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("五年以上销售经验", "5年以上销售经验"),
        ("两年以上行政经验", "2年以上行政经验"),
        ("十五天带薪年假", "15天带薪年假"),
        ("一至三年客服经验", "1-3年客服经验"),
        ("1~3年客服经验", "1-3年客服经验"),
        ("1到3年客服经验", "1-3年客服经验"),
        ("二十五岁以下", "25岁以下"),
        ("管理十余人的团队", "管理10余人的团队"),
        ("掌握一门外语", "掌握1门外语"),
        ("每年两次体检", "每年2次体检"),
    ],
)
def test_chinese_numerals_that_count_become_digits(text: str, form: str) -> None:
    assert normalise(text, Language.ZH) == form


@pytest.mark.parametrize(
    "text",
    ["一定的抗压能力", "与同事一起完成任务", "统一管理门店", "唯一的负责人", "统一等级",
     "万一出错能及时补救", "具有一流的沟通能力", "第一时间响应客户"],
)  # fmt: skip
def test_words_with_numerals_stay_words(text: str) -> None:
    assert normalise(text, Language.ZH) == text


def test_same_bound_in_other_words() -> None:
    assert normalise("2年及以上采购经验") == normalise("2年以上采购经验")
    assert normalise("两年或以上采购经验") == normalise("2年以上采购经验")
    assert normalise("大专（含）以上学历") == normalise("大专以上学历")


def test_meaning_words_are_kept() -> None:
    assert normalise("4年以上相关工作经验") != normalise("4年以上相关经验")
    assert normalise("4年以上销售经验") != normalise("4年以下销售经验")


@pytest.mark.parametrize(
    "text",
    ["1、熟练使用财务软件", "1. 熟练使用财务软件", "2）熟练使用财务软件",
     "(3) 熟练使用财务软件", "（3）熟练使用财务软件", "一、熟练使用财务软件",
     "（二）熟练使用财务软件", "① 熟练使用财务软件", "• 熟练使用财务软件",
     "- 熟练使用财务软件", "o\t熟练使用财务软件", "１、熟练使用财务软件。", "熟练使用 财务软件；"],
)  # fmt: skip
def test_numbering_bullets_punctuation_and_width_go(text: str) -> None:
    assert normalise(text, Language.ZH) == "熟练使用财务软件"


def test_numbers_at_the_start_that_are_content_stay() -> None:
    assert normalise("3年以上仓储经验") == "3年以上仓储经验"
    assert normalise("1.5年以上仓储经验") == "1.5年以上仓储经验"
    assert normalise("3 years of warehouse experience", Language.EN).startswith("3 years")


def test_full_width_latin_and_case() -> None:
    assert normalise("熟悉ＥＸＣＥＬ、ＰＰＴ") == normalise("熟悉Excel、PPT") == "熟悉excel ppt"
    assert normalise("熟悉 Excel") == normalise("熟悉Excel")


def test_technical_marks_are_kept() -> None:
    assert normalise("熟悉C++、C#") == "熟悉c++ c#"
    assert normalise("完成率不低于95%") == "完成率不低于95%"


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("a) Three years of retail experience.", "3 years of retail experience"),
        ("• At least 3 years of retail experience", "3+ years of retail experience"),
        ("3 or more years of retail experience", "3+ years of retail experience"),
        ("3+ years of retail experience", "3+ years of retail experience"),
        ("Two to four years in retail", "2-4 years in retail"),
        ("2. Manage a team of five people", "manage a team of 5 people"),
        ("iv. Bachelor's degree", "bachelors degree"),
    ],
)
def test_english_forms(text: str, form: str) -> None:
    assert normalise(text, Language.EN) == form


@pytest.mark.parametrize(
    "text", ["one of our core values", "someone who listens", "a one-off project"]
)
def test_english_number_words_that_count_nothing_stay(text: str) -> None:
    assert normalise(text, Language.EN) == text.replace("-", " ")


def test_a_number_word_spelled_with_a_look_alike_letter_stays() -> None:
    # The regular expression matches ı (dotless i) for i; it has no value, so it is kept.
    assert normalise("FIVE years, fıve years", Language.EN) == "5 years fıve years"
    assert normalise("fıve years", Language.EN) == "fıve years"


def test_punctuation_inside_numbers_needs_a_digit() -> None:
    assert normalise("3.5年以上", Language.ZH) == "3.5年以上"
    assert normalise("v.s. e-mail 1-3 years", Language.EN) == "v s e mail 1-3 years"


def test_characters_past_the_punctuation_table_are_kept() -> None:
    # 𠀀 (U+20000) lies past the table's end; 😀 (U+1F600) is a symbol in it.
    assert normalise("熟悉𠀀字😀") == "熟悉𠀀字"


def test_strip_leading_marks_twice_but_never_to_nothing() -> None:
    assert strip_leading_marks("1. (a) text") == "text"
    assert strip_leading_marks("1.") == "1."
