"""What to do when someone else saved the posting first: keep mine, take theirs, or merge.

Shown when a save meets a newer version in the library; nothing has been overwritten at
that point. The dialog says when they saved (and their note), shows their changes and
mine, each against the revision I opened (the compare view's HTML, ``panels/diff_html``),
and, for a merge, the choices the merge cannot make itself (``core/diff/merge``), each
answered "mine" until the user picks "theirs".
"""

from __future__ import annotations

import enum
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.checks.registry import rule_by_id
from jdeditor.core.diff import compare_postings, summary
from jdeditor.core.diff.merge import MergeConflict, MergeResult, Side, merge_postings
from jdeditor.core.listing import RevisionInfo
from jdeditor.core.model import Posting, SectionKind
from jdeditor.gui.editors.section_frame import section_kind_label
from jdeditor.gui.panels.checks_panel import interface_language
from jdeditor.gui.panels.diff_html import (
    MUTED,
    DiffSides,
    _field_name,
    _value_text,
    diff_html,
)
from jdeditor.gui.panels.history_panel import local_time, note_text


class ConflictChoice(enum.Enum):
    KEEP_MINE = "mine"
    TAKE_THEIRS = "theirs"
    MERGE = "merge"
    CANCEL = "cancel"


class SaveConflictDialog(QDialog):
    def __init__(
        self,
        base: Posting,
        mine: Posting,
        theirs: Posting,
        their_revision: RevisionInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("save_conflict_dialog")
        self.setWindowTitle(self.tr("Someone else saved this posting"))
        self._base, self._mine, self._theirs = base, mine, theirs
        self._choice = ConflictChoice.CANCEL
        self._groups: dict[str, QButtonGroup] = {}
        self._label_buttons: dict[QObject, QRadioButton] = {}
        language = "zh" if interface_language().startswith("zh") else "en"
        self._language = language

        title = mine.title or theirs.title
        headline = QLabel(
            self.tr(
                "“{0}” was saved by someone else while you were editing it. "
                "Nothing has been overwritten."
            ).format(title)
        )
        headline.setObjectName("conflict_headline")
        headline.setWordWrap(True)
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        self.when_label = QLabel(self._when_text(their_revision))
        self.when_label.setObjectName("conflict_when")
        self.when_label.setWordWrap(True)

        opened = self.tr("What you opened (revision {0})").format(base.version)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("conflict_tabs")
        their_diff = compare_postings(base, theirs)
        my_diff = compare_postings(base, mine)
        self.their_view = self._diff_page(
            summary(their_diff, language),
            diff_html(
                their_diff,
                DiffSides(opened, self.tr("Theirs (revision {0})").format(theirs.version)),
            ),
        )
        self.my_view = self._diff_page(
            summary(my_diff, language),
            diff_html(my_diff, DiffSides(opened, self.tr("Yours (not saved)"))),
        )
        self.tabs.addTab(self.their_view, self.tr("Their changes"))
        self.tabs.addTab(self.my_view, self.tr("Your changes"))
        self.tabs.addTab(self._merge_page(), self.tr("Merge"))

        buttons = QDialogButtonBox()
        self.keep_button = self._button(
            buttons, self.tr("&Keep Mine"), ConflictChoice.KEEP_MINE, "keep_mine"
        )
        self.keep_button.setToolTip(
            self.tr("Save your version on top of theirs; theirs stays in the history.")
        )
        self.theirs_button = self._button(
            buttons, self.tr("&Take Theirs…"), ConflictChoice.TAKE_THEIRS, "take_theirs"
        )
        self.theirs_button.setToolTip(
            self.tr("Load their version; your edits stay one Undo (Ctrl+Z) away.")
        )
        self.merge_button = self._button(buttons, self.tr("&Merge"), ConflictChoice.MERGE, "merge")
        self.merge_button.setToolTip(
            self.tr("Put both sets of changes in the form, to review and then save.")
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        for button in (self.keep_button, self.theirs_button):
            button.setAutoDefault(False)
        self.merge_button.setDefault(True)  # Enter merges: it overwrites nothing

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(self.when_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(980, 640)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.merge_button.setFocus()

    def _when_text(self, revision: RevisionInfo | None) -> str:
        if revision is None:
            return self.tr("Their version is revision {0}.").format(self._theirs.version)
        text = self.tr("They saved revision {0} at {1}.").format(
            revision.version, local_time(revision.created_at)
        )
        if revision.note:
            text += " " + self.tr("Their note: “{0}”.").format(note_text(revision.note))
        return text

    def _button(
        self, box: QDialogButtonBox, text: str, choice: ConflictChoice, name: str
    ) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setObjectName(f"conflict_{name}")
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: ConflictChoice) -> None:
        self._choice = choice
        self.accept()

    def _diff_page(self, summary_text: str, html: str) -> QWidget:
        page = QWidget()
        label = QLabel(summary_text)
        label.setWordWrap(True)
        browser = QTextBrowser()
        browser.setOpenLinks(False)
        browser.setHtml(html)
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        layout.addWidget(browser, 1)
        page.setProperty("browser", browser)
        return page

    # -- the merge -----------------------------------------------------------------------

    def _merge_page(self) -> QWidget:
        conflicts = merge_postings(self._base, self._mine, self._theirs).conflicts
        page = QWidget()
        page.setObjectName("conflict_merge_page")
        layout = QVBoxLayout(page)
        if not conflicts:
            intro = self.tr(
                "Your changes and theirs do not overlap: Merge puts both in the form, "
                "for you to review and save."
            )
        else:
            intro = self.tr(
                "Changes that do not overlap are merged for you. Where you both changed "
                "the same thing, choose which one to keep:"
            )
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        if not conflicts:
            layout.addStretch(1)
            return page
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setVerticalSpacing(10)
        # what | ◉ | yours | ◉ | theirs: the texts wrap, the radio buttons stay narrow.
        for column, stretch in ((0, 2), (2, 3), (4, 3)):
            grid.setColumnStretch(column, stretch)
        for column, text in ((2, self.tr("Yours")), (4, self.tr("Theirs"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column - 1, 1, 2)
        for row, conflict in enumerate(conflicts, start=1):
            was = self.tr("before: {0}").format(self._value(conflict, conflict.base))
            what = self._wrapping(
                f'{escape(self._what(conflict))}<br><span style="color:{MUTED}">'
                f"{escape(was)}</span>"
            )
            what.setObjectName(f"what_{conflict.key}")
            grid.addWidget(what, row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(grid_widget)
            for column, side in ((1, Side.MINE), (3, Side.THEIRS)):
                value = self._value(
                    conflict, conflict.mine if side is Side.MINE else conflict.theirs
                )
                button = QRadioButton()
                button.setObjectName(f"pick_{side.value}_{conflict.key}")
                button.setAccessibleName(value)
                button.setChecked(side is Side.MINE)
                label = self._wrapping(value, Qt.TextFormat.PlainText)
                label.setObjectName(f"text_{side.value}_{conflict.key}")
                label.installEventFilter(self)
                self._label_buttons[label] = button
                group.addButton(button, 2 if side is Side.THEIRS else 1)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(label, row, column + 1, Qt.AlignmentFlag.AlignTop)
            self._groups[conflict.key] = group
        grid.setRowStretch(len(conflicts) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(grid_widget)
        layout.addWidget(scroll, 1)
        return page

    @staticmethod
    def _wrapping(text: str, text_format: Qt.TextFormat = Qt.TextFormat.RichText) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(text_format)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click on a choice's text picks it, as on the radio button's own text."""
        button = self._label_buttons.get(watched)
        if button is not None and event.type() == QEvent.Type.MouseButtonRelease:
            button.click()
            return True
        return super().eventFilter(watched, event)

    def _what(self, conflict: MergeConflict) -> str:
        if conflict.is_dismissal:
            return self.tr("Dismissed check “{0}”").format(self._rule_name(conflict.section))
        if conflict.is_section:
            return self.tr("Heading of the section “{0}”").format(
                self._section_name(conflict.section)
            )
        if not conflict.is_item:
            return _field_name(conflict.field)
        return self.tr("Item in “{0}”").format(self._section_name(conflict.section))

    @staticmethod
    def _section_name(name: str) -> str:
        try:
            return section_kind_label(SectionKind(name))
        except ValueError:
            return name

    def _rule_name(self, rule_id: str) -> str:
        try:
            return rule_by_id(rule_id).message.in_(self._language)
        except KeyError:
            return rule_id

    def _value(self, conflict: MergeConflict, value: object) -> str:
        if conflict.is_dismissal:
            if value is None:
                return self.tr("(not dismissed)")
            return str(value) or self.tr("(dismissed, no reason given)")
        if conflict.is_section:
            if value is None:
                return self.tr("(section removed)")
            return self._section_name(str(value))
        if conflict.is_item:
            return self.tr("(removed)") if value is None else str(value)
        return _value_text(value)

    def picks(self) -> dict[str, Side]:
        """The side chosen for each conflict, by key."""
        return {
            key: Side.THEIRS if group.checkedId() == 2 else Side.MINE
            for key, group in self._groups.items()
        }

    def merged(self) -> MergeResult:
        return merge_postings(self._base, self._mine, self._theirs, self.picks())

    def choice(self) -> ConflictChoice:
        return self._choice
