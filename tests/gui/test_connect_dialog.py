"""File › Connect to a Team Library…, driven as a person would, against the test server:
each cause told apart, an empty database made a library, the password in the keyring
and never in Open Recent, and asked again when nothing knows it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from jdeditor.gui.dialogs.connect_dialog import ConnectDialog
from jdeditor.gui.main_window import MainWindow
from jdeditor.service import team
from jdeditor.store import credentials
from tests.gui.windows import open_window
from tests.team_support import MemoryKeyring, memory_keyring, password_role

PASSWORD = "s3cret-密码"


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def role_address(postgres_url: str) -> Iterator[str]:
    with password_role(postgres_url, PASSWORD) as address:
        yield address


def fill(dialog: ConnectDialog, address: str, password: str) -> None:
    fields = team.address_fields(address)
    dialog.host_edit.setText(fields.host)
    dialog.database_edit.setText(fields.database)
    dialog.user_edit.setText(fields.user)
    dialog.password_edit.setText(password)


def test_test_connection_tells_each_cause(
    qtbot: object, ring: MemoryKeyring, role_address: str
) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.port_spin.value() == 5432
    assert dialog.ssl_combo.currentData() == "prefer"
    assert not dialog.test_button.isEnabled()  # no server yet
    fill(dialog, role_address, "wrong")
    assert dialog.current_address() == role_address
    dialog.test_button.click()
    assert not dialog.test_button.isEnabled()  # while it tries, off the GUI thread
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10000)  # type: ignore[attr-defined]
    assert "refused the user name or password" in dialog.result_label.text()
    dialog.database_edit.setText("no_such_db")
    dialog.password_edit.setText(PASSWORD)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10000)  # type: ignore[attr-defined]
    assert "no database of that name" in dialog.result_label.text()
    fill(dialog, role_address, PASSWORD)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10000)  # type: ignore[attr-defined]
    assert not dialog.create_button.isHidden()
    assert "no JD Editor library yet" in dialog.result_label.text()
    assert ring.entries == {}  # testing remembers nothing


def test_an_unreachable_server_is_said(qtbot: object, ring: MemoryKeyring) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(1)
    dialog.user_edit.setText("hr")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10000)  # type: ignore[attr-defined]
    assert "does not answer" in dialog.result_label.text()


def test_without_a_keyring_the_box_says_so_and_cannot_be_ticked(qtbot: object) -> None:
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = ConnectDialog()
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        assert not dialog.remember_check.isEnabled()
        assert not dialog.remember_check.isChecked()
        assert not dialog.keyring_note.isHidden()
    finally:
        keyring.set_keyring(before)


def test_connect_creates_the_library_keeps_the_password_and_recent_has_no_password(
    qtbot: object,
    tmp_path: Path,
    ring: MemoryKeyring,
    role_address: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window: MainWindow = open_window(qtbot, tmp_path / "own.db")

    def exec_(dialog: ConnectDialog) -> int:
        fill(dialog, role_address, PASSWORD)
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: not dialog.create_button.isHidden(), timeout=10000)  # type: ignore[attr-defined]
        dialog.create_button.click()
        return int(dialog.result())

    monkeypatch.setattr(ConnectDialog, "exec", exec_)
    with qtbot.waitSignal(window.library_ready, timeout=15000):  # type: ignore[attr-defined]
        window.libraries.connections.connect_action.trigger()
    assert window.library.location.display_name == role_address
    assert window.library.notifies
    recent = window.libraries.recent()
    assert recent[0] == role_address
    assert all(PASSWORD not in entry and "***" not in entry for entry in recent)
    assert ring.entries == {("JD Editor", team.credential_key(role_address)): PASSWORD}

    # Reconnecting in a later run takes the password from the keyring.
    window.libraries.switch_to(str(tmp_path / "own.db"), create=False)
    qtbot.waitUntil(lambda: window.open_library() is not None, timeout=15000)  # type: ignore[attr-defined]
    credentials._typed.clear()
    with qtbot.waitSignal(window.library_ready, timeout=15000):  # type: ignore[attr-defined]
        window.libraries.open_recent(role_address)
    assert window.library.location.display_name == role_address

    # Nothing knows the password: the dialog comes back, filled in, for it alone.
    window.libraries.switch_to(str(tmp_path / "own.db"), create=False)
    qtbot.waitUntil(lambda: window.open_library() is not None, timeout=15000)  # type: ignore[attr-defined]
    ring.entries.clear()
    credentials._typed.clear()
    asked: list[tuple[str, str]] = []

    def ask_again(dialog: ConnectDialog) -> int:
        asked.append((dialog.user_edit.text(), dialog.current_address()))
        dialog.password_edit.setText(PASSWORD)
        dialog.remember_check.setChecked(False)
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)  # type: ignore[attr-defined]
        return int(dialog.result())

    monkeypatch.setattr(ConnectDialog, "exec", ask_again)
    with qtbot.waitSignal(window.library_ready, timeout=15000):  # type: ignore[attr-defined]
        window.libraries.open_recent(role_address)
    assert asked == [(team.address_fields(role_address).user, role_address)]
    assert window.library.location.display_name == role_address
    assert ring.entries == {}  # not remembered this time
    window.others.stop()
