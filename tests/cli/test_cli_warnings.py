"""`jdeditor show` prints open import warnings; `jdeditor warnings` lists and dismisses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdeditor.formats import json_format
from tests.cli.test_cli import run
from tests.factories import NUMBERING_GAP_ITEM, NUMBERING_GAP_ZH

JUMP = "the numbering jumps from 2 to 4"


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, int]:
    """A library holding one posting imported from a file with two numbering gaps."""
    source = tmp_path / "数据岗位.txt"
    source.write_text(NUMBERING_GAP_ZH.replace("3、有良好", "5、有良好"), encoding="utf-8")
    db = tmp_path / "lib.db"
    result = run("import", str(source), "--json", db=db)
    assert result.returncode == 0, result.stderr
    [entry] = json.loads(result.stdout)["postings"]
    return db, entry["id"]


def test_show_prints_the_posting_then_its_open_warnings_apart(imported: tuple[Path, int]) -> None:
    db, posting_id = imported
    shown = run("show", str(posting_id), db=db)
    assert shown.returncode == 0, shown.stderr
    assert "数据分析师" in shown.stdout
    assert "warning" not in shown.stdout.lower()  # stdout is the posting alone
    assert "Import warnings (数据岗位.txt):" in shown.stderr
    assert "line 6: " + JUMP in shown.stderr
    assert f"jdeditor warnings {posting_id} --dismiss N" in shown.stderr
    as_json = run("show", str(posting_id), "--json", db=db)
    [posting] = json_format.loads_document(as_json.stdout, "show.json")  # still a posting file
    assert posting.title == "数据分析师"
    assert JUMP in as_json.stderr


def test_warnings_lists_dismisses_and_show_no_longer_prints_them(
    imported: tuple[Path, int],
) -> None:
    db, posting_id = imported
    listed = json.loads(run("warnings", str(posting_id), "--json", db=db).stdout)
    assert listed["posting"] == posting_id
    first, second = listed["warnings"]
    assert (first["kind"], first["line"], first["source"]) == ("numbering_jump", 6, "数据岗位.txt")
    assert first["values"] == {"previous": "2", "current": "4", "item": NUMBERING_GAP_ITEM}
    assert first["item_text"] == NUMBERING_GAP_ITEM
    assert JUMP in first["message"]

    text = run("warnings", str(posting_id), db=db)
    assert f"[{first['id']}]" in text.stdout and f"[{second['id']}]" in text.stdout

    dismissed = run("warnings", str(posting_id), "--dismiss", str(first["id"]), db=db)
    assert dismissed.returncode == 0, dismissed.stderr
    assert "Dismissed 1 import warning of posting" in dismissed.stdout
    assert JUMP not in run("show", str(posting_id), db=db).stderr
    assert "line 11" in run("show", str(posting_id), db=db).stderr

    assert (
        "Dismissed 1 import warning"
        in run("warnings", str(posting_id), "--dismiss-all", db=db).stdout
    )
    assert run("show", str(posting_id), db=db).stderr == ""
    assert "no open import warnings" in run("warnings", str(posting_id), db=db).stdout


def test_dismissing_another_postings_warning_is_refused(
    imported: tuple[Path, int], tmp_path: Path
) -> None:
    db, posting_id = imported
    [warning_id, _] = [
        w["id"]
        for w in json.loads(run("warnings", str(posting_id), "--json", db=db).stdout)["warnings"]
    ]
    other = tmp_path / "other.txt"
    other.write_text(NUMBERING_GAP_ZH.replace("数据分析师", "数据工程师"), encoding="utf-8")
    [entry] = json.loads(run("import", str(other), "--json", db=db).stdout)["postings"]
    refused = run("warnings", str(entry["id"]), "--dismiss", str(warning_id), db=db)
    assert refused.returncode == 1
    assert f"has no open import warning {warning_id}" in refused.stderr
    assert (
        len(json.loads(run("warnings", str(posting_id), "--json", db=db).stdout)["warnings"]) == 2
    )
    missing = run("warnings", "999", db=db)
    assert missing.returncode == 1 and "There is no posting 999" in missing.stderr
