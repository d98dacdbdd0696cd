"""File ▸ Export…: the dialog, and exports run from the window."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from jdeditor.errors import OutputFileError, UserFacingError
from jdeditor.gui.export_dialog import ExportDialog
from jdeditor.gui.main_window import MainWindow
from jdeditor.service import ExportFormat, Library
from tests.factories import chinese_posting, english_posting
from tests.gui.typing_helpers import commit_text

Configure = Callable[[ExportDialog], None]


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    library = Library.open(tmp_path / "library.db")
    first = library.create_posting(chinese_posting("产品经理/运营"))
    library.create_posting(english_posting())
    opened = MainWindow(library)
    qtbot.addWidget(opened, before_close_func=lambda w: w.editor.set_posting(None))  # type: ignore[attr-defined]
    opened.show()
    opened.open_posting(first.id or 0)
    yield opened
    opened.editor.set_posting(None)
    library.close()


def answer_dialog(monkeypatch: pytest.MonkeyPatch, configure: Configure) -> list[ExportDialog]:
    """Stand in for the user: set the dialog's fields, then press Export."""
    shown: list[ExportDialog] = []

    def exec_(dialog: ExportDialog) -> int:
        shown.append(dialog)
        configure(dialog)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    return shown


def choose_format(dialog: ExportDialog, format: ExportFormat) -> None:
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(format.value))


def test_the_open_posting_to_markdown(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()

    def configure(dialog: ExportDialog) -> None:
        assert dialog.this_posting.isChecked() and "产品经理/运营" in dialog.this_posting.text()
        choose_format(dialog, ExportFormat.MARKDOWN)
        assert not dialog.template_combo.isEnabled()  # templates are for Word and PDF
        assert Path(dialog.target_edit.text()).name == "产品经理_运营.md"  # a safe name
        dialog.target_edit.setText(str(out / "产品经理_运营.md"))

    answer_dialog(monkeypatch, configure)
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):  # type: ignore[attr-defined]
        window.export_action.trigger()
    written = out / "产品经理_运营.md"
    assert written.read_text(encoding="utf-8").startswith("# 产品经理/运营\n")
    assert str(written) in window.statusBar().currentMessage()


def test_all_postings_one_file_each_in_a_folder(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "folder"
    out.mkdir()
    (out / "产品经理_运营.md").write_text("mine", encoding="utf-8")  # kept: new names numbered

    def configure(dialog: ExportDialog) -> None:
        dialog.all_postings.setChecked(True)
        assert "2" in dialog.all_postings.text()
        choose_format(dialog, ExportFormat.MARKDOWN)
        assert dialog.separate.isChecked()
        assert Path(dialog.target_edit.text()).suffix == ""  # a folder
        dialog.target_edit.setText(str(out))

    answer_dialog(monkeypatch, configure)
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):  # type: ignore[attr-defined]
        window.export_action.trigger()
    names = sorted(path.name for path in out.iterdir())
    assert names == ["Senior Backend Engineer.md", "产品经理_运营 (2).md", "产品经理_运营.md"]
    assert (out / "产品经理_运营.md").read_text(encoding="utf-8") == "mine"
    assert "2" in window.statusBar().currentMessage()
    # The folder held a file of the user's: the files written are listed, without blocking.
    listed = window.findChild(QMessageBox, "export_written_files")
    assert listed is not None and listed.isVisible()
    assert listed.informativeText().split("\n") == [
        "产品经理_运营 (2).md",
        "Senior Backend Engineer.md",
    ]
    assert str(out) in listed.text()
    listed.close()


def test_an_export_that_stopped_halfway_says_which_files_were_written(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "folder"

    def configure(dialog: ExportDialog) -> None:
        dialog.all_postings.setChecked(True)
        choose_format(dialog, ExportFormat.MARKDOWN)
        dialog.target_edit.setText(str(out))

    def halfway(*args: object, **kwargs: object) -> list[Path]:
        raise OutputFileError(
            "Cannot move b.md into the folder: disk full. The export stopped; only these "
            "files were written:\n- a.md\nExport again to write the rest."
        )

    answer_dialog(monkeypatch, configure)
    monkeypatch.setattr(Library, "export", halfway)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])))
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):  # type: ignore[attr-defined]
        window.export_action.trigger()
    assert "only these files were written:\n- a.md" in warned[0]
    assert "some files were written" in window.statusBar().currentMessage()


