"""The import review's changes to a plan: split, merge, rename, kinds, re-read, duplicates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jdeditor import import_review
from jdeditor.core.model import SectionKind
from jdeditor.errors import InputFileError
from jdeditor.import_plan import ImportCancelled, ReadOptions
from jdeditor.service import Library
from tests.factories import TWO_JOBS

# Without a separator the recogniser reads the ~~~ line (and what follows) as more items.
SEPARATED = """数据分析师
岗位职责：
1. 制作周报
2. 维护指标体系
任职要求：
1. 熟悉SQL
~~~
后端工程师
岗位职责：
1. 开发接口
任职要求：
1. 熟悉Python
"""


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "library.db") as opened:
        yield opened


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def items(posting: object) -> list[str]:
    return [item.text for _, _, item in posting.walk_items()]  # type: ignore[attr-defined]


def test_the_plan_keeps_each_files_lines_and_each_postings_range(
    library: Library, tmp_path: Path
) -> None:
    plan = library.plan_import([write(tmp_path, "jobs.txt", TWO_JOBS)])
    assert [item.posting.title for item in plan.postings] == ["Data Analyst", "Backend Engineer"]
    source = plan.sources[0]
    assert source.kind == "text" and source.encoding == "utf-8"
    assert [line.text for line in source.lines][:2] == ["Data Analyst", "Responsibilities:"]
    first, second = plan.postings
    assert (first.source_line, first.last_line, first.title_line) == (1, 5, 1)
    assert (second.source_line, second.last_line, second.title_line) == (6, 10, 6)
    assert first.file is source and second.file is source
    assert import_review.roles_of(second)[7].value == "heading"


def test_merging_reads_both_postings_again_as_one(library: Library, tmp_path: Path) -> None:
    plan = library.plan_import([write(tmp_path, "jobs.txt", TWO_JOBS)])
    assert not import_review.can_merge_with_previous(plan, 0)
    merged = import_review.merge_with_previous(plan, 1)
    assert len(plan.postings) == 1 and plan.postings[0] is merged
    assert merged.posting.title == "Data Analyst"
    assert (merged.source_line, merged.last_line) == (1, 10)
    assert {"Build weekly reports", "Write services", "Python"} <= set(items(merged.posting))
    report = library.commit_import(plan)
    stored = library.get_posting(report.added[0])
    assert stored.title == "Data Analyst" and "Write services" in items(stored)


def test_splitting_starts_a_new_posting_at_the_chosen_line(
    library: Library, tmp_path: Path
) -> None:
    plan = library.plan_import([write(tmp_path, "analyst.txt", TWO_JOBS.split("Backend")[0])])
    assert len(plan.postings) == 1
    assert not import_review.can_split_at(plan, 0, 1)  # nothing would stay before it
    assert not import_review.can_split_at(plan, 0, 99)  # outside the posting
    first, second = import_review.split_posting(plan, 0, 4)  # at "Requirements:"
    assert plan.postings == [first, second]
    assert first.posting.title == "Data Analyst"
    assert [s.kind for s in first.posting.sections] == [SectionKind.DUTIES]
    assert second.posting.title == "analyst"  # no title in its lines: the file's name
    assert [s.kind for s in second.posting.sections] == [SectionKind.REQUIREMENTS]
    assert (second.source_line, second.last_line) == (4, 5)
    report = library.commit_import(plan)
    assert len(report.added) == 2


def test_split_and_merge_leave_out_separator_lines(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path, "two.txt", SEPARATED)
    plan = library.plan_import([path], ReadOptions(separator="~{3}"))
    assert [item.posting.title for item in plan.postings] == ["数据分析师", "后端工程师"]
    merged = import_review.merge_with_previous(plan, 1)
    assert "~~~" not in items(merged.posting)
    assert "开发接口" in items(merged.posting)


def test_renaming_and_kinds_are_checked_for_duplicates_again(
    library: Library, tmp_path: Path
) -> None:
    path = write(tmp_path, "jobs.txt", TWO_JOBS)
    library.import_files([path])
    plan = library.plan_import([path])
    assert all(item.duplicate_of is not None and not item.include for item in plan.postings)
    first = plan.postings[0]
    import_review.rename_posting(first, "Data Analyst (Berlin)")
    assert first.fingerprint == ""
    library.check_duplicates(plan, [first])
    assert first.duplicate_of is None and first.include  # no longer a duplicate: ticked
    import_review.rename_posting(first, "Data Analyst")
    library.check_duplicates(plan, [first])
    assert first.duplicate_of is not None and not first.include
    second = plan.postings[1]
    import_review.set_section_kind(second, 1, SectionKind.PREFERRED)
    second.include = True
    report = library.commit_import(plan)  # re-checks the changed posting itself
    assert len(report.added) == 1
    stored = library.get_posting(report.added[0])
    assert stored.title == "Backend Engineer"
    assert [s.kind for s in stored.sections] == [SectionKind.DUTIES, SectionKind.PREFERRED]


def test_rereading_with_a_separator_replaces_the_files_postings(
    library: Library, tmp_path: Path
) -> None:
    other = write(tmp_path, "other.txt", TWO_JOBS)
    path = write(tmp_path, "two.txt", SEPARATED)
    plan = library.plan_import([other, path])
    source = plan.postings[-1].file
    assert source is not None
    postings = import_review.reread_source(source, ReadOptions(separator=r"~{3}"))
    import_review.replace_source(plan, source, postings)
    library.check_duplicates(plan, postings)
    titles = [item.posting.title for item in plan.postings]
    assert titles == ["Data Analyst", "Backend Engineer", "数据分析师", "后端工程师"]
    assert plan.sources[1].options.separator == "~{3}"
    assert all("~~~" not in items(item.posting) for item in plan.postings)


def test_rereading_with_an_encoding(library: Library, tmp_path: Path) -> None:
    path = write(
        tmp_path, "cafe.txt", "Café Manager\nResponsibilities:\n- Run the café\n", "cp1252"
    )
    plan = library.plan_import([path])
    source = plan.sources[0]
    postings = import_review.reread_source(source, ReadOptions(encoding="cp1252"))
    import_review.replace_source(plan, source, postings)
    assert plan.sources[0].encoding == "cp1252"
    assert plan.postings[0].posting.title == "Café Manager"
    with pytest.raises(InputFileError, match="not valid utf-8"):
        import_review.reread_source(plan.sources[0], ReadOptions(encoding="utf-8"))


def test_pasted_text_is_a_plan_like_a_file(library: Library) -> None:
    plan = library.plan_text(TWO_JOBS, "Job board")
    assert [item.posting.title for item in plan.postings] == ["Data Analyst", "Backend Engineer"]
    assert plan.sources[0].kind == "pasted" and plan.postings[0].source.name == "Job board"
    merged = import_review.merge_with_previous(plan, 1)
    assert merged.posting.title == "Data Analyst"
    again = import_review.reread_source(plan.sources[0], ReadOptions(separator="Backend.*"))
    assert [item.posting.title for item in again] == ["Data Analyst", "Job board"]
    report = library.commit_import(plan)
    assert library.history(report.added[0])[0].note == "imported from Job board"


def test_folders_give_the_supported_files_inside_them(tmp_path: Path) -> None:
    write(tmp_path, "jobs/a.txt", "x")
    write(tmp_path, "jobs/deep/b.docx", "x")
    write(tmp_path, "jobs/deep/~$b.docx", "x")
    write(tmp_path, "jobs/.hidden/c.txt", "x")
    write(tmp_path, "jobs/notes.pdf", "x")
    single = write(tmp_path, "single.pdf", "x")
    found = import_review.files_to_import([tmp_path / "jobs", single])
    assert found == [tmp_path / "jobs/a.txt", tmp_path / "jobs/deep/b.docx", single]


def test_reading_reports_progress_and_stops_when_asked(library: Library, tmp_path: Path) -> None:
    paths = [write(tmp_path, f"{n}.txt", TWO_JOBS) for n in range(3)]
    seen: list[tuple[int, int]] = []
    library.plan_import(paths, progress=lambda done, total: seen.append((done, total)) or True)
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    with pytest.raises(ImportCancelled):
        library.plan_import(paths, progress=lambda done, total: done < 1)
    assert library.list_postings().total == 0


def test_word_paragraphs_are_the_lines_of_a_word_file(library: Library, tmp_path: Path) -> None:
    from tests.formats import docx_builders as build

    document = build.new_document()
    for title, duty in (("数据分析师", "制作周报"), ("后端工程师", "开发接口")):
        document.add_paragraph(title, style="Heading 1")
        document.add_paragraph("岗位职责", style="Heading 2")
        document.add_paragraph(f"{duty} & 复盘 <每周>", style="List Number")
    path = build.save(document, tmp_path / "jobs.docx")
    plan = library.plan_import([path])
    source = plan.sources[0]
    assert source.kind == "docx" and source.encoding is None
    assert [line.number for line in source.lines] == [1, 2, 3, 4, 5, 6]
    assert [item.posting.title for item in plan.postings] == ["数据分析师", "后端工程师"]
    roles = import_review.roles_of(plan.postings[0])
    assert [role.value for role in roles.values()] == ["title", "heading", "item"]
    merged = import_review.merge_with_previous(plan, 1)
    assert merged.posting.title == "数据分析师"  # Word's escaping undone: & and < as typed
    assert items(merged.posting) == ["制作周报 & 复盘 <每周>", "开发接口 & 复盘 <每周>"]
    first, second = import_review.split_posting(plan, 0, 4)
    assert [first.posting.title, second.posting.title] == ["数据分析师", "后端工程师"]
    assert items(second.posting) == ["开发接口 & 复盘 <每周>"]


def test_a_word_form_table_cannot_be_split_or_merged(library: Library, tmp_path: Path) -> None:
    from tests.formats import docx_builders as build

    document = build.new_document()
    document.add_paragraph("运营专员", style="Heading 1")
    document.add_paragraph("岗位职责", style="Heading 2")
    document.add_paragraph("策划活动", style="List Number")
    build.add_table(
        document,
        [["岗位名称", "产品经理", "所属部门", "产品部"], ["岗位职责", "负责产品规划", None, None]],
    )
    plan = library.plan_import([build.save(document, tmp_path / "mixed.docx")])
    titles = [item.posting.title for item in plan.postings]
    assert "产品经理" in titles and "运营专员" in titles
    form = plan.postings[titles.index("产品经理")]
    assert not import_review.is_line_based(form)
    assert not import_review.can_split_at(plan, titles.index("产品经理"), form.source_line or 0)
    assert not any(import_review.can_merge_with_previous(plan, i) for i in range(len(titles)))


def test_a_jd_editor_file_has_no_lines_to_review(library: Library, tmp_path: Path) -> None:
    from jdeditor.formats import json_format
    from tests.factories import chinese_posting

    path = tmp_path / "saved.json"
    json_format.write_file(path, json_format.dumps_library([chinese_posting()]))
    plan = library.plan_import([path])
    (item,) = plan.postings
    assert item.file is not None and item.file.kind == "json" and item.file.lines == []
    assert not item.file.can_reread and not import_review.is_line_based(item)
    assert import_review.roles_of(item) == {}


@pytest.mark.parametrize("template", ["advert-zh", "jd-en"])
def test_split_and_merge_keep_the_facts_of_our_own_word_exports(
    template: str, library: Library, tmp_path: Path
) -> None:
    """Our templates print department, location… as a facts line in field styles: it is no
    source line, so split and merge read it again from the file's facts lines."""
    from jdeditor.formats.export_request import ExportFormat, ExportRequest
    from jdeditor.formats.exporting import export_postings
    from tests.factories import chinese_posting, english_posting

    originals = [chinese_posting(), english_posting()]
    request = ExportRequest(ExportFormat.DOCX, tmp_path / "out", template=template, merge=True)
    [written] = export_postings(originals, request)
    plan = library.plan_import([written])
    assert plan.sources[0].facts  # the facts lines, with the paragraphs they stand at
    second_start = plan.postings[1].source_line
    assert second_start is not None

    def facts(item: object) -> tuple[str, str, object]:
        return facts_of(item.posting)  # type: ignore[attr-defined]

    expected = [facts_of(posting) for posting in originals]
    assert [facts(item) for item in plan.postings] == expected
    merged = import_review.merge_with_previous(plan, 1)
    assert facts(merged) == expected[0]  # the first posting's facts; the second's do not
    assert originals[1].department not in merged.posting.summary  # become summary text
    first, second = import_review.split_posting(plan, 0, second_start)
    assert [facts(first), facts(second)] == expected
    assert first.posting.summary == originals[0].summary  # no facts in the summary
    assert second.posting.summary == originals[1].summary
    assert first.posting.title == originals[0].title and second.posting.title == originals[1].title
    [(facts_line, _), *_] = plan.sources[0].facts
    assert import_review.roles_of(first)[facts_line].value == "field"  # shown as a field
    source = plan.sources[0]
    again = import_review.reread_source(source, source.options)
    assert [facts(item) for item in again] == expected
    assert again[0].file is not None and again[0].file.facts == source.facts


def facts_of(posting: object) -> tuple[str, str, object]:
    return posting.department, posting.location, posting.salary  # type: ignore[attr-defined]


GAPS = """数据分析师
岗位职责：
1. 制作周报
3. 维护指标体系
后端工程师
岗位职责：
1. 开发接口
4. 编写文档
"""


def test_a_postings_warnings_follow_its_lines_through_split_and_merge(
    library: Library, tmp_path: Path
) -> None:
    plan = library.plan_import([write(tmp_path, "gaps.txt", GAPS)])
    assert [item.posting.title for item in plan.postings] == ["数据分析师", "后端工程师"]

    def lines(item: object) -> list[int]:
        return sorted(warning.line for warning in item.warnings)  # type: ignore[attr-defined]

    before = [lines(item) for item in plan.postings]
    assert before[0] and before[1]  # each has its numbering gap
    assert all(w <= 4 for w in before[0]) and all(w >= 5 for w in before[1])
    merged = import_review.merge_with_previous(plan, 1)
    assert lines(merged) == sorted(before[0] + before[1])  # the warnings of both
    first, second = import_review.split_posting(plan, 0, 5)
    assert [lines(first), lines(second)] == before  # each part the warnings of its lines
