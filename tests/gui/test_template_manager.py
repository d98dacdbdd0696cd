"""Tools › Templates…: listing with first pages, Add…, Remove and the guide, as a person would."""

from __future__ import annotations

import shutil
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jdeditor import paths
from jdeditor.formats import pdf_convert
from jdeditor.formats.docx_export import render_docx
from jdeditor.gui.dialogs.template_manager_dialog import TemplateManagerDialog
from jdeditor.service import templates as template_service
from tests.factories import chinese_posting

BUNDLED = ["advert-zh", "formal-zh", "jd-en"]


@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_convert, "find_libreoffice", lambda: None)


@pytest.fixture
def open_manager(qtbot: object) -> Iterator[Callable[..., TemplateManagerDialog]]:
    opened: list[TemplateManagerDialog] = []

    def open_it(posting: object = None) -> TemplateManagerDialog:
        dialog = TemplateManagerDialog(posting)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        dialog.show()
        opened.append(dialog)
        return dialog

    yield open_it
    for dialog in opened:
        dialog.reject()
    QThreadPool.globalInstance().waitForDone()


def names(dialog: TemplateManagerDialog) -> list[str]:
    return [dialog.list.item(row).text().split("\n")[0] for row in range(dialog.list.count())]


def wait_for_pages(qtbot: object, dialog: TemplateManagerDialog) -> None:
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: all(dialog.page_ready(name) for name in names(dialog)), timeout=60000
    )


def select(dialog: TemplateManagerDialog, name: str) -> None:
    dialog.list.setCurrentRow(names(dialog).index(name))


def is_blank(image: QImage) -> bool:
    small = image.scaled(60, 85)
    return all(small.pixelColor(x, y).lightness() > 245 for x in range(60) for y in range(85))


