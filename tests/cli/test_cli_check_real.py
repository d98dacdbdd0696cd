"""`jdeditor check` through the real entry point, with the real rules (quality.debris and
zh.gender); skipped until those rules are in core/checks."""

from __future__ import annotations

import json
from pathlib import Path

from jdeditor.core.model import Item
from jdeditor.service import Library
from tests.checks_real import needs_rules
from tests.cli.test_cli import run
from tests.factories import chinese_posting, english_posting


@needs_rules("quality.debris", "zh.gender")
def test_gender_and_debris_are_found_and_exit_1(tmp_path: Path) -> None:
    posting = chinese_posting("前台接待")
    posting.sections[1].items.append(Item("限女性，___"))
    path = tmp_path / "real.db"
    with Library.open(path) as library:
        faulty = library.create_posting(posting).id
        clean = library.create_posting(english_posting()).id
        assert library.list_postings().rows[0].errors is not None
    result = run("check", str(faulty), "--json", db=path)
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    by_rule = {finding["rule"]: finding for finding in findings}
    assert {"quality.debris", "zh.gender"} <= set(by_rule)
    gender = by_rule["zh.gender"]
    assert (gender["category"], gender["severity"]) == ("law", "error")
    assert gender["section"] == "任职要求"
    assert gender["item_path"] == [2]
    assert "女" in gender["span_text"]
    assert gender["source"]
    text = run("check", str(faulty), db=path)
    assert text.returncode == 1
    assert "zh.gender" in text.stdout
    assert run("check", str(clean), db=path).returncode == 0