def test_several_postings_in_jd_editor_format_make_one_library_file(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "library.json"

    def configure(dialog: ExportDialog) -> None:
        dialog.all_postings.setChecked(True)
        choose_format(dialog, ExportFormat.JSON)
        assert not dialog.separate.isEnabled()  # a JD Editor file holds a whole library
        assert Path(dialog.target_edit.text()).suffix == ".json"
        dialog.target_edit.setText(str(target))

    answer_dialog(monkeypatch, configure)
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):  # type: ignore[attr-defined]
        window.export_action.trigger()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert len(data["postings"]) == 2


def test_all_postings_merged_into_one_word_document(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "all.docx"

    def configure(dialog: ExportDialog) -> None:
        dialog.all_postings.setChecked(True)
        dialog.merged.setChecked(True)
        choose_format(dialog, ExportFormat.DOCX)
        dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("jd-en"))
        dialog.target_edit.setText(str(target))

    answer_dialog(monkeypatch, configure)
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):  # type: ignore[attr-defined]
        window.export_action.trigger()
    assert target.read_bytes().startswith(b"PK")


def test_an_existing_file_is_replaced_only_when_the_user_says_so(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "posting.html"
    target.write_text("mine", encoding="utf-8")

    def configure(dialog: ExportDialog) -> None:
        choose_format(dialog, ExportFormat.HTML)
        dialog.target_edit.setText(str(target))

    answer_dialog(monkeypatch, configure)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(*args: object) -> object:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    window.export_action.trigger()
    assert target.read_text(encoding="utf-8") == "mine"  # cancelled: untouched
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):  # type: ignore[attr-defined]
        window.export_action.trigger()
    assert "<html" in target.read_text(encoding="utf-8")
    assert all("posting.html" in text for text in asked)


def test_unsaved_changes_are_saved_before_the_export(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    title = window.editor.header.title_edit
    title.selectAll()
    commit_text(title, "产品总监")
    assert window.isWindowModified()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Save)
    target = tmp_path / "saved.md"

    def configure(dialog: ExportDialog) -> None:
        choose_format(dialog, ExportFormat.MARKDOWN)
        dialog.target_edit.setText(str(target))

    answer_dialog(monkeypatch, configure)
    window.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=20000)  # type: ignore[attr-defined]
    assert not window.isWindowModified()
    assert target.read_text(encoding="utf-8").startswith("# 产品总监\n")


def test_a_failed_export_says_why_and_writes_nothing(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "never.pdf"

    def configure(dialog: ExportDialog) -> None:
        choose_format(dialog, ExportFormat.PDF)
        dialog.target_edit.setText(str(target))

    def no_libreoffice(*args: object, **kwargs: object) -> list[Path]:
        raise UserFacingError("PDF export needs LibreOffice. Install it, then export again.")

    answer_dialog(monkeypatch, configure)
    monkeypatch.setattr(Library, "export", no_libreoffice)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])))
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):  # type: ignore[attr-defined]
        window.export_action.trigger()
    assert warned == ["PDF export needs LibreOffice. Install it, then export again."]
    assert not target.exists()


def test_the_dialog_remembers_the_last_export(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "remembered" / "x.docx"
    target.parent.mkdir()

    def configure(dialog: ExportDialog) -> None:
        choose_format(dialog, ExportFormat.DOCX)
        dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("advert-zh"))
        dialog.target_edit.setText(str(target))

    shown = answer_dialog(monkeypatch, configure)
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):  # type: ignore[attr-defined]
        window.export_action.trigger()
    assert target.exists()
    again = ExportDialog((1, "岗位"), 2, Library.templates(), window)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert again.format_combo.currentData() == ExportFormat.DOCX.value
    assert again.template_combo.currentData() == "advert-zh"
    assert Path(again.target_edit.text()) == target.parent / "岗位.docx"
    assert len(shown) == 1


