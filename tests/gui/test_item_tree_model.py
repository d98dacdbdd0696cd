"""The item tree model and the item undo commands, without the editor widget."""

from __future__ import annotations

import copy
import sys

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack

from jdeditor.core.model import Item, ItemKind, Section, SectionKind
from jdeditor.gui.commands.item_commands import (
    EditItemTextCommand,
    InsertItemsCommand,
    MoveItemsCommand,
    RemoveItemsCommand,
    SectionTree,
    SetItemKindCommand,
    indent_steps,
    outdent_steps,
    path_after_removal,
    path_before_removal,
    reorder_steps,
)
from jdeditor.gui.models.item_tree_model import ItemRole, ItemTreeModel


def labels(model: ItemTreeModel) -> list[tuple[str, str]]:
    """``(number label, text)`` for every row in reading order, through the model."""
    found: list[tuple[str, str]] = []

    def visit(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append(
                (index.data(ItemRole.NumberLabelRole), index.data(Qt.ItemDataRole.EditRole))
            )
            visit(index)

    visit(QModelIndex())
    return found


def texts(items: list[Item]) -> list[object]:
    """The tree as nested lists of texts: ``["a", ["b", ["c"]]]`` style."""
    shaped: list[object] = []
    for item in items:
        shaped.append(item.text)
        if item.children:
            shaped.append(texts(item.children))
    return shaped


@pytest.fixture
def model(nested_section: Section, undo_stack: QUndoStack) -> ItemTreeModel:
    return ItemTreeModel(nested_section, undo_stack)


@pytest.mark.parametrize(
    "items",
    [[], [Item("a"), Item("b")], None],
    ids=["empty", "flat", "nested"],
)
def test_model_passes_the_model_tester(
    qtmodeltester: object, nested_section: Section, undo_stack: QUndoStack, items: list[Item] | None
) -> None:
    section = nested_section if items is None else Section(SectionKind.OTHER, "", items)
    model = ItemTreeModel(section, undo_stack)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_numbers_come_from_the_tree_and_skip_paragraphs(model: ItemTreeModel) -> None:
    assert labels(model) == [
        ("1.", "负责产品规划"),
        ("2.", "市场及用户研究"),
        ("2.1", "市场分析"),
        ("2.2", "User interviews"),
        ("2.2.1", "Personas"),
        ("", "以下为补充说明。"),
        ("3.", "Write the roadmap"),
    ]
    paragraph = model.index(2, 0)
    assert paragraph.data(Qt.ItemDataRole.DisplayRole) == "以下为补充说明。"
    assert paragraph.data(ItemRole.ItemKindRole) == ItemKind.PARAGRAPH
    assert paragraph.data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "1. 负责产品规划"
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None


def test_paths_depths_and_indexes_round_trip(model: ItemTreeModel) -> None:
    personas = model.index_for_path((1, 1, 0))
    assert personas.data(Qt.ItemDataRole.EditRole) == "Personas"
    assert model.path(personas) == (1, 1, 0)
    assert personas.data(ItemRole.PathRole) == (1, 1, 0)
    assert personas.data(ItemRole.DepthRole) == 2
    assert model.path(QModelIndex()) == ()
    assert not model.index_for_path((9,)).isValid()
    assert model.item(personas) is model.section().items[1].children[1].children[0]


def test_structural_commands_keep_the_model_consistent_and_undo(
    qtmodeltester: object, model: ItemTreeModel, undo_stack: QUndoStack
) -> None:
    qtmodeltester.check(model)  # type: ignore[attr-defined]  # keeps watching every signal
    section = model.section()
    before = copy.deepcopy(section)
    undo_stack.push(
        InsertItemsCommand(
            undo_stack, section, (1,), 1, [Item("新增", [Item("child")])], "Add item"
        )
    )
    assert labels(model)[2:5] == [("2.1", "市场分析"), ("2.2", "新增"), ("2.2.1", "child")]
    undo_stack.push(RemoveItemsCommand(undo_stack, section, (), 0, 1, "Delete item"))
    assert labels(model)[0] == ("1.", "市场及用户研究")
    steps = outdent_steps(SectionTree(section), (0, 0))
    undo_stack.push(MoveItemsCommand(undo_stack, section, steps, "Outdent item"))
    undo_stack.push(
        SetItemKindCommand(undo_stack, section, (2,), ItemKind.PARAGRAPH, ItemKind.ITEM)
    )
    assert [label for label, _ in labels(model)] == [
        "1.",
        "2.",
        "2.1",
        "2.1.1",
        "2.2",
        "2.2.1",
        "3.",
        "4.",
    ]
    while undo_stack.canUndo():
        undo_stack.undo()
    assert section == before
    assert labels(model)[5] == ("", "以下为补充说明。")
    while undo_stack.canRedo():
        undo_stack.redo()
    assert labels(model)[0] == ("1.", "市场及用户研究")


def test_set_data_pushes_merging_text_commands(
    model: ItemTreeModel, undo_stack: QUndoStack
) -> None:
    first, second = model.index(0, 0), model.index_for_path((1, 0))
    for text in ("负责", "负责产品", "负责产品规划与设计"):
        assert model.setData(first, text)
    assert undo_stack.count() == 1  # one run of typing in one item is one step
    assert model.setData(second, "Market analysis\nand sizing")
    assert undo_stack.count() == 2  # another item: a step of its own
    assert model.item(second).text == "Market analysis\nand sizing"  # type: ignore[union-attr]
    undo_stack.undo()
    assert second.data(Qt.ItemDataRole.EditRole) == "市场分析"
    assert first.data(Qt.ItemDataRole.EditRole) == "负责产品规划与设计"
    undo_stack.undo()
    assert first.data(Qt.ItemDataRole.EditRole) == "负责产品规划"
    undo_stack.redo()
    assert first.data(Qt.ItemDataRole.EditRole) == "负责产品规划与设计"


def test_typing_back_to_the_original_text_leaves_no_step(
    model: ItemTreeModel, undo_stack: QUndoStack
) -> None:
    index = model.index(0, 0)
    model.setData(index, "负责产品")
    model.setData(index, "负责产品规划")
    assert undo_stack.count() == 0
    assert not model.setData(index, "x", Qt.ItemDataRole.DisplayRole)


def test_text_commands_merge_only_for_the_same_path(undo_stack: QUndoStack) -> None:
    section = Section(SectionKind.DUTIES, "", [Item("a"), Item("b")])
    undo_stack.push(EditItemTextCommand(undo_stack, section, (0,), "a", "a1"))
    undo_stack.push(EditItemTextCommand(undo_stack, section, (1,), "b", "b1"))
    undo_stack.push(EditItemTextCommand(undo_stack, section, (1,), "b1", "b12"))
    assert undo_stack.count() == 2
    undo_stack.undo()
    assert [item.text for item in section.items] == ["a1", "b"]


def test_commands_edit_the_bare_section_when_no_model_shows_it(undo_stack: QUndoStack) -> None:
    section = Section(SectionKind.DUTIES, "", [Item("a"), Item("b"), Item("c")])
    tree = SectionTree(section)
    undo_stack.push(MoveItemsCommand(undo_stack, section, indent_steps(tree, (1,)), "Indent"))
    undo_stack.push(MoveItemsCommand(undo_stack, section, indent_steps(tree, (1,)), "Indent"))
    assert texts(section.items) == ["a", ["b", "c"]]
    undo_stack.undo()
    undo_stack.undo()
    assert texts(section.items) == ["a", "b", "c"]


def test_commands_follow_a_rebuilt_model_of_the_same_section(
    qtbot: object, undo_stack: QUndoStack
) -> None:
    section = Section(SectionKind.DUTIES, "", [Item("a"), Item("b")])
    old = ItemTreeModel(section, undo_stack)
    undo_stack.push(RemoveItemsCommand(undo_stack, section, (), 0, 1, "Delete item"))
    shiboken6.delete(old)  # the posting form rebuilt its section widgets
    new = ItemTreeModel(section, undo_stack)
    with qtbot.waitSignal(new.rowsInserted):  # type: ignore[attr-defined]
        undo_stack.undo()
    assert labels(new) == [("1.", "a"), ("2.", "b")]


def test_outdent_keeps_reading_order(undo_stack: QUndoStack) -> None:
    section = Section(
        SectionKind.DUTIES, "", [Item("p", [Item("a"), Item("b", [Item("b1")]), Item("c")])]
    )
    tree = SectionTree(section)
    assert outdent_steps(tree, (0,)) == []
    undo_stack.push(MoveItemsCommand(undo_stack, section, outdent_steps(tree, (0, 1)), "Out"))
    assert texts(section.items) == ["p", ["a"], "b", ["b1", "c"]]
    undo_stack.undo()
    assert texts(section.items) == ["p", ["a", "b", ["b1"], "c"]]


def test_move_planning_at_the_edges() -> None:
    tree = SectionTree(Section(SectionKind.DUTIES, "", [Item("a"), Item("b")]))
    assert indent_steps(tree, (0,)) == []
    assert reorder_steps(tree, (0,), -1) == []
    assert reorder_steps(tree, (1,), 1) == []
    assert reorder_steps(tree, (0,), 1) == [((0,), (), 1)]
    assert path_before_removal((1, 2), (0,)) == (2, 2)
    assert path_after_removal((2, 2), (0,)) == (1, 2)
    assert path_after_removal((0, 1), (0,)) is None


def test_drop_between_items_moves_as_a_sibling(
    qtmodeltester: object, model: ItemTreeModel, undo_stack: QUndoStack
) -> None:
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    data = model.mimeData([model.index(3, 0)])  # "Write the roadmap"
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert labels(model)[0] == ("1.", "Write the roadmap")
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert labels(model)[-1] == ("3.", "Write the roadmap")


def test_drop_onto_an_item_makes_it_the_last_child(
    model: ItemTreeModel, undo_stack: QUndoStack
) -> None:
    data = model.mimeData([model.index(0, 0)])
    target = model.index(1, 0)  # "市场及用户研究"
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert labels(model)[:5] == [
        ("1.", "市场及用户研究"),
        ("1.1", "市场分析"),
        ("1.2", "User interviews"),
        ("1.2.1", "Personas"),
        ("1.3", "负责产品规划"),
    ]
    undo_stack.undo()
    assert labels(model)[0] == ("1.", "负责产品规划")


def test_drop_into_its_own_subtree_or_from_elsewhere_is_refused(
    model: ItemTreeModel, nested_section: Section, undo_stack: QUndoStack
) -> None:
    group = model.index(1, 0)
    data = model.mimeData([group])
    child = model.index(0, 0, group)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, group)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, child)
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, child)
    assert not model.canDropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    other = ItemTreeModel(copy.deepcopy(nested_section), undo_stack)
    assert not other.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    # dropped where it already is: accepted, nothing to undo
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert undo_stack.count() == 0
    assert model.supportedDropActions() == Qt.DropAction.MoveAction


