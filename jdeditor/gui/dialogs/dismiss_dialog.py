"""Dismiss a check finding: the user says why, and the reason is kept with the posting."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class DismissDialog(QDialog):
    """Asks for the reason a finding does not apply; OK only once a reason is written."""

    def __init__(self, finding_text: str, parent: QWidget | None = None) -> None:
        """``finding_text``: the finding as the panel shows it (message and quoted span)."""
        super().__init__(parent)
        self.setObjectName("dismiss_dialog")
        self.setWindowTitle(self.tr("Dismiss Finding"))
        finding = QLabel(finding_text)
        finding.setObjectName("dismiss_finding")
        finding.setWordWrap(True)
        font = finding.font()
        font.setBold(True)
        finding.setFont(font)
        prompt = QLabel(
            self.tr(
                "Why does this not apply? The reason is kept with the posting, and the "
                "finding does not come back while the text stays the same."
            )
        )
        prompt.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("dismiss_reason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. The role is a women's health counsellor, a genuine requirement")
        )
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        prompt.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Dismiss"))
        ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(lambda: ok.setEnabled(bool(self.reason())))
        layout = QVBoxLayout(self)
        layout.addWidget(finding)
        layout.addWidget(prompt)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())

    def reason(self) -> str:
        return " ".join(self.reason_edit.toPlainText().split())