def test_the_dialog_without_an_open_posting(qtbot: object) -> None:
    dialog = ExportDialog(None, 0, [], None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert not dialog.this_posting.isEnabled() and not dialog.all_postings.isEnabled()
    ok = dialog.findChild(QPushButton, "export_ok")
    assert ok is not None and ok.isEnabled()
    dialog.target_edit.setText("  ")
    assert not ok.isEnabled()  # nowhere to write to


def test_the_postings_in_the_list_as_searched(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "listed"
    window.panel.search_edit.setText("backend")
    window.panel.refresh()
    assert window.panel.model.total == 1

    def configure(dialog: ExportDialog) -> None:
        assert dialog.listed_postings.isVisibleTo(dialog)
        assert dialog.listed_postings.text() == "The 1 posting in the list"
        dialog.listed_postings.setChecked(True)
        choose_format(dialog, ExportFormat.MARKDOWN)
        dialog.target_edit.setText(str(out))

    answer_dialog(monkeypatch, configure)
    window.export_action.trigger()
    # The files are written in a temporary folder inside ``out``, moved into place, then the
    # temporary folder is removed: wait until only the final name is left.
    written = out / "Senior Backend Engineer.md"

    def only_the_export() -> bool:
        return out.is_dir() and [path.name for path in out.iterdir()] == [written.name]

    qtbot.waitUntil(only_the_export, timeout=20000)  # type: ignore[attr-defined]


def test_the_list_choice_is_offered_only_when_the_list_is_narrowed(qtbot: object) -> None:
    plain = ExportDialog(None, 5, [], None)
    qtbot.addWidget(plain)  # type: ignore[attr-defined]
    plain.show()
    assert not plain.listed_postings.isVisible()
    narrowed = ExportDialog(None, 5, [], None, listed_count=0)
    qtbot.addWidget(narrowed)  # type: ignore[attr-defined]
    narrowed.show()
    assert narrowed.listed_postings.isVisible() and not narrowed.listed_postings.isEnabled()


def test_a_folder_that_cannot_be_made_is_explained(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")

    def configure(dialog: ExportDialog) -> None:
        dialog.all_postings.setChecked(True)
        choose_format(dialog, ExportFormat.MARKDOWN)
        dialog.target_edit.setText(str(blocker / "exports"))  # under a file: cannot exist

    answer_dialog(monkeypatch, configure)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])))
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):  # type: ignore[attr-defined]
        window.export_action.trigger()
    assert warned and "Cannot create the folder" in warned[0]
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_the_folder_of_an_export_opens_from_the_status_bar(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "posting.md"
    target.parent.mkdir()

    def configure(dialog: ExportDialog) -> None:
        choose_format(dialog, ExportFormat.MARKDOWN)
        dialog.target_edit.setText(str(target))

    answer_dialog(monkeypatch, configure)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=20000)  # type: ignore[attr-defined]

    def shown_button() -> QPushButton | None:
        # Looked up each time: the file exists a moment before the button is added.
        found = window.statusBar().findChild(QPushButton, "open_export_folder")
        return found if found is not None and found.isVisible() else None

    qtbot.waitUntil(lambda: shown_button() is not None)  # type: ignore[attr-defined]
    button = shown_button()
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert opened == [str(target.parent)]
    window.statusBar().showMessage("Saved “岗位”.")
    assert not button.isVisible()  # gone with its message, not back with the next one


def test_a_template_in_another_language_is_warned_about_after_the_export(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx

    from jdeditor.formats.docx_export import add_template

    source = tmp_path / "chinese-form.docx"
    document = docx.Document()
    for text in ("岗位说明书", "岗位名称：{{ posting.title }}", "编制日期：{{ export_date }}"):
        document.add_paragraph(text)
    document.save(str(source))
    add_template(source)
    target = tmp_path / "english.docx"

    def configure(dialog: ExportDialog) -> None:
        dialog.all_postings.setChecked(True)
        dialog.merged.setChecked(True)
        choose_format(dialog, ExportFormat.DOCX)
        dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("chinese-form"))
        dialog.target_edit.setText(str(target))

    answer_dialog(monkeypatch, configure)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *args: warned.append((str(args[1]), str(args[2])))
    )
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):  # type: ignore[attr-defined]
        window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)  # type: ignore[attr-defined]
    assert target.read_bytes().startswith(b"PK")  # the export went ahead
    [(title, text)] = warned
    assert title == "Exported, with a warning"
    assert "chinese-form" in text and "Chinese" in text and "Senior Backend Engineer" in text
    assert "编制日期" in text
