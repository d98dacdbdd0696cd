"""The approximate first page (docx_sketch) and LibreOffice's picture (docx_page_image)."""

from __future__ import annotations

import sys
from pathlib import Path

import docx
import pytest
from docx.shared import Pt, RGBColor

from jdeditor import paths
from jdeditor.formats.docx_export import render_docx
from jdeditor.formats.docx_page_image import libreoffice_page_image
from jdeditor.formats.docx_sketch import sketch_first_page
from tests.factories import chinese_posting, english_posting


def exported(template: str, english: bool = False) -> bytes:
    posting = english_posting() if english else chinese_posting()
    return render_docx(posting, paths.resource_path("templates", f"{template}.docx"))


def test_a_form_keeps_its_table_labels_values_and_chinese_numbers() -> None:
    sketch = sketch_first_page(exported("formal-zh"))
    page = sketch.html
    assert page.count("<table") == 1 and 'bgcolor="#' in page  # the shaded label column
    for text in ("岗位名称", "高级数据分析师", "所属部门", "数据部", "岗位职责"):
        assert text in page
    assert "一、" in page and "1、" in page  # outline numbers counted as Word does
    assert sketch.width_pt == pytest.approx(595.3, abs=1)  # A4


def test_english_lists_number_on_and_restart_per_section() -> None:
    page = sketch_first_page(exported("jd-en", english=True)).html
    assert "Senior Backend Engineer" in page
    assert page.count("1.&nbsp;") == 3  # duties, requirements and perks each start at 1
    assert "2.&nbsp;" in page


def test_fonts_sizes_colours_and_alignment_come_through(tmp_path: Path) -> None:
    document = docx.Document()
    title = document.add_paragraph()
    title.alignment = 1  # centre
    run = title.add_run("招聘 <启事> & more")
    run.bold = True
    run.font.size = Pt(20)
    run.font.color.rgb = RGBColor(0xC0, 0x39, 0x2B)
    document.sections[0].header.paragraphs[0].text = "星辰科技"
    path = tmp_path / "plain.docx"
    document.save(str(path))
    page = sketch_first_page(path.read_bytes()).html
    assert "招聘 &lt;启事&gt; &amp; more" in page
    assert "font-size: 20pt" in page and "font-weight: bold" in page and "#C0392B" in page
    assert "text-align: center" in page
    assert page.index("星辰科技") < page.index("招聘"), "the page header comes first"


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in LibreOffice is a script")
def test_a_libreoffice_that_cannot_draw_gives_no_picture(tmp_path: Path) -> None:
    soffice = tmp_path / "soffice"
    soffice.write_text("#!/bin/sh\necho 'Error: no export filter' >&2\nexit 1\n", encoding="utf-8")
    soffice.chmod(0o755)
    assert libreoffice_page_image(exported("jd-en"), soffice) is None
    assert libreoffice_page_image(exported("jd-en"), tmp_path / "missing") is None
