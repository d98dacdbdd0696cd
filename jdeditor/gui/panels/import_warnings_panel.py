"""The import warnings of the open posting, at the top of the form, until they are dismissed.

The importer's warnings (a numbering gap, scraping debris, a repeated item…) are kept
with each imported posting. This panel shows the open ones in the interface's language,
each with its source line and a Dismiss button, and Dismiss All; a warning about an item
is a link that selects that item in the form. Dismissing goes to the library at once
(it is not an edit of the posting, so it is not on the undo stack), and the panel hides
when none are left.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.posting_warnings import PostingWarning, locate_item
from jdeditor.errors import NotFoundError, UserFacingError
from jdeditor.gui.error_text import error_text
from jdeditor.gui.warning_text import warning_text

if TYPE_CHECKING:
    from jdeditor.core.model import Posting

MAX_SHOWN = 4  # more are behind "Show all", so that the form keeps its room

STYLE = """
#import_warnings { background: #fff8e1; border: 1px solid #f0c36d; border-radius: 4px; }
#import_warnings QLabel { color: #3e2f00; background: transparent; }
"""


class WarningSource(Protocol):
    """Where the warnings come from and go when dismissed: the library service."""

    def import_warnings(self, posting_id: int) -> list[PostingWarning]: ...

    def dismiss_import_warning(self, warning_id: int) -> None: ...

    def dismiss_import_warnings(self, posting_id: int) -> int: ...


def names_item(warning: PostingWarning) -> bool:
    return warning.item_text is not None or "item" in dict(warning.values)


class ImportWarningsPanel(QFrame):
    item_requested = Signal(int, object)  # section position, item path (a tuple of rows)
    dismissed = Signal()  # one or all warnings were dismissed

    def __init__(self, source: WarningSource | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_warnings")
        self.setStyleSheet(STYLE)
        self._source = source
        self._posting: Posting | None = None
        self._warnings: list[PostingWarning] = []
        self._show_all = False

        self.title_label = QLabel()
        self.title_label.setObjectName("import_warnings_title")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)  # a long file name must not widen the form
        self.title_label.setToolTip(
            self.tr(
                "What the importer noticed when it read the file. Check each one in the "
                "form, then dismiss it."
            )
        )
        self.show_all_button = QToolButton()
        self.show_all_button.setObjectName("show_all_import_warnings")
        self.show_all_button.setAutoRaise(True)
        self.show_all_button.clicked.connect(self._toggle_show_all)
        self.dismiss_all_button = QPushButton(self.tr("Dismiss all"))
        self.dismiss_all_button.setObjectName("dismiss_all_import_warnings")
        self.dismiss_all_button.clicked.connect(self.dismiss_all)
        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.show_all_button)
        header.addWidget(self.dismiss_all_button)

        self._rows = QVBoxLayout()
        self._rows.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(self._rows)
        self.hide()

    def set_source(self, source: WarningSource | None) -> None:
        self._source = source

    def warnings(self) -> list[PostingWarning]:
        """The open warnings shown (or behind "Show all")."""
        return list(self._warnings)

    def show_posting(self, posting: Posting | None) -> None:
        """Show the open warnings of ``posting`` (the object the form edits), or hide."""
        if posting is not self._posting:
            self._show_all = False
        self._posting = posting
        self.reload()

    def reload(self) -> None:
        posting_id = self._posting.id if self._posting is not None else None
        if self._source is None or posting_id is None:
            self._warnings = []
        else:
            self._warnings = self._source.import_warnings(posting_id)
        self._rebuild()

    # -- dismissing ------------------------------------------------------------------------

    def dismiss(self, warning_id: int) -> None:
        if self._source is not None:
            self._change(lambda source: source.dismiss_import_warning(warning_id))

    def dismiss_all(self) -> None:
        posting_id = self._posting.id if self._posting is not None else None
        if self._source is not None and posting_id is not None:
            self._change(lambda source: source.dismiss_import_warnings(posting_id))

    def _change(self, action: Callable[[WarningSource], object]) -> None:
        assert self._source is not None
        try:
            action(self._source)
        except NotFoundError:
            pass  # already gone (the posting was purged elsewhere): show what is left
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Cannot dismiss the warning"), error_text(error))
            return
        self.reload()
        self.dismissed.emit()

    # -- showing ---------------------------------------------------------------------------

    def _rebuild(self) -> None:
        while self._rows.count():
            taken = self._rows.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        count = len(self._warnings)
        self.setVisible(count > 0)
        if not count:
            return
        source_name = self._warnings[0].source_name
        if source_name:
            title = self.tr("%Ln import warning(s) from {0}", "", count).format(source_name)
        else:
            title = self.tr("%Ln import warning(s)", "", count)
        self.title_label.setText(title)
        hidden = max(0, count - MAX_SHOWN)
        self.show_all_button.setVisible(hidden > 0)
        self.show_all_button.setText(
            self.tr("Show fewer") if self._show_all else self.tr("Show %Ln more", "", hidden)
        )
        shown = self._warnings if self._show_all else self._warnings[:MAX_SHOWN]
        for warning in shown:
            row = self._row(warning)
            self._rows.addWidget(row)
            row.show()  # now, not when the event loop next runs (as a layout would)

    def _row(self, warning: PostingWarning) -> QWidget:
        row = QWidget()
        row.setObjectName("import_warning_row")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        text = html.escape(warning_text(warning))
        label = QLabel()
        label.setObjectName("import_warning_text")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        if names_item(warning):
            label.setText(f'<a href="{warning.id}">{text}</a>')
            label.setToolTip(self.tr("Select this item in the form"))
            label.linkActivated.connect(lambda _link, w=warning: self.select_item(w))
        else:
            label.setText(text)
        dismiss = QToolButton()
        dismiss.setObjectName("dismiss_import_warning")
        dismiss.setText(self.tr("Dismiss"))
        dismiss.setToolTip(self.tr("You have checked it: do not show this warning again"))
        dismiss.setAutoRaise(True)
        dismiss.clicked.connect(lambda _=False, w=warning.id: self.dismiss(w or 0))
        layout.addWidget(label, 1)
        layout.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _toggle_show_all(self) -> None:
        self._show_all = not self._show_all
        self._rebuild()

    def select_item(self, warning: PostingWarning) -> bool:
        """Ask the form to select the item ``warning`` names; False if it is gone."""
        found = locate_item(self._posting, warning) if self._posting is not None else None
        if found is None:
            QToolTip.showText(
                QCursor.pos(), self.tr("That item is no longer in the posting."), self
            )
            return False
        self.item_requested.emit(*found)
        return True
