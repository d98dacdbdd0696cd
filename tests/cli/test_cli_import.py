"""Importing the real samples end to end through ``jdeditor import``."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import run

EXPECTED = [  # (duties items, requirements items) per posting of the sample, in order
    (5, 3),
    (24, None),
    (None, None),  # (二): 5 groups holding 3+4+3+7+2 items
    (5, 5),
    (4, 4),
    (8, None),
    (7, None),
    (3, 3),
    (5, 5),
    (6, 6),
]


def _count(entry: dict[str, object], kind: str) -> int | None:
    sections = [s for s in entry["sections"] if s["kind"] == kind]  # type: ignore[attr-defined,index]
    return sections[0]["items"] if sections else None


def test_the_sample_imports_as_ten_postings_once(tmp_path: Path, samples_dir: Path) -> None:
    sample = samples_dir / "product-manager-postings.zh.txt"
    db = tmp_path / "lib.db"
    dry = run("import", str(sample), "--dry-run", "--json", db=db)
    assert dry.returncode == 0, dry.stderr
    entries = json.loads(dry.stdout)["postings"]
    assert [entry["title"] for entry in entries] == [
        f"产品经理岗位职责说明 ({n})" for n in "一二三四五六七八九十"
    ]
    for entry, (duties, requirements) in zip(entries, EXPECTED, strict=True):
        if duties is not None:
            assert _count(entry, "duties") == duties, entry["title"]
        if requirements is not None:
            assert _count(entry, "requirements") == requirements, entry["title"]
    gap = [w for w in entries[9]["warnings"] if w["code"] == "numbering_gap"]
    assert gap and all(w["line"] for w in gap)
    assert not db.exists()  # a dry run writes nothing, not even an empty library

    first = run("import", str(sample), db=db)
    assert first.returncode == 0, first.stderr
    assert "Imported 10 postings" in first.stdout
    assert "warning (line" in first.stdout
    second = run("import", str(sample), db=db)
    assert "Imported 0 postings" in second.stdout and "10 duplicates skipped" in second.stdout
    assert json.loads(run("list", "--json", db=db).stdout)["total"] == 10
    hits = json.loads(run("search", "竞争对手", "--json", db=db).stdout)
    assert hits["total"] >= 1


def test_every_real_posting_file_imports(tmp_path: Path, samples_dir: Path) -> None:
    files = sorted((samples_dir / "real").glob("*/*.txt"))
    assert len(files) >= 40
    db = tmp_path / "real.db"
    result = run("import", *map(str, files), "--json", db=db)
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)["postings"]
    assert {Path(entry["source"]) for entry in entries} == set(files)
    assert all(entry["action"] == "added" for entry in entries)
    total = json.loads(run("list", "--json", db=db).stdout)["total"]
    assert total == len(entries)


def test_a_failed_file_imports_nothing(tmp_path: Path, samples_dir: Path) -> None:
    good = samples_dir / "product-manager-postings.zh.txt"
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 10)
    db = tmp_path / "lib.db"
    result = run("import", str(good), str(bad), db=db)
    assert result.returncode == 1
    assert "scan.pdf is a PDF file" in result.stderr
    assert json.loads(run("list", "--json", db=db).stdout)["total"] == 0


def test_gbk_file_with_encoding_option(tmp_path: Path) -> None:
    path = tmp_path / "招聘.txt"
    path.write_bytes("会计\n岗位职责：\n1、负责账务处理\n2、编制报表\n".encode("gbk"))
    db = tmp_path / "lib.db"
    result = run("import", str(path), "--encoding", "gbk", "--json", db=db)
    assert result.returncode == 0, result.stderr
    [entry] = json.loads(result.stdout)["postings"]
    assert entry["title"] == "会计" and _count(entry, "duties") == 2
    wrong = run("import", str(path), "--encoding", "utf-8", "--dry-run", db=db)
    assert wrong.returncode == 1 and "not valid utf-8" in wrong.stderr
