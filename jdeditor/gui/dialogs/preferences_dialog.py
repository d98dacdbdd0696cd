"""Edit › Preferences…: the settings file's values, on four pages.

General (interface language, default currency), Company (name, logo, how to apply and
the contact e-mail, which templates print), Export (the default template for each posting
language, the default folder) and Backups (on or off, how many to keep).

The dialog edits a copy; OK and Apply check every field (a message names the one that is
wrong, and nothing is saved), then write the settings file (``jdeditor.settings``, the
same file ``jdeditor settings`` reads) and emit :attr:`applied`. Values the dialog does
not show (``author``) are kept as the file has them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jdeditor.errors import UserFacingError
from jdeditor.gui.editors.header_form import CURRENCIES
from jdeditor.gui.editors.logo_field import LogoField
from jdeditor.gui.error_text import error_text
from jdeditor.gui.languages import INTERFACE_LANGUAGES
from jdeditor.service import TemplateInfo
from jdeditor.settings import (
    BACKUPS_KEEP_RANGE,
    Settings,
    is_email,
    load_settings,
    save_settings,
)

_CURRENCY_RE = re.compile(r"[A-Z]{3}")


class PreferencesDialog(QDialog):
    applied = Signal(object)  # the Settings just saved

    def __init__(
        self,
        settings: Settings,
        templates: Sequence[TemplateInfo],
        running_language: str,
        parent: QWidget | None = None,
        path: Path | None = None,
    ) -> None:
        """``running_language``: the language the interface uses now ("" the system's);
        ``path``: the settings file (None: the user's)."""
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._path = path
        self._saved = settings
        self._running_language = running_language

        self.tabs = QTabWidget()
        self.tabs.setObjectName("preferences_tabs")
        self.tabs.addTab(self._general_page(), self.tr("General"))
        self.tabs.addTab(self._company_page(), self.tr("Company"))
        self.tabs.addTab(self._export_page(templates), self.tr("Export"))
        self.tabs.addTab(self._backups_page(), self.tr("Backups"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self._show(settings)
        for signal in (
            self.language_combo.currentIndexChanged,
            self.currency_combo.currentTextChanged,
            self.company_edit.textChanged,
            self.apply_edit.textChanged,
            self.email_edit.textChanged,
            self.template_zh_combo.currentIndexChanged,
            self.template_en_combo.currentIndexChanged,
            self.folder_edit.textChanged,
            self.backups_check.toggled,
            self.keep_spin.valueChanged,
            self.logo.changed,
        ):
            signal.connect(self._on_changed)
        self._on_changed()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 96, metrics.height() * 28)

    # -- the pages ---------------------------------------------------------------------

    @staticmethod
    def _form(page: QWidget) -> QFormLayout:
        """The page's form, at its top: the space left over stays below it."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addStretch(1)
        return form

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setEnabled(False)  # greyed: an explanation, not a value
        return label

    def _general_page(self) -> QWidget:
        page = QWidget()
        form = self._form(page)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        self.language_combo.addItem(self.tr("System Language"), "")
        for code, name in INTERFACE_LANGUAGES:
            self.language_combo.addItem(name, code)
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        self.language_note = self._note(
            self.tr("JD Editor will use the new language the next time it starts.")
        )
        self.language_note.setObjectName("language_note")
        form.addRow("", self.language_note)
        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("currency_combo")
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(CURRENCIES)
        self.currency_combo.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self)
        )
        self.currency_combo.setMinimumContentsLength(6)
        self.currency_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Default &currency:"), self.currency_combo)
        form.addRow(
            "",
            self._note(self.tr("A salary entered in the form without a currency gets this one.")),
        )
        return page

    def _company_page(self) -> QWidget:
        page = QWidget()
        form = self._form(page)
        self.company_edit = QLineEdit()
        self.company_edit.setObjectName("company_edit")
        self.company_edit.setPlaceholderText(self.tr("e.g. Star Technology Ltd."))
        form.addRow(self.tr("Company &name:"), self.company_edit)
        self.logo = LogoField()
        self.logo.setObjectName("logo_field")
        logo_label = QLabel(self.tr("Logo:"))
        form.addRow(logo_label, self.logo)
        self.apply_edit = QPlainTextEdit()
        self.apply_edit.setObjectName("how_to_apply_edit")
        self.apply_edit.setTabChangesFocus(True)
        self.apply_edit.setPlaceholderText(
            self.tr("e.g. Send your CV to the address below, with the position in the subject.")
        )
        self.apply_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        apply_label = QLabel(self.tr("How to &apply:"))
        apply_label.setBuddy(self.apply_edit)
        form.addRow(apply_label, self.apply_edit)
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("email_edit")
        self.email_edit.setPlaceholderText("hr@example.com")
        form.addRow(self.tr("Contact &e-mail:"), self.email_edit)
        form.addRow(
            "",
            self._note(
                self.tr(
                    "Templates print these on every posting; how to apply and the e-mail "
                    "only where a posting has no how-to-apply section of its own."
                )
            ),
        )
        return page

    def _export_page(self, templates: Sequence[TemplateInfo]) -> QWidget:
        page = QWidget()
        form = self._form(page)
        self.template_zh_combo = self._template_combo(templates, "formal-zh")
        self.template_zh_combo.setObjectName("template_zh_combo")
        form.addRow(self.tr("Template for &Chinese postings:"), self.template_zh_combo)
        self.template_en_combo = self._template_combo(templates, "jd-en")
        self.template_en_combo.setObjectName("template_en_combo")
        form.addRow(self.tr("Template for E&nglish postings:"), self.template_en_combo)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("folder_edit")
        self.folder_edit.setPlaceholderText(self.tr("the folder used last time"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("folder_browse")
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        folder_label = QLabel(self.tr("Export &folder:"))
        folder_label.setBuddy(self.folder_edit)  # a row of two widgets gets no buddy itself
        form.addRow(folder_label, folder_row)
        form.addRow(
            "",
            self._note(
                self.tr(
                    "File › Export… starts with these; you can still choose others there. "
                    "Leave the folder empty to start in the folder used last time."
                )
            ),
        )
        return page

    def _template_combo(self, templates: Sequence[TemplateInfo], bundled: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Bundled default ({0})").format(bundled), "")
        for info in templates:
            origin = self.tr("bundled") if info.bundled else self.tr("yours")
            combo.addItem(f"{info.name} ({origin})", info.name)
            if info.description:
                combo.setItemData(combo.count() - 1, info.description, Qt.ItemDataRole.ToolTipRole)
        return combo

    def _backups_page(self) -> QWidget:
        page = QWidget()
        form = self._form(page)
        self.backups_check = QCheckBox(self.tr("&Back up the library automatically"))
        self.backups_check.setObjectName("backups_check")
        form.addRow(self.backups_check)
        self.keep_spin = QSpinBox()
        self.keep_spin.setObjectName("keep_spin")
        self.keep_spin.setRange(*BACKUPS_KEEP_RANGE)
        self.keep_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.keep_label = QLabel(self.tr("Backups to &keep:"))
        self.keep_label.setBuddy(self.keep_spin)
        form.addRow(self.keep_label, self.keep_spin)
        form.addRow(
            "",
            self._note(
                self.tr(
                    "JD Editor keeps copies of the library file; when there are more than "
                    "this, the oldest go first."
                )
            ),
        )
        self.backups_check.toggled.connect(self._show_backups_enabled)
        return page

    def _show_backups_enabled(self, on: bool) -> None:
        self.keep_spin.setEnabled(on)
        self.keep_label.setEnabled(on)

    # -- showing and reading values ------------------------------------------------------

    def _show(self, settings: Settings) -> None:
        self._select(self.language_combo, settings.language)
        self.currency_combo.setCurrentText(settings.currency)
        self.company_edit.setText(settings.company_name)
        self.logo.set_path(settings.company_logo)
        self.apply_edit.setPlainText(settings.how_to_apply)
        self.email_edit.setText(settings.contact_email)
        self._select(self.template_zh_combo, settings.template_zh)
        self._select(self.template_en_combo, settings.template_en)
        self.folder_edit.setText(settings.export_folder)
        self.backups_check.setChecked(settings.backups)
        self.keep_spin.setValue(settings.backups_keep)
        self._show_backups_enabled(settings.backups)

    def _select(self, combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0 and value:  # a template since removed: kept, and said to be missing
            combo.addItem(self.tr("{0} (not found)").format(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def values(self) -> dict[str, Any]:
        """What the dialog shows, as settings values (not yet checked)."""
        return {
            "language": str(self.language_combo.currentData() or ""),
            "currency": self.currency_combo.currentText().strip().upper(),
            "company_name": self.company_edit.text().strip(),
            "company_logo": self.logo.path(),
            "how_to_apply": self.apply_edit.toPlainText().strip(),
            "contact_email": self.email_edit.text().strip(),
            "template_zh": str(self.template_zh_combo.currentData() or ""),
            "template_en": str(self.template_en_combo.currentData() or ""),
            "export_folder": self.folder_edit.text().strip(),
            "backups": self.backups_check.isChecked(),
            "backups_keep": self.keep_spin.value(),
        }

    def _problem(self, values: dict[str, Any]) -> tuple[int, QWidget, str] | None:
        """The first value that cannot be saved: its page, its field and what to do."""
        email = values["contact_email"]
        if email and not is_email(email):
            text = self.tr(
                "Contact e-mail: “{0}” is not an e-mail address. Enter one such as "
                "hr@example.com, or leave the field empty."
            ).format(email)
            return 1, self.email_edit, text
        if not _CURRENCY_RE.fullmatch(values["currency"]):
            text = self.tr("Default currency: enter a three-letter code such as CNY, USD or EUR.")
            return 0, self.currency_combo, text
        folder = values["export_folder"]
        if folder and not Path(folder).expanduser().is_dir():
            text = self.tr(
                "Export folder: {0} is not a folder. Choose one with Browse…, or leave the "
                "field empty."
            ).format(folder)
            return 2, self.folder_edit, text
        return None

    def _on_changed(self) -> None:
        values = self.values()
        chosen = values["language"]
        self.language_note.setVisible(chosen != self._running_language)
        unchanged = all(getattr(self._saved, key) == value for key, value in values.items())
        self.apply_button.setEnabled(not unchanged)

    # -- choosing files ----------------------------------------------------------------

    def choose_folder(self) -> None:
        start = self.folder_edit.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export folder"), start)
        if chosen:
            self.folder_edit.setText(chosen)

    # -- saving ------------------------------------------------------------------------

    def apply(self) -> bool:
        """Check and save; False (having said why) if something cannot be saved."""
        values = self.values()
        problem = self._problem(values)
        if problem is not None:
            page, field, text = problem
            QMessageBox.warning(self, self.tr("Preferences"), text)
            self.tabs.setCurrentIndex(page)
            field.setFocus()
            return False
        settings, _ = load_settings(self._path)  # keep what others changed meanwhile
        for key, value in values.items():
            setattr(settings, key, value)
        try:
            save_settings(settings, self._path)
        except (OSError, UserFacingError) as error:
            text = error_text(error) if isinstance(error, UserFacingError) else str(error)
            QMessageBox.warning(
                self,
                self.tr("Preferences"),
                self.tr("The preferences could not be saved: {0}").format(text),
            )
            return False
        self._saved = settings
        self._on_changed()
        self.applied.emit(settings)
        return True

    def accept(self) -> None:
        if self.apply_button.isEnabled() and not self.apply():
            return
        super().accept()
