"""The issue's acceptance test on the seed file: what the checks must find in it, and not."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdeditor.core.checks import Finding, Severity, all_rules, check_posting
from jdeditor.core.model import Posting
from jdeditor.formats.readers import read_postings

NUMBERS = "一二三四五六七八九十"


@pytest.fixture(scope="module")
def seed(request: pytest.FixtureRequest) -> dict[str, tuple[Posting, list[Finding]]]:
    path = Path(__file__).parents[3].parent / "shared" / "samples"
    path = path / "product-manager-postings.zh.txt"
    if not path.is_file():
        pytest.skip(f"the seed file {path} is not beside the checkout")
    postings = [read.posting for read in read_postings(path).postings]
    assert [posting.title[-2] for posting in postings] == list(NUMBERS)
    return {
        posting.title[-2]: (posting, check_posting(posting, rules=all_rules()))
        for posting in postings
    }


def ids(findings: list[Finding]) -> list[str]:
    return [finding.rule.id for finding in findings]


def test_the_age_range_in_ten(seed: dict[str, tuple[Posting, list[Finding]]]) -> None:
    _posting, findings = seed["十"]
    ages = [finding for finding in findings if finding.rule.id == "zh.age"]
    assert len(ages) == 1
    assert "25-35" in ages[0].span_text
    assert ages[0].text.startswith("25-35岁")


def test_the_underscores_in_six(seed: dict[str, tuple[Posting, list[Finding]]]) -> None:
    _posting, findings = seed["六"]
    debris = [finding for finding in findings if finding.rule.id == "quality.debris"]
    assert [finding.span_text for finding in debris] == ["___"]
    assert "销售___化" in debris[0].text


@pytest.mark.parametrize("number", ["三", "八"])
def test_the_stray_apostrophes(seed: dict[str, tuple[Posting, list[Finding]]], number: str) -> None:
    _posting, findings = seed[number]
    debris = [finding for finding in findings if finding.rule.id == "quality.debris"]
    assert [finding.span_text for finding in debris] == ["的'"]
    assert [finding.span.suggestion for finding in debris] == ["的"]


def test_three_has_no_duties_or_requirements(
    seed: dict[str, tuple[Posting, list[Finding]]],
) -> None:
    _posting, findings = seed["三"]
    assert {"quality.no_duties", "quality.no_requirements"} <= set(ids(findings))


@pytest.mark.parametrize("number", ["一", "四", "九"])
def test_no_error_on_one_four_nine(
    seed: dict[str, tuple[Posting, list[Finding]]], number: str
) -> None:
    _posting, findings = seed[number]
    assert [f.rule.id for f in findings if f.severity is Severity.ERROR] == []


@pytest.mark.parametrize("number", ["一", "四", "五", "九", "十"])
def test_complete_postings_have_duties_and_requirements(
    seed: dict[str, tuple[Posting, list[Finding]]], number: str
) -> None:
    _posting, findings = seed[number]
    assert not {"quality.no_duties", "quality.no_requirements"} & set(ids(findings))


def test_the_half_width_commas_are_offered_full_width(
    seed: dict[str, tuple[Posting, list[Finding]]],
) -> None:
    _posting, findings = seed["一"]
    half = [finding for finding in findings if finding.rule.id == "quality.halfwidth_punct"]
    assert half, "(一) is written with half-width commas"
    assert all("," not in finding.span.suggestion for finding in half)
    assert all(finding.severity is Severity.INFO for finding in half)
