"""The template guide (docs/templates.md) in a window of its own, offline and frozen alike."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from jdeditor.paths import resource_path

GUIDE_FILE = "templates.md"


class TemplateGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_guide_dialog")
        self.setWindowTitle(self.tr("Template Guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("template_guide_text")
        self.browser.setOpenExternalLinks(True)
        path = resource_path("docs", GUIDE_FILE)
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(
                self.tr("The template guide ({0}) is missing from this installation.").format(path)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(820, 720)
