"""The Chinese rules on every sample posting: exactly the findings judged right by eye."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdeditor.core.checks import Severity, check_posting, zh_law, zh_warnings
from jdeditor.core.model import Posting
from jdeditor.formats.readers import read_postings

ZH_RULES = [*zh_law.RULES, *zh_warnings.RULES]
SEED = "product-manager-postings.zh.txt"

# (file, posting index, rule, span text): read and judged one by one. The postdoc and
# talent-programme caps of real/zh/020.txt are age limits like any other (warnings).
EXPECTED = {
    (SEED, 9, "zh.age", "25-35岁"),
    ("real/zh/020.txt", 0, "zh.age", "年龄不超过50周岁"),
    ("real/zh/020.txt", 1, "zh.age", "年龄不超过40周岁"),
    ("real/zh/020.txt", 2, "zh.age", "年龄不超过35周岁"),
    ("real/zh/020.txt", 3, "zh.age", "年龄不超过35周岁"),
    ("real/zh/020.txt", 4, "zh.age", "年龄不超过38周岁"),
    ("real/zh/020.txt", 5, "zh.age", "年龄不超过38周岁"),
    ("real/zh/020.txt", 6, "zh.age", "年龄在35岁以下"),
    ("real-more/zh/016.txt", 0, "zh.age", "年龄40岁以内"),
}


def _sample_postings(samples: Path) -> list[tuple[str, int, Posting]]:
    files = [samples / SEED, *sorted((samples / "real").rglob("*.txt"))]
    files += sorted((samples / "real-more").rglob("*.txt"))
    return [
        (path.relative_to(samples).as_posix(), index, read.posting)
        for path in files
        for index, read in enumerate(read_postings(path).postings)
    ]


@pytest.fixture(scope="module")
def sample_postings() -> list[tuple[str, int, Posting]]:
    samples = Path(__file__).resolve().parents[3].parent / "shared" / "samples"
    if not samples.is_dir():
        pytest.skip(f"the shared samples folder {samples} is not beside the checkout")
    return _sample_postings(samples)


def test_every_finding_on_the_samples_was_judged_right(
    sample_postings: list[tuple[str, int, Posting]],
) -> None:
    findings = {
        (name, index, finding.rule.id, finding.span_text)
        for name, index, posting in sample_postings
        for finding in check_posting(posting, rules=ZH_RULES)
    }
    assert findings == EXPECTED


def test_seed_file_age_range_in_ten_and_no_error_in_one_four_nine(
    sample_postings: list[tuple[str, int, Posting]],
) -> None:
    seed = [posting for name, _, posting in sample_postings if name == SEED]
    assert "(十)" in seed[9].title
    assert [f.rule.id for f in check_posting(seed[9], rules=ZH_RULES)] == ["zh.age"]
    for number in (0, 3, 8):
        findings = check_posting(seed[number], rules=ZH_RULES)
        assert not [f for f in findings if f.severity == Severity.ERROR], seed[number].title
