"""Families: true and false pairs judged on the samples' shapes, counts, stable ids.

The pairs are made up in the shapes met in the real samples (docs/tools/statement_families.py
prints them), not the sample text.
"""

from __future__ import annotations

import random

import pytest

from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from jdeditor.core.statements import (
    Family,
    FamilyOptions,
    Statement,
    families,
    family_id,
    near_duplicate_pairs,
    normalise,
    statements_of,
)
from jdeditor.core.statements.counted import families_of_counts
from jdeditor.core.statements.families import family_members

REQ = SectionKind.REQUIREMENTS


def _families(
    texts: list[str], language: Language = Language.ZH, kind: SectionKind = REQ
) -> list[Family]:
    return families([Statement(text, kind, number, language) for number, text in enumerate(texts)])


def _together(first: str, second: str, language: Language = Language.ZH) -> bool:
    return len(_families([first, second], language)) == 1


ZH_TRUE_PAIRS = [
    ("4年以上相关工作经验", "四年以上相关经验"),
    ("4年以上相关工作经验", "4年及以上工作经验"),
    ("会计及相关专业大专以上学历；", "会计相关专业，大专及以上学历"),
    ("良好的沟通表达能力", "具备良好的沟通表达能力。"),
    ("熟练使用Excel、Word等办公软件；", "熟练使用excel、word等办公软件"),
    ("对仓储管理有一定的理解，流程清晰；", "对仓储管理有一定理解，流程清晰。"),
    ("负责门店日常运营与人员排班，", "负责门店日常运营及人员排班"),
    ("热爱零售行业，有强烈的服务意识和责任心", "热爱零售行业，有较强的服务意识和责任心；"),
    ("o\t能够独立完成月度盘点；", "o 能够独立完成月度盘点；"),
    ("2年以上嵌入式软件开发经验", "有2年以上嵌入式软件研发经验"),  # 开发 / 研发
    ("熟悉仓储管理系统的使用", "熟练仓储管理系统的使用"),  # 熟悉 / 熟练
]

ZH_FALSE_PAIRS = [
    ("3年以上Java开发经验", "3年以上Python开发经验"),  # a named skill replaced
    ("熟悉MySQL", "熟悉MySQL、Redis"),  # a named skill added
    ("熟悉Photoshop、Illustrator等设计软件", "熟悉Photoshop、Sketch等设计软件"),
    ("4年以上采购经验", "6年以上采购经验"),  # another number
    ("薪资范围8K-12K，年终奖2个月", "薪资范围8K-15K，年终奖2个月"),
    ("大学本科以上学历，2年以上华东区域销售经验", "大学本科以上学历，2年以上华南区域销售经验"),
    ("本科以上学历", "硕士以上学历"),
    ("良好的沟通能力", "良好的学习能力"),
    ("3年以上软件测试经验", "3年以上软件测试项目管理经验"),  # below the threshold
]


@pytest.mark.parametrize(("first", "second"), ZH_TRUE_PAIRS)
def test_chinese_true_pairs_share_a_family(first: str, second: str) -> None:
    assert _together(first, second)


@pytest.mark.parametrize(("first", "second"), ZH_FALSE_PAIRS)
def test_chinese_false_pairs_stay_apart(first: str, second: str) -> None:
    assert not _together(first, second)


EN_TRUE_PAIRS = [
    (
        "At least 4 years of experience in a related field",
        "4+ years of experience in related field",
    ),
    ("Four years of retail experience.", "4 years of retail experience"),
    (
        "Excellent written and verbal communication skills",
        "Excellent written and verbal communication skills.",
    ),
    ("Manage the weekly stock count", "Manages the weekly stock count"),
    (
        "• Bachelor's degree in Accounting or a related field",
        "Bachelors degree in accounting or related field",
    ),
]