def test_set_section_resets_without_touching_the_stack(
    qtbot: object, model: ItemTreeModel, nested_section: Section, undo_stack: QUndoStack
) -> None:
    model.setData(model.index(0, 0), "changed")
    other = Section(SectionKind.REQUIREMENTS, "任职要求", [Item("本科及以上学历")])
    with qtbot.waitSignal(model.modelReset):  # type: ignore[attr-defined]
        model.set_section(other)
    assert labels(model) == [("1.", "本科及以上学历")]
    assert undo_stack.count() == 1
    undo_stack.undo()  # the old section is restored, the shown one is untouched
    assert nested_section.items[0].text == "负责产品规划"
    assert labels(model) == [("1.", "本科及以上学历")]


def test_qt_binding_keeps_singletons_alive(qapp: object) -> None:
    """PySide6 6.12.0 on Python < 3.12 loses a reference to None per None it returns:
    every view repaint costs dozens, and the app aborts after a few minutes of use."""
    before = sys.getrefcount(None)
    for _ in range(100):
        QModelIndex().data()
    lost = before - sys.getrefcount(None)
    assert lost <= 0, (
        f"this Qt binding drops references to None ({lost} in 100 calls): the app will "
        "abort with 'deallocating None'; use a PySide6 other than 6.12.0 (6.11.3 is fine) "
        "or Python 3.12+"
    )
