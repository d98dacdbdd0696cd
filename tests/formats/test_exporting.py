"""Exporting to files: single, folder, merged; safe names; nothing written on failure."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from jdeditor.core.model import Item, SectionKind
from jdeditor.core.structure import ParseOptions
from jdeditor.errors import OutputFileError, UserFacingError
from jdeditor.formats import exporting, pdf_convert
from jdeditor.formats.docx_import import read_docx
from jdeditor.formats.export_request import ExportFormat, ExportRequest
from jdeditor.formats.exporting import export_postings
from jdeditor.formats.file_names import safe_stem, unique_path
from tests.factories import chinese_posting, english_posting


def _texts(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("产品经理/运营 (上海)", "产品经理_运营 (上海)"),
        ('C++ Dev: "Senior"?', "C++ Dev_ _Senior__"),
        ("  . ", "posting"),
        ("CON", "CON_"),
        ("岗" * 100, "岗" * 50),
    ],
)
def test_safe_stems(title: str, stem: str) -> None:
    assert safe_stem(title) == stem


def test_unique_paths_number_collisions(tmp_path: Path) -> None:
    (tmp_path / "a.docx").write_text("x")
    taken: set[Path] = set()
    assert unique_path(tmp_path, "a", ".docx", taken, overwrite=False).name == "a (2).docx"
    assert unique_path(tmp_path, "a", ".docx", taken, overwrite=False).name == "a (3).docx"
    assert unique_path(tmp_path, "a", ".docx", set(), overwrite=True).name == "a.docx"


def test_one_posting_to_a_docx_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "jd.docx"
    [written] = export_postings([chinese_posting()], ExportRequest(ExportFormat.DOCX, target))
    assert written == target
    text = _texts(target)
    assert "高级数据分析师" in text and "熟练使用Excel和SQL，R&D经验优先 <研发>" in text
    with pytest.raises(OutputFileError, match="already exists"):
        export_postings([chinese_posting()], ExportRequest(ExportFormat.DOCX, target))
    export_postings([english_posting()], ExportRequest(ExportFormat.DOCX, target, overwrite=True))
    assert "Senior Backend Engineer" in _texts(target)


def test_many_postings_to_a_folder_with_safe_unique_names(tmp_path: Path) -> None:
    postings = [chinese_posting("数据/分析"), chinese_posting("数据/分析"), english_posting()]
    (tmp_path / "Senior Backend Engineer.md").write_text("keep me", encoding="utf-8")
    written = export_postings(postings, ExportRequest(ExportFormat.MARKDOWN, tmp_path))
    assert [path.name for path in written] == [
        "数据_分析.md",
        "数据_分析 (2).md",
        "Senior Backend Engineer (2).md",
    ]
    assert (tmp_path / "Senior Backend Engineer.md").read_text(encoding="utf-8") == "keep me"
    assert "# 数据/分析" in written[0].read_text(encoding="utf-8")


def test_merged_docx_keeps_each_postings_numbering(tmp_path: Path) -> None:
    first, second = chinese_posting("岗位甲"), chinese_posting("岗位乙")
    second.sections[0].items.append(Item("乙的额外职责"))
    target = tmp_path / "all.docx"
    export_postings([first, second], ExportRequest(ExportFormat.DOCX, target, merge=True))
    document = docx.Document(str(target))
    body = document.element.body
    assert len(body.findall(".//" + qn("w:br"))) >= 1  # a page break between postings
    text = _texts(target)
    assert "岗位甲" in text and "岗位乙" in text and "乙的额外职责" in text
    used = {int(node.get(qn("w:val"))) for node in body.iter(qn("w:numId"))}
    defined = {
        int(num.get(qn("w:numId")))
        for num in document.part.numbering_part.element.findall(qn("w:num"))
    }
    assert used <= defined
    # Each posting's lists are their own numbering instances, restarting at 1.
    assert len(used) >= 4


@pytest.mark.parametrize("template", ["formal-zh", "advert-zh", "jd-en"])
def test_merged_docx_reimports_as_the_same_postings(tmp_path: Path, template: str) -> None:
    target = tmp_path / "merged.docx"
    if template == "jd-en":
        postings = [english_posting("Data Analyst"), english_posting("Operations Lead")]
    else:
        postings = [chinese_posting("岗位甲"), chinese_posting("岗位乙")]
    export_postings(
        postings, ExportRequest(ExportFormat.DOCX, target, template=template, merge=True)
    )
    parsed = read_docx(target, ParseOptions())
    assert [p.posting.title for p in parsed] == [posting.title for posting in postings]
    for back, original in zip(parsed, postings, strict=True):
        duties = back.posting.sections_of(SectionKind.DUTIES)
        assert [item.text for item in duties[0].items] == [
            item.text for item in original.sections_of(SectionKind.DUTIES)[0].items
        ]


def test_merged_text_formats(tmp_path: Path) -> None:
    postings = [chinese_posting(), english_posting()]
    md = export_postings(
        postings, ExportRequest(ExportFormat.MARKDOWN, tmp_path / "a.md", merge=True)
    )
    assert md[0].read_text(encoding="utf-8").count("\n---\n") == 1
    html = export_postings(
        postings, ExportRequest(ExportFormat.HTML, tmp_path / "a.html", merge=True)
    )
    page = html[0].read_text(encoding="utf-8")
    assert page.count("<html") == 1 and "page-break-before" in page
    assert "高级数据分析师" in page and "Senior Backend Engineer" in page
    ld = export_postings(
        postings, ExportRequest(ExportFormat.JSONLD, tmp_path / "a.jsonld", merge=True)
    )
    objects = json.loads(ld[0].read_text(encoding="utf-8"))
    assert [item["@type"] for item in objects] == ["JobPosting", "JobPosting"]
    library = export_postings(postings, ExportRequest(ExportFormat.JSON, tmp_path / "lib.json"))
    assert json.loads(library[0].read_text(encoding="utf-8"))["format"] == "jdeditor.library"


def test_a_failure_halfway_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = exporting.render_docx
    calls = []

    def failing(*args: object, **kwargs: object) -> bytes:
        calls.append(1)
        if len(calls) == 3:
            raise UserFacingError("template broke")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(exporting, "render_docx", failing)
    folder = tmp_path / "out"
    postings = [chinese_posting(f"岗位{n}") for n in range(4)]
    with pytest.raises(UserFacingError, match="template broke"):
        export_postings(postings, ExportRequest(ExportFormat.DOCX, folder))
    assert not folder.exists() or not any(folder.iterdir())


def test_a_file_where_a_folder_is_needed(tmp_path: Path) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("x")
    with pytest.raises(OutputFileError, match="needs a folder"):
        export_postings(
            [chinese_posting(), english_posting()], ExportRequest(ExportFormat.HTML, blocker)
        )


def test_pdf_without_libreoffice_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_convert, "find_libreoffice", lambda: None)
    target = tmp_path / "jd.pdf"
    with pytest.raises(pdf_convert.PdfUnavailableError, match="needs LibreOffice"):
        export_postings([chinese_posting()], ExportRequest(ExportFormat.PDF, target))
    assert not target.exists()


@pytest.mark.skipif(
    pdf_convert.find_libreoffice() is None,
    reason="LibreOffice is not installed here: PDF conversion cannot be tested",
)
def test_pdf_through_libreoffice(tmp_path: Path) -> None:
    written = export_postings(
        [chinese_posting(), english_posting()], ExportRequest(ExportFormat.PDF, tmp_path / "pdf")
    )
    assert len(written) == 2
    for path in written:
        assert path.suffix == ".pdf" and path.read_bytes().startswith(b"%PDF")
