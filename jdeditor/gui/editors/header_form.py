"""The header of the posting form: title, department, salary and the other fields.

Widgets never write to the posting: each edit pushes a :class:`SetFieldCommand` on the
posting's undo stack, and the command calls :meth:`HeaderForm.refresh_field` to put the
value back into the widget on undo and redo (with the widget's signals blocked, so a
refresh never pushes another command).
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from jdeditor.core.model import (
    EmploymentType,
    Language,
    Posting,
    Salary,
    SalaryPeriod,
    Status,
)
from jdeditor.gui.commands.field_commands import SetFieldCommand
from jdeditor.gui.models.posting_list_model import status_label
from jdeditor.settings import load_settings

CURRENCIES = ("CNY", "USD", "EUR", "HKD", "GBP", "JPY", "SGD", "TWD")
TAG_SEPARATORS = (",", "，", "、", ";", "；")


def split_tags(text: str) -> list[str]:
    for separator in TAG_SEPARATORS[1:]:
        text = text.replace(separator, TAG_SEPARATORS[0])
    return list(dict.fromkeys(tag.strip() for tag in text.split(",") if tag.strip()))


E = TypeVar("E", bound=enum.StrEnum)


def _enum_data(combo: QComboBox, kind: type[E]) -> E | None:
    """The combo's current enum value (Qt stores a StrEnum as a plain string)."""
    value = combo.currentData()
    return None if value is None else kind(value)


