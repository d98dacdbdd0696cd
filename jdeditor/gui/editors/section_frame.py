"""One section in the posting form: its heading, kind and tools, above its item editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.model import Section, SectionKind
from jdeditor.gui.editors.section_editor import SectionEditorWidget


def section_kind_label(kind: SectionKind) -> str:
    labels = {
        SectionKind.DUTIES: QCoreApplication.translate("SectionKind", "Duties"),
        SectionKind.REQUIREMENTS: QCoreApplication.translate("SectionKind", "Requirements"),
        SectionKind.PREFERRED: QCoreApplication.translate("SectionKind", "Preferred"),
        SectionKind.BENEFITS: QCoreApplication.translate("SectionKind", "Benefits"),
        SectionKind.ABOUT: QCoreApplication.translate("SectionKind", "About the company"),
        SectionKind.APPLY: QCoreApplication.translate("SectionKind", "How to apply"),
        SectionKind.OTHER: QCoreApplication.translate("SectionKind", "Other"),
    }
    return labels[kind]


class SectionFrame(QFrame):
    """Heading and kind fields, move/remove buttons, and the section's item editor."""

    rename_requested = Signal(int, str, object)  # position, heading, SectionKind
    move_requested = Signal(int, int)  # position, offset (-1 up, +1 down)
    remove_requested = Signal(int)
    changed = Signal()

    def __init__(
        self,
        position: int,
        section: Section,
        stack: QUndoStack,
        removable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.position = position
        self.setObjectName("SectionFrame")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)

        header = QHBoxLayout()
        self.heading_edit = QLineEdit()
        self.heading_edit.setObjectName("section_heading")
        self.heading_edit.setPlaceholderText(self.tr("Section heading"))
        font = self.heading_edit.font()
        font.setBold(True)
        self.heading_edit.setFont(font)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("section_kind")
        self.kind_combo.setToolTip(self.tr("What this section holds (used by exports)"))
        for kind in SectionKind:
            self.kind_combo.addItem(section_kind_label(kind), kind)
        header.addWidget(self.heading_edit, 1)
        header.addWidget(self.kind_combo)
        style = self.style()
        self.up_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), self.tr("Move section up")
        )
        self.down_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), self.tr("Move section down")
        )
        self.remove_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton),
            self.tr("Remove section"),
        )
        self.remove_button.setEnabled(removable)
        for button in (self.up_button, self.down_button, self.remove_button):
            header.addWidget(button)
        layout.addLayout(header)

        self.editor = SectionEditorWidget(section, stack, self)
        layout.addWidget(self.editor)
        view = self.editor.view()
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Row heights depend on the width (text wraps): fit again whenever it changes.
        self._last_width = -1
        view.viewport().installEventFilter(self)
        self._fit_to_contents()
        self.show_section(section)

        self.heading_edit.textEdited.connect(self._emit_rename)
        self.kind_combo.currentIndexChanged.connect(lambda _: self._emit_rename())
        self.up_button.clicked.connect(lambda: self.move_requested.emit(self.position, -1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(self.position, 1))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.position))
        self.editor.changed.connect(self._on_items_changed)

    def _tool(self, icon: object, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)  # type: ignore[arg-type]
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def _emit_rename(self) -> None:
        self.rename_requested.emit(
            self.position, self.heading_edit.text(), SectionKind(self.kind_combo.currentData())
        )

    def _on_items_changed(self) -> None:
        self._fit_to_contents()
        self.changed.emit()

    def show_section(self, section: Section) -> None:
        """Show the heading and kind of the section (after undo or redo)."""
        if self.heading_edit.text() != section.heading:
            with QSignalBlocker(self.heading_edit):
                self.heading_edit.setText(section.heading)
        with QSignalBlocker(self.kind_combo):
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(section.kind)))

    def set_move_enabled(self, up: bool, down: bool) -> None:
        self.up_button.setEnabled(up)
        self.down_button.setEnabled(down)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.editor.view().viewport():
            width = self.editor.view().viewport().width()
            if width != self._last_width:
                self._last_width = width
                QTimer.singleShot(0, self, self._fit_to_contents)  # not after self is gone
        return super().eventFilter(watched, event)

    def _fit_to_contents(self) -> None:
        """Grow the item view to show every row: the form scrolls, not each list."""
        view = self.editor.view()
        model = view.model()
        height = 0
        if model is not None:
            index = model.index(0, 0)
            while index.isValid():
                height += max(view.sizeHintForIndex(index).height(), view.rowHeight(index))
                index = view.indexBelow(index)
        minimum = view.fontMetrics().lineSpacing() * 2 + 12
        view.setFixedHeight(max(minimum, height + 2 * view.frameWidth() + 6))
