"""The company logo in Preferences: a small preview, the file's path, Choose… and Clear.

Only an image Qt can read, of a kind a Word document can show (PNG, JPEG, GIF, BMP), is
taken; anything else is refused with a message naming the file, and the logo stays.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jdeditor.settings import LOGO_SUFFIXES

PREVIEW_SIZE = (160, 64)  # the preview's box, in pixels


class LogoField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = ""
        self.preview = QLabel()
        self.preview.setObjectName("logo_preview")
        self.preview.setFixedSize(*PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.path_label = QLabel()
        self.path_label.setObjectName("logo_path")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setObjectName("logo_choose")
        self.choose_button.clicked.connect(self.choose)
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.setObjectName("logo_clear")
        self.clear_button.clicked.connect(lambda: self.set_path(""))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.path_label, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons)
        # Its height is the preview's: the stretch under the buttons must not take the page's.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_path("")

    def path(self) -> str:
        """The logo file ("" for none)."""
        return self._path

    def set_path(self, path: str) -> None:
        self._path = path
        self.clear_button.setEnabled(bool(path))
        # The file's name; its whole path in the tooltip (a long one would widen the dialog).
        self.path_label.setText(Path(path).name if path else self.tr("No logo"))
        self.path_label.setToolTip(path)
        self.preview.clear()
        if path:
            pixmap = _read_image(Path(path).expanduser())
            if pixmap is None:
                self.preview.setText(self.tr("Not found"))
            else:
                self.preview.setPixmap(
                    pixmap.scaled(
                        *PREVIEW_SIZE,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
        self.changed.emit()

    def choose(self) -> None:
        suffixes = " ".join(f"*{suffix}" for suffix in _readable_suffixes())
        start = str(Path(self._path).parent) if self._path else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Company logo"), start, self.tr("Images ({0})").format(suffixes)
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in _readable_suffixes() or _read_image(path) is None:
            QMessageBox.warning(
                self,
                self.tr("Company logo"),
                self.tr(
                    "{0} is not an image JD Editor can read. Choose a PNG, JPEG, GIF or BMP file."
                ).format(path),
            )
            return
        self.set_path(str(path.resolve()))


def _readable_suffixes() -> tuple[str, ...]:
    """The logo suffixes a document takes and this Qt can read (TIFF needs a plug-in)."""
    formats = {bytes(name.data()).decode().lower() for name in QImageReader.supportedImageFormats()}
    return tuple(suffix for suffix in LOGO_SUFFIXES if suffix.lstrip(".") in formats)


def _read_image(path: Path) -> QPixmap | None:
    image = QImageReader(str(path)).read()
    return None if image.isNull() else QPixmap.fromImage(image)
