"""Render every bundled template's output to PNG pictures for the docs.

    .venv/bin/python -m docs.tools.render_exports

Needs LibreOffice (docx -> PDF) and poppler-utils (PDF -> PNG). Writes
docs/exports/<template>-<language>.png (the first page of each, a Chinese and an English
posting) and formal-zh-long-p2.png: the second page of a posting with a very long duties
section, where the form's rows continue under the label 岗位职责（续）.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from jdeditor.core.model import Item, Posting
from jdeditor.formats.docx_export import ExportSettings, find_template, render_docx
from jdeditor.formats.pdf_convert import docx_to_pdf
from tests.factories import chinese_posting, english_posting

OUT = Path(__file__).resolve().parents[1] / "exports"
TEMPLATES = ("formal-zh", "advert-zh", "jd-en")
RESOLUTION = "70"


def long_posting() -> Posting:
    posting = chinese_posting("数据平台研发工程师")
    posting.sections[0].items = [
        Item(
            f"负责数据平台第 {number} 个模块的设计、开发与维护，保证系统的稳定性、可扩展性和"
            "高性能，与产品、算法团队紧密合作推进项目落地。"
        )
        for number in range(1, 41)
    ]
    return posting


def _png(pdf: Path, prefix: Path, page: int) -> None:
    subprocess.run(
        [
            *("pdftoppm", "-png", "-r", RESOLUTION, "-singlefile"),
            *("-f", str(page), "-l", str(page), str(pdf), str(prefix)),
        ],
        check=True,
    )
    print(f"{prefix}.png")


def main() -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm is missing: apt-get install poppler-utils")
    settings = ExportSettings(
        company_name="星辰科技有限公司 / Stellar Tech",
        author="HR",
        how_to_apply="请将简历发送至招聘邮箱，邮件标题注明应聘岗位。",
        contact_email="hr@stellar.example",
    )
    postings = {"zh": chinese_posting(), "en": english_posting(), "long": long_posting()}
    OUT.mkdir(exist_ok=True)
    jobs = [(name, language) for name in TEMPLATES for language in ("zh", "en")]
    jobs.append(("formal-zh", "long"))
    documents = [
        render_docx(postings[language], find_template(name).path, settings)
        for name, language in jobs
    ]
    pdfs = docx_to_pdf(documents)
    with tempfile.TemporaryDirectory() as folder:
        for (name, language), pdf in zip(jobs, pdfs, strict=True):
            source = Path(folder) / f"{name}-{language}.pdf"
            source.write_bytes(pdf)
            if language == "long":
                _png(source, OUT / f"{name}-long-p2", 2)
            else:
                _png(source, OUT / f"{name}-{language}", 1)


if __name__ == "__main__":
    main()