class HeaderForm(QWidget):
    """Edits the header fields of one posting through its undo stack."""

    salary_problem = Signal(str)  # "" when the salary range is valid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._posting: Posting | None = None
        self._stack: QUndoStack | None = None
        self._build()

    # -- construction ------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Job title, e.g. 高级产品经理"))
        self.title_edit.setObjectName("title")
        form.addRow(self.tr("&Title:"), self.title_edit)

        self.department_combo = self._editable_combo("department")
        self.location_combo = self._editable_combo("location")
        row = QHBoxLayout()
        row.addWidget(self.department_combo, 1)
        location_label = QLabel(self.tr("&Location:"))
        location_label.setBuddy(self.location_combo)
        row.addWidget(location_label)
        row.addWidget(self.location_combo, 1)
        form.addRow(self._label(self.tr("&Department:"), self.department_combo), row)

        self.reports_to_edit = QLineEdit()
        self.reports_to_edit.setObjectName("reports_to")
        self.headcount_spin = QSpinBox()
        self.headcount_spin.setRange(0, 9999)
        self.headcount_spin.setSpecialValueText(self.tr("not set"))
        self.headcount_spin.setObjectName("headcount")
        row = QHBoxLayout()
        row.addWidget(self.reports_to_edit, 1)
        headcount_label = QLabel(self.tr("&Headcount:"))
        headcount_label.setBuddy(self.headcount_spin)
        row.addWidget(headcount_label)
        row.addWidget(self.headcount_spin)
        form.addRow(self._label(self.tr("&Reports to:"), self.reports_to_edit), row)

        self.employment_combo = QComboBox()
        self.employment_combo.setObjectName("employment_type")
        self.employment_combo.addItem(self.tr("not set"), None)
        for kind, label in self._employment_labels().items():
            self.employment_combo.addItem(label, kind)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status")
        for status in Status:
            self.status_combo.addItem(status_label(status), status)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        self.language_combo.addItem(self.tr("Chinese"), Language.ZH)
        self.language_combo.addItem(self.tr("English"), Language.EN)
        row = QHBoxLayout()
        row.addWidget(self.employment_combo, 1)
        for caption, combo in (
            (self.tr("&Status:"), self.status_combo),
            (self.tr("Lan&guage:"), self.language_combo),
        ):
            row.addWidget(self._label(caption, combo))
            row.addWidget(combo, 1)
        form.addRow(self._label(self.tr("&Employment:"), self.employment_combo), row)

        self.salary_min = self._money_spin("salary_min")
        self.salary_max = self._money_spin("salary_max")
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(CURRENCIES)
        self.currency_combo.setObjectName("salary_currency")
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("salary_period")
        for period, label in self._period_labels().items():
            self.period_combo.addItem(label, period)
        row = QHBoxLayout()
        row.addWidget(self.salary_min, 1)
        row.addWidget(QLabel("–"))
        row.addWidget(self.salary_max, 1)
        row.addWidget(self.currency_combo)
        row.addWidget(self.period_combo)
        form.addRow(self._label(self.tr("Salar&y:"), self.salary_min), row)
        self.salary_message = QLabel()
        self.salary_message.setObjectName("salary_message")
        self.salary_message.setStyleSheet("color: #b00020;")
        self.salary_message.hide()
        form.addRow("", self.salary_message)

        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("tags")
        self.tags_edit.setPlaceholderText(self.tr("Separate tags with commas"))
        form.addRow(self.tr("T&ags:"), self.tags_edit)

        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setObjectName("summary")
        self.summary_edit.setPlaceholderText(self.tr("A short introduction to the role"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("S&ummary:"), self.summary_edit)

        self.title_edit.textEdited.connect(lambda text: self._push("title", text))
        self.reports_to_edit.textEdited.connect(lambda text: self._push("reports_to", text))
        self.department_combo.editTextChanged.connect(lambda text: self._push("department", text))
        self.location_combo.editTextChanged.connect(lambda text: self._push("location", text))
        self.headcount_spin.valueChanged.connect(
            lambda value: self._push("headcount", value or None)
        )
        self.employment_combo.currentIndexChanged.connect(
            lambda _: self._push(
                "employment_type", _enum_data(self.employment_combo, EmploymentType)
            )
        )
        self.status_combo.currentIndexChanged.connect(
            lambda _: self._push("status", _enum_data(self.status_combo, Status))
        )
        self.language_combo.currentIndexChanged.connect(
            lambda _: self._push("language", _enum_data(self.language_combo, Language))
        )
        for spin in (self.salary_min, self.salary_max):
            spin.valueChanged.connect(lambda _: self._push_salary())
        self.currency_combo.editTextChanged.connect(lambda _: self._push_salary())
        self.period_combo.currentIndexChanged.connect(lambda _: self._push_salary())
        self.tags_edit.textEdited.connect(lambda text: self._push("tags", split_tags(text)))
        self.summary_edit.textChanged.connect(
            lambda: self._push("summary", self.summary_edit.toPlainText())
        )
        self.setEnabled(False)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        """A row label whose mnemonic (Alt+letter) focuses the row's first field."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _editable_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setObjectName(name)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        completer = combo.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return combo

    def _money_spin(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, 1_000_000_000)
        spin.setDecimals(2)
        spin.setGroupSeparatorShown(True)
        spin.setSpecialValueText(self.tr("not set"))
        spin.setMinimumWidth(90)
        spin.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        return spin

    def _employment_labels(self) -> dict[EmploymentType, str]:
        return {
            EmploymentType.FULL_TIME: self.tr("Full-time"),
            EmploymentType.PART_TIME: self.tr("Part-time"),
            EmploymentType.INTERN: self.tr("Internship"),
            EmploymentType.CONTRACT: self.tr("Contract"),
            EmploymentType.TEMPORARY: self.tr("Temporary"),
            EmploymentType.OTHER: self.tr("Other"),
        }

    def _period_labels(self) -> dict[SalaryPeriod, str]:
        return {
            SalaryPeriod.MONTH: self.tr("per month"),
            SalaryPeriod.YEAR: self.tr("per year"),
            SalaryPeriod.DAY: self.tr("per day"),
            SalaryPeriod.HOUR: self.tr("per hour"),
        }

    # -- binding -----------------------------------------------------------------------

    def set_suggestions(self, departments: list[str], locations: list[str]) -> None:
        """Values already used in the library, offered in the combos and their completers."""
        for combo, values in (
            (self.department_combo, departments),
            (self.location_combo, locations),
        ):
            with QSignalBlocker(combo):
                text = combo.currentText()
                combo.clear()
                combo.addItems(values)
                combo.setEditText(text)

    def set_posting(self, posting: Posting | None, stack: QUndoStack | None) -> None:
        self._posting = posting
        self._stack = stack
        self.setEnabled(posting is not None)
        for field in (
            "title",
            "department",
            "location",
            "reports_to",
            "headcount",
            "employment_type",
            "status",
            "language",
            "salary",
            "tags",
            "summary",
        ):
            self.refresh_field(field)

    def refresh_field(self, field: str) -> None:
        """Show the posting's current value of ``field`` without pushing a command."""
        posting = self._posting or Posting()
        if field == "title":
            self._set_line(self.title_edit, posting.title)
        elif field == "reports_to":
            self._set_line(self.reports_to_edit, posting.reports_to)
        elif field == "department":
            self._set_combo_text(self.department_combo, posting.department)
        elif field == "location":
            self._set_combo_text(self.location_combo, posting.location)
        elif field == "headcount":
            with QSignalBlocker(self.headcount_spin):
                self.headcount_spin.setValue(posting.headcount or 0)
        elif field == "employment_type":
            self._select_data(self.employment_combo, posting.employment_type)
        elif field == "status":
            self._select_data(self.status_combo, posting.status)
        elif field == "language":
            self._select_data(self.language_combo, posting.language)
        elif field == "salary":
            self._show_salary(posting.salary)
        elif field == "tags":
            if split_tags(self.tags_edit.text()) != posting.tags:
                self._set_line(self.tags_edit, ", ".join(posting.tags))
        elif field == "summary" and self.summary_edit.toPlainText() != posting.summary:
            with QSignalBlocker(self.summary_edit):
                self.summary_edit.setPlainText(posting.summary)

    @staticmethod
    def _set_line(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            with QSignalBlocker(edit):
                edit.setText(text)

    @staticmethod
    def _set_combo_text(combo: QComboBox, text: str) -> None:
        if combo.currentText() != text:
            with QSignalBlocker(combo):
                combo.setEditText(text)

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        with QSignalBlocker(combo):
            combo.setCurrentIndex(max(0, combo.findData(value)))

    @staticmethod
    def _default_currency() -> str:
        """For a posting without a salary yet: the default currency of the preferences
        (yuan unless changed), read each time so that a change applies at once."""
        return load_settings()[0].currency

    def _show_salary(self, salary: Salary | None) -> None:
        shown = salary or Salary(currency=self._default_currency())
        for spin, amount in ((self.salary_min, shown.minimum), (self.salary_max, shown.maximum)):
            with QSignalBlocker(spin):
                spin.setValue(float(amount) if amount is not None else 0.0)
        with QSignalBlocker(self.currency_combo):
            self.currency_combo.setEditText(shown.currency)
        self._select_data(self.period_combo, shown.period)
        self._check_salary(salary)

    # -- pushing commands --------------------------------------------------------------

    def _push(self, field: str, value: object) -> None:
        if self._posting is None or self._stack is None:
            return
        if getattr(self._posting, field) == value:
            return
        self._stack.push(SetFieldCommand(self._posting, field, value, self.refresh_field))

    def _salary_from_widgets(self) -> Salary | None:
        def amount(spin: QDoubleSpinBox) -> Decimal | None:
            if spin.value() == spin.minimum():
                return None  # the "not set" special value
            return Decimal(f"{spin.value():.2f}")

        minimum, maximum = amount(self.salary_min), amount(self.salary_max)
        if minimum is None and maximum is None:
            return None
        return Salary(
            minimum=minimum,
            maximum=maximum,
            currency=self.currency_combo.currentText().strip().upper() or self._default_currency(),
            period=_enum_data(self.period_combo, SalaryPeriod) or SalaryPeriod.MONTH,
        )

    def _push_salary(self) -> None:
        salary = self._salary_from_widgets()
        self._check_salary(salary)
        self._push("salary", salary)

    def _check_salary(self, salary: Salary | None) -> None:
        problem = ""
        if (
            salary is not None
            and salary.minimum is not None
            and salary.maximum is not None
            and salary.minimum > salary.maximum
        ):
            problem = self.tr("The minimum salary is higher than the maximum.")
        self.salary_message.setText(problem)
        self.salary_message.setVisible(bool(problem))
        self.salary_problem.emit(problem)
