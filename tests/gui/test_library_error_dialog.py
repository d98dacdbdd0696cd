"""A library that cannot be opened: the dialog says why, and offers what fits that reason.

Each reason comes from a real file where the machine allows (root ignores permissions,
so read-only places are made from the store's own classification) or, for a server, from
the store's error for the driver's message."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from jdeditor.errors import LibraryError
from jdeditor.gui.dialogs.library_error_dialog import LibraryErrorDialog
from jdeditor.gui.main_window import MainWindow
from jdeditor.service import Library, list_backups
from jdeditor.store import sqlite
from jdeditor.store.database import resolve_location
from jdeditor.store.failures import library_error
from tests.factories import chinese_posting
from tests.gui.test_startup import run_app_until_ready

SERVER = "postgresql+psycopg://hr:secret@db.example.com/jd"


def damaged(tmp_path: Path) -> LibraryError:
    path = tmp_path / "library.db"
    Library.open(path).close()
    path.write_bytes(os.urandom(8192))
    return refused(path)


def locked(tmp_path: Path) -> LibraryError:
    path = tmp_path / "library.db"
    Library.open(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        return refused(path)
    finally:
        other.close()


def foreign(tmp_path: Path) -> LibraryError:
    path = tmp_path / "contacts.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE people (name TEXT)")
    return refused(path)


def newer(tmp_path: Path) -> LibraryError:
    path = tmp_path / "library.db"
    Library.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    return refused(path)


def refused(location: str | Path, create: bool = True) -> LibraryError:
    with pytest.raises(LibraryError) as caught:
        Library.open(location, create=create)
    return caught.value


def made(kind: str, location: str) -> Callable[[Path], LibraryError]:
    return lambda tmp_path: library_error(kind, resolve_location(location))


CASES: dict[str, tuple[Callable[[Path], LibraryError], str]] = {
    # kind: (how the error comes about, the dialog's heading)
    "library_damaged": (damaged, "The library is damaged"),
    "library_busy": (locked, "The library is locked by another program"),
    "foreign_database": (foreign, "This is not a JD Editor library"),
    "newer_library": (newer, "The library is from a newer JD Editor"),
    "no_such_folder": (
        lambda tmp: refused(tmp / "gone" / "library.db", create=False),
        "The library's folder does not exist",
    ),
    "library_read_only": (
        made("library_read_only", "/srv/hr/library.db"),
        "The library file is read-only",
    ),
    "folder_read_only": (
        made("folder_read_only", "/srv/hr/library.db"),
        "The library's folder is read-only",
    ),
    "wrong_password": (
        made("wrong_password", SERVER),
        "The server refused the user name or password",
    ),
    "server_unreachable": (
        made("server_unreachable", SERVER),
        "The database server does not answer",
    ),
    "no_such_database": (made("no_such_database", SERVER), "The server has no such database"),
}


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite, "BUSY_TIMEOUT_MS", 50)


@pytest.mark.parametrize("kind", list(CASES))
def test_each_reason_is_said_with_the_right_buttons(
    qtbot: object, tmp_path: Path, kind: str
) -> None:
    make, heading = CASES[kind]
    error = make(tmp_path)
    assert error.kind == kind
    backups = [(tmp_path / "backup.db", datetime(2026, 12, 3, 9, 30, tzinfo=UTC))]
    dialog = LibraryErrorDialog(error, backups)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert dialog.heading.text() == heading
    name = error.values["name"]
    assert name in dialog.message.text() and "secret" not in dialog.message.text()
    assert dialog.open_button.isVisible() and dialog.quit_button.isVisible()
    # A backup only where the file is damaged: never over a library only out of reach.
    assert dialog.restore_button.isVisible() is (kind == "library_damaged")
    assert dialog.backup_list.isVisible() is (kind == "library_damaged")


def test_damage_without_backups_says_so(qtbot: object, tmp_path: Path) -> None:
    dialog = LibraryErrorDialog(damaged(tmp_path), [])
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert dialog.restore_button.isVisible() and not dialog.restore_button.isEnabled()
    assert dialog.findChild(object, "no_backups") is not None


def test_an_unexpected_failure_is_shown_without_a_backup(qtbot: object) -> None:
    dialog = LibraryErrorDialog(RuntimeError("boom"), [])
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert "boom" in dialog.message.text() and "log file" in dialog.message.text()
    assert dialog.restore_button.isHidden()


class Answers:
    """The error dialogs the app showed, each answered with the next button named."""

    def __init__(self) -> None:
        self.shown: list[dict[str, object]] = []  # what each said and offered
        self.buttons: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[Answers]:
    given = Answers()

    def exec_(dialog: LibraryErrorDialog) -> int:
        given.shown.append(
            {
                "heading": dialog.heading.text(),
                "message": dialog.message.text(),
                "restore": not dialog.restore_button.isHidden(),
                "backups": [
                    dialog.backup_list.item(row).text() for row in range(dialog.backup_list.count())
                ],
            }
        )
        getattr(dialog, given.buttons.pop(0)).click()
        return 1

    monkeypatch.setattr(LibraryErrorDialog, "exec", exec_)
    yield given


def test_at_start_quit_leaves_the_file_untouched(
    qtbot: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
) -> None:
    db = tmp_path / "not-a-library.db"
    db.write_bytes(b"these are not the bytes of a database")
    answers.buttons.append("quit_button")
    code, _ = run_app_until_ready(db, monkeypatch)
    assert code == 1
    [dialog] = answers.shown
    assert str(db) in str(dialog["message"]) and dialog["restore"]
    assert db.read_bytes() == b"these are not the bytes of a database"


def test_at_start_restore_from_backup_on_a_corrupted_library(
    qtbot: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
) -> None:
    db = tmp_path / "library.db"
    with Library.open(db) as library:
        library.create_posting(chinese_posting("数据分析师"))
    code, windows = run_app_until_ready(db, monkeypatch)  # the day's automatic backup
    assert code == 0
    [backup] = list_backups(db)
    garbage = os.urandom(len(db.read_bytes()))
    db.write_bytes(garbage)  # the disk, a crash or a tool wrote over it
    answers.buttons.append("restore_button")
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: asked.append(str(args[2])) or QMessageBox.StandardButton.Yes,
    )
    code, windows = run_app_until_ready(db, monkeypatch)
    assert code == 0
    [dialog] = answers.shown
    when = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert dialog["backups"] == [when]
    assert asked and when in asked[0]
    window = windows[-1]
    assert window.panel.model.summary_at(0).title == "数据分析师"  # type: ignore[union-attr]
    [aside] = tmp_path.glob("library.db.damaged-*")
    assert aside.read_bytes() == garbage
    assert "Restored the backup" in window.statusBar().currentMessage()


def test_when_switching_open_another_after_a_locked_library(
    qtbot: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
) -> None:
    from tests.gui.windows import open_window

    window: MainWindow = open_window(qtbot, tmp_path / "first.db")
    busy = tmp_path / "busy.db"
    Library.open(busy).close()
    good = tmp_path / "good.db"
    with Library.open(good) as library:
        library.create_posting(chinese_posting("会计"))
    chosen = iter([busy, good])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(next(chosen)), ""))
    answers.buttons.append("open_button")
    other = sqlite3.connect(busy, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with qtbot.waitSignal(window.library_ready, timeout=10000):  # type: ignore[attr-defined]
            window.libraries.open_library_action.trigger()
    finally:
        other.close()
    [dialog] = answers.shown
    assert dialog["heading"] == "The library is locked by another program"
    assert not dialog["restore"]
    assert window.library.location.file == good
    assert window.panel.model.summary_at(0).title == "会计"  # type: ignore[union-attr]
    window.library.close()
    assert QApplication.instance() is not None
