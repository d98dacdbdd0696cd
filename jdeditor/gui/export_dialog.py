"""File ▸ Export…: which postings, in which format and template, and where to.

The dialog only gathers the choice (an :class:`ExportChoice`); ``export_flow`` runs it.
Like the flow, it is imported when first used, once the library (and the service) is open.
The last format, template and folder are remembered (QSettings), so a user who always
exports the company's template to the same folder sets it once; a default export folder
set in Edit › Preferences comes before the remembered one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jdeditor.service import ExportFormat, Library, TemplateInfo
from jdeditor.settings import load_settings

SETTINGS_GROUP = "export"


@dataclass(frozen=True)
class ExportChoice:
    posting_ids: list[int] | None  # None: every posting in the library (or in the list)
    from_list: bool  # the postings the library list shows (its search and filters)
    format: ExportFormat
    template: str | None  # None: the default for each posting's language
    merge: bool  # several postings into one file
    target: Path  # a file, or a folder for one file per posting


class ExportDialog(QDialog):
    def __init__(
        self,
        current: tuple[int, str] | None,
        library_count: int,
        templates: list[TemplateInfo],
        parent: QWidget | None = None,
        listed_count: int | None = None,
    ) -> None:
        """``current``: (id, title) of the open, saved posting, if any; ``listed_count``:
        how many postings a search or filter leaves in the list (None: it is not narrowed)."""
        super().__init__(parent)
        self._current = current
        self.setWindowTitle(self.tr("Export"))
        self.setObjectName("ExportDialog")

        self.this_posting = QRadioButton()
        self.this_posting.setObjectName("export_this")
        self.all_postings = QRadioButton(
            self.tr("All %Ln posting(s) in the library", "", library_count)
        )
        self.all_postings.setObjectName("export_all")
        self.listed_postings = QRadioButton(
            self.tr("The %Ln posting(s) in the list", "", listed_count or 0)
        )
        self.listed_postings.setObjectName("export_listed")
        self.listed_postings.setVisible(listed_count is not None)
        self.listed_postings.setEnabled(bool(listed_count))
        which = QButtonGroup(self)
        which.addButton(self.this_posting)
        which.addButton(self.listed_postings)
        which.addButton(self.all_postings)
        if current is not None:
            self.this_posting.setText(self.tr("This posting: “{0}”").format(current[1]))
            self.this_posting.setChecked(True)
        else:
            self.this_posting.setText(self.tr("This posting (none is open and saved)"))
            self.this_posting.setEnabled(False)
            self.all_postings.setChecked(True)
        self.all_postings.setEnabled(library_count > 0)

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("export_format")
        for kind, label in (
            (ExportFormat.DOCX, self.tr("Word document (.docx)")),
            (ExportFormat.PDF, self.tr("PDF (.pdf, made with LibreOffice)")),
            (ExportFormat.MARKDOWN, self.tr("Markdown (.md)")),
            (ExportFormat.HTML, self.tr("Web page (.html)")),
            (ExportFormat.JSONLD, self.tr("schema.org JobPosting (.jsonld)")),
            (ExportFormat.JSON, self.tr("JD Editor file (.json)")),
        ):
            self.format_combo.addItem(label, kind.value)

        self.template_combo = QComboBox()
        self.template_combo.setObjectName("export_template")
        self.template_combo.addItem(self.tr("The default for each posting's language"), "")
        for info in templates:
            origin = self.tr("bundled") if info.bundled else self.tr("yours")
            self.template_combo.addItem(f"{info.name} ({origin})", info.name)
            index = self.template_combo.count() - 1
            self.template_combo.setItemData(
                index, info.description or info.title, Qt.ItemDataRole.ToolTipRole
            )

        self.separate = QRadioButton(self.tr("One file per posting, in a folder"))
        self.separate.setObjectName("export_separate")
        self.merged = QRadioButton(self.tr("All in one file"))
        self.merged.setObjectName("export_merged")
        files = QButtonGroup(self)
        files.addButton(self.separate)
        files.addButton(self.merged)
        self.separate.setChecked(True)

        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("export_target")
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setObjectName("export_browse")
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.browse_button)
        self.target_label = QLabel()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Export"))
        ok.setObjectName("export_ok")

        form = QFormLayout()
        postings = QVBoxLayout()
        postings.addWidget(self.this_posting)
        postings.addWidget(self.listed_postings)
        postings.addWidget(self.all_postings)
        form.addRow(self.tr("Postings:"), postings)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Template:"), self.template_combo)
        several = QVBoxLayout()
        several.addWidget(self.separate)
        several.addWidget(self.merged)
        form.addRow(self.tr("Files:"), several)
        form.addRow(self.target_label, target_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._restore()
        for signal in (
            self.this_posting.toggled,
            self.listed_postings.toggled,
            self.separate.toggled,
            self.format_combo.currentIndexChanged,
        ):
            signal.connect(self._update)
        self.target_edit.textChanged.connect(self._update_ok)
        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._folder = self._remembered_folder()
        self._update()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    # -- the choice ------------------------------------------------------------------------

    def choice(self) -> ExportChoice:
        current = self._current
        single = self.this_posting.isChecked() and current is not None
        return ExportChoice(
            posting_ids=[current[0]] if single and current is not None else None,
            from_list=not single and self.listed_postings.isChecked(),
            format=self._format(),
            template=(self.template_combo.currentData() or None) if self._uses_template() else None,
            merge=not single and self._writes_one_file(),
            target=Path(self.target_edit.text().strip()).expanduser(),
        )

    def _writes_one_file(self) -> bool:
        # A JD Editor file holds a whole library: several postings always go into one.
        return (
            self.this_posting.isChecked()
            or self.merged.isChecked()
            or self._format() is ExportFormat.JSON
        )

    def _format(self) -> ExportFormat:
        return ExportFormat(self.format_combo.currentData())

    def _uses_template(self) -> bool:
        return self._format() in (ExportFormat.DOCX, ExportFormat.PDF)

    # -- keeping the form consistent -------------------------------------------------------

    def _update(self) -> None:
        several = not self.this_posting.isChecked()
        library_file = self._format() is ExportFormat.JSON
        self.separate.setEnabled(several and not library_file)
        self.merged.setEnabled(several and not library_file)
        self.template_combo.setEnabled(self._uses_template())
        one_file = self._writes_one_file()
        self.target_label.setText(self.tr("Save &as:") if one_file else self.tr("&Folder:"))
        self.target_label.setBuddy(self.target_edit)
        self.target_edit.setText(str(self._default_target()))
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.target_edit.text().strip()))

    def _default_target(self) -> Path:
        if not self._writes_one_file():
            return self._folder
        format = self._format()
        if self.this_posting.isChecked() and self._current is not None:
            return self._folder / Library.export_file_name(self._current[1], format)
        return self._folder / Library.export_file_name(self.tr("Job descriptions"), format)

    def browse(self) -> None:
        current = self.target_edit.text().strip()
        if self._writes_one_file():
            format = self._format()
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to"), current, f"*{format.suffix}"
            )
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), current)
        if chosen:
            path = Path(chosen)
            self._folder = path.parent if self._writes_one_file() else path
            self.target_edit.setText(chosen)

    # -- remembering -----------------------------------------------------------------------

    def _remembered_folder(self) -> Path:
        """The default export folder of the preferences, else the one used last time."""
        chosen = load_settings()[0].export_folder
        if chosen and Path(chosen).expanduser().is_dir():
            return Path(chosen).expanduser()
        folder = QSettings().value(f"{SETTINGS_GROUP}/folder", "")
        path = Path(str(folder)) if folder else Path.home()
        return path if path.is_dir() else Path.home()

    def _restore(self) -> None:
        settings = QSettings()
        for combo, key in ((self.format_combo, "format"), (self.template_combo, "template")):
            index = combo.findData(settings.value(f"{SETTINGS_GROUP}/{key}"))
            if index >= 0:
                combo.setCurrentIndex(index)
        if settings.value(f"{SETTINGS_GROUP}/merge") in (True, "true"):
            self.merged.setChecked(True)

    def remember(self) -> None:
        """Keep this choice for the next export (called once it succeeded)."""
        choice = self.choice()
        settings = QSettings()
        settings.setValue(f"{SETTINGS_GROUP}/format", choice.format.value)
        settings.setValue(f"{SETTINGS_GROUP}/template", choice.template or "")
        settings.setValue(f"{SETTINGS_GROUP}/merge", self.merged.isChecked())
        folder = choice.target.parent if self._writes_one_file() else choice.target
        settings.setValue(f"{SETTINGS_GROUP}/folder", str(folder))
