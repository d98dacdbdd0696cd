"""Inclusive English: what each rule flags (span and suggestion) and what it leaves alone."""

from __future__ import annotations

import pytest

from jdeditor.core.checks import Severity, check_posting, rule_by_id
from jdeditor.core.model import Item, Language, Posting, Section, SectionKind


def found(rule_id: str, text: str) -> list[tuple[str, str]]:
    rule = rule_by_id(rule_id)
    assert rule.text_check is not None
    return [(text[span.start : span.end], span.suggestion) for span in rule.text_check(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Candidates must be aged 25-35.", [("aged 25-35", "")]),
        ("Applicants under 35.", [("under 35", "")]),
        ("No older than 40, please.", [("No older than 40", "")]),
        ("Between the ages of 25 and 40.", [("Between the ages of 25 and 40", "")]),
        ("35 years old or younger", [("35 years old or younger", "")]),
        ("Age: 22-30 years old", [("Age: 22-30", "")]),
    ],
)
def test_age_limit_fires(text: str, expected: list[tuple[str, str]]) -> None:
    assert found("en.age_limit", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Students aged 6-12 use our app.",
        "Under 35 hours per week.",
        "Children under 12 travel free.",
        "You must be over 18.",
        "Experience in aged care.",
        "3-5 years of experience.",
    ],
)
def test_age_limit_leaves_alone(text: str) -> None:
    assert found("en.age_limit", text) == []


def test_age_limit_is_an_error() -> None:
    assert rule_by_id("en.age_limit").severity is Severity.ERROR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Join our young, energetic team.", [("young", ""), ("energetic", "motivated")]),
        ("A digital native.", [("digital native", "comfortable with digital tools")]),
        ("Recent graduates welcome.", [("Recent graduates", "early-career")]),
        ("Fresh graduate wanted", [("Fresh graduate", "early-career")]),
        ("We want youthful people", [("youthful", "")]),
    ],
)
def test_age_fires(text: str, expected: list[tuple[str, str]]) -> None:
    assert found("en.age", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Education products for young children.",
        "A young company with big plans.",
        "Young's modulus and Neil Young.",
        "Energy sector experience.",
        "A graduate degree in statistics.",
        "35 years old or younger",  # the age limit rule has it, once
    ],
)
def test_age_leaves_alone(text: str) -> None:
    assert found("en.age", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He will own the roadmap.", [("He", "You")]),
        (
            "He manages the roadmap and his own budget.",
            [("He manages", "You manage"), ("his", "your")],
        ),
        ("The candidate will use his own judgement.", [("his", "your")]),
        ("Report to him weekly.", [("him", "you")]),
        ("he has five years of experience", [("he has", "you have")]),
        ("he is a self-starter", [("he is", "you are")]),
    ],
)
def test_pronoun_fires(text: str, expected: list[tuple[str, str]]) -> None:
    assert found("en.pronoun", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our founder said he wanted a calm office.",
        "He or she will report to the CTO.",
        "His/her duties include reporting.",
        "Experience in the HE sector and HIS systems.",
        "“He never gave up,” recalls our CEO.",
        "The theme of the week; hello there.",
    ],
)
def test_pronoun_leaves_alone(text: str) -> None:
    assert found("en.pronoun", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A competitive, dominant rockstar.", ["competitive", "dominant", "rockstar"]),
        (
            "Supportive, nurturing, understanding manager.",
            ["Supportive", "nurturing", "understanding"],
        ),
        ("Self-confident and decisive", ["Self-confident", "decisive"]),
        ("Ninja skills; you compete to win", ["Ninja", "compete"]),
        ("Strong analytical mind", ["analytical"]),
        # the trait words of the stems stay coded
        ("You compete to win; a competitive mindset.", ["compete", "competitive"]),
        ("A responsive, caring manager.", ["responsive"]),
        ("Be responsive to customer emails.", ["responsive"]),
        ("Committed to our customers; trusted by peers.", ["Committed", "trusted"]),
    ],
)
def test_gender_coded_fires(text: str, expected: list[str]) -> None:
    assert [span for span, _ in found("en.gender_coded", text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "We offer a competitive salary and benefits.",
        "A leading provider of analytics; market-leading tools.",
        "Responsible for the budget.",
        "A good understanding of SQL.",
        "What kind of person are you?",
        "Education products for children.",
        "Technical competence in dbt.",
        "https://example.com/analytics-lead-1",
        "Grow the women's health product line.",
        # words that only start with a stem's letters: another party or body
        "Track competitor pricing and our competitors' launches.",
        "Interview survey respondents.",
        "Report to the audit committee and the trustees.",
        # responsive describing a product
        "Build responsive web pages.",
        "Build responsive, accessible web interfaces.",
        "Responsive design; the responsiveness of the app.",
    ],
)
def test_gender_coded_leaves_alone(text: str) -> None:
    assert found("en.gender_coded", text) == []


