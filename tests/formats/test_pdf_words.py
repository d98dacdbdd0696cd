"""PDF through LibreOffice: English words stay whole at the ends of lines, in every template.

A document that marks Latin text as Chinese (``w:lang w:val="zh-CN"``) gets Chinese line
breaking in LibreOffice, which cuts English words anywhere ("organisati / on"). Each
bundled template renders English, Chinese-with-English and long postings to PDF in one
LibreOffice run; pdftotext then must find every word of the posting whole. Words are
compared letter runs, so a line break at a hyphen ("solution- / oriented") is fine, and
the test data holds no word wider than a table column (a URL may break anywhere).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from jdeditor import paths
from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from jdeditor.formats import pdf_convert
from jdeditor.formats.docx_export import ExportSettings, render_docx
from tests.factories import chinese_posting, english_posting

pytestmark = pytest.mark.skipif(
    pdf_convert.find_libreoffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice or pdftotext (poppler-utils) is not installed here: "
    "PDF line breaking cannot be tested",
)

TEMPLATES = ("formal-zh", "advert-zh", "jd-en")
SENTENCES = (
    "We are looking for a structured and solution-oriented engineer to join our "
    "organisation and help the whole team grow.",
    "You will collaborate closely with colleagues across departments, bring clarity to "
    "complexity, and get the freedom to design systems that scale internationally.",
    "Own the reliability, observability and performance of our infrastructure, "
    "including incident management and thoughtful postmortems.",
    "Experience with distributed systems, asynchronous messaging, containerisation and "
    "continuous integration is expected from day one.",
    "Communicate clearly with stakeholders, document architectural decisions and mentor "
    "junior colleagues with patience and responsibility.",
)


def _english() -> Posting:
    posting = english_posting()
    posting.summary = " ".join(SENTENCES[:2])
    posting.sections[0].heading = "Responsibilities"
    posting.sections[0].items += [Item(text) for text in SENTENCES]
    posting.sections[1].heading = "Qualifications"
    posting.sections[1].items += [Item(text) for text in reversed(SENTENCES)]
    return posting


def _long_english() -> Posting:
    """Long enough to run onto a second page in every template."""
    posting = _english()
    posting.title = "Principal Platform Engineer"
    posting.sections[0].items = [
        Item(f"{SENTENCES[number % len(SENTENCES)]} Milestone {number}.") for number in range(1, 31)
    ]
    return posting


def _mixed() -> Posting:
    """A Chinese posting with English sentences and product names among the Chinese."""
    posting = chinese_posting("高级数据工程师 Senior Data Engineer")
    posting.summary = "负责公司数据平台建设。" + SENTENCES[0]
    posting.sections.append(
        Section(
            SectionKind.PREFERRED,
            "加分项 Nice to have",
            [Item(f"熟悉Kubernetes、Terraform等工具；{text}") for text in SENTENCES]
            + [Item("具备良好的英文读写能力，能够阅读 documentation 和 specifications。")],
        )
    )
    return posting


def bundled(name: str) -> Path:
    return paths.resource_path("templates", f"{name}.docx")


POSTINGS = {"english": _english, "long-english": _long_english, "mixed": _mixed}


def posting_words(posting: Posting) -> set[str]:
    texts = [posting.title, posting.summary, posting.department, posting.location]
    for section in posting.sections:
        texts.append(section.heading)
        texts += [item.text for _, item in section.walk()]
    return set(re.findall(r"[A-Za-z]+", " ".join(texts)))


@pytest.fixture(scope="module")
def pdf_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    """pdftotext of each template and posting, converted in one LibreOffice run."""
    settings = ExportSettings(company_name="Stellar Tech")
    jobs = [(template, name) for template in TEMPLATES for name in POSTINGS]
    documents = [
        render_docx(
            POSTINGS[name](), paths.resource_path("templates", f"{template}.docx"), settings
        )
        for template, name in jobs
    ]
    folder: Path = tmp_path_factory.mktemp("pdf")
    texts = {}
    for (template, name), pdf in zip(jobs, pdf_convert.docx_to_pdf(documents), strict=True):
        path = folder / f"{template}-{name}.pdf"
        path.write_bytes(pdf)
        result = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, check=True, text=True
        )
        texts[(template, name)] = result.stdout
    return texts


@pytest.mark.parametrize("name", sorted(POSTINGS))
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_word_of_the_posting_is_whole_in_the_pdf(
    pdf_texts: dict[tuple[str, str], str], template: str, name: str
) -> None:
    text = pdf_texts[(template, name)]
    found = set(re.findall(r"[A-Za-z]+", text))
    broken = sorted(posting_words(POSTINGS[name]()) - found)
    assert not broken, f"{template}: words cut at line ends in the PDF: {broken}"


@pytest.mark.parametrize("template", TEMPLATES)
def test_long_postings_go_onto_a_second_page_with_english_page_numbers(
    pdf_texts: dict[tuple[str, str], str], template: str
) -> None:
    text = pdf_texts[(template, "long-english")]
    assert "\f" in text.rstrip("\f"), "expected more than one page"
    assert re.search(r"Page 2 of \d", text)
    assert not re.search(r"[\u4e00-\u9fff]", text), "no Chinese label in an English posting"


def test_the_form_labels_its_rows_on_every_page(
    pdf_texts: dict[tuple[str, str], str],
) -> None:
    pages = pdf_texts[("formal-zh", "long-english")].split("\f")
    duty_pages = [page for page in pages if "Milestone" in page]
    assert len(duty_pages) >= 2
    for page in duty_pages:
        assert "Responsibilities" in page.replace("\n", " "), page[:300]
    assert "(continued)" in pdf_texts[("formal-zh", "long-english")]


def test_the_mixed_posting_is_chinese(pdf_texts: dict[tuple[str, str], str]) -> None:
    assert Language.ZH is _mixed().language
    assert "岗位职责" in pdf_texts[("formal-zh", "mixed")]
