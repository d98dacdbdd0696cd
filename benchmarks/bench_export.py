"""Word export benchmark, side by side with the floor and with pandoc, in one run.

    .venv/bin/python -m benchmarks.bench_export

* ours: a posting of 20 items through each bundled template (docxtpl, sandboxed);
* floor: python-docx building and saving the same content with no template;
* pandoc: the same content as Markdown converted with a reference .docx (skipped, and
  said so, when pandoc is not installed: apt-get install pandoc).
Then 1,000 postings to a folder through the export service's code path.
"""

from __future__ import annotations

import io
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx

from benchmarks.generate import generate_postings
from jdeditor.core.model import Item, Posting, Section, SectionKind
from jdeditor.formats.docx_export import ExportSettings, find_template, render_docx
from jdeditor.formats.export_request import ExportFormat, ExportRequest
from jdeditor.formats.exporting import export_postings
from jdeditor.formats.markdown_export import render_markdown

REPEAT = 30


def twenty_item_posting() -> Posting:
    [base] = list(generate_postings(1, seed=3))
    base.title = "高级数据分析师"
    duties = [Item(f"负责数据分析与报表撰写，推动业务决策 {n}") for n in range(1, 11)]
    duties[2].children = [Item("市场分析：了解竞争对手产品"), Item("用户研究与访谈")]
    requirements = [Item(f"本科及以上学历，熟练使用 Excel 和 SQL {n}") for n in range(1, 9)]
    base.sections = [
        Section(SectionKind.DUTIES, "岗位职责", duties),
        Section(SectionKind.REQUIREMENTS, "任职资格", requirements),
    ]
    return base


def floor_docx(posting: Posting) -> bytes:
    document = docx.Document()
    document.add_heading(posting.title, level=0)
    document.add_paragraph(f"所属部门：{posting.department}")
    for section in posting.sections:
        document.add_heading(section.heading, level=1)
        for depth, item in section.walk():
            style = "List Number" if depth == 0 else "List Number 2"
            document.add_paragraph(item.text, style=style)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def median_ms(action: Callable[[], object], repeat: int = REPEAT) -> float:
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def pandoc_ms(posting: Posting, reference: Path, folder: Path) -> float | None:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        return None
    source = folder / "posting.md"
    source.write_text(render_markdown(posting), encoding="utf-8")
    target = folder / "pandoc.docx"
    command = [
        pandoc,
        "-f",
        "markdown",
        "-t",
        "docx",
        f"--reference-doc={reference}",
        "-o",
        str(target),
        str(source),
    ]
    return median_ms(lambda: subprocess.run(command, check=True), repeat=10)


def main() -> None:
    posting = twenty_item_posting()
    settings = ExportSettings(company_name="示例科技有限公司")
    print("| measure | median |\n|---|---|")
    for name in ("formal-zh", "advert-zh", "jd-en"):
        template = find_template(name).path
        ours = median_ms(lambda t=template: render_docx(posting, t, settings))
        print(f"| one posting, 20 items, template {name} | {ours:.1f} ms |", flush=True)
    floor = median_ms(lambda: floor_docx(posting))
    print(f"| floor: python-docx, same content, no template | {floor:.1f} ms |", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        reference = find_template("advert-zh").path
        result = pandoc_ms(posting, reference, Path(folder))
        if result is None:
            print("| pandoc (Markdown + reference .docx) | skipped: pandoc not installed |")
        else:
            print(f"| pandoc (Markdown + reference .docx), per document | {result:.1f} ms |")
        postings = list(generate_postings(1000, seed=5))
        start = time.perf_counter()
        export_postings(postings, ExportRequest(ExportFormat.DOCX, Path(folder) / "out"), settings)
        total = time.perf_counter() - start
        print(f"| 1,000 postings to a folder (.docx) | {total:.1f} s ({total:.1f} ms each) |")


if __name__ == "__main__":
    main()
