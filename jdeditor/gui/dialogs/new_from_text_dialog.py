"""File › New from Text…: paste a posting from a job board or an e-mail, then review it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class NewFromTextDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_from_text_dialog")
        self.setWindowTitle(self.tr("New from Text"))
        intro = QLabel(
            self.tr(
                "Paste the text of one or more postings, as copied from a job board, a web "
                "page or an e-mail. You will see what was found before anything is stored."
            )
        )
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("pasted_text")
        self.text_edit.setPlaceholderText(
            self.tr("Senior Product Manager\nResponsibilities:\n1. …\nRequirements:\n1. …")
        )
        self.text_edit.textChanged.connect(self._update_ok)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("pasted_name")
        self.name_edit.setPlaceholderText(
            self.tr("optional: where it came from, e.g. a job board and a date")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Source name:"), self.name_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Review…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, metrics.height() * 32)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text_edit.toPlainText().strip()))

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def source_name(self) -> str:
        """The name given, or a translated default."""
        return self.name_edit.text().strip() or self.tr("Pasted text")
