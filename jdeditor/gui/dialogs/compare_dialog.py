"""Compare two revisions, or two postings, side by side (see ``panels/diff_html``).

The dialog is not modal: the user can keep it open beside the form while restoring or
editing. "Show only changes" folds unchanged sections and items into one grey line.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.diff import PostingDiff, summary
from jdeditor.gui.panels.checks_panel import interface_language
from jdeditor.gui.panels.diff_html import ADDED_BG, MOVED_BG, REMOVED_BG, DiffSides, diff_html

SETTINGS_KEY = "compare_dialog/only_changes"


class CompareDialog(QDialog):
    def __init__(
        self, diff: PostingDiff, sides: DiffSides, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(title)
        self._diff = diff
        self._sides = sides
        language = "zh" if interface_language().startswith("zh") else "en"
        self.summary_label = QLabel(summary(diff, language))
        self.summary_label.setObjectName("compare_summary")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.only_changes = QCheckBox(self.tr("Show only changes"))
        self.only_changes.setObjectName("compare_only_changes")
        self.only_changes.setChecked(QSettings().value(SETTINGS_KEY, True) not in (False, "false"))
        self.only_changes.toggled.connect(self._render)
        removed, added, moved = self.tr("removed"), self.tr("added"), self.tr("moved")
        legend = QLabel(
            f'<span style="background:{REMOVED_BG}; text-decoration:line-through">'
            f"{removed}</span> &nbsp; "
            f'<span style="background:{ADDED_BG}; text-decoration:underline; '
            f'font-weight:bold">{added}</span> &nbsp; '
            f'<span style="background:{MOVED_BG}">↕ {moved}</span>'
        )
        legend.setObjectName("compare_legend")
        self.browser = QTextBrowser()
        self.browser.setObjectName("compare_view")
        self.browser.setOpenLinks(False)
        top = QHBoxLayout()
        top.addWidget(self.only_changes)
        top.addStretch(1)
        top.addWidget(legend)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(1000, 700)
        self._render()

    def _render(self) -> None:
        only = self.only_changes.isChecked()
        QSettings().setValue(SETTINGS_KEY, only)
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(diff_html(self._diff, self._sides, only))
        bar.setValue(position)