def word_file(folder: Path, name: str, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path = folder / f"{name}.docx"
    document.save(str(path))
    return path


def test_the_bundled_templates_with_a_sketched_first_page_without_libreoffice(
    qtbot: object, open_manager: Callable[..., TemplateManagerDialog], no_libreoffice: None
) -> None:
    dialog = open_manager()
    assert names(dialog) == BUNDLED
    assert dialog.list.item(0).text().endswith("Any language · Bundled")
    assert dialog.preview.text() == "Drawing the first page…"  # before the page arrives
    wait_for_pages(qtbot, dialog)
    for name in BUNDLED:
        image, sketched = dialog._pages[name]
        assert sketched and image.width() > 700 and not is_blank(image)
    select(dialog, "jd-en")
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 300
    caption = dialog.caption.text()
    assert "jd-en" in caption and "sample posting" in caption and "install LibreOffice" in caption
    cached = list(template_service.page_cache_dir().glob("*-sketch.png"))
    assert len(cached) == 3, "each first page is kept for next time"


def test_the_sketch_shows_the_template_filled_in(no_libreoffice: None) -> None:
    entries = {entry.name: entry for entry in template_service.template_entries()}
    page = template_service.first_page(entries["formal-zh"], chinese_posting("数据平台架构师"))
    assert page.sketched and page.png is None
    assert "数据平台架构师" in page.html and "岗位名称" in page.html and "<table" in page.html
    english = template_service.sample_posting(
        template_service.sample_language(entries["jd-en"], fallback=template_service.Language.ZH)
    )
    assert english.title == "Senior Data Analyst"
    assert "Senior Data Analyst" in template_service.first_page(entries["jd-en"], english).html


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in LibreOffice is a script")
def test_libreoffice_draws_the_page_once_then_the_cache_has_it(
    qtbot: object,
    open_manager: Callable[..., TemplateManagerDialog],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    picture = tmp_path / "page.png"
    page = QImage(794, 1123, QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.darkBlue)
    page.save(str(picture))
    calls = tmp_path / "calls.txt"
    soffice = tmp_path / "soffice"
    soffice.write_text(
        f"#!{sys.executable}\n"
        "import shutil, sys\n"
        f"open({str(calls)!r}, 'a').write(' '.join(sys.argv[1:]) + '\\n')\n"
        "out = sys.argv[sys.argv.index('--outdir') + 1]\n"
        f"shutil.copy({str(picture)!r}, out + '/page.png')\n",
        encoding="utf-8",
    )
    soffice.chmod(soffice.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(pdf_convert, "find_libreoffice", lambda: soffice)
    dialog = open_manager(chinese_posting())
    wait_for_pages(qtbot, dialog)
    assert all(
        dialog._pages[name][0].pixelColor(5, 5) == Qt.GlobalColor.darkBlue for name in BUNDLED
    )
    assert not any(dialog._pages[name][1] for name in BUNDLED)
    assert "approximate" not in dialog.caption.text()
    assert "“高级数据分析师”" in dialog.caption.text()
    lines = calls.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and all("--convert-to png" in line for line in lines)
    again = open_manager(chinese_posting())
    wait_for_pages(qtbot, again)
    assert len(calls.read_text(encoding="utf-8").splitlines()) == 3, "drawn from the cache"
    other = chinese_posting("另一个岗位")
    third = open_manager(other)
    wait_for_pages(qtbot, third)
    assert len(calls.read_text(encoding="utf-8").splitlines()) == 6, "another posting: redrawn"


@pytest.mark.skipif(pdf_convert.find_libreoffice() is None, reason="LibreOffice is not installed")
def test_with_the_installed_libreoffice_every_template_gets_a_page(
    qtbot: object, open_manager: Callable[..., TemplateManagerDialog]
) -> None:
    dialog = open_manager()
    wait_for_pages(qtbot, dialog)
    for name in BUNDLED:
        image, _sketched = dialog._pages[name]
        # A Writer-only LibreOffice cannot draw pictures: then the page is sketched.
        assert not image.isNull() and not is_blank(image)


def test_adding_a_valid_template_after_the_check(
    qtbot: object,
    open_manager: Callable[..., TemplateManagerDialog],
    no_libreoffice: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    mine = tmp_path / "my-form.docx"
    shutil.copy(paths.resource_path("templates", "jd-en.docx"), mine)
    dialog = open_manager()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(mine), ""))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert names(dialog) == [*BUNDLED, "my-form"]
    assert dialog.current_name() == "my-form"
    assert dialog.list.currentItem().text().endswith("Your own")
    assert (paths.data_dir() / "templates" / "my-form.docx").read_bytes() == mine.read_bytes()
    assert dialog.remove_button.isEnabled()
    wait_for_pages(qtbot, dialog)


def test_a_name_clash_asks_replace_or_cancel(
    qtbot: object,
    open_manager: Callable[..., TemplateManagerDialog],
    no_libreoffice: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    first = word_file(tmp_path, "mine", "{{ posting.title }}")
    template_service.add_template_file(first)
    newer = tmp_path / "newer"
    newer.mkdir()
    second = word_file(newer, "mine", "{{ posting.title }} · {{ posting.location }}")
    dialog = open_manager()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second), ""))
    asked: list[str] = []

    def answer(role: QMessageBox.ButtonRole) -> Callable[[QMessageBox], int]:
        def exec_(box: QMessageBox) -> int:
            asked.append(box.text())
            next(b for b in box.buttons() if box.buttonRole(b) == role).click()
            return 0

        return exec_

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.ButtonRole.RejectRole))
    dialog.add()
    assert "You already have a template named mine" in asked[-1]
    stored = paths.data_dir() / "templates" / "mine.docx"
    assert stored.read_bytes() == first.read_bytes(), "cancelled: the old one stays"
    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.ButtonRole.AcceptRole))
    dialog.add()
    assert stored.read_bytes() == second.read_bytes()
    assert names(dialog).count("mine") == 1
    wait_for_pages(qtbot, dialog)


