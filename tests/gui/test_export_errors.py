"""File ▸ Export… asks before exporting postings with unresolved check errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from jdeditor.core.model import Dismissal, Item
from jdeditor.gui.export_dialog import ExportDialog
from jdeditor.gui.main_window import MainWindow
from jdeditor.service import ExportFormat, Library
from tests.checks_support import use_test_rules as use_test_rules  # a fixture
from tests.factories import chinese_posting, english_posting
from tests.gui.test_export_flow import answer_dialog, choose_format

pytestmark = pytest.mark.usefixtures("use_test_rules")


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    """Two postings with errors (three in all) and one without; none open."""
    library = Library.open(tmp_path / "library.db")
    for title, text in (("前台", "已婚优先 ___"), ("出纳", "___")):
        posting = chinese_posting(title)
        posting.sections[0].items.append(Item(text))
        library.create_posting(posting)
    library.create_posting(english_posting())
    opened = MainWindow(library)
    qtbot.addWidget(opened, before_close_func=lambda w: w.editor.set_posting(None))  # type: ignore[attr-defined]
    opened.show()
    yield opened
    opened.editor.set_posting(None)
    library.close()


def answer_question(monkeypatch: pytest.MonkeyPatch, button: str | None) -> list[str]:
    """Stand in for the user at the error question: press ``button`` (by its text)."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        assert box.objectName() == "export_errors_question"
        names = [b.text() for b in box.buttons()]
        [chosen] = [b for b in box.buttons() if b.text() == button]
        assert "Cancel" in names
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def export_all(monkeypatch: pytest.MonkeyPatch, out: Path) -> None:
    def configure(dialog: ExportDialog) -> None:
        dialog.all_postings.setChecked(True)
        choose_format(dialog, ExportFormat.MARKDOWN)
        dialog.target_edit.setText(str(out))

    answer_dialog(monkeypatch, configure)


def test_export_anyway_writes_every_posting(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    export_all(monkeypatch, out)
    asked = answer_question(monkeypatch, "Export Anyway")
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):  # type: ignore[attr-defined]
        window.export_action.trigger()
    [text] = asked
    assert text.startswith("2 posting")
    assert "have 3 unresolved error" in text
    assert len(list(out.iterdir())) == 3


def test_cancel_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    export_all(monkeypatch, out)
    asked = answer_question(monkeypatch, "Cancel")
    window.export_action.trigger()
    assert len(asked) == 1
    assert not out.exists()


def test_a_posting_without_errors_is_exported_without_asking(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = window.library
    assert library is not None
    [clean] = [row for row in library.list_postings().rows if not row.errors]
    window.open_posting(clean.id)
    target = tmp_path / "one.md"

    def configure(dialog: ExportDialog) -> None:
        assert dialog.this_posting.isChecked()
        choose_format(dialog, ExportFormat.MARKDOWN)
        dialog.target_edit.setText(str(target))

    answer_dialog(monkeypatch, configure)
    asked = answer_question(monkeypatch, "Export Anyway")
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):  # type: ignore[attr-defined]
        window.export_action.trigger()
    assert asked == []
    assert target.exists()


def test_dismissed_errors_are_not_asked_about(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = window.library
    assert library is not None
    for row in library.list_postings().rows:
        posting = library.get_posting(row.id)
        posting.dismissals = [Dismissal(f.key, "已确认") for f in library.check(posting)]
        library.save_posting(posting)
    out = tmp_path / "out"
    export_all(monkeypatch, out)
    asked = answer_question(monkeypatch, "Export Anyway")
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):  # type: ignore[attr-defined]
        window.export_action.trigger()
    assert asked == []
    assert len(list(out.iterdir())) == 3
