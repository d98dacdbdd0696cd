"""Tools › Templates…: the Word templates, each with its first page filled in, and Add…,
Remove and the template guide.

The first pages are drawn off the GUI thread (``template_page_image``), one task per
template; until one arrives its place says it is being drawn.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.model import Language, Posting
from jdeditor.errors import UserFacingError
from jdeditor.gui.dialogs.template_guide_dialog import TemplateGuideDialog
from jdeditor.gui.template_page_image import page_image
from jdeditor.gui.workers import Task, start_task
from jdeditor.service.templates import (
    TemplateCheckProblem,
    TemplateEntry,
    add_template_file,
    check_template_file,
    remove_template,
    sample_language,
    sample_posting,
    template_entries,
    template_named,
)

THUMBNAIL = QSize(120, 170)  # an A4 page, small
PREVIEW_WIDTH = 440
_NAME_ROLE = Qt.ItemDataRole.UserRole


class TemplateManagerDialog(QDialog):
    def __init__(self, posting: Posting | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_manager_dialog")
        self.setWindowTitle(self.tr("Templates"))
        self._posting = posting
        self._entries: dict[str, TemplateEntry] = {}
        self._pages: dict[str, tuple[QImage, bool]] = {}
        self._tasks: list[Task] = []
        self.guide: TemplateGuideDialog | None = None

        self.list = QListWidget()
        self.list.setObjectName("template_list")
        self.list.setIconSize(THUMBNAIL)
        self.list.setSpacing(4)
        self.list.setMinimumWidth(330)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.preview = QLabel()
        self.preview.setObjectName("template_page")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * 1.414))
        self.preview.setStyleSheet("background: #e8e8e8; border: 1px solid #b0b0b0;")
        self.caption = QLabel()
        self.caption.setObjectName("template_caption")
        self.caption.setWordWrap(True)
        self.caption.setMaximumWidth(PREVIEW_WIDTH)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("add_template")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("remove_template")
        self.remove_button.clicked.connect(self.remove)
        self.guide_button = QPushButton(self.tr("Template &Guide"))
        self.guide_button.setObjectName("template_guide")
        self.guide_button.clicked.connect(self.open_guide)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(self.preview)
        side.addSpacing(6)
        side.addWidget(self.caption)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        actions = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.guide_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addLayout(actions)
        self.refresh()

    # -- listing and drawing -------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """List the templates again, drawing the first page of those not drawn yet."""
        current = select or self.current_name()
        self.list.clear()
        self._entries = {entry.name: entry for entry in template_entries()}
        for entry in self._entries.values():
            item = QListWidgetItem(self._describe(entry))
            item.setData(_NAME_ROLE, entry.name)
            item.setIcon(QIcon(self._placeholder()))
            self.list.addItem(item)
            if entry.name in self._pages:
                self._set_icon(item, self._pages[entry.name][0])
            else:
                self._draw(entry)
        names = list(self._entries)
        self.list.setCurrentRow(names.index(current) if current in names else 0)

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(_NAME_ROLE)) if item is not None else None

    def page_ready(self, name: str) -> bool:
        return name in self._pages

    def _describe(self, entry: TemplateEntry) -> str:
        languages = {
            Language.ZH: self.tr("Chinese"),
            Language.EN: self.tr("English"),
            None: self.tr("Any language"),
        }
        kind = self.tr("Bundled") if entry.bundled else self.tr("Your own")
        return f"{entry.name}\n{languages[entry.language]} · {kind}"

    def _posting_for(self, entry: TemplateEntry) -> Posting:
        if self._posting is not None:
            return self._posting
        interface = Language.ZH if QLocale().name().startswith("zh") else Language.EN
        return sample_posting(sample_language(entry, interface))

    def _draw(self, entry: TemplateEntry) -> None:
        posting = self._posting_for(entry)
        name = entry.name
        task = start_task(
            lambda: page_image(entry, posting),
            lambda result: self._on_drawn(name, result),
            lambda error: self._on_failed(name, error),
        )
        self._tasks.append(task)

    def _on_drawn(self, name: str, result: tuple[QImage, bool]) -> None:
        self._pages[name] = result
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_NAME_ROLE) == name:
                self._set_icon(item, result[0])
        if self.current_name() == name:
            self._show_current()

    def _on_failed(self, name: str, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            raise error  # a bug: the global hook reports it
        self._pages[name] = (QImage(), False)
        if self.current_name() == name:
            self.preview.setText(self.tr("The first page cannot be drawn:\n{0}").format(error))

    def _set_icon(self, item: QListWidgetItem, image: QImage) -> None:
        if image.isNull():
            return
        pixmap = QPixmap.fromImage(
            image.scaled(
                THUMBNAIL,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        painter = QPainter(pixmap)  # the page's edge, so a white page shows on a white list
        painter.setPen(QColor("#a0a0a0"))
        painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
        painter.end()
        item.setIcon(QIcon(pixmap))

    def _placeholder(self) -> QPixmap:
        """A blank page saying that it is being drawn."""
        pixmap = QPixmap(THUMBNAIL)
        pixmap.fill(QColor("#f4f4f4"))
        painter = QPainter(pixmap)
        painter.setPen(QColor("#707070"))
        painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Drawing…"))
        painter.end()
        return pixmap

    def _show_current(self) -> None:
        name = self.current_name()
        entry = self._entries.get(name or "")
        self.remove_button.setEnabled(entry is not None and not entry.bundled)
        self.remove_button.setToolTip(
            self.tr("Templates that come with JD Editor cannot be removed.")
            if entry is not None and entry.bundled
            else ""
        )
        if entry is None:
            self.preview.clear()
            self.caption.clear()
            return
        image, sketched = self._pages.get(entry.name, (None, False))
        if image is None:
            self.preview.setText(self.tr("Drawing the first page…"))
        elif not image.isNull():
            self.preview.setPixmap(
                QPixmap.fromImage(
                    image.scaled(
                        self.preview.size(),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            )
        if self._posting is not None:
            filled = self.tr("Filled in with the open posting, “{0}”.").format(self._posting.title)
        else:
            filled = self.tr("Filled in with a sample posting.")
        lines = [f"<b>{html.escape(entry.name)}</b>"]
        if entry.info.description:
            lines.append(html.escape(entry.info.description))
        lines.append(html.escape(filled))
        if sketched:
            lines.append(
                html.escape(
                    self.tr(
                        "An approximate picture: install LibreOffice to see the page "
                        "exactly as it prints."
                    )
                )
            )
        self.caption.setText("<br/>".join(lines))

    # -- add, remove, guide --------------------------------------------------------------

    def add(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add Template"), "", self.tr("Word templates (*.docx)")
        )
        if not chosen:
            return
        path = Path(chosen)
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            problems = check_template_file(path)
        finally:
            self.unsetCursor()
        if problems:
            self._show_problems(path, problems)
            return
        existing = template_named(path.stem)
        if existing is not None and not self._confirm_replace(existing):
            return
        try:
            added = add_template_file(path, replace=existing is not None)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Add Template"), str(error))
            return
        self._pages.pop(added.name, None)
        self.refresh(select=added.name)

    def _show_problems(self, path: Path, problems: list[TemplateCheckProblem]) -> None:
        box = QMessageBox(self)
        box.setObjectName("template_problems")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Add Template"))
        box.setTextFormat(Qt.TextFormat.RichText)
        no_tags = self.tr(
            "It has no placeholders at all, so every posting would come out as this same "
            "document: an exported posting is not a template. Type tags such as "
            "{{ posting.title }} where the posting's values go (the Template Guide lists "
            "them and has a template to copy), or start from a copy of a bundled template."
        )
        listed = "".join(
            f"<li>{html.escape(no_tags if problem.no_placeholders else problem.text)}</li>"
            for problem in problems
        )
        box.setText(
            "<p>"
            + html.escape(
                self.tr("{0} was not added: it cannot be used as a template.").format(path.name)
            )
            + f"</p><ul>{listed}</ul><p>"
            + html.escape(
                self.tr(
                    "Correct this in Word, save the file and add it again. The Template "
                    "Guide lists the tags a template can use."
                )
            )
            + "</p>"
        )
        box.exec()

    def _confirm_replace(self, existing: TemplateEntry) -> bool:
        if existing.bundled:
            text = self.tr(
                "A template named {0} comes with JD Editor. Use yours instead? "
                "(Removing yours later brings the original back.)"
            ).format(existing.name)
        else:
            text = self.tr("You already have a template named {0}. Replace it?").format(
                existing.name
            )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Add Template"), text, parent=self)
        box.setObjectName("replace_template")
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is replace

    def remove(self) -> None:
        name = self.current_name()
        entry = self._entries.get(name or "")
        if entry is None or entry.bundled:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove Template"),
            self.tr("Remove the template {0}? Its file is deleted.").format(entry.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_template(entry.name)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Remove Template"), str(error))
            return
        self._pages.pop(entry.name, None)  # a bundled namesake shows its own page
        self.refresh()

    def open_guide(self) -> None:
        if self.guide is None:
            self.guide = TemplateGuideDialog(self)
        self.guide.show()
        self.guide.raise_()

    def done(self, result: int) -> None:
        for task in self._tasks:
            task.cancelled = True  # a page still being drawn is dropped
        super().done(result)
