"""Re-read a file in the import review: with another text encoding, or a separator line."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jdeditor.import_plan import ReadOptions, SourceFile

# The encodings Chinese and English files come in; any other name may be typed.
ENCODINGS = ("utf-8", "gb18030", "big5", "utf-16", "cp1252", "latin-1")


class ReReadDialog(QDialog):
    def __init__(self, source: SourceFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reread_dialog")
        self.setWindowTitle(self.tr("Re-read {0}").format(source.name))
        self._source = source
        self.encoding = QComboBox()
        self.encoding.setObjectName("reread_encoding")
        self.encoding.setEditable(True)
        self.encoding.addItem(self.tr("Detect automatically"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        given = source.options.encoding
        if given:
            found = self.encoding.findData(given)
            if found < 0:
                self.encoding.addItem(given, given)
                found = self.encoding.count() - 1
            self.encoding.setCurrentIndex(found)
        self.encoding.setEnabled(source.kind == "text")
        self.separator = QLineEdit(source.options.separator or "")
        self.separator.setObjectName("reread_separator")
        self.separator.setPlaceholderText(self.tr("for example ^-{3,}$ or ^={3,}$"))
        self.separator.textChanged.connect(self._check)
        self.problem = QLabel()
        self.problem.setObjectName("reread_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        text = self.tr(
            "Read it again. The postings found replace the ones listed now from it "
            "(with the changes made to them)."
        )
        if source.kind == "text":
            text = self.tr("{0} {1}").format(
                text, self.tr("Encoding used so far: {0}.").format(source.encoding)
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Text &encoding:"), self.encoding)
        form.addRow(self.tr("Posting &separator:"), self.separator)
        hint = QLabel(
            self.tr(
                "A regular expression; every line that matches it as a whole separates two "
                "postings. Leave it empty to find postings by their titles."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("reread_hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Re-read"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)  # below the form: a wrapped label in a form row gets clipped
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def _check(self) -> None:
        problem = ""
        try:
            re.compile(self.separator.text().strip())
        except re.error as error:
            problem = self.tr("This is not a valid regular expression: {0}.").format(error)
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def options(self) -> ReadOptions:
        """The options chosen."""
        encoding = self.encoding.currentData()
        typed = self.encoding.currentText().strip()
        if encoding is None and typed and typed != self.encoding.itemText(0):
            encoding = typed  # a name the user typed
        separator = self.separator.text().strip() or None
        return ReadOptions(
            separator=separator, encoding=encoding if self._source.kind == "text" else None
        )
