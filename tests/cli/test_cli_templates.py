"""`jdeditor templates list --json` and `templates check` of a document without tags."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from jdeditor import paths
from jdeditor.formats.docx_export import render_docx
from tests.cli.test_cli import run
from tests.factories import chinese_posting


def test_templates_list_json_names_language_kind_and_path(tmp_path: Path) -> None:
    mine = tmp_path / "mine.docx"
    document = docx.Document()
    document.add_paragraph("岗位名称：{{ posting.title }}")
    document.save(str(mine))
    assert run("templates", "add", str(mine)).returncode == 0
    listed = run("templates", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    entries = {entry["name"]: entry for entry in json.loads(listed.stdout)}
    assert entries["formal-zh"] == {
        "name": "formal-zh",
        "language": "any",  # no words of its own: every label comes from the posting
        "kind": "bundled",
        "path": str(paths.resource_path("templates", "formal-zh.docx")),
    }
    assert {entries[name]["kind"] for name in ("advert-zh", "jd-en")} == {"bundled"}
    assert entries["mine"]["kind"] == "own"
    assert entries["mine"]["language"] == "zh"
    assert Path(entries["mine"]["path"]).is_file()
    assert Path(entries["mine"]["path"]).parent != mine.parent  # the copy, not the source


def test_templates_check_says_plainly_that_an_exported_document_has_no_placeholders(
    tmp_path: Path,
) -> None:
    exported = tmp_path / "高级数据分析师.docx"
    template = paths.resource_path("templates", "formal-zh.docx")
    exported.write_bytes(render_docx(chinese_posting(), template))
    checked = run("templates", "check", str(exported))
    assert checked.returncode == 1
    assert "valid template" not in checked.stdout
    assert "no placeholders" in checked.stdout
    assert "{{ posting.title }}" in checked.stdout and "docs/templates.md" in checked.stdout
    added = run("templates", "add", str(exported))
    assert added.returncode == 1 and "no placeholders" in added.stderr
    assert "高级数据分析师" not in run("templates", "list").stdout
