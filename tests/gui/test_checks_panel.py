"""View › Checks: findings appear as the user types, show their place, are dismissed and
fixed as undoable edits; driven through the main window as a person would."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QTreeWidgetItem

from jdeditor.core.checks.model import Bilingual, Category, Finding, Place, Rule, Severity, Span
from jdeditor.core.checks.registry import all_rules
from jdeditor.core.checks.texts import posting_texts
from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from jdeditor.gui.dialogs.dismiss_dialog import DismissDialog
from jdeditor.gui.editors.item_delegate import ItemTextEdit
from jdeditor.gui.main_window import MainWindow
from jdeditor.gui.panels.checks_panel import place_text
from tests.factories import chinese_posting
from tests.gui import check_rules
from tests.gui.typing_helpers import commit_text, type_text
from tests.gui.windows import open_window


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    QLocale.setDefault(QLocale("en"))  # the interface language the messages follow
    opened = open_window(qtbot, tmp_path / "checks.db")
    opened.checks.rules = lambda: check_rules.RULES
    assert not opened.checks.dock.isVisibleTo(opened)  # hidden until asked for
    opened.checks.checks_action.trigger()  # View › Checks (F8)
    yield opened
    opened.editor.set_posting(None)
    opened.library.close()


def open_posting(window: MainWindow, posting: Posting) -> Posting:
    stored = window.library.create_posting(posting)
    window.panel.refresh()
    window.panel.view.selectRow(0)
    window.checks.recheck()  # what the timer does 300 ms after the posting opened
    opened = window.editor.posting()
    assert opened is not None and opened.id == stored.id
    return opened


def problem_posting(requirement: str = "限男性，30岁以下", title: str = "销售代表") -> Posting:
    posting = chinese_posting(title)
    posting.sections[1].items.insert(0, Item(requirement))
    return posting


def rule_ids(window: MainWindow) -> list[str]:
    return [finding.rule.id for finding in window.checks.panel.findings()]


def click(qtbot: object, window: MainWindow, finding: Finding) -> QTreeWidgetItem:
    tree = window.checks.panel.tree
    item = window.checks.panel.item_for(finding)
    assert item is not None
    tree.scrollToItem(item)
    point = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)  # type: ignore[attr-defined]
    return item


def first(window: MainWindow, rule_id: str) -> Finding:
    return next(f for f in window.checks.panel.findings() if f.rule.id == rule_id)


def test_typing_a_problem_shows_it_once_typing_pauses(qtbot: object, window: MainWindow) -> None:
    open_posting(window, chinese_posting())
    panel = window.checks.panel
    assert panel.findings() == [] and panel.empty_label.isVisible()
    assert panel.empty_label.text() == "No problems found.\n3 rules run."
    frame = window.editor.section_frames()[1]  # 任职要求
    frame.editor.select_text((0,), 0, 0)  # the cursor at the start of the first item
    editor = QApplication.focusWidget()
    assert isinstance(editor, ItemTextEdit)
    commit_text(editor, "限男性，")
    assert window.checks.timer.isActive() and window.checks.timer.interval() == 300
    assert rule_ids(window) == []  # not on every key: once typing pauses
    qtbot.waitUntil(lambda: rule_ids(window) == ["test.gender"], timeout=3000)  # type: ignore[attr-defined]
    assert panel.tree.isVisible() and not panel.empty_label.isVisible()
    group = panel.tree.topLevelItem(0)
    assert group is not None and group.text(0) == "Errors (1)"
    assert group.child(0).text(0) == "Gender limit\n任职要求, item 1: “限男性”"
    type_text(qtbot, window.editor.header.title_edit, " 35岁以下")  # a header field too
    qtbot.waitUntil(lambda: "test.age" in rule_ids(window), timeout=3000)  # type: ignore[attr-defined]


def test_findings_are_grouped_by_severity_with_details(qtbot: object, window: MainWindow) -> None:
    open_posting(window, problem_posting("限男性,30岁以下,限女性"))
    panel = window.checks.panel
    groups = [panel.tree.topLevelItem(n).text(0) for n in range(panel.tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert groups == ["Errors (2)", "Warnings (1)", "Information (1)"]
    assert not panel.details.isVisible() and not panel.dismiss_button.isEnabled()
    click(qtbot, window, first(window, "test.gender"))
    text = panel.details.toPlainText()
    assert "Gender limit" in text and "任职要求, item 1 · “限男性”" in text
    assert "A posting must not limit applicants" in text
    assert "Source: Employment Promotion Law, art. 27" in text
    assert panel.dismiss_button.isEnabled() and not panel.apply_button.isEnabled()
    click(qtbot, window, first(window, "test.halfwidth_comma"))
    assert "Suggestion: “，”" in panel.details.toPlainText()
    assert panel.apply_button.isEnabled()


def test_clicking_a_finding_selects_the_item_and_its_span(
    qtbot: object, window: MainWindow
) -> None:
    open_posting(window, problem_posting())
    click(qtbot, window, first(window, "test.age"))
    frame = window.editor.section_frames()[1]
    assert frame.editor.current_path() == (0,)
    editor = QApplication.focusWidget()
    assert isinstance(editor, ItemTextEdit)
    assert editor.textCursor().selectedText() == "30岁以下"
    assert window.checks.panel.current_finding() == first(window, "test.age")


def test_clicking_a_finding_in_a_header_field_selects_the_span_there(
    qtbot: object, window: MainWindow
) -> None:
    open_posting(window, problem_posting("本科", title="销售代表（限女性）"))
    finding = first(window, "test.gender")
    assert finding.place == Place(field="title")
    click(qtbot, window, finding)
    title = window.editor.header.title_edit
    assert title.hasFocus() and title.selectedText() == "限女性"


def answer_dismiss(monkeypatch: pytest.MonkeyPatch, reason: str | None) -> list[str]:
    """Replace the dialog's exec: type ``reason`` and press Dismiss (None: Cancel)."""
    shown: list[str] = []

    def exec_(dialog: DismissDialog) -> int:
        label = dialog.findChild(object, "dismiss_finding")
        shown.append(label.text())  # type: ignore[union-attr]
        ok = dialog.buttons.buttons()[0]
        assert not ok.isEnabled()  # no reason, no dismissal
        if reason is None:
            return QDialog.DialogCode.Rejected
        dialog.reason_edit.setPlainText(reason)
        assert ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DismissDialog, "exec", exec_)
    return shown


