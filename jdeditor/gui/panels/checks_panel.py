"""The findings of the checks on the open posting, grouped by severity, with details.

The panel only shows: the window's ``ChecksActions`` runs the checks (debounced while
the user types) and acts on what the panel asks for (show a finding in the form, dismiss
it, apply its suggestion). Messages and explanations are in the interface language,
whatever the posting's language; the place of each finding is named in words
(岗位职责 第3条 / Duties, item 3).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.checks.model import Finding, Place, Severity
from jdeditor.core.model import Posting
from jdeditor.gui.commands.field_commands import field_label
from jdeditor.gui.editors.section_frame import section_kind_label

FOLD_AFTER = 3  # a rule with more findings than this gets one folded row
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the finding's position in the list shown
QUOTE_LIMIT = 40  # characters of a span quoted in the list (the details show it whole)


def interface_language() -> str:
    """The language the interface is shown in (``zh_CN``, ``en``…), for the rules' texts."""
    return QLocale().name()


def place_text(posting: Posting | None, place: Place) -> str:
    """Where a finding is, in words: 岗位职责 第3条, Duties, item 3.1, Title, the posting."""

    if place.field:
        label = field_label("tags" if place.field == "tag" else place.field)
        return label[:1].upper() + label[1:]
    if place.section is None:
        return QCoreApplication.translate("ChecksPanel", "The whole posting")
    heading = ""
    if posting is not None and 0 <= place.section < len(posting.sections):
        section = posting.sections[place.section]
        heading = section.heading.strip() or section_kind_label(section.kind)
    if not heading:
        heading = QCoreApplication.translate("ChecksPanel", "Section {0}").format(place.section + 1)
    if not place.item:
        return QCoreApplication.translate("ChecksPanel", "{0}, heading").format(heading)
    number = ".".join(str(row + 1) for row in place.item)
    return QCoreApplication.translate("ChecksPanel", "{0}, item {1}").format(heading, number)


def quoted(text: str, limit: int = QUOTE_LIMIT) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return QCoreApplication.translate("ChecksPanel", "“{0}”").format(text)


