"""Typing into widgets the way a person (and an input method) does.

``qtbot.keyClicks`` with non-ASCII text aborts the test process here, so Chinese is
committed through a ``QInputMethodEvent`` — what a real Chinese input method sends.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QWidget


def commit_text(widget: QWidget, text: str) -> None:
    """Insert ``text`` at the cursor as an input method commit."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def type_text(qtbot: object, widget: QWidget, text: str) -> None:
    """ASCII through real key clicks, anything else through the input method."""
    if text.isascii():
        qtbot.keyClicks(widget, text)  # type: ignore[attr-defined]
    else:
        commit_text(widget, text)
