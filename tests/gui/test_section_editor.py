"""User flows through the section editor, by keyboard and by its actions, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from jdeditor.core.model import Item, Section, SectionKind
from jdeditor.gui.editors.item_delegate import ItemTextEdit
from jdeditor.gui.editors.section_editor import ACTION_NAMES, SectionEditorWidget
from jdeditor.gui.models.item_tree_model import ItemRole
from tests.gui.typing_helpers import commit_text

NUMBERED_BLOCK = """1、负责产品规划与需求分析；
2、市场及用户研究：
2.1 竞品分析
2.2 用户访谈
3、Write the product roadmap"""


def rows(widget: SectionEditorWidget) -> list[str]:
    """Every row as shown, in reading order: ``"1. text"``, ``"¶ text"`` for paragraphs."""
    model = widget.view().model()
    shown: list[str] = []

    def visit(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            label = index.data(ItemRole.NumberLabelRole) or "¶"
            shown.append(f"{label} {index.data(Qt.ItemDataRole.EditRole)}")
            visit(index)

    visit(QModelIndex())
    return shown


def make_editor(qtbot: object, section: Section, stack: QUndoStack) -> SectionEditorWidget:
    widget = SectionEditorWidget(section, stack)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(480, 320)
    widget.show()
    qtbot.waitExposed(widget)  # type: ignore[attr-defined]
    return widget


def open_editor(qtbot: object) -> ItemTextEdit:
    """The item editor that has the keyboard focus (waits for it to open)."""
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: isinstance(QApplication.focusWidget(), ItemTextEdit)
    )
    editor = QApplication.focusWidget()
    assert isinstance(editor, ItemTextEdit)
    return editor


def type_item(qtbot: object, text: str) -> ItemTextEdit:
    """Type into the open editor: ASCII by key clicks, Chinese through the input method."""
    editor = open_editor(qtbot)
    if text.isascii():
        qtbot.keyClicks(editor, text)  # type: ignore[attr-defined]
    else:
        commit_text(editor, text)
    return editor


def key(qtbot: object, widget: QWidget, name: Qt.Key, modifier: object = None) -> None:
    modifiers = Qt.KeyboardModifier.NoModifier if modifier is None else modifier
    qtbot.keyClick(widget, name, modifiers)  # type: ignore[attr-defined]


@pytest.fixture
def empty(qtbot: object, undo_stack: QUndoStack) -> SectionEditorWidget:
    return make_editor(qtbot, Section(SectionKind.DUTIES, "岗位职责"), undo_stack)


@pytest.fixture
def filled(qtbot: object, nested_section: Section, undo_stack: QUndoStack) -> SectionEditorWidget:
    return make_editor(qtbot, nested_section, undo_stack)


def test_an_empty_section_says_how_to_start(empty: SectionEditorWidget, qtbot: object) -> None:
    placeholder = empty.findChild(QWidget, "section_placeholder")
    assert placeholder is not None and placeholder.isVisible()
    assert "Enter" in placeholder.text()  # type: ignore[attr-defined]
    empty.focus_first_item()
    key(qtbot, empty.view(), Qt.Key.Key_Return)
    type_item(qtbot, "Lead the team")
    assert not placeholder.isVisible()
    assert rows(empty) == ["1. Lead the team"]


def test_typing_a_list_by_keyboard(
    empty: SectionEditorWidget, undo_stack: QUndoStack, qtbot: object
) -> None:
    empty.item_action("add_item").trigger()
    editor = type_item(qtbot, "负责产品规划")
    key(qtbot, editor, Qt.Key.Key_Return)
    editor = type_item(qtbot, "市场及用户研究")
    key(qtbot, editor, Qt.Key.Key_Return)
    editor = type_item(qtbot, "Competitor analysis")
    key(qtbot, editor, Qt.Key.Key_Tab)  # indent while typing; editing goes on
    editor = type_item(qtbot, " and sizing")
    assert rows(empty) == [
        "1. 负责产品规划",
        "2. 市场及用户研究",
        "2.1 Competitor analysis and sizing",
    ]
    key(qtbot, editor, Qt.Key.Key_Return)  # the next item at the same level
    editor = type_item(qtbot, "用户访谈")
    key(qtbot, editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert rows(empty)[-1] == "3. 用户访谈"
    assert empty.section().items[2].text == "用户访谈"  # edited in place, by commands

    undo_stack.undo()  # the outdent
    assert rows(empty)[-1] == "2.2 用户访谈"
    undo_stack.undo()  # the typing of that item: one step
    assert rows(empty)[-1] == "2.2 "
    undo_stack.redo()
    undo_stack.redo()
    assert rows(empty)[-1] == "3. 用户访谈"


def test_consecutive_typing_in_one_item_is_one_undo_step(
    filled: SectionEditorWidget, undo_stack: QUndoStack, qtbot: object
) -> None:
    view = filled.view()
    view.setCurrentIndex(filled.model().index(3, 0))
    key(qtbot, view, Qt.Key.Key_F2)
    type_item(qtbot, " for 2025")
    type_item(qtbot, "年度")
    assert undo_stack.count() == 1
    key(qtbot, open_editor(qtbot), Qt.Key.Key_Return)
    type_item(qtbot, "Hire")
    assert undo_stack.count() == 3  # add item, and typing in the new item
    undo_stack.undo()
    undo_stack.undo()
    assert rows(filled)[-1] == "3. Write the roadmap for 2025年度"
    undo_stack.undo()
    assert rows(filled)[-1] == "3. Write the roadmap"


def test_escape_puts_back_the_text(
    filled: SectionEditorWidget, undo_stack: QUndoStack, qtbot: object
) -> None:
    filled.view().setCurrentIndex(filled.model().index(0, 0))
    key(qtbot, filled.view(), Qt.Key.Key_F2)
    editor = type_item(qtbot, "xyz")
    assert filled.section().items[0].text == "负责产品规划xyz"  # committed while typing
    key(qtbot, editor, Qt.Key.Key_Escape)
    assert filled.section().items[0].text == "负责产品规划"
    assert undo_stack.count() == 0


def test_editing_a_two_line_item_keeps_its_line_break(
    qtbot: object, undo_stack: QUndoStack
) -> None:
    two_lines = "市场分析:\n发现并掌握目标市场的变化趋势"
    section = Section(SectionKind.DUTIES, "岗位职责", [Item(two_lines), Item("Second")])
    widget = make_editor(qtbot, section, undo_stack)
    widget.view().setCurrentIndex(widget.model().index(0, 0))
    key(qtbot, widget.view(), Qt.Key.Key_F2)
    editor = open_editor(qtbot)
    assert editor.text() == two_lines  # the editor shows both lines
    type_item(qtbot, "；做出预测")
    key(qtbot, editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # finish
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), ItemTextEdit))  # type: ignore[attr-defined]
    assert section.items[0].text == two_lines + "；做出预测"
    assert rows(widget)[0] == f"1. {two_lines}；做出预测"
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert section.items[0].text == two_lines
    undo_stack.redo()
    assert section.items[0].text == two_lines + "；做出预测"


def test_backspace_on_an_empty_item_removes_it_and_edits_the_one_above(
    filled: SectionEditorWidget, undo_stack: QUndoStack, qtbot: object
) -> None:
    filled.view().setCurrentIndex(filled.model().index(0, 0))
    key(qtbot, filled.view(), Qt.Key.Key_Return)
    editor = open_editor(qtbot)
    assert rows(filled)[:2] == ["1. 负责产品规划", "2. "]
    key(qtbot, editor, Qt.Key.Key_Backspace)
    assert rows(filled)[:2] == ["1. 负责产品规划", "2. 市场及用户研究"]
    editor = open_editor(qtbot)
    assert editor.text() == "负责产品规划"
    assert editor.textCursor().position() == len("负责产品规划")
    key(qtbot, editor, Qt.Key.Key_Backspace)  # an ordinary Backspace now
    assert filled.section().items[0].text == "负责产品规"


def test_backspace_without_editing_and_delete(
    filled: SectionEditorWidget, undo_stack: QUndoStack, qtbot: object
) -> None:
    view = filled.view()
    view.setCurrentIndex(filled.model().index(0, 0))
    key(qtbot, view, Qt.Key.Key_Backspace)  # not empty: nothing happens
    assert len(filled.section().items) == 4
    view.setCurrentIndex(filled.model().index(1, 0))
    key(qtbot, view, Qt.Key.Key_Delete)  # the group goes with its children
    assert rows(filled) == ["1. 负责产品规划", "¶ 以下为补充说明。", "2. Write the roadmap"]
    assert filled.current_path() == (1,)
    undo_stack.undo()
    assert rows(filled)[1:5] == [
        "2. 市场及用户研究",
        "2.1 市场分析",
        "2.2 User interviews",
        "2.2.1 Personas",
    ]


def test_enter_on_an_empty_item_outdents_then_ends_the_list(
    empty: SectionEditorWidget, qtbot: object
) -> None:
    empty.item_action("add_item").trigger()
    editor = type_item(qtbot, "Group")
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, open_editor(qtbot), Qt.Key.Key_Tab)
    editor = type_item(qtbot, "Child")
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, open_editor(qtbot), Qt.Key.Key_Return)  # empty nested item: outdent
    assert rows(empty) == ["1. Group", "1.1 Child", "2. "]
    key(qtbot, open_editor(qtbot), Qt.Key.Key_Return)  # empty top-level item: the list ends
    assert rows(empty) == ["1. Group", "1.1 Child"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is empty.view())  # type: ignore[attr-defined]


def test_paragraph_convert_and_finish_keys(empty: SectionEditorWidget, qtbot: object) -> None:
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    empty.item_action("add_item").trigger()
    key(qtbot, type_item(qtbot, "Item"), Qt.Key.Key_Return, ctrl)  # a paragraph comes next
    key(qtbot, type_item(qtbot, "Prose"), Qt.Key.Key_P, ctrl | shift)  # convert, keep typing
    key(qtbot, type_item(qtbot, "!"), Qt.Key.Key_Return, shift)  # Shift+Enter: done
    assert rows(empty) == ["1. Item", "2. Prose!"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is empty.view())  # type: ignore[attr-defined]
    key(qtbot, empty.view(), Qt.Key.Key_P, ctrl | shift)
    assert rows(empty) == ["1. Item", "¶ Prose!"]


def test_alt_up_and_down_move_an_item_with_its_children(
    filled: SectionEditorWidget, undo_stack: QUndoStack, qtbot: object
) -> None:
    view = filled.view()
    view.setCurrentIndex(filled.model().index(1, 0))
    key(qtbot, view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert rows(filled)[:3] == ["1. 市场及用户研究", "1.1 市场分析", "1.2 User interviews"]
    assert filled.current_path() == (0,)
    key(qtbot, view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first
    assert undo_stack.count() == 1
    view.setCurrentIndex(filled.model().index_for_path((0, 0)))
    key(qtbot, view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert rows(filled)[1:4] == ["1.1 User interviews", "1.1.1 Personas", "1.2 市场分析"]
    undo_stack.undo()
    undo_stack.undo()
    assert rows(filled)[:2] == ["1. 负责产品规划", "2. 市场及用户研究"]


def test_tab_and_shift_tab_without_editing(
    filled: SectionEditorWidget, undo_stack: QUndoStack, qtbot: object
) -> None:
    view = filled.view()
    view.setCurrentIndex(filled.model().index_for_path((1, 1)))
    key(qtbot, view, Qt.Key.Key_Tab)  # with its children, under the previous sibling
    assert rows(filled)[2:5] == ["2.1 市场分析", "2.1.1 User interviews", "2.1.1.1 Personas"]
    assert filled.current_path() == (1, 0, 0)
    key(qtbot, view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert filled.current_path() == (1, 1)
    assert rows(filled)[3:5] == ["2.2 User interviews", "2.2.1 Personas"]
    assert undo_stack.count() == 2
    assert view.hasFocus()  # Tab stays in the list; Ctrl+Tab leaves it
    key(qtbot, view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert not view.hasFocus()


def test_paste_of_a_numbered_block_makes_nested_items_in_one_step(
    filled: SectionEditorWidget, undo_stack: QUndoStack, qtbot: object
) -> None:
    filled.view().setCurrentIndex(filled.model().index(0, 0))
    with qtbot.waitSignal(filled.changed):  # type: ignore[attr-defined]
        filled.paste_text(NUMBERED_BLOCK)
    assert rows(filled)[:6] == [
        "1. 负责产品规划",
        "2. 负责产品规划与需求分析；",
        "3. 市场及用户研究：",
        "3.1 竞品分析",
        "3.2 用户访谈",
        "4. Write the product roadmap",
    ]
    assert filled.current_path() == (3,)
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert rows(filled)[1] == "2. 市场及用户研究"


def test_ctrl_v_in_the_list_pastes_items_and_replaces_an_empty_one(
    empty: SectionEditorWidget, undo_stack: QUndoStack, qtbot: object
) -> None:
    QGuiApplication.clipboard().setText(NUMBERED_BLOCK)
    empty.item_action("add_item").trigger()
    editor = open_editor(qtbot)
    key(qtbot, editor, Qt.Key.Key_Escape)
    key(qtbot, empty.view(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(empty.section().items) == 3  # the empty item was replaced
    assert rows(empty)[0] == "1. 负责产品规划与需求分析；"
    undo_stack.undo()  # the paste, as one step
    assert rows(empty) == ["1. "]


def test_paste_while_editing(
    filled: SectionEditorWidget, undo_stack: QUndoStack, qtbot: object
) -> None:
    filled.view().setCurrentIndex(filled.model().index(3, 0))
    key(qtbot, filled.view(), Qt.Key.Key_F2)
    editor = open_editor(qtbot)
    QGuiApplication.clipboard().setText(" quarterly\n")
    key(qtbot, editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert filled.section().items[3].text == "Write the roadmap quarterly"  # just text
    QGuiApplication.clipboard().setText("- Hire two engineers\n- Run the weekly review")
    key(qtbot, editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert rows(filled)[-3:] == [
        "3. Write the roadmap quarterly",
        "4. Hire two engineers",
        "5. Run the weekly review",
    ]


def test_context_menu_and_actions(
    filled: SectionEditorWidget, undo_stack: QUndoStack, qtbot: object
) -> None:
    view = filled.view()
    position = view.visualRect(filled.model().index(2, 0)).center()
    filled.view().customContextMenuRequested.emit(position)
    menu = filled.findChild(QMenu)
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)  # type: ignore[attr-defined]
    assert filled.current_path() == (2,)
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    menu.close()
    assert texts == [filled.item_action(name).text() for name in ACTION_NAMES]
    assert "Convert to item" in texts  # the paragraph's menu offers the way back
    assert all(isinstance(a, QAction) for a in filled.actions())
    filled.item_action("convert").trigger()
    assert rows(filled)[-2:] == ["3. 以下为补充说明。", "4. Write the roadmap"]
    assert not filled.item_action("outdent").isEnabled()
    filled.item_action("add_paragraph").trigger()
    type_item(qtbot, "Prose")
    assert rows(filled)[-2:] == ["¶ Prose", "4. Write the roadmap"]
    filled.item_action("move_down").trigger()
    assert rows(filled)[-1] == "¶ Prose"
    for _ in range(4):  # move, typing, add paragraph, convert
        undo_stack.undo()
    assert rows(filled)[-1] == "3. Write the roadmap"


def test_changed_follows_every_command_including_undo(
    filled: SectionEditorWidget, undo_stack: QUndoStack, qtbot: object
) -> None:
    count = []
    filled.changed.connect(lambda: count.append(1))
    filled.view().setCurrentIndex(filled.model().index(0, 0))
    filled.item_action("delete").trigger()
    undo_stack.undo()
    undo_stack.redo()
    data = filled.model().mimeData([filled.model().index(0, 0)])
    filled.model().dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, filled.model().index(2, 0))
    assert len(count) == 4
    assert rows(filled)[:3] == ["¶ 以下为补充说明。", "1. Write the roadmap", "1.1 市场及用户研究"]


def test_window_shortcuts_do_not_steal_the_list_keys(
    filled: SectionEditorWidget, qtbot: object
) -> None:
    stolen = []
    window_delete = QAction("Delete posting", filled.window())
    window_delete.setShortcut(Qt.Key.Key_Delete)
    window_delete.triggered.connect(lambda: stolen.append(1))
    filled.window().addAction(window_delete)
    filled.view().setCurrentIndex(filled.model().index(0, 0))
    filled.view().setFocus()
    key(qtbot, filled.view(), Qt.Key.Key_Delete)
    assert not stolen
    assert rows(filled)[0] == "1. 市场及用户研究"


def test_a_rebuilt_editor_shows_undo_of_commands_made_in_the_old_one(
    qtbot: object, nested_section: Section, undo_stack: QUndoStack
) -> None:
    old = SectionEditorWidget(nested_section, undo_stack)  # not qtbot's: deleted below
    old.view().setCurrentIndex(old.model().index(0, 0))
    old.item_action("delete").trigger()
    old.deleteLater()  # the posting form rebuilds its section widgets after some commands
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))  # type: ignore[attr-defined]
    new = make_editor(qtbot, nested_section, undo_stack)
    with qtbot.waitSignal(new.changed):  # type: ignore[attr-defined]
        undo_stack.undo()
    assert rows(new)[0] == "1. 负责产品规划"


def test_set_section_and_focus_first_item(
    filled: SectionEditorWidget, undo_stack: QUndoStack, qtbot: object
) -> None:
    filled.set_section(Section(SectionKind.REQUIREMENTS, "任职要求", [Item("本科及以上学历")]))
    assert rows(filled) == ["1. 本科及以上学历"]
    filled.focus_first_item()
    assert filled.view().hasFocus()
    assert filled.current_path() == (0,)
    assert undo_stack.count() == 0


def test_renders_chinese_and_english(
    filled: SectionEditorWidget, tmp_path: Path, qtbot: object
) -> None:
    filled.view().setCurrentIndex(filled.model().index(1, 0))
    image = filled.grab()
    assert not image.isNull()
    assert image.save(str(tmp_path / "section.png"))
