"""The form for one posting: header fields, then its sections, all on one undo stack.

The editor owns the posting object being edited and a :class:`QUndoStack` for it; every
change, in any widget, is a command on that stack, so Ctrl+Z undoes anything. Saving is
the window's job: it asks :meth:`posting` for the object, and calls :meth:`mark_saved`
with what the library stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.checks.model import Place
from jdeditor.core.model import Posting, Section, SectionKind
from jdeditor.core.section_headings import DEFAULT_HEADINGS
from jdeditor.gui.commands.field_commands import SetFieldCommand
from jdeditor.gui.commands.item_commands import EditItemTextCommand, SectionTree
from jdeditor.gui.commands.section_commands import (
    AddSectionCommand,
    MoveSectionCommand,
    RemoveSectionCommand,
    RenameSectionCommand,
)
from jdeditor.gui.editors.header_form import HeaderForm
from jdeditor.gui.editors.section_frame import SectionFrame, section_kind_label
from jdeditor.gui.panels.import_warnings_panel import ImportWarningsPanel, WarningSource

REQUIRED_KINDS = (SectionKind.DUTIES, SectionKind.REQUIREMENTS)


def ensure_required_sections(posting: Posting) -> None:
    """Give a posting the duties and requirements sections every posting shows."""
    for position, kind in enumerate(REQUIRED_KINDS):
        if not posting.sections_of(kind):
            heading = DEFAULT_HEADINGS[posting.language][kind]
            posting.sections.insert(min(position, len(posting.sections)), Section(kind, heading))


class PostingEditor(QWidget):
    changed = Signal()  # any change to the posting, including undo and redo
    modified_changed = Signal(bool)

    def __init__(
        self, parent: QWidget | None = None, warnings: WarningSource | None = None
    ) -> None:
        """``warnings``: where the open postings' import warnings come from (the library)."""
        super().__init__(parent)
        self._posting: Posting | None = None
        self._stack: QUndoStack | None = None
        self._frames: list[SectionFrame] = []

        self.warnings_panel = ImportWarningsPanel(warnings)
        self.warnings_panel.item_requested.connect(self.select_item)
        self.header = HeaderForm()
        self._sections_box = QVBoxLayout()
        self._sections_box.setSpacing(10)
        self.add_section_button = QToolButton()
        self.add_section_button.setText(self.tr("Add section"))
        self.add_section_button.setObjectName("add_section")
        self.add_section_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_section_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.add_section_button)
        for kind in (
            SectionKind.PREFERRED,
            SectionKind.BENEFITS,
            SectionKind.ABOUT,
            SectionKind.APPLY,
            SectionKind.OTHER,
        ):
            text = (
                self.tr("Custom section") if kind is SectionKind.OTHER else section_kind_label(kind)
            )
            action = QAction(text, menu)
            action.setData(kind)
            action.triggered.connect(lambda _=False, k=kind: self.add_section(k))
            menu.addAction(action)
        self.add_section_button.setMenu(menu)

        content = QWidget()
        content.setObjectName("EditorContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(12, 12, 12, 12)
        inner.setSpacing(12)
        inner.addWidget(self.header)
        inner.addLayout(self._sections_box)
        inner.addWidget(self.add_section_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self._scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # Above the scrolling form: the warnings stay in view while their items are fixed.
        # (A box whose only widget is hidden takes no room, margins included.)
        panel_box = QVBoxLayout()
        panel_box.setContentsMargins(12, 10, 12, 0)
        panel_box.addWidget(self.warnings_panel)
        layout.addLayout(panel_box)
        layout.addWidget(scroll)

    # -- the posting being edited ------------------------------------------------------

    def posting(self) -> Posting | None:
        return self._posting

    def undo_stack(self) -> QUndoStack | None:
        return self._stack

    def is_modified(self) -> bool:
        return self._stack is not None and not self._stack.isClean()

    def set_posting(self, posting: Posting | None, stack: QUndoStack | None = None) -> None:
        """Edit ``posting`` (or nothing) with a fresh undo stack (or the one given)."""
        if self._stack is not None:
            self._stack.cleanChanged.disconnect(self._on_clean_changed)
            self._stack.indexChanged.disconnect(self._on_index_changed)
        self._posting = posting
        if posting is not None:
            ensure_required_sections(posting)
            self._stack = stack if stack is not None else QUndoStack(self)
            self._stack.cleanChanged.connect(self._on_clean_changed)
            self._stack.indexChanged.connect(self._on_index_changed)
        else:
            self._stack = None
        self.header.set_posting(posting, self._stack)
        self._rebuild_sections()
        self.warnings_panel.show_posting(posting)
        self.modified_changed.emit(self.is_modified())
        self.changed.emit()

    def mark_saved(self, stored: Posting) -> None:
        """Adopt the id, version and timestamps the library gave the saved posting."""
        if self._posting is None or self._stack is None:
            return
        self._posting.id = stored.id
        self._posting.version = stored.version
        self._posting.created_at = stored.created_at
        self._posting.updated_at = stored.updated_at
        self._stack.setClean()

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    def _on_index_changed(self, _index: int) -> None:
        self.changed.emit()

    # -- sections ----------------------------------------------------------------------

    def section_frames(self) -> list[SectionFrame]:
        return list(self._frames)

    def _rebuild_sections(self) -> None:
        for frame in self._frames:
            self._sections_box.removeWidget(frame)
            frame.deleteLater()
        self._frames = []
        posting, stack = self._posting, self._stack
        self.add_section_button.setEnabled(posting is not None)
        if posting is None or stack is None:
            return
        first_of_kind: set[int] = set()
        for kind in REQUIRED_KINDS:
            sections = posting.sections_of(kind)
            if sections:
                first_of_kind.add(id(sections[0]))
        for position, section in enumerate(posting.sections):
            frame = SectionFrame(
                position, section, stack, removable=id(section) not in first_of_kind
            )
            frame.set_move_enabled(position > 0, position < len(posting.sections) - 1)
            frame.rename_requested.connect(self._rename_section)
            frame.move_requested.connect(self._move_section)
            frame.remove_requested.connect(self._remove_section)
            self._sections_box.addWidget(frame)
            self._frames.append(frame)

    def add_section(self, kind: SectionKind) -> None:
        if self._posting is None or self._stack is None:
            return
        heading = DEFAULT_HEADINGS[self._posting.language][kind]
        if kind is SectionKind.OTHER:
            heading = ""
        position = len(self._posting.sections)
        self._stack.push(
            AddSectionCommand(self._posting, position, Section(kind, heading), self._refresh)
        )
        frame = self._frames[position]
        frame.heading_edit.setFocus()
        self._scroll.ensureWidgetVisible(frame)

    def _rename_section(self, position: int, heading: str, kind: SectionKind) -> None:
        if self._posting is None or self._stack is None:
            return
        self._stack.push(
            RenameSectionCommand(self._posting, position, heading, kind, self._refresh_frame)
        )

    def _move_section(self, position: int, offset: int) -> None:
        if self._posting is None or self._stack is None:
            return
        target = position + offset
        if 0 <= target < len(self._posting.sections):
            self._stack.push(MoveSectionCommand(self._posting, position, target, self._refresh))

    def _remove_section(self, position: int) -> None:
        if self._posting is None or self._stack is None:
            return
        self._stack.push(RemoveSectionCommand(self._posting, position, self._refresh))

    def select_item(self, section_position: int, path: tuple[int, ...]) -> None:
        """Make an item current in its section's list and scroll the form to it."""
        if not 0 <= section_position < len(self._frames):
            return
        view = self._frames[section_position].editor.view()
        model = self._frames[section_position].editor.model()
        index = model.index_for_path(path)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        rect = view.visualRect(index)
        content = self._scroll.widget()
        if content is None:
            return
        top = view.viewport().mapTo(content, rect.topLeft())
        self._scroll.ensureVisible(top.x(), top.y() + rect.height() // 2, 0, rect.height())

    # -- places in the posting (where a check finding points) ------------------------------

    def reveal(self, place: Place, start: int = 0, end: int = 0, text: str = "") -> None:
        """Select the item, heading or field at ``place`` with ``[start:end]`` of its text
        highlighted, and scroll the form to it; ``text`` finds a tag among the tags."""
        header = self.header
        if place.field == "summary":
            summary = header.summary_edit
            cursor, length = summary.textCursor(), len(summary.toPlainText())
            cursor.setPosition(min(start, length))
            cursor.setPosition(min(end, length), cursor.MoveMode.KeepAnchor)
            summary.setTextCursor(cursor)
            self._focus(summary)
        elif place.field:
            lines = {
                "title": header.title_edit,
                "department": header.department_combo.lineEdit(),
                "location": header.location_combo.lineEdit(),
                "reports_to": header.reports_to_edit,
                "tag": header.tags_edit,
            }
            line = lines.get(place.field)
            if line is not None:
                offset = max(0, line.text().find(text)) if place.field == "tag" else 0
                self._focus(line)
                line.setSelection(offset + start, end - start)
        elif place.section is not None and 0 <= place.section < len(self._frames):
            frame = self._frames[place.section]
            if place.item:
                self.select_item(place.section, place.item)
                frame.editor.select_text(place.item, start, end)
            else:
                self._focus(frame.heading_edit)
                frame.heading_edit.setSelection(start, end - start)
        else:
            self._scroll.ensureVisible(0, 0)

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll.ensureWidgetVisible(widget)

    def replace_text(self, place: Place, old: str, start: int, end: int, new: str) -> bool:
        """Put ``new`` in place of ``old[start:end]``, ``old`` being the text at ``place``,
        as one undo step (the edit typing makes); False if that text is there no more."""
        if self._posting is None or self._stack is None:
            return False
        command = self._text_command(self._posting, place, old, old[:start] + new + old[end:])
        if command is None:
            return False
        self._stack.beginMacro(self.tr("Apply suggestion"))  # never merges with typing
        self._stack.push(command)
        self._stack.endMacro()
        return True

    def _text_command(
        self, posting: Posting, place: Place, old: str, new: str
    ) -> QUndoCommand | None:
        refresh = self.header.refresh_field
        if place.field == "tag" and old in posting.tags:
            tags = [new if tag == old else tag for tag in posting.tags]
            return SetFieldCommand(posting, "tags", tags, refresh)
        if place.field and place.field != "tag" and getattr(posting, place.field, None) == old:
            return SetFieldCommand(posting, place.field, new, refresh)
        if place.section is None or not 0 <= place.section < len(posting.sections):
            return None
        section = posting.sections[place.section]
        if not place.item:
            if section.heading != old:
                return None
            position, kind = place.section, section.kind
            return RenameSectionCommand(posting, position, new, kind, self._refresh_frame)
        try:
            current = SectionTree(section).node(place.item).text
        except IndexError:
            return None
        if current != old or self._stack is None:
            return None
        return EditItemTextCommand(self._stack, section, place.item, old, new)

    def _refresh(self) -> None:
        self._rebuild_sections()
        self.changed.emit()

    def _refresh_frame(self, position: int) -> None:
        if self._posting is not None and 0 <= position < len(self._frames):
            self._frames[position].show_section(self._posting.sections[position])
        self.changed.emit()
