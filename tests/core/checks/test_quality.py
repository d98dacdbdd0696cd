"""Quality rules: each with what it flags (place, span, suggestion) and what it leaves alone."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jdeditor.core.checks import Finding, Place, Severity, check_posting, rule_by_id
from jdeditor.core.model import Item, ItemKind, Language, Posting, Salary, Section, SectionKind

DUTIES = SectionKind.DUTIES
REQUIREMENTS = SectionKind.REQUIREMENTS


def posting(
    *sections: tuple[SectionKind, list[str]],
    title: str = "产品经理",
    language: Language = Language.ZH,
) -> Posting:
    return Posting(
        title=title,
        language=language,
        sections=[
            Section(kind, kind.value, [Item(text) for text in texts]) for kind, texts in sections
        ],
    )


def complete(*duties: str, requirements: tuple[str, ...] = ("本科以上学历",)) -> Posting:
    return posting((DUTIES, list(duties) or ["负责产品规划"]), (REQUIREMENTS, list(requirements)))


def findings(rule_id: str, subject: Posting) -> list[Finding]:
    return check_posting(subject, rules=[rule_by_id(rule_id)])


def spans(rule_id: str, text: str) -> list[tuple[str, str]]:
    rule = rule_by_id(rule_id)
    assert rule.text_check is not None
    return [(text[span.start : span.end], span.suggestion) for span in rule.text_check(text)]


# ---- title ---------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["", "   ", "\n", "\t "])
def test_title_missing(title: str) -> None:
    subject = complete()
    subject.title = title
    (finding,) = findings("quality.title_missing", subject)
    assert finding.place == Place(field="title")
    assert finding.severity is Severity.ERROR


@pytest.mark.parametrize("title", ["产品经理", "PM", "高级产品经理（用户增长方向）", "x"])
def test_title_present(title: str) -> None:
    subject = complete()
    subject.title = title
    assert findings("quality.title_missing", subject) == []


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("产品经理" * 11, Language.ZH),
        (
            "负责产品规划、需求分析、用户研究、数据分析、项目管理与跨部门沟通协调的高级产品经理岗位",
            Language.ZH,
        ),
        (
            "Senior Product Manager for the growth, retention, payments and risk teams in London",
            Language.EN,
        ),
        (" ".join(["word"] * 13), Language.EN),
    ],
)
def test_title_long(title: str, language: Language) -> None:
    subject = complete()
    subject.title, subject.language = title, language
    (finding,) = findings("quality.title_long", subject)
    assert (finding.span_text, finding.severity) == (title, Severity.WARNING)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("高级产品经理（用户增长方向）", Language.ZH),
        ("产品经理岗位职责说明 (一)", Language.ZH),
        ("Senior Product Manager, Payments", Language.EN),
        ("Staff Analytics Engineer (Data Platform, Remote, Europe)", Language.EN),
    ],
)
def test_title_not_long(title: str, language: Language) -> None:
    subject = complete()
    subject.title, subject.language = title, language
    assert findings("quality.title_long", subject) == []


# ---- salary --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("low", "high"), [("30000", "20000"), ("2", "1"), ("100.5", "100.4"), ("9000", "800")]
)
def test_salary_upside_down(low: str, high: str) -> None:
    subject = complete()
    subject.salary = Salary(Decimal(low), Decimal(high))
    (finding,) = findings("quality.salary_range", subject)
    assert finding.place == Place(field="salary")
    assert finding.span.suggestion == f"{high}-{low}"
    assert finding.severity is Severity.ERROR


@pytest.mark.parametrize(
    ("low", "high"), [("20000", "30000"), ("20000", "20000"), (None, "1"), ("1", None)]
)
def test_salary_fine(low: str | None, high: str | None) -> None:
    subject = complete()
    subject.salary = Salary(Decimal(low) if low else None, Decimal(high) if high else None)
    assert findings("quality.salary_range", subject) == []


def test_no_salary_is_fine() -> None:
    assert findings("quality.salary_range", complete()) == []


# ---- no duties, no requirements, empty sections ---------------------------------------------


ESSAY = "研究部一般是由多个研究组组成，并进行日常研制工作的基本管理。" * 4


@pytest.mark.parametrize(
    "subject",
    [
        posting((REQUIREMENTS, ["本科以上学历"])),
        posting((DUTIES, []), (REQUIREMENTS, ["本科以上学历"])),
        posting((DUTIES, ["", "  "]), (REQUIREMENTS, ["本科以上学历"])),
        posting((DUTIES, [ESSAY, ESSAY + "。", ESSAY + "！", "以岗定人。"])),
    ],
)
def test_no_duties(subject: Posting) -> None:
    (finding,) = findings("quality.no_duties", subject)
    assert finding.place.is_posting and finding.severity is Severity.WARNING


@pytest.mark.parametrize(
    "subject",
    [
        complete(),
        posting((DUTIES, ["负责产品规划"])),
        posting((DUTIES, [ESSAY, "负责规划", "负责设计", "负责运营"])),  # one long duty
        posting((DUTIES, [ESSAY] * 4), language=Language.EN),  # English duties may be prose
    ],
)
def test_duties_present(subject: Posting) -> None:
    assert findings("quality.no_duties", subject) == []


@pytest.mark.parametrize(
    "subject",
    [
        posting((DUTIES, ["负责产品规划"])),
        posting((DUTIES, ["负责产品规划"]), (REQUIREMENTS, [])),
        posting((DUTIES, ["负责产品规划"]), (SectionKind.BENEFITS, ["五险一金"])),
        posting(),
    ],
)
def test_no_requirements(subject: Posting) -> None:
    (finding,) = findings("quality.no_requirements", subject)
    assert finding.place.is_posting


@pytest.mark.parametrize(
    "subject",
    [
        complete(),
        posting((REQUIREMENTS, ["本科以上学历"])),
        posting((SectionKind.PREFERRED, ["有医疗行业经验优先"])),
        posting((DUTIES, ["负责"]), (REQUIREMENTS, ["", "熟悉SQL"])),
    ],
)
def test_requirements_present(subject: Posting) -> None:
    assert findings("quality.no_requirements", subject) == []


def test_empty_section_points_at_the_heading() -> None:
    subject = complete()
    subject.sections.append(Section(SectionKind.BENEFITS, "福利待遇", []))
    subject.sections.append(Section(SectionKind.OTHER, "其他", [Item("  ")]))
    subject.sections.append(Section(SectionKind.APPLY, "", []))
    subject.sections.append(Section(SectionKind.ABOUT, "About us", [Item("", [Item("")])]))
    found = [(f.place, f.span_text) for f in findings("quality.empty_section", subject)]
    assert found == [
        (Place(section=2), "福利待遇"),
        (Place(section=3), "其他"),
        (Place(section=4), ""),
        (Place(section=5), "About us"),
    ]


@pytest.mark.parametrize(
    "section",
    [
        Section(SectionKind.BENEFITS, "福利", [Item("五险一金")]),
        Section(SectionKind.ABOUT, "关于我们", [Item("我们是…", kind=ItemKind.PARAGRAPH)]),
        Section(SectionKind.OTHER, "其他", [Item("", [Item("弹性工作")])]),
        Section(SectionKind.APPLY, "", [Item("hr@example.com")]),
    ],
)
def test_sections_with_content(section: Section) -> None:
    subject = complete()
    subject.sections.append(section)
    assert findings("quality.empty_section", subject) == []
