"""Render every bundled template's output to PNG pictures for the docs.

    .venv/bin/python -m docs.tools.render_exports

Needs LibreOffice (docx -> PDF) and poppler-utils (PDF -> PNG). Writes
docs/exports/<template>-<language>.png (the first page of each).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from jdeditor.formats.docx_export import ExportSettings, find_template, render_docx
from jdeditor.formats.pdf_convert import docx_to_pdf
from tests.factories import chinese_posting, english_posting

OUT = Path(__file__).resolve().parents[1] / "exports"
TEMPLATES = ("formal-zh", "advert-zh", "jd-en")


def main() -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm is missing: apt-get install poppler-utils")
    settings = ExportSettings(company_name="星辰科技有限公司 / Stellar Tech", author="HR")
    postings = {"zh": chinese_posting(), "en": english_posting()}
    OUT.mkdir(exist_ok=True)
    jobs = [(name, language) for name in TEMPLATES for language in postings]
    documents = [
        render_docx(postings[language], find_template(name).path, settings)
        for name, language in jobs
    ]
    pdfs = docx_to_pdf(documents)
    with tempfile.TemporaryDirectory() as folder:
        for (name, language), pdf in zip(jobs, pdfs, strict=True):
            source = Path(folder) / f"{name}-{language}.pdf"
            source.write_bytes(pdf)
            prefix = OUT / f"{name}-{language}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "70",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(source),
                    str(prefix),
                ],
                check=True,
            )
            print(f"{prefix}.png")


if __name__ == "__main__":
    main()
