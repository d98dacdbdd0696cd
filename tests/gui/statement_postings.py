"""A small library for the statements tests: three wordings of one requirement."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QLocale

from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from jdeditor.gui.main_window import MainWindow
from tests.gui.windows import open_window

MOST_USED = "3年以上相关工作经验"
VARIANTS = (MOST_USED, "三年以上相关经验", "3年及以上相关工作经验")


def posting(title: str, requirement: str, duty: str = "负责数据分析报告的撰写") -> Posting:
    return Posting(
        title=title,
        department="数据部",
        language=Language.ZH,
        sections=[
            Section(SectionKind.DUTIES, "岗位职责", [Item(duty), Item("维护客户关系")]),
            Section(
                SectionKind.REQUIREMENTS,
                "任职要求",
                [Item("本科及以上学历"), Item(requirement)],
            ),
        ],
    )


POSTINGS = (
    posting("数据分析师", VARIANTS[0]),
    posting("销售经理", VARIANTS[0], "开拓华东区域客户"),
    posting("产品经理", VARIANTS[1], "负责产品规划"),
    posting("运营专员", VARIANTS[2], "策划线上活动"),
)


def statements_window(qtbot: object, path: Path) -> Iterator[MainWindow]:
    """The window on a library of POSTINGS with View › Statements shown."""
    QLocale.setDefault(QLocale("en"))
    window = open_window(qtbot, path)
    window.activateWindow()  # focus moves (into a section) only in the active window
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    for one in POSTINGS:
        window.library.create_posting(one)
    window.panel.refresh()
    window.statements.statements_action.setChecked(True)  # View › Statements (F7)
    yield window
    actions = window.statements
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: not actions.task_running("statements") and not actions.task_running("families"),
        timeout=60000,  # a first listing syncs the starter set: slow on a loaded machine
    )
    # No widget is touched here: pytest-qt may have closed the window already (open_window
    # drops the open posting first), and the wait above can run its deferred deletion.
    window.library.close()


def open_row(window: MainWindow, title: str) -> Posting:
    """Open the posting called ``title`` from the list, as a click does."""
    model = window.panel.model
    for row in range(model.rowCount()):
        summary = model.summary_at(row)
        if summary is not None and summary.title == title:
            window.panel.view.selectRow(row)
            break
    opened = window.editor.posting()
    assert opened is not None and opened.title == title
    return opened


def wait_statements(qtbot: object, window: MainWindow) -> None:
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: not window.statements.task_running("statements"), timeout=5000
    )
