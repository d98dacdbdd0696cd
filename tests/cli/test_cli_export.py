"""`jdeditor export`, `templates` and `settings` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from tests.cli.test_cli import db, run, sample_json  # noqa: F401  (fixtures)


def test_export_one_posting_to_word_with_company_name(db: Path, tmp_path: Path) -> None:  # noqa: F811
    assert run("settings", "set", "company_name", "星辰科技").returncode == 0
    shown = run("settings")
    assert "company_name = 星辰科技" in shown.stdout
    rows = json.loads(run("list", "--json", db=db).stdout)["rows"]
    chinese = next(row["id"] for row in rows if row["title"] == "高级数据分析师")
    target = tmp_path / "jd.docx"
    result = run("export", str(chinese), "--out", str(target), db=db)
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(target))
    xml = document.element.xml + "".join(
        section.header._element.xml for section in document.sections
    )
    assert "高级数据分析师" in xml and "星辰科技" in xml
    again = run("export", str(chinese), "--out", str(target), db=db)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_export_all_to_a_folder_in_each_text_format(db: Path, tmp_path: Path) -> None:  # noqa: F811
    for kind, suffix in (("md", ".md"), ("html", ".html"), ("jsonld", ".jsonld")):
        folder = tmp_path / kind
        result = run("export", "--all", "--format", kind, "--out", str(folder), db=db)
        assert result.returncode == 0, result.stderr
        assert sorted(path.suffix for path in folder.iterdir()) == [suffix, suffix]


def test_export_merged_with_a_named_template(db: Path, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "all.docx"
    result = run(
        "export", "--all", "--merge", "--template", "advert-zh", "--out", str(target), db=db
    )
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "高级数据分析师" in text and "Senior Backend Engineer" in text
    unknown = run("export", "--all", "--template", "nope", "--out", str(tmp_path), db=db)
    assert unknown.returncode == 1 and "formal-zh" in unknown.stderr


def test_templates_list_check_add(tmp_path: Path) -> None:
    listed = run("templates", "list")
    assert listed.returncode == 0
    assert {"formal-zh", "advert-zh", "jd-en"} <= {
        line.split()[0] for line in listed.stdout.splitlines() if line.strip()
    }
    good = tmp_path / "mine.docx"
    document = docx.Document()
    document.add_paragraph("{{ posting.title }} — {{ posting.department }}")
    document.save(str(good))
    assert run("templates", "check", str(good)).returncode == 0
    added = run("templates", "add", str(good))
    assert added.returncode == 0 and "mine" in added.stdout
    assert "mine" in run("templates", "list").stdout
    bad = tmp_path / "bad.docx"
    document = docx.Document()
    document.add_paragraph("{{ titel }} {% if %}")
    document.save(str(bad))
    checked = run("templates", "check", str(bad))
    assert checked.returncode == 1 and "bad.docx" in checked.stdout + checked.stderr


def test_export_warns_of_a_template_in_another_language(db: Path, tmp_path: Path) -> None:  # noqa: F811
    mine = tmp_path / "chinese-form.docx"
    document = docx.Document()
    for text in ("岗位说明书", "{{ posting.title }}", "编制日期：{{ export_date }}"):
        document.add_paragraph(text)
    document.save(str(mine))
    assert run("templates", "add", str(mine)).returncode == 0
    rows = json.loads(run("list", "--json", db=db).stdout)["rows"]
    english = next(row["id"] for row in rows if row["title"] == "Senior Backend Engineer")
    target = tmp_path / "en.docx"
    result = run("export", str(english), "--template", "chinese-form", "--out", str(target), db=db)
    assert result.returncode == 0 and target.exists()  # the export went ahead
    assert "warning: The template chinese-form has its own words in Chinese" in result.stderr
    assert "编制日期" in result.stderr


def test_how_to_apply_comes_from_the_settings(db: Path, tmp_path: Path) -> None:  # noqa: F811
    assert run("settings", "set", "how_to_apply", "请将简历发送至招聘邮箱。").returncode == 0
    assert run("settings", "set", "contact_email", "hr@example.com").returncode == 0
    rows = json.loads(run("list", "--json", db=db).stdout)["rows"]
    chinese = next(row["id"] for row in rows if row["title"] == "高级数据分析师")
    target = tmp_path / "advert.docx"
    result = run("export", str(chinese), "--template", "advert-zh", "--out", str(target), db=db)
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "应聘方式" in text and "请将简历发送至招聘邮箱。" in text
    assert "联系邮箱：hr@example.com" in text


def test_export_to_a_folder_again_replaces_its_files(db: Path, tmp_path: Path) -> None:  # noqa: F811
    folder = tmp_path / "out"
    folder.mkdir()
    first = run("export", "--all", "--out", str(folder), db=db)
    assert first.returncode == 0, first.stderr
    names = sorted(path.name for path in folder.iterdir())
    stale = folder / ".jdeditor-export-999999999-dead"  # left by an export killed mid-way
    stale.mkdir()
    (stale / names[0]).write_bytes(b"half")
    again = run("export", "--all", "--out", str(folder), db=db)
    assert again.returncode == 0, again.stderr
    assert sorted(path.name for path in folder.iterdir()) == names  # no "(2)", no leftovers
    assert all(str(folder / name) in again.stdout for name in names)


def test_export_to_a_folder_keeps_a_users_file_of_the_same_name(db: Path, tmp_path: Path) -> None:  # noqa: F811
    folder = tmp_path / "out"
    first = run("export", "--all", "--format", "md", "--out", str(folder), db=db)
    assert first.returncode == 0, first.stderr
    mine = sorted(folder.iterdir())[0]
    mine.write_text("my notes", "utf-8")
    again = run("export", "--all", "--format", "md", "--out", str(folder), db=db)
    assert again.returncode == 0, again.stderr
    assert mine.read_text("utf-8") == "my notes"
    assert f"{mine.stem} (2).md" in again.stdout