class ChecksPanel(QWidget):
    """A tree of findings under Errors / Warnings / Information, and the chosen one's
    explanation, legal source and suggestion below it."""

    finding_clicked = Signal(object)  # Finding: show it in the form
    dismiss_requested = Signal(object)  # Finding
    apply_requested = Signal(object)  # Finding with a suggestion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checks_panel")
        self._posting: Posting | None = None
        self._findings: list[Finding] = []
        self.tree = QTreeWidget()
        self.tree.setObjectName("checks_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(14)
        self.tree.setAlternatingRowColors(True)  # two lines a finding: tell them apart
        self.empty_label = QLabel()
        self.empty_label.setObjectName("checks_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.details = QTextBrowser()
        self.details.setObjectName("checks_details")
        self.details.setOpenLinks(False)
        self.details.setMaximumHeight(self.fontMetrics().lineSpacing() * 11)
        self.dismiss_button = QPushButton(self.tr("&Dismiss…"))
        self.dismiss_button.setObjectName("dismiss_button")
        self.dismiss_button.setToolTip(self.tr("Let this finding go, giving a reason"))
        self.apply_button = QPushButton(self.tr("Apply &Suggestion"))
        self.apply_button.setObjectName("apply_button")
        self.apply_button.setToolTip(self.tr("Replace the text with the suggested wording"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.empty_label, 3)
        layout.addWidget(self.details, 2)
        layout.addLayout(buttons)

        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        self.dismiss_button.clicked.connect(lambda: self._request(self.dismiss_requested.emit))
        self.apply_button.clicked.connect(lambda: self._request(self.apply_requested.emit))
        self.show_findings(None, [], 0)

    # -- what is shown -------------------------------------------------------------------

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def posting(self) -> Posting | None:
        """The posting whose findings are shown."""
        return self._posting

    def show_failure(self, posting: Posting) -> None:
        """The checks could not run (a rule failed): say so rather than "no problems"."""
        self.show_findings(posting, [], 0)
        self.empty_label.setText(self.tr("The checks could not run; the log file says why."))

    def show_findings(
        self, posting: Posting | None, findings: Sequence[Finding], rules_run: int
    ) -> None:
        """Show ``findings`` of ``posting`` (None: no posting open); the finding that was
        chosen stays chosen while it is still there."""
        chosen = self.current_finding()
        self._posting = posting
        self._findings = list(findings)
        self.tree.clear()
        if posting is None:
            self.empty_label.setText(self.tr("Open a posting to check it."))
        elif not findings:
            self.empty_label.setText(
                self.tr("No problems found.") + "\n" + self.tr("%Ln rule(s) run.", "", rules_run)
            )
        self.tree.setVisible(bool(findings))
        self.empty_label.setVisible(not findings)
        keep: QTreeWidgetItem | None = None
        for severity in Severity:
            members = [(n, f) for n, f in enumerate(self._findings) if f.severity is severity]
            if not members:
                continue
            group = QTreeWidgetItem(self.tree, [self._group_label(severity, len(members))])
            group.setIcon(0, self._icon(severity))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            by_rule: dict[str, list[tuple[int, Finding]]] = {}
            for number, finding in members:
                by_rule.setdefault(finding.rule.id, []).append((number, finding))
            for same_rule in by_rule.values():
                # A rule that finds many (half-width commas in every item) gets one row
                # with a count, folded: the other findings stay in view.
                parent = group
                if len(same_rule) > FOLD_AFTER:
                    parent = self._rule_row(group, same_rule[0][1], len(same_rule))
                for number, finding in same_rule:
                    label = self._finding_label(finding, with_message=parent is group)
                    item = QTreeWidgetItem(parent, [label])
                    item.setData(0, FINDING_ROLE, number)
                    item.setToolTip(0, finding.rule.explanation.in_(interface_language()))
                    if chosen is not None and self._same(chosen, finding):
                        keep = item
            group.setExpanded(True)
        if keep is not None:
            above = keep.parent()
            if above is not None:
                above.setExpanded(True)  # a folded rule row opens for the chosen finding
            self.tree.setCurrentItem(keep)
        self._show_current()

    def _rule_row(self, group: QTreeWidgetItem, finding: Finding, count: int) -> QTreeWidgetItem:
        message = finding.rule.message.in_(interface_language())
        row = QTreeWidgetItem(group, [self.tr("{0} ({1})").format(message, count)])
        row.setFlags(Qt.ItemFlag.ItemIsEnabled)
        row.setToolTip(0, finding.rule.explanation.in_(interface_language()))
        return row

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        number = item.data(0, FINDING_ROLE) if item is not None else None
        if isinstance(number, int) and 0 <= number < len(self._findings):
            return self._findings[number]
        return None

    def item_for(self, finding: Finding) -> QTreeWidgetItem | None:
        """The row of ``finding`` in the tree (for tests and keyboard users)."""
        rows = [self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount())]
        while rows:
            item = rows.pop(0)
            if item is None:
                continue
            number = item.data(0, FINDING_ROLE)
            if isinstance(number, int) and self._findings[number] == finding:
                return item
            rows += [item.child(n) for n in range(item.childCount())]
        return None

    # -- texts ---------------------------------------------------------------------------

    def _group_label(self, severity: Severity, count: int) -> str:
        labels = {
            Severity.ERROR: self.tr("Errors ({0})"),
            Severity.WARNING: self.tr("Warnings ({0})"),
            Severity.INFO: self.tr("Information ({0})"),
        }
        return labels[severity].format(count)

    def _icon(self, severity: Severity) -> QIcon:
        pixmaps = {
            Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
            Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
            Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
        }
        return self.style().standardIcon(pixmaps[severity])

    def _finding_label(self, finding: Finding, with_message: bool = True) -> str:
        """Message over place and span; under a folded rule row, the place and span only."""
        where = place_text(self._posting, finding.place)
        if finding.span_text.strip():
            where = self.tr("{0}: {1}").format(where, quoted(finding.span_text))
        if not with_message:
            return where
        return f"{finding.rule.message.in_(interface_language())}\n{where}"

    def details_html(self, finding: Finding) -> str:
        """The chosen finding in full: message, place and span, explanation, source."""
        language = interface_language()
        parts = [f"<p><b>{html.escape(finding.rule.message.in_(language))}</b></p>"]
        where = html.escape(place_text(self._posting, finding.place))
        if finding.span_text.strip():
            where += " · " + html.escape(quoted(finding.span_text, 200))
        parts.append(f"<p>{where}</p>")
        parts.append(f"<p>{html.escape(finding.rule.explanation.in_(language))}</p>")
        if finding.rule.source is not None:
            source = self.tr("Source: {0}").format(finding.rule.source.in_(language))
            parts.append(f"<p><i>{html.escape(source)}</i></p>")
        if finding.span.suggestion:
            suggestion = self.tr("Suggestion: {0}").format(quoted(finding.span.suggestion, 200))
            parts.append(f"<p>{html.escape(suggestion)}</p>")
        rule = self.tr("Rule: {0}").format(finding.rule.id)
        parts.append(f"<p><small>{html.escape(rule)}</small></p>")
        return "".join(parts)

    # -- reactions -----------------------------------------------------------------------

    def _show_current(self) -> None:
        finding = self.current_finding()
        self.details.setHtml(self.details_html(finding) if finding is not None else "")
        self.details.setVisible(finding is not None)
        self.dismiss_button.setEnabled(finding is not None)
        self.apply_button.setEnabled(finding is not None and bool(finding.span.suggestion))

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        number = item.data(0, FINDING_ROLE)
        if isinstance(number, int) and 0 <= number < len(self._findings):
            self.finding_clicked.emit(self._findings[number])

    def _request(self, emit: Callable[[object], None]) -> None:
        finding = self.current_finding()
        if finding is not None:
            emit(finding)

    @staticmethod
    def _same(one: Finding, other: Finding) -> bool:
        return (one.key, one.place, one.span) == (other.key, other.place, other.span)
