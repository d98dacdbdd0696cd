"""The import review, one real flow per action: what is stored is what the user left there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox

from jdeditor.core.model import SectionKind
from jdeditor.core.structure.line_roles import LineRole
from jdeditor.gui.dialogs.import_review_dialog import ImportReviewDialog
from jdeditor.gui.dialogs.reread_dialog import ReReadDialog
from jdeditor.gui.main_window import MainWindow
from jdeditor.gui.models.import_review_model import Column, ImportReviewModel
from jdeditor.service import Library
from tests.factories import TWO_JOBS
from tests.gui.windows import open_window

SEPARATED = """数据分析师
岗位职责：
1. 制作周报
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
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    opened = open_window(qtbot, tmp_path / "library.db")
    yield opened
    opened.editor.set_posting(None)
    opened.library.close()


def import_with_review(
    qtbot: object,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    paths: list[Path],
    act: Callable[[ImportReviewDialog], None],
    expected: int,
) -> None:
    """Drop ``paths`` on the flow, ``act`` in the review as a user would, press Import."""

    def exec_(dialog: ImportReviewDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
        act(dialog)
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(ImportReviewDialog, "exec", exec_)
    window.imports.import_paths(paths)
    qtbot.waitUntil(lambda: window.library.list_postings().total == expected, timeout=20000)  # type: ignore[attr-defined]


def stored(library: Library) -> dict[str, list[str]]:
    """Title -> item texts of every posting in the library."""
    found = {}
    for summary in library.list_postings().rows:
        posting = library.get_posting(summary.id)
        found[posting.title] = [item.text for _, _, item in posting.walk_items()]
    return found


def click_source_line(qtbot: object, dialog: ImportReviewDialog, number: int) -> None:
    view = dialog.panel.source_view
    block = view.document().findBlockByNumber(number - 1)
    view.ensureCursorVisible()
    view.verticalScrollBar().setValue(0)
    rect = view.blockBoundingGeometry(block).translated(view.contentOffset())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())  # type: ignore[attr-defined]
    assert view.chosen_line() == number


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_unticking_a_posting_leaves_it_out(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def untick_the_first(dialog: ImportReviewDialog) -> None:
        dialog.select_row(0)
        assert dialog.import_button.text() == "&Import 2 Postings"
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # type: ignore[attr-defined]
        assert dialog.import_button.text() == "&Import 1 Posting"

    import_with_review(
        qtbot, window, monkeypatch, [write(tmp_path, "jobs.txt", TWO_JOBS)], untick_the_first, 1
    )
    assert list(stored(window.library)) == ["Backend Engineer"]


def test_renaming_a_title_in_place(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def rename(dialog: ImportReviewDialog) -> None:
        index = dialog.model.index(1, Column.TITLE)
        dialog.table.setCurrentIndex(index)
        dialog.table.edit(index)
        editor = dialog.table.findChild(QLineEdit)
        assert editor is not None and editor.text() == "Backend Engineer"
        editor.setText("Senior Backend Engineer (Go)")
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        qtbot.waitUntil(  # type: ignore[attr-defined]  # the delegate commits queued
            lambda: dialog.model.item_at(1).posting.title == "Senior Backend Engineer (Go)"
        )

    import_with_review(
        qtbot, window, monkeypatch, [write(tmp_path, "jobs.txt", TWO_JOBS)], rename, 2
    )
    assert sorted(stored(window.library)) == ["Data Analyst", "Senior Backend Engineer (Go)"]


def test_renaming_a_duplicate_ticks_it(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "jobs.txt", TWO_JOBS)
    window.library.import_files([path])

    def rename(dialog: ImportReviewDialog) -> None:
        assert not dialog.import_button.isEnabled()  # both are in the library already
        assert dialog.model.data(dialog.model.index(0, Column.DUPLICATE)) == "Already there"
        dialog.model.setData(dialog.model.index(0, Column.TITLE), "Data Analyst (Berlin)")
        assert dialog.model.data(dialog.model.index(0, Column.DUPLICATE)) == "New"
        assert dialog.import_button.text() == "&Import 1 Posting"

    import_with_review(qtbot, window, monkeypatch, [path], rename, 3)
    assert "Data Analyst (Berlin)" in stored(window.library)


def test_splitting_at_a_clicked_line(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "analyst.txt", SEPARATED.split("~~~")[0])

    def split(dialog: ImportReviewDialog) -> None:
        assert dialog.model.rowCount() == 1
        assert not dialog.split_button.isEnabled()  # the cursor is on the first line
        click_source_line(qtbot, dialog, 4)  # 任职要求：
        assert dialog.split_button.isEnabled()
        qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert dialog.model.rowCount() == 2
        assert dialog.current_row() == 1  # the new posting is chosen
        assert dialog.panel.where_label.text().startswith("analyst.txt, lines 4–5")

    import_with_review(qtbot, window, monkeypatch, [path], split, 2)
    assert stored(window.library) == {"数据分析师": ["制作周报"], "analyst": ["熟悉SQL"]}


def test_merging_with_the_previous_posting(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def merge(dialog: ImportReviewDialog) -> None:
        dialog.select_row(0)
        assert not dialog.merge_button.isEnabled()  # nothing above the first
        dialog.select_row(1)
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert dialog.model.rowCount() == 1
        roles = dialog.panel.source_view
        assert roles.role_of_block(0) is LineRole.TITLE
        assert roles.role_of_block(5) is LineRole.TEXT  # "Backend Engineer": a paragraph now
        assert roles.role_of_block(6) is LineRole.HEADING

    import_with_review(
        qtbot, window, monkeypatch, [write(tmp_path, "jobs.txt", TWO_JOBS)], merge, 1
    )
    items = stored(window.library)["Data Analyst"]
    assert {"Build weekly reports", "Write services", "Python"} <= set(items)


def test_changing_a_sections_kind(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def change_kind(dialog: ImportReviewDialog) -> None:
        dialog.select_row(1)
        combo = dialog.panel.sections.cellWidget(1, 1)
        assert isinstance(combo, QComboBox)
        assert combo.currentText() == "Requirements"
        combo.setCurrentIndex(combo.findText("Preferred"))
        assert dialog.model.item_at(1).posting.sections[1].kind is SectionKind.PREFERRED

    import_with_review(
        qtbot, window, monkeypatch, [write(tmp_path, "jobs.txt", TWO_JOBS)], change_kind, 2
    )
    library = window.library
    kinds = {
        summary.title: [s.kind for s in library.get_posting(summary.id).sections]
        for summary in library.list_postings().rows
    }
    assert kinds["Backend Engineer"] == [SectionKind.DUTIES, SectionKind.PREFERRED]
    assert kinds["Data Analyst"] == [SectionKind.DUTIES, SectionKind.REQUIREMENTS]


def reread_with(
    monkeypatch: pytest.MonkeyPatch, encoding: str = "", separator: str = ""
) -> list[str]:
    asked: list[str] = []

    def exec_(dialog: ReReadDialog) -> int:
        asked.append(dialog.windowTitle())
        if encoding:
            dialog.encoding.setCurrentIndex(dialog.encoding.findData(encoding))
        dialog.separator.setText(separator)
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ReReadDialog, "exec", exec_)
    return asked


def test_rereading_with_a_separator(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = reread_with(monkeypatch, separator="~{3}")

    def reread(dialog: ImportReviewDialog) -> None:
        qtbot.mouseClick(dialog.reread_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert asked == ["Re-read two.txt"]
        assert [dialog.model.item_at(row).posting.title for row in range(2)] == [
            "数据分析师",
            "后端工程师",
        ]
        assert "separator ~{3}" in dialog.panel.where_label.text()

    import_with_review(
        qtbot, window, monkeypatch, [write(tmp_path, "two.txt", SEPARATED)], reread, 2
    )
    assert stored(window.library) == {
        "数据分析师": ["制作周报", "熟悉SQL"],
        "后端工程师": ["开发接口", "熟悉Python"],
    }


def test_rereading_with_an_encoding(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(
        tmp_path, "cafe.txt", "Café Manager\nResponsibilities:\n- Run the café\n", "cp1252"
    )
    reread_with(monkeypatch, encoding="cp1252")

    def reread(dialog: ImportReviewDialog) -> None:
        qtbot.mouseClick(dialog.reread_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert "cp1252" in dialog.panel.where_label.text()

    import_with_review(qtbot, window, monkeypatch, [path], reread, 1)
    assert stored(window.library) == {"Café Manager": ["Run the café"]}


def test_a_wrong_encoding_is_explained_and_the_plan_kept(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "jobs.txt", "高级数据分析师\n岗位职责：\n1. 制作周报\n", "gb18030")
    reread_with(monkeypatch, encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])))

    def reread(dialog: ImportReviewDialog) -> None:
        qtbot.mouseClick(dialog.reread_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert warned and "jobs.txt" in warned[0]
        assert dialog.model.item_at(0).posting.title == "高级数据分析师"

    import_with_review(qtbot, window, monkeypatch, [path], reread, 1)
    assert list(stored(window.library)) == ["高级数据分析师"]


def test_the_review_model_is_a_correct_qt_model(
    qtmodeltester: object, window: MainWindow, tmp_path: Path
) -> None:
    plan = window.library.plan_import([write(tmp_path, "jobs.txt", TWO_JOBS)])
    model = ImportReviewModel(plan)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(0, Column.SOURCE)) == "jobs.txt, line 1"
    assert model.data(model.index(1, Column.ITEMS)) == "2"


def test_the_review_in_chinese(
    chinese: None, qtbot: object, window: MainWindow, tmp_path: Path
) -> None:
    plan = window.library.plan_import([write(tmp_path, "two.txt", SEPARATED)])
    dialog = ImportReviewDialog(window.library, plan, window)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "检查导入"
    assert dialog.import_button.text().startswith("导入")
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "岗位名称"


def test_word_and_jd_editor_files_in_the_review(
    qtbot: object, window: MainWindow, tmp_path: Path
) -> None:
    from jdeditor.formats import json_format
    from tests.factories import chinese_posting
    from tests.formats import docx_builders as build

    document = build.new_document()
    document.add_paragraph("数据分析师", style="Heading 1")
    document.add_paragraph("岗位职责", style="Heading 2")
    document.add_paragraph("制作周报 & 复盘 <每周>", style="List Number")
    word = build.save(document, tmp_path / "jobs.docx")
    saved = tmp_path / "saved.json"
    json_format.write_file(saved, json_format.dumps_library([chinese_posting("产品经理")]))
    plan = window.library.plan_import([word, saved])
    dialog = ImportReviewDialog(window.library, plan, window)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    view = dialog.panel.source_view
    assert view.toPlainText() == "数据分析师\n岗位职责\n制作周报 & 复盘 <每周>"  # as typed in Word
    assert [view.role_of_block(n) for n in range(3)] == [
        LineRole.TITLE,
        LineRole.HEADING,
        LineRole.ITEM,
    ]
    dialog.select_row(1)
    assert view.toPlainText() == ""
    assert "a JD Editor file" in dialog.panel.where_label.text()
    assert not dialog.split_button.isEnabled() and not dialog.reread_button.isEnabled()
    assert not dialog.merge_button.isEnabled()
    assert "cannot be split or merged" in dialog.hint.text()


def test_split_posting_here_in_the_source_texts_menu(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    plan = window.library.plan_import([write(tmp_path, "analyst.txt", SEPARATED.split("~~~")[0])])
    dialog = ImportReviewDialog(window.library, plan, window)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    view = dialog.panel.source_view
    view.choose_line(4)
    (split_here,) = view.extra_actions
    assert split_here.text() == "Split Posting Here"
    split_here.trigger()
    assert [item.posting.title for item in dialog.plan.postings] == ["数据分析师", "analyst"]
    dialog.reject()
    assert window.library.list_postings().total == 0  # nothing is written by the review


def test_cancelling_after_changes_asks_first_and_then_stores_nothing(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)

    def exec_(dialog: ImportReviewDialog) -> int:
        dialog.reject()  # no change yet: closes at once
        assert not asked and dialog.result() == QDialog.DialogCode.Rejected.value
        dialog.setResult(-1)
        dialog.select_row(1)
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        dialog.reject()  # "Cancel" in the question: the merge is kept, the dialog open
        assert len(asked) == 1 and dialog.result() == -1 and dialog.model.rowCount() == 1
        dialog.reject()  # "Discard"
        assert "Nothing has been imported" in asked[1]
        return dialog.result()

    monkeypatch.setattr(ImportReviewDialog, "exec", exec_)
    flow = window.imports.flow
    assert flow is not None
    with qtbot.waitSignal(flow.failed, timeout=20000) as blocker:  # type: ignore[attr-defined]
        window.imports.import_paths([write(tmp_path, "jobs.txt", TWO_JOBS)])
    assert blocker.args == ["Import cancelled; nothing was changed."]
    assert window.library.list_postings().total == 0


def test_a_second_import_waits_for_the_first(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reviewed: list[int] = []

    def exec_(dialog: ImportReviewDialog) -> int:
        reviewed.append(dialog.model.rowCount())
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ImportReviewDialog, "exec", exec_)
    flow = window.imports.flow
    assert flow is not None
    path = write(tmp_path, "jobs.txt", TWO_JOBS)
    with qtbot.waitSignal(flow.failed, timeout=20000) as blocker:  # type: ignore[attr-defined]
        window.imports.import_paths([path])
        window.imports.import_paths([path])  # dropped again while the first is read
    assert blocker.args == ["An import is already running; try again when it is done."]
    qtbot.waitUntil(lambda: reviewed == [2], timeout=20000)  # type: ignore[attr-defined]
    assert not flow.running


def test_a_long_file_shows_the_lines_around_the_chosen_posting(
    qtbot: object, window: MainWindow, tmp_path: Path
) -> None:
    from jdeditor.gui.panels.source_view import CONTEXT_LINES, WHOLE_FILE_LINES

    duties = "\n".join(f"- Duty number {n}" for n in range(WHOLE_FILE_LINES))
    text = f"Data Analyst\nResponsibilities:\n{duties}\n{TWO_JOBS.split('SQL')[1]}"
    plan = window.library.plan_import([write(tmp_path, "long.txt", text)])
    assert [item.posting.title for item in plan.postings] == ["Data Analyst", "Backend Engineer"]
    dialog = ImportReviewDialog(window.library, plan, window)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    view = dialog.panel.source_view
    assert view.number_of_block(0) == 1
    dialog.select_row(1)
    second = plan.postings[1]
    assert second.source_line is not None
    assert view.number_of_block(0) == second.source_line - CONTEXT_LINES
    assert view.largest_number() == len(text.splitlines())
    view.choose_line(second.source_line + 1)
    assert view.chosen_line() == second.source_line + 1 and dialog.split_button.isEnabled()


def test_splitting_a_word_export_keeps_its_facts(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Our templates' facts line (部门 · 地点 · 薪资) is no source line: after a merge and a
    split in the review, each posting still has its department and location."""
    from jdeditor.formats.export_request import ExportFormat, ExportRequest
    from jdeditor.formats.exporting import export_postings
    from tests.factories import chinese_posting, english_posting

    originals = [chinese_posting(), english_posting()]
    request = ExportRequest(ExportFormat.DOCX, tmp_path / "out", template="advert-zh", merge=True)
    [path] = export_postings(originals, request)

    def merge_then_split(dialog: ImportReviewDialog) -> None:
        view = dialog.panel.source_view
        dialog.select_row(1)
        second_title = view.chosen_line()
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert dialog.model.rowCount() == 1
        texts = view.toPlainText().split("\n")
        facts = [b for b, text in enumerate(texts) if originals[1].location in text]
        assert facts and view.role_of_block(facts[0]) is LineRole.FIELD  # shown as a field
        block = next(b for b in range(len(texts)) if view.number_of_block(b) == second_title)
        rect = view.blockBoundingGeometry(view.document().findBlockByNumber(block))
        rect = rect.translated(view.contentOffset())
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())  # type: ignore[attr-defined]
        assert view.chosen_line() == second_title
        qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert dialog.model.rowCount() == 2

    import_with_review(qtbot, window, monkeypatch, [path], merge_then_split, 2)
    library = window.library
    found = {
        posting.title: (posting.department, posting.location)
        for posting in (library.get_posting(row.id) for row in library.list_postings().rows)
    }
    assert found == {p.title: (p.department, p.location) for p in originals}
