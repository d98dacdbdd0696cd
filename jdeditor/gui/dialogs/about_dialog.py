"""Help › About JD Editor: the version, the licence, where the library and the logs are, and
the Qt and Python versions, with a button that copies all of it for a bug report."""

from __future__ import annotations

import importlib.metadata
import platform
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import jdeditor
from jdeditor.paths import log_dir, resource_path

if TYPE_CHECKING:
    from jdeditor.service import Library

DISTRIBUTION = "jdeditor"
ICON_SIZE = 64


def app_version() -> str:
    """The installed package's version; the source's own when it is not installed (frozen)."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return jdeditor.__version__


def licence_name() -> str:
    """The licence the package metadata names (pyproject.toml), MIT when there is none."""
    try:
        meta = importlib.metadata.metadata(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "MIT"
    for field in ("License-Expression", "License"):
        values = meta.get_all(field) or []
        if values and str(values[0]).strip():
            return str(values[0]).strip()
    return "MIT"


@dataclass(frozen=True)
class AboutFacts:
    version: str
    licence: str
    library: str  # the library's file or address; empty while it is still opening
    library_folder: Path | None  # None for a library on a server
    log_folder: Path
    qt: str
    pyside: str
    python: str
    system: str

    @classmethod
    def gather(cls, library: Library | None) -> AboutFacts:
        location = library.location if library is not None else None
        file = location.file if location is not None else None
        return cls(
            version=app_version(),
            licence=licence_name(),
            library=location.display_name if location is not None else "",
            library_folder=file.parent if file is not None else None,
            log_folder=log_dir(),
            qt=qVersion(),
            pyside=PySide6.__version__,
            python=f"{platform.python_version()} ({sys.platform})",
            system=platform.platform(terse=True),
        )


class AboutDialog(QDialog):
    def __init__(self, library: Library | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About JD Editor"))
        self.facts = AboutFacts.gather(library)
        facts = self.facts

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "jdeditor.svg"))).pixmap(ICON_SIZE))
        name = QLabel(self.app_name())
        name.setObjectName("app_name")
        name_font = name.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.6)
        name_font.setBold(True)
        name.setFont(name_font)
        tagline = QLabel(self.tr("Job descriptions, kept offline."))
        heading = QVBoxLayout()
        heading.addWidget(name)
        heading.addWidget(tagline)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(heading, 1)

        self.library_button = QPushButton(self.tr("Open Folder"))
        self.library_button.setObjectName("open_library_folder")
        self.library_button.setEnabled(facts.library_folder is not None)
        self.library_button.clicked.connect(lambda: self._open(facts.library_folder))
        self.log_button = QPushButton(self.tr("Open Folder"))
        self.log_button.setObjectName("open_log_folder")
        self.log_button.clicked.connect(lambda: self._open(facts.log_folder))

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for label, value, button in self._rows():
            row = grid.rowCount()
            title = QLabel(label)
            title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(title, row, 0)
            grid.addWidget(shown, row, 1)
            if button is not None:
                grid.addWidget(button, row, 2)
            if label == self.tr("Licence:") and self.licence_summary():
                summary = QLabel(self.licence_summary())  # under the licence's name
                summary.setObjectName("licence_summary")
                summary.setWordWrap(True)
                summary.setContentsMargins(0, 0, 0, 6)
                grid.addWidget(summary, row + 1, 1, 1, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copy_details")
        self.copy_button.setToolTip(self.tr("Put these details on the clipboard, for a report"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def app_name(self) -> str:
        return self.tr("JD Editor")

    def licence_summary(self) -> str:
        if self.facts.licence.upper().startswith("MIT"):
            return self.tr(
                "Free to use, copy, change and pass on, also commercially, as long as the "
                "copyright and licence notice go with it. It comes with no warranty."
            )
        return ""

    def _rows(self) -> list[tuple[str, str, QPushButton | None]]:
        facts = self.facts
        licence = facts.licence
        if licence.upper() == "MIT":
            licence = self.tr("MIT License")
        return [
            (self.tr("Version:"), facts.version, None),
            (self.tr("Licence:"), licence, None),
            (
                self.tr("Library:"),
                facts.library or self.tr("(still opening)"),
                self.library_button,
            ),
            (self.tr("Log folder:"), str(facts.log_folder), self.log_button),
            (self.tr("Qt:"), self.tr("{0} (PySide6 {1})").format(facts.qt, facts.pyside), None),
            (self.tr("Python:"), facts.python, None),
            (self.tr("System:"), facts.system, None),
        ]

    def details(self) -> str:
        """Everything the dialog shows, as plain text lines."""
        lines = [f"{self.app_name()} {self.facts.version}"]
        for label, value, _button in self._rows():
            space = "" if label.endswith("：") else " "  # none after a full-width colon
            lines.append(f"{label}{space}{value}")
        return "\n".join(lines) + "\n"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.copy_button.setText(self.tr("Copied"))

    @staticmethod
    def _open(folder: Path | None) -> None:
        if folder is None:
            return
        folder.mkdir(parents=True, exist_ok=True)  # the log folder appears with the first log
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
