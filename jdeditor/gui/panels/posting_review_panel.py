"""The right side of the import review: the chosen posting's source text, marked line by
line, its sections (heading and kind, which the user may change) and its warnings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.model import SectionKind
from jdeditor.core.structure.line_roles import LineRole
from jdeditor.gui.editors.section_frame import section_kind_label
from jdeditor.gui.panels.line_roles_style import (
    BANDS,
    MARK_COLOURS,
    MARKS,
    SHOWN_ROLES,
    TINTS,
    role_name,
)
from jdeditor.gui.panels.source_view import SourceView
from jdeditor.gui.warning_text import warning_text

if TYPE_CHECKING:
    from jdeditor.import_plan import PlannedPosting


class PostingReviewPanel(QWidget):
    kind_changed = Signal(int, object)  # section position, SectionKind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.where_label = QLabel()
        self.where_label.setObjectName("review_where")
        self.where_label.setWordWrap(True)
        self.source_view = SourceView()
        self.sections = QTableWidget(0, 3)
        self.sections.setObjectName("review_sections")
        self.sections.setHorizontalHeaderLabels(
            [self.tr("Section heading"), self.tr("Kind"), self.tr("Items")]
        )
        header = self.sections.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        widest = max(
            self.fontMetrics().horizontalAdvance(section_kind_label(k)) for k in SectionKind
        )
        header.resizeSection(1, widest + 48)  # the longest kind name and the arrow
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.sections.verticalHeader().hide()
        self.sections.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.warnings = QListWidget()
        self.warnings.setObjectName("review_warnings")
        self.warnings.setWordWrap(True)

        details = QWidget()
        details_layout = QHBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(self._titled(self.tr("Sections"), self.sections), 3)
        details_layout.addLayout(self._titled(self.tr("Warnings"), self.warnings), 2)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.where_label)
        top_layout.addWidget(self.source_view, 1)
        top_layout.addWidget(self._legend())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._item: PlannedPosting | None = None

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QVBoxLayout:
        layout = QVBoxLayout()
        label = QLabel(f"<b>{title}</b>")
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return layout

    def _legend(self) -> QWidget:
        legend = QWidget()
        legend.setObjectName("review_legend")
        layout = QHBoxLayout(legend)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(QLabel(self.tr("Each line became:")))
        for role in SHOWN_ROLES:
            mark = QLabel(MARKS[role])
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            mark.setFixedWidth(self.fontMetrics().height() + 2)
            mark.setStyleSheet(
                f"background: {BANDS[role].name()}; color: {MARK_COLOURS[role].name()};"
            )
            name = QLabel(role_name(role))
            name.setStyleSheet(
                f"background: {TINTS[role].name()}; color: #1a1a1a; padding: 0 4px;"
                + (" border: 1px solid #c5ccd3;" if role.value == "item" else "")
            )
            layout.addWidget(mark)
            layout.addWidget(name)
            layout.addSpacing(6)
        layout.addStretch(1)
        return legend

    def show_item(self, item: PlannedPosting | None, roles: dict[int, LineRole]) -> None:
        """Show a planned posting (``roles``: what each of its lines became)."""
        if item is self._item and item is not None:
            return  # the same posting: its sections' kind boxes stay as the user set them
        self._item = item
        if item is None:
            self.where_label.clear()
            self.source_view.set_source(None)
            self.sections.setRowCount(0)
            self.warnings.clear()
            return
        self.where_label.setText(self._where(item))
        around = None
        if item.source_line is not None and item.last_line is not None:
            around = (item.source_line, item.last_line)
        self.source_view.set_source(item.file, around)
        self.source_view.show_posting(item.source_line, item.last_line, roles)
        self._fill_sections(item)
        self.warnings.clear()
        for warning in item.warnings:
            self.warnings.addItem(warning_text(warning))
        if not item.warnings:
            self.warnings.addItem(self.tr("No warnings."))

    def _where(self, item: PlannedPosting) -> str:
        source = item.file
        name = item.source.name
        if source is None or not source.lines:
            return self.tr("{0}: a JD Editor file; it has no source text to show.").format(name)
        if item.source_line is None or item.last_line is None:
            return name
        where = self.tr("{0}, lines {1}–{2}").format(name, item.source_line, item.last_line)
        if source.encoding:
            where += " · " + source.encoding
        if source.options.separator:
            where += " · " + self.tr("separator {0}").format(source.options.separator)
        return where

    def _fill_sections(self, item: PlannedPosting) -> None:
        sections = item.posting.sections
        for row in range(self.sections.rowCount()):
            old = self.sections.cellWidget(row, 1)
            if old is not None:  # deleted later: out of sight now
                old.hide()
                self.sections.removeCellWidget(row, 1)
        self.sections.setRowCount(0)
        self.sections.setRowCount(len(sections))
        for row, section in enumerate(sections):
            heading = QTableWidgetItem(section.heading or section_kind_label(section.kind))
            self.sections.setItem(row, 0, heading)
            combo = QComboBox()
            combo.setObjectName(f"section_kind_{row}")
            for kind in SectionKind:
                combo.addItem(section_kind_label(kind), kind.value)
            combo.setCurrentIndex(list(SectionKind).index(section.kind))
            combo.currentIndexChanged.connect(
                lambda index, row=row: self.kind_changed.emit(row, list(SectionKind)[index])
            )
            self.sections.setCellWidget(row, 1, combo)
            count = QTableWidgetItem(str(section.count_items()))
            count.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.sections.setItem(row, 2, count)
        if not sections:
            self.sections.setRowCount(1)
            self.sections.setItem(0, 0, QTableWidgetItem(self.tr("No sections were found.")))