def test_dismiss_with_a_reason_is_an_undoable_edit(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    posting = open_posting(window, problem_posting())
    gender = first(window, "test.gender")
    click(qtbot, window, gender)
    shown = answer_dismiss(monkeypatch, None)
    qtbot.mouseClick(window.checks.panel.dismiss_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert shown == ["Gender limit “限男性”"]
    assert posting.dismissals == [] and not window.isWindowModified()

    answer_dismiss(monkeypatch, "  招聘 女装 模特，岗位的真实需要  ")
    qtbot.mouseClick(window.checks.panel.dismiss_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "test.gender" not in rule_ids(window)
    assert [(d.key, d.reason) for d in posting.dismissals] == [
        (gender.key, "招聘 女装 模特，岗位的真实需要")
    ]
    assert posting.dismissals[0].dismissed_at is not None
    assert window.isWindowModified()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "test.gender" in rule_ids(window), timeout=3000)  # type: ignore[attr-defined]
    assert posting.dismissals == [] and not window.isWindowModified()
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: "test.gender" not in rule_ids(window), timeout=3000)  # type: ignore[attr-defined]
    assert len(posting.dismissals) == 1
    window.save_action.trigger()  # kept with the posting (the store keeps it from then on)
    assert not window.isWindowModified()


def test_apply_suggestion_replaces_the_text_and_undoes_in_one_step(
    qtbot: object, window: MainWindow
) -> None:
    posting = open_posting(window, problem_posting("沟通能力强,责任心强"))
    stack = window.editor.undo_stack()
    assert stack is not None
    click(qtbot, window, first(window, "test.halfwidth_comma"))
    window.editor.header.title_edit.setFocus()  # the item's editor closes, as leaving it does
    qtbot.mouseClick(window.checks.panel.apply_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert posting.sections[1].items[0].text == "沟通能力强，责任心强"
    assert rule_ids(window) == [] and window.isWindowModified()
    assert stack.count() == 1 and stack.undoText() == "Apply suggestion"
    window.undo_action.trigger()
    assert posting.sections[1].items[0].text == "沟通能力强,责任心强"
    qtbot.waitUntil(lambda: rule_ids(window) == ["test.halfwidth_comma"], timeout=3000)  # type: ignore[attr-defined]
    assert not window.isWindowModified()


def test_apply_suggestion_in_a_header_field(qtbot: object, window: MainWindow) -> None:
    posting = open_posting(window, problem_posting("本科", title="销售,客服"))
    click(qtbot, window, first(window, "test.halfwidth_comma"))
    qtbot.mouseClick(window.checks.panel.apply_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert posting.title == "销售，客服" == window.editor.header.title_edit.text()
    window.undo_action.trigger()
    assert posting.title == "销售,客服" == window.editor.header.title_edit.text()


def test_f8_shows_and_hides_the_panel_and_is_remembered(
    qtbot: object, window: MainWindow, tmp_path: Path
) -> None:
    open_posting(window, problem_posting())
    dock = window.checks.dock
    assert dock.isVisible() and window.checks.checks_action.isChecked()
    view_menu = window.menuBar().actions()[2].menu()
    assert window.checks.checks_action in view_menu.actions()  # type: ignore[union-attr]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F8)  # type: ignore[attr-defined]
    assert not dock.isVisible() and not window.checks.checks_action.isChecked()
    assert QSettings().value("main_window/checks") in (False, "false")
    commit_text(window.editor.header.title_edit, "（男性优先）")
    window.checks.timer.timeout.emit()
    assert rule_ids(window).count("test.gender") == 1  # not checked while hidden…
    qtbot.keyClick(window, Qt.Key.Key_F8)  # type: ignore[attr-defined]
    assert dock.isVisible() and rule_ids(window).count("test.gender") == 2  # …at once when shown
    window.checks.checks_action.setChecked(False)
    again = open_window(qtbot, tmp_path / "again.db")
    try:
        assert not again.checks.checks_action.isChecked() and not again.checks.dock.isVisible()
    finally:
        again.library.close()


def test_the_panel_in_chinese(qtbot: object, chinese: None, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "zh.db")
    window.checks.rules = lambda: check_rules.RULES
    window.checks.checks_action.trigger()  # View › Checks (F8)
    try:
        open_posting(window, problem_posting("30岁以下,限男性"))
        panel = window.checks.panel
        groups = [panel.tree.topLevelItem(n).text(0) for n in range(3)]  # type: ignore[union-attr]
        assert groups == ["错误（1）", "警告（1）", "提示（1）"]
        finding = panel.tree.topLevelItem(0).child(0).text(0)  # type: ignore[union-attr]
        assert finding == "限定性别\n任职要求 第1条：“限男性”"
        click(qtbot, window, first(window, "test.gender"))
        assert "依据：《就业促进法》第27条" in panel.details.toPlainText()
        assert panel.dismiss_button.text() == "忽略(&D)…"
        assert window.checks.checks_action.text() == "检查(&C)"
    finally:
        window.editor.set_posting(None)
        window.library.close()
        QLocale.setDefault(QLocale("en"))


def test_another_posting_is_checked_at_once_and_a_broken_rule_is_reported(
    qtbot: object, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    open_posting(window, problem_posting())
    assert rule_ids(window)
    window.library.create_posting(chinese_posting("数据工程师"))
    window.panel.refresh()
    row = next(n for n in range(2) if window.panel.model.summary_at(n).title == "数据工程师")  # type: ignore[union-attr]
    window.panel.view.selectRow(row)
    assert window.checks.panel.posting() is window.editor.posting()
    assert rule_ids(window) == []  # not the last posting's findings for 300 ms

    def broken(text: str) -> list[Span]:
        raise ValueError("a bug in a rule")

    window.checks.rules = lambda: [*check_rules.RULES, replace(check_rules.AGE, text_check=broken)]
    window.checks.recheck()
    assert (
        window.checks.panel.empty_label.text() == "The checks could not run; the log file says why."
    )
    assert "checking the open posting failed" in caplog.text


def test_no_posting_and_whole_posting_places(window: MainWindow) -> None:
    assert window.checks.panel.empty_label.text() == "Open a posting to check it."
    posting = problem_posting()
    assert place_text(posting, Place()) == "The whole posting"
    assert place_text(posting, Place(section=0)) == "岗位职责, heading"
    assert place_text(posting, Place(section=0, item=(0, 1))) == "岗位职责, item 1.2"
    assert place_text(posting, Place(field="reports_to")) == "Reports to"
    assert place_text(posting, Place(field="tag")) == "Tags"


def big_posting() -> Posting:
    """A long posting: eight sections of 30 items, each a sentence of about 40 characters,
    with a few problems among them."""
    sentence = "负责公司核心业务的数据分析，撰写周报和月报，与产品团队合作推进项目落地"
    sections = [
        Section(SectionKind.OTHER, f"第{n}部分", [Item(f"{sentence}{i}") for i in range(30)])
        for n in range(8)
    ]
    sections[1].items[3].text = "限男性，30岁以下"
    sections[5].items[7].text = "沟通能力强,责任心强"
    return Posting(title="数据分析师", language=Language.ZH, sections=sections)


def test_after_a_keystroke_only_the_changed_text_is_checked_again(window: MainWindow) -> None:
    """On 240 items, a keystroke re-runs the rules on the one text that changed (how long
    that takes is measured in benchmarks/bench_checks.py, not here)."""
    texts_checked: list[str] = []

    def counting(text: str) -> list[Span]:
        texts_checked.append(text)
        return []

    counter = Rule(
        "test.counter",
        Category.QUALITY,
        Severity.INFO,
        Bilingual("计数", "count"),
        Bilingual("计数", "count"),
        text_check=counting,
    )
    window.checks.rules = lambda: [*check_rules.RULES, *check_rules.heavy_rules(60), counter]
    posting = open_posting(window, big_posting())
    tests = sorted(rule for rule in rule_ids(window) if rule.startswith("test."))
    assert tests == ["test.age", "test.gender", "test.halfwidth_comma"]
    distinct = {text for _, text in posting_texts(posting)}
    assert sorted(texts_checked) == sorted(distinct)  # the first check reads every text once
    frame = window.editor.section_frames()[4]
    frame.editor.select_text((12,), 0, 0)
    editor = QApplication.focusWidget()
    assert isinstance(editor, ItemTextEdit)
    for _ in range(3):
        texts_checked.clear()
        commit_text(editor, "新")  # a keystroke, then the pause that runs the check
        window.checks.recheck()
        assert len(texts_checked) == 1 and texts_checked[0].startswith("新")
    commit_text(editor, "限女性")
    window.checks.recheck()
    assert rule_ids(window).count("test.gender") == 2  # the changed text was checked


def has_rule(rule_id: str) -> bool:
    return any(rule.id == rule_id for rule in all_rules())


REAL_RULES = pytest.mark.skipif(
    not all(has_rule(r) for r in ("zh.gender", "quality.debris", "quality.halfwidth_punct")),
    reason="the rules come from the rule modules' branches; runs once they are merged",
)


@REAL_RULES
def test_the_real_rules_end_to_end(qtbot: object, window: MainWindow) -> None:
    window.checks.rules = all_rules
    posting = open_posting(window, problem_posting("限男性，有___年以上经验"))
    assert {"zh.gender", "quality.debris"} <= set(rule_ids(window))
    frame = window.editor.section_frames()[1]
    frame.editor.select_text((1,), 2, 2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, ItemTextEdit)
    commit_text(editor, "优秀,")  # a half-width comma inside Chinese text
    qtbot.waitUntil(lambda: "quality.halfwidth_punct" in rule_ids(window), timeout=3000)  # type: ignore[attr-defined]
    window.editor.header.title_edit.setFocus()
    click(qtbot, window, first(window, "quality.halfwidth_punct"))
    window.editor.header.title_edit.setFocus()
    qtbot.mouseClick(window.checks.panel.apply_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "," not in posting.sections[1].items[1].text
    place = Place(section=1, item=(1,))
    assert not [f for f in window.checks.panel.findings() if f.place == place]
    window.undo_action.trigger()
    assert "," in posting.sections[1].items[1].text


def test_a_rule_that_finds_many_gets_one_folded_row(qtbot: object, window: MainWindow) -> None:
    """Half-width commas in five items: one row with the count, folded, so the error above
    stays in view; a finding inside it still opens it when it is chosen."""
    posting = problem_posting("限男性")
    posting.sections[0].items[:0] = [Item(f"负责第{n}项工作,按时完成") for n in range(5)]
    open_posting(window, posting)
    panel = window.checks.panel
    groups = [panel.tree.topLevelItem(n) for n in range(panel.tree.topLevelItemCount())]
    info = groups[-1]
    assert info is not None and info.text(0) == "Information (5)"
    assert info.childCount() == 1
    folded = info.child(0)
    assert folded is not None and folded.text(0) == "Half-width comma in Chinese text (5)"
    assert folded.childCount() == 5 and not folded.isExpanded()
    assert folded.child(0).text(0) == "岗位职责, item 1: “,”"  # type: ignore[union-attr]
    click(qtbot, window, first(window, "test.gender"))  # the error is one row, in view
    assert groups[0] is not None and groups[0].child(0).text(0).startswith("Gender limit")  # type: ignore[union-attr]
    folded.setExpanded(True)
    click(qtbot, window, first(window, "test.halfwidth_comma"))
    assert panel.current_finding() == first(window, "test.halfwidth_comma")
    assert panel.apply_button.isEnabled()