EN_FALSE_PAIRS = [
    ("3+ years of Java experience", "3+ years of Python experience"),
    ("Experience with MySQL", "Experience with MySQL and Redis"),
    ("Bachelor's degree in Accounting", "Master's degree in Accounting"),
    ("2+ years of retail experience", "5+ years of retail experience"),
    ("Experience with Tableau or Looker", "Experience with Tableau or Power BI"),
    ("Show more jobs like this", "Show fewer jobs like this"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second"), EN_TRUE_PAIRS)
def test_english_true_pairs_share_a_family(first: str, second: str) -> None:
    assert _together(first, second, Language.EN)


@pytest.mark.parametrize(("first", "second"), EN_FALSE_PAIRS)
def test_english_false_pairs_stay_apart(first: str, second: str) -> None:
    assert not _together(first, second, Language.EN)


def test_the_issues_three_wordings_are_one_family() -> None:
    [family] = _families(["3年以上相关工作经验", "三年以上相关经验", "3年及以上工作经验"])
    assert len(family.variants) == 3


def test_a_family_keeps_to_one_section_kind_and_language() -> None:
    statements = [
        Statement("良好的沟通能力", SectionKind.REQUIREMENTS, 1),
        Statement("良好的沟通能力", SectionKind.PREFERRED, 2),
        Statement("Good communication", SectionKind.REQUIREMENTS, 3, Language.EN),
        Statement("Good communication", SectionKind.REQUIREMENTS, 4, Language.ZH),
    ]
    found = families(statements)
    assert len(found) == 4
    assert {(family.kind, family.language) for family in found} == {
        (SectionKind.REQUIREMENTS, Language.ZH),
        (SectionKind.PREFERRED, Language.ZH),
        (SectionKind.REQUIREMENTS, Language.EN),
    }


def test_variants_count_postings_most_used_first() -> None:
    statements = [
        Statement("4年以上相关工作经验", REQ, 1),
        Statement("4年以上相关工作经验", REQ, 2),
        Statement("4年以上相关工作经验", REQ, 2),  # twice in one posting: one posting, two uses
        Statement("四年以上相关经验", REQ, 3),
        Statement("4年以上相关经验；", REQ, 4),
        Statement("4年以上相关经验；", REQ, 5),
        Statement("4年以上相关经验；", REQ, 6),
    ]
    [family] = families(statements)
    assert [(variant.text, variant.postings, variant.uses) for variant in family.variants] == [
        ("4年以上相关经验；", 3, 3),
        ("4年以上相关工作经验", 2, 3),
        ("四年以上相关经验", 1, 1),
    ]
    assert family.representative == "4年以上相关经验；"
    assert family.normalised == "4年以上相关经验"
    assert family.postings == 6
    assert family.uses == 7


def test_families_are_listed_most_used_first() -> None:
    texts = ["有责任心"] * 3 + ["能适应出差"] * 5 + ["持有C1驾照"]
    assert [family.representative for family in _families(texts)] == [
        "能适应出差",
        "有责任心",
        "持有C1驾照",
    ]


def test_family_ids_do_not_depend_on_order_and_follow_the_representative() -> None:
    statements = [
        Statement(text, REQ, number)
        for number, text in enumerate(
            ["4年以上相关工作经验", "四年以上相关经验", "4年及以上工作经验", "持有C1驾照"] * 3
        )
    ]
    ids = {family.id: family.variants for family in families(statements)}
    shuffled = list(statements)
    random.Random(5).shuffle(shuffled)
    assert {family.id: family.variants for family in families(shuffled)} == ids
    # The id is the representative's: the same statements in another call give the same id.
    [one] = families([Statement("持有C1驾照", REQ, 99)])
    assert one.id in ids
    assert len(one.id) == 12


def test_ids_differ_by_kind() -> None:
    first = families([Statement("有责任心", SectionKind.REQUIREMENTS, 1)])[0]
    second = families([Statement("有责任心", SectionKind.PREFERRED, 1)])[0]
    assert first.id != second.id


def test_blocking_finds_the_pairs_that_all_pairs_find() -> None:
    rng = random.Random(3)
    stems = ["负责仓库收发货", "熟练使用财务软件", "具备良好的客户服务意识", "能够独立完成月度盘点"]
    tails = ["", "；", "工作", "及相关工作", "，按时完成"]
    forms = sorted(
        {normalise(rng.choice(stems) + rng.choice(tails) + rng.choice(tails)) for _ in range(60)}
    )
    blocked = set(near_duplicate_pairs(forms))
    everything = set(near_duplicate_pairs(forms, FamilyOptions(keys=10_000, window=10_000)))
    assert blocked == everything
    assert blocked


def test_a_large_block_is_compared_in_a_window() -> None:
    forms = sorted({f"负责第{number}号仓库收发货" for number in range(200)})
    # Numbers differ, so no pair is joined; the window keeps the work linear.
    assert near_duplicate_pairs(forms, FamilyOptions(window=8)) == []


def test_statements_of_a_posting_skip_group_headings_and_prose_sections() -> None:
    posting = Posting(
        title="仓库主管",
        id=7,
        sections=[
            Section(
                SectionKind.DUTIES,
                items=[Item("一、日常", [Item("负责收发货"), Item("  ")]), Item("负责盘点")],
            ),
            Section(SectionKind.ABOUT, items=[Item("公司成立于2001年")]),
            Section(SectionKind.BENEFITS, items=[Item("五险一金")]),
        ],
    )
    assert [(s.text, s.kind, s.posting_id) for s in statements_of(posting)] == [
        ("负责收发货", SectionKind.DUTIES, 7),
        ("负责盘点", SectionKind.DUTIES, 7),
        ("五险一金", SectionKind.BENEFITS, 7),
    ]
    with pytest.raises(ValueError, match="id"):
        list(statements_of(Posting(title="无编号")))


def test_families_of_counts_take_each_wordings_count() -> None:
    duties, en = SectionKind.DUTIES, Language.EN
    found = families_of_counts(
        [
            (REQ, Language.ZH, "3年以上相关工作经验", 2),
            (REQ, Language.ZH, "三年以上相关经验", 5),
            (REQ, Language.ZH, "良好的沟通能力", 4),
            (duties, en, "Own the budget", 1),
        ]
    )
    assert [(family.postings, [v.postings for v in family.variants]) for family in found] == [
        (7, [5, 2]),
        (4, [4]),
        (1, [1]),
    ]
    pair = found[0]
    assert pair.representative == "三年以上相关经验"  # the most used wording
    assert pair.id == family_id(REQ, Language.ZH, normalise("三年以上相关经验"))
    # A single wording keeps the id `families` gives it.
    [alone] = _families(["Own the budget"], en, duties)
    assert found[2].id == alone.id and found[2].language == en


def test_family_members_hold_every_statement_once() -> None:
    statements = [
        Statement(text, kind, number, Language.ZH)
        for number, (text, kind) in enumerate(
            [
                ("3年以上相关工作经验", REQ),
                ("三年以上相关经验", REQ),
                ("三年以上相关经验", SectionKind.DUTIES),
                ("良好的沟通能力", REQ),
            ]
        )
    ]
    groups, forms = family_members(statements)
    members = {
        (kind, tuple(sorted(statement.posting_id for statement in family)))
        for kind, _language, group in groups
        for family in group
    }
    assert members == {(REQ, (0, 1)), (REQ, (3,)), (SectionKind.DUTIES, (2,))}
    assert forms["三年以上相关经验"] == normalise("三年以上相关经验")
