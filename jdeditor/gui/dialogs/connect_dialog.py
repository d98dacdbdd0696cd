"""File › Connect to a Team Library…: the address of a library on a PostgreSQL server.

"Test connection" and "Connect" try the library in the thread pool (a server that does not
answer takes seconds) and say what the store found: connected (with the number of
postings), server unreachable, wrong password, no such database, or an empty database,
which the user is offered to make a library when they may create tables there.
The password goes to the system's keyring when "Remember" is ticked, else it is kept in
memory until the app ends; it is never written to the settings or to Open Recent.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jdeditor.gui.workers import Task, start_task
from jdeditor.service import team

_FOUND = {
    "server_unreachable": "server_unreachable",
    "wrong_password": "wrong_password",
    "password_needed": "wrong_password",
    "no_such_database": "no_such_database",
}


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConnectDialog")
        self.setWindowTitle(self.tr("Connect to a Team Library"))
        self.address = ""  # once accepted: the library's address, without the password
        self.create_library = False  # once accepted: make the empty database a library
        self._task: Task | None = None
        self._connecting = False

        intro = QLabel(
            self.tr(
                "A team shares one library on a PostgreSQL server. Ask the server's "
                "administrator for these details."
            )
        )
        intro.setWordWrap(True)
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("host")
        self.host_edit.setPlaceholderText(self.tr("e.g. db.example.org"))
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("port")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(team.DEFAULT_PORT)
        self.database_edit = QLineEdit("jdeditor")
        self.database_edit.setObjectName("database")
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("user")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("empty: the keyring or ~/.pgpass"))
        self.remember_check = QCheckBox(self.tr("Remember the password (system keyring)"))
        self.remember_check.setObjectName("remember")
        self.ssl_combo = QComboBox()
        self.ssl_combo.setObjectName("ssl")
        for mode, label in (
            ("prefer", self.tr("Prefer (encrypt when the server can)")),
            ("require", self.tr("Require (always encrypt)")),
            ("disable", self.tr("Disable (never encrypt)")),
        ):
            self.ssl_combo.addItem(label, mode)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow(self.tr("&Encryption (SSL):"), self.ssl_combo)
        self.keyring_note = QLabel(
            self.tr(
                "This computer has no password keyring, so the password cannot be "
                "remembered: you are asked for it each time (or put it in ~/.pgpass)."
            )
        )
        self.keyring_note.setObjectName("keyring_note")
        self.keyring_note.setWordWrap(True)
        if team.keyring_available():
            self.remember_check.setChecked(True)
            self.keyring_note.hide()
        else:
            self.remember_check.setEnabled(False)
        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.test_button = QPushButton(self.tr("&Test Connection"))
        self.test_button.setObjectName("test")
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.setObjectName("connect")
        self.connect_button.setDefault(True)
        self.create_button = QPushButton(self.tr("C&reate Library Here"))
        self.create_button.setObjectName("create")
        self.create_button.hide()
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.test_button.clicked.connect(lambda: self._probe(connecting=False))
        self.connect_button.clicked.connect(lambda: self._probe(connecting=True))
        self.create_button.clicked.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self._fields_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._fields_changed()

    # -- the address -------------------------------------------------------------------

    def set_address(self, address: str) -> None:
        """Fill the fields from a known address (Open Recent, a password asked again)."""
        fields = team.address_fields(address)
        self.host_edit.setText(fields.host)
        self.port_spin.setValue(fields.port)
        self.database_edit.setText(fields.database)
        self.user_edit.setText(fields.user)
        self.ssl_combo.setCurrentIndex(max(0, self.ssl_combo.findData(fields.ssl_mode)))
        self.password_edit.setFocus()

    def current_address(self) -> str:
        """The address the fields make, without the password."""
        return team.server_address(
            self.host_edit.text(),
            self.database_edit.text(),
            self.user_edit.text(),
            self.port_spin.value(),
            str(self.ssl_combo.currentData()),
        )

    def _fields_changed(self) -> None:
        ready = all(
            edit.text().strip() for edit in (self.host_edit, self.database_edit, self.user_edit)
        )
        self.test_button.setEnabled(ready and self._task is None)
        self.connect_button.setEnabled(ready and self._task is None)
        self.create_button.hide()

    # -- trying it -----------------------------------------------------------------------

    def _keep_password(self) -> None:
        """The typed password, for this run and (if asked) in the keyring."""
        password = self.password_edit.text()
        if not password:
            return
        address = self.current_address()
        team.use_password(address, password)

    def _probe(self, connecting: bool) -> None:
        self._connecting = connecting
        self._keep_password()
        address = self.current_address()
        self.result_label.setText(self.tr("Connecting to {0}…").format(address))
        self.create_button.hide()
        self._task = start_task(lambda: team.probe_library(address), self._probed, self._failed)
        self._fields_changed()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._fields_changed()
        self.result_label.setText(self.tr("Could not connect: {0}").format(error))

    def _probed(self, result: team.ProbeResult) -> None:
        self._task = None
        self._fields_changed()
        if result.kind == "ok":
            self.result_label.setText(
                self.tr("Connected: a JD Editor library with %Ln posting(s).", "", result.postings)
            )
            if self._connecting:
                self._finish(create=False)
            return
        if result.kind == "empty_database":
            if result.can_create:
                self.result_label.setText(
                    self.tr(
                        "Connected, but this database holds no JD Editor library yet. "
                        "You may create one here (Create Library Here)."
                    )
                )
                self.create_button.show()
            else:
                self.result_label.setText(
                    self.tr(
                        "Connected, but this database holds no JD Editor library, and you "
                        "may not create one. Ask the administrator to run "
                        "`jdeditor db init` with this address."
                    )
                )
            return
        self.result_label.setText(self._failure_text(result))

    def _failure_text(self, result: team.ProbeResult) -> str:
        kind = _FOUND.get(result.kind, "")
        if kind == "server_unreachable":
            return self.tr(
                "The server does not answer. Check the server name and port, and that "
                "the server is running and lets this computer in."
            )
        if kind == "wrong_password":
            return self.tr("The server refused the user name or password. Check them.")
        if kind == "no_such_database":
            return self.tr(
                "The server has no database of that name. Check it, or ask the "
                "administrator to create it."
            )
        if result.kind == "foreign_database":
            return self.tr(
                "This database holds other tables: it is not a JD Editor library. "
                "Choose another database."
            )
        return result.message

    def _create(self) -> None:
        self._finish(create=True)

    def _finish(self, create: bool) -> None:
        self._keep_password()
        self.address = self.current_address()
        self.create_library = create
        if self.remember_check.isChecked() and self.password_edit.text():
            # Kept for this run when there is no keyring: the note said so.
            with contextlib.suppress(team.KeyringUnavailable):
                team.remember_password(self.address, self.password_edit.text())
        self.accept()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancelled = True
        super().done(result)
