"""The live preview beside the form: the open posting as its export will read.

Items are numbered as the chosen Word template numbers them (``1、`` ``（1）`` in formal-zh,
``1.`` ``1.1.`` in jd-en…), so what the user sees is what the document will show. The user
picks the template the preview follows above it; "Default template" follows the settings'
default for the posting's language. The choice is remembered (QSettings).

Nothing of the export machinery is imported here: the library renders the HTML, and the
template names arrive when the library is open, after the window has shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.model import Language, Posting

if TYPE_CHECKING:
    from jdeditor.service import Library

SETTINGS_KEY = "preview/template"
DELAY_MS = 250


class PreviewPanel(QWidget):
    """A template chooser over a read-only HTML view of the open posting."""

    template_changed = Signal()

    def __init__(
        self, posting_source: Callable[[], Posting | None], parent: QWidget | None = None
    ) -> None:
        """``posting_source`` gives the open posting (or None) each time it is rendered."""
        super().__init__(parent)
        self.setObjectName("preview_panel")
        self._library: Library | None = None
        self._posting_source = posting_source
        # Typing re-renders once it pauses, not on every key.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._defaults: dict[Language, str] = {}  # the default template of each language
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("preview_template")
        self.template_combo.setToolTip(
            self.tr("The Word template whose numbering the preview shows")
        )
        self.template_combo.addItem(self.tr("Default template"), "")
        self.template_combo.setEnabled(False)  # filled when the library is open
        label = QLabel(self.tr("&Numbering as in:"))
        label.setBuddy(self.template_combo)
        self.browser = QTextBrowser()
        self.browser.setObjectName("preview")
        self.browser.setOpenLinks(False)
        self.browser.setPlaceholderText(self.tr("Preview of the open posting"))

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(label)
        top.addWidget(self.template_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        self.template_combo.currentIndexChanged.connect(self._on_template_chosen)

    def set_library(self, library: Library, templates: Sequence[str]) -> None:
        """The library renders the preview; ``templates`` are the names to choose from."""
        self._library = library
        self._defaults.clear()
        remembered = str(QSettings().value(SETTINGS_KEY, "") or "")
        combo = self.template_combo
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for name in templates:
            combo.addItem(name, name)
        index = combo.findData(remembered) if remembered else 0
        combo.setCurrentIndex(max(index, 0))  # a template since removed: the default
        combo.blockSignals(False)
        combo.setEnabled(True)
        self.refresh()

    def template(self) -> str | None:
        """The chosen template's name; None follows the default for the language."""
        return str(self.template_combo.currentData() or "") or None

    def settings_changed(self) -> None:
        """The preferences changed: default templates, company name. Render again."""
        self._defaults.clear()
        self.refresh()

    def refresh_soon(self) -> None:
        """The posting changed: render it when the typing pauses."""
        self._timer.start()

    def refresh(self) -> None:
        """Render the open posting (another one, or it or the template changed), keeping
        the scroll position; a hidden panel renders nothing."""
        self._timer.stop()
        if not self.isVisible():
            return
        posting = self._posting_source()
        if posting is None or self._library is None:
            self.browser.clear()
            return
        self._name_default(posting.language)
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(self._library.preview_html(posting, self.template()))
        bar.setValue(position)

    def _name_default(self, language: Language) -> None:
        """Say which template "Default template" is for the open posting's language."""
        if self._library is None:
            return
        name = self._defaults.get(language)
        if name is None:
            name = self._defaults[language] = self._library.default_template(language)
        self.template_combo.setItemText(0, self.tr("Default template ({0})").format(name))

    def _on_template_chosen(self, _index: int) -> None:
        QSettings().setValue(SETTINGS_KEY, self.template() or "")
        self.refresh()
        self.template_changed.emit()