def english(*items: str) -> Posting:
    return Posting(
        title="Product Manager",
        language=Language.EN,
        sections=[Section(SectionKind.DUTIES, "Duties", [Item(text) for text in items])],
    )


def test_gender_balance_counts_the_whole_posting() -> None:
    posting = english(
        "Lead a competitive team.", "Be decisive and ambitious.", "Support your peers."
    )
    findings = [f for f in check_posting(posting) if f.rule.id == "en.gender_balance"]
    assert [(f.text, f.severity, f.place.is_posting) for f in findings] == [
        ("4 masculine-coded, 1 feminine-coded", Severity.INFO, True)
    ]
    coded = [f.span_text for f in check_posting(posting) if f.rule.id == "en.gender_coded"]
    assert coded == ["Lead", "competitive", "decisive", "ambitious", "Support"]


def test_gender_balance_says_nothing_without_coded_words() -> None:
    posting = english("Plan the roadmap.", "Write specifications.")
    assert not [f for f in check_posting(posting) if f.rule.id == "en.gender_balance"]


@pytest.mark.parametrize(
    "text",
    [
        "Grow the women's health product line.",
        "Education products for young children.",
        "Fluent English and a valid driving licence.",
        "A competitive salary; daily stand-up meetings; see our website.",
    ],
)
def test_the_issue_false_positives_find_nothing(text: str) -> None:
    inclusive = [f for f in check_posting(english(text)) if f.rule.id.startswith("en.")]
    assert inclusive == []


def test_english_rules_leave_chinese_postings_alone() -> None:
    posting = english("Be a young, competitive native English speaker.")
    posting.language = Language.ZH
    assert not [f for f in check_posting(posting) if f.rule.id.startswith("en.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Native English speaker.", [("Native English speaker", "Fluent in English")]),
        (
            "Must be a native speaker of Mandarin",
            [("a native speaker of Mandarin", "fluent in Mandarin")],
        ),
        ("Chinese native speaker preferred", [("Chinese native speaker", "Fluent in Chinese")]),
        ("English as a first language", [("English as a first language", "Fluent in English")]),
        ("native-level? No: native speakers only", [("native speakers", "fluent speaker")]),
    ],
)
def test_native_speaker_fires(text: str, expected: list[tuple[str, str]]) -> None:
    assert found("en.native_speaker", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fluent English, spoken and written.",
        "Build native Android and iOS apps.",
        "React Native and cloud-native services.",
        "Native advertising campaigns.",
        "A valid driving licence.",
    ],
)
def test_native_speaker_leaves_alone(text: str) -> None:
    assert found("en.native_speaker", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Must be able to stand for long periods.", [("stand", "be on your feet")]),
        ("Must be able to lift 50 pounds.", [("lift", "move")]),
        ("Lifting up to 25 kg boxes.", [("Lifting", "moving")]),
        ("Prolonged standing at the counter.", [("standing", "being on your feet")]),
        ("Must be able to see and hear.", [("see", "perceive")]),
        ("Required to walk between sites.", [("walk", "move around")]),
    ],
)
def test_ability_fires(text: str, expected: list[tuple[str, str]]) -> None:
    assert found("en.ability", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Join our daily stand-up meetings.",
        "You can see our website for more.",
        "AI tools handle the heavy lifting.",
        "A space where we can lift each other up.",
        "Able to walk customers through the product.",
        "Help lift conversion by 10%.",
        "You can hear from customers every week.",
        "Able to stand out from the crowd.",
    ],
)
def test_ability_leaves_alone(text: str) -> None:
    assert found("en.ability", text) == []


def test_a_posting_finds_each_rule_where_it_is() -> None:
    posting = english("He will lift 20 kg boxes.", "Native English speaker under 35.")
    ids = [(f.rule.id, f.place.item, f.span_text) for f in check_posting(posting)]
    assert ("en.age_limit", (1,), "under 35") in ids
    assert ("en.native_speaker", (1,), "Native English speaker") in ids
    assert ("en.pronoun", (0,), "He") in ids
    assert ("en.ability", (0,), "lift") in ids
    assert ids[0][0] == "en.age_limit"  # the error first