def test_an_exported_document_is_refused_with_the_reasons_shown(
    qtbot: object,
    open_manager: Callable[..., TemplateManagerDialog],
    no_libreoffice: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    exported = tmp_path / "高级数据分析师.docx"
    exported.write_bytes(
        render_docx(chinese_posting(), paths.resource_path("templates", "formal-zh.docx"))
    )
    broken = word_file(tmp_path, "broken", "{{ postng.title }}", "{% if %}")
    dialog = open_manager()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    for path in (exported, broken):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=path, **k: (str(p), ""))
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(shown) == 2
    assert "高级数据分析师.docx was not added" in shown[0]
    assert "It has no placeholders at all" in shown[0] and "{{ posting.title }}" in shown[0]
    assert "Correct this in Word" in shown[0]
    assert shown[1].count("<li>") >= 1 and "malformed" in shown[1]
    assert names(dialog) == BUNDLED
    assert not (paths.data_dir() / "templates").exists()
    wait_for_pages(qtbot, dialog)


def test_removing_an_own_template_after_confirmation_but_never_a_bundled_one(
    qtbot: object,
    open_manager: Callable[..., TemplateManagerDialog],
    no_libreoffice: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    template_service.add_template_file(word_file(tmp_path, "mine", "{{ posting.title }}"))
    dialog = open_manager()
    select(dialog, "formal-zh")
    assert not dialog.remove_button.isEnabled()
    assert "cannot be removed" in dialog.remove_button.toolTip()
    select(dialog, "mine")
    assert dialog.remove_button.isEnabled() and dialog.remove_button.toolTip() == ""
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "mine" in names(dialog)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert names(dialog) == BUNDLED
    assert not (paths.data_dir() / "templates" / "mine.docx").exists()
    with pytest.raises(template_service.UserFacingError, match="comes with JD Editor"):
        template_service.remove_template("formal-zh")
    assert paths.resource_path("templates", "formal-zh.docx").is_file()
    wait_for_pages(qtbot, dialog)


def test_the_template_guide_opens(
    qtbot: object, open_manager: Callable[..., TemplateManagerDialog], no_libreoffice: None
) -> None:
    dialog = open_manager()
    qtbot.mouseClick(dialog.guide_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    guide = dialog.guide
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert text.startswith("Word templates") and "{{ posting.title }}" in text
    assert "#" not in text.splitlines()[0], "shown as Markdown, not as its source"
    wait_for_pages(qtbot, dialog)


def test_the_guide_is_found_from_a_checkout_and_in_the_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    guide = paths.resource_path("docs", "templates.md")
    assert guide == paths.resources_root().parent / "docs" / "templates.md" and guide.is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    frozen = paths.resource_path("docs", "templates.md")
    assert frozen == tmp_path / "resources" / "docs" / "templates.md"


def test_tools_templates_shows_the_open_posting_in_each_template(
    qtbot: object, tmp_path: Path, no_libreoffice: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QAction

    from jdeditor.gui.main_window import MainWindow
    from jdeditor.service import Library

    library = Library.open(tmp_path / "library.db")
    posting = library.create_posting(chinese_posting("产品经理/运营"))
    window = MainWindow(library)
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.set_posting(None))  # type: ignore[attr-defined]
    window.show()
    window.open_posting(posting.id or 0)
    tools = next(
        action.menu()
        for action in window.menuBar().actions()
        if action.text().replace("&", "") == "Tools"
    )
    action = next(a for a in tools.actions() if a.objectName() == "templates_action")
    assert isinstance(action, QAction) and action.text() == "&Templates…"
    shown: list[TemplateManagerDialog] = []

    def exec_(dialog: TemplateManagerDialog) -> int:
        shown.append(dialog)
        wait_for_pages(qtbot, dialog)
        return 0

    monkeypatch.setattr(TemplateManagerDialog, "exec", exec_)
    action.trigger()
    assert len(shown) == 1
    assert "“产品经理/运营”" in shown[0].caption.text()
    window.editor.set_posting(None)
    library.close()
