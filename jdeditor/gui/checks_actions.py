"""View › Checks (F8): the findings panel beside the form, and what its buttons do.

The open posting is checked again about 300 ms after the form's last change (typing,
undo, another posting opened), only while the panel is shown. Clicking a finding shows
its item or field in the form with the span selected; Dismiss… and Apply Suggestion are
edits of the posting on its undo stack, like typing, so Ctrl+Z takes them back and Save
keeps them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow

from jdeditor.core.checks.engine import check_posting
from jdeditor.core.checks.model import Finding, Rule
from jdeditor.core.checks.registry import all_rules
from jdeditor.core.model import Dismissal
from jdeditor.gui.commands.check_commands import DismissFindingCommand
from jdeditor.gui.panels.checks_panel import ChecksPanel, interface_language, quoted
from jdeditor.gui.remembered_rules import RememberedRules

if TYPE_CHECKING:
    from jdeditor.gui.editors.posting_editor import PostingEditor
    from jdeditor.gui.window_protocol import WindowParts

logger = logging.getLogger(__name__)

SETTINGS_KEY = "main_window/checks"
DELAY_MS = 300
DOCK_WIDTH = 250  # beside the list, the form and the preview on a 1440-pixel screen


class ChecksActions(QObject):
    def __init__(self, window: QMainWindow, parts: WindowParts) -> None:
        super().__init__(window)
        self._window = window
        self._parts = parts
        self._editor: PostingEditor | None = None
        self.rules: Callable[[], Collection[Rule]] = all_rules  # tests give their own
        self.last_duration = 0.0  # seconds the last check took, panel included
        self._remembered = RememberedRules()  # a keystroke re-runs rules on one text only
        self.panel = ChecksPanel()
        self.dock = QDockWidget(self.tr("Checks"), window)
        self.dock.setObjectName("checks_dock")
        self.dock.setWidget(self.panel)
        # F8 shows and hides it, and remembers: no close button that would bypass that.
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.recheck)
        self.checks_action = QAction(self.tr("&Checks"), window)
        self.checks_action.setObjectName("checks_action")
        self.checks_action.setShortcut(QKeySequence("F8"))
        self.checks_action.setCheckable(True)
        # Hidden until asked for (F8): beside the list, the form and the preview it would
        # squeeze the form on a laptop screen; the list's errors column, its filter and
        # the export's question tell of errors meanwhile.
        shown = QSettings().value(SETTINGS_KEY, False) in (True, "true")
        self.checks_action.setChecked(shown)
        self.dock.setVisible(shown)
        self.checks_action.toggled.connect(self._toggle)
        self.panel.finding_clicked.connect(self.show_finding)
        self.panel.dismiss_requested.connect(self.dismiss)
        self.panel.apply_requested.connect(self.apply_suggestion)

    @property
    def actions(self) -> Sequence[QAction]:
        return [self.checks_action]

    def watch(self, editor: PostingEditor) -> None:
        """Check the editor's posting again whenever it changes (once typing pauses)."""
        self._editor = editor
        editor.changed.connect(self._on_changed)

    def _on_changed(self) -> None:
        if self._parts.current_posting() is self.panel.posting():
            self.timer.start()  # typing: once it pauses
        else:
            self.recheck()  # another posting: no findings of the last one meanwhile

    def recheck(self) -> None:
        """Check the open posting now and show the findings."""
        self.timer.stop()
        if not self.checks_action.isChecked():
            return  # checked when the panel is shown again
        started = time.perf_counter()
        posting = self._parts.current_posting()
        if posting is None:
            self.panel.show_findings(None, [], 0)
            return
        rules = self._remembered(
            [rule for rule in self.rules() if posting.language in rule.languages]
        )
        dismissed = {dismissal.key for dismissal in posting.dismissals}
        try:
            findings = check_posting(posting, dismissed, rules)
        except Exception:  # a broken rule must not stop the user from typing
            logger.exception("checking the open posting failed")
            self.panel.show_failure(posting)
            return
        self.panel.show_findings(posting, findings, len(rules))
        self.last_duration = time.perf_counter() - started

    def _toggle(self, shown: bool) -> None:
        self.dock.setVisible(shown)
        QSettings().setValue(SETTINGS_KEY, shown)
        if shown:
            self.recheck()

    # -- what the panel asks for ---------------------------------------------------------

    def show_finding(self, finding: Finding) -> None:
        if self._editor is not None:
            span = finding.span
            self._editor.reveal(finding.place, span.start, span.end, finding.text)

    def dismiss(self, finding: Finding) -> None:
        """Ask why, then keep the dismissal with the posting as an undoable edit."""
        from jdeditor.gui.dialogs.dismiss_dialog import DismissDialog

        editor = self._editor
        posting = self._parts.current_posting()
        stack = editor.undo_stack() if editor is not None else None
        if posting is None or stack is None:
            return
        text = finding.rule.message.in_(interface_language())
        if finding.span_text.strip():
            text += " " + quoted(finding.span_text)
        dialog = DismissDialog(text, self._window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dialog.reason()
        finally:
            dialog.deleteLater()
        dismissal = Dismissal(finding.key, reason, datetime.now(UTC))
        stack.push(DismissFindingCommand(posting, dismissal, self.recheck))
        self._window.statusBar().showMessage(
            self.tr("Finding dismissed. Undo (Ctrl+Z) brings it back."), 5000
        )

    def apply_suggestion(self, finding: Finding) -> None:
        """Put the suggested wording in place of the span, as one undoable edit."""
        if self._editor is None or not finding.span.suggestion:
            return
        span = finding.span
        if not self._editor.replace_text(
            finding.place, finding.text, span.start, span.end, span.suggestion
        ):
            self._window.statusBar().showMessage(
                self.tr("The text changed since it was checked; check again."), 5000
            )
        self.recheck()
