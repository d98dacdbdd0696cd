"""How the import review marks what each source line became: a tint, a mark and a name.

The tints are light versions of the Okabe-Ito colours (told apart with every common kind
of colour blindness), under dark text (contrast above 10:1); each role also has its own
mark in the margin, so that colour is never the only sign.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from jdeditor.core.structure.line_roles import LineRole

TEXT_COLOUR = QColor("#1a1a1a")
OUTSIDE_COLOUR = QColor("#8c8c8c")  # lines of other postings: greyed
TINTS = {
    LineRole.TITLE: QColor("#c6def5"),  # blue
    LineRole.FIELD: QColor("#c4ecd9"),  # bluish green
    LineRole.HEADING: QColor("#fbe2aa"),  # orange
    LineRole.ITEM: QColor("#ffffff"),
    LineRole.TEXT: QColor("#f2d6e6"),  # reddish purple
}
BANDS = {  # the margin's band: the same hues, stronger
    LineRole.TITLE: QColor("#0072b2"),
    LineRole.FIELD: QColor("#007a5a"),
    LineRole.HEADING: QColor("#e69f00"),
    LineRole.ITEM: QColor("#c5ccd3"),
    LineRole.TEXT: QColor("#cc79a7"),
}
_WHITE, _DARK = QColor("#ffffff"), QColor("#1a1a1a")
MARK_COLOURS = {  # the mark on its band: 4.5:1 or more
    LineRole.TITLE: _WHITE,
    LineRole.FIELD: _WHITE,
    LineRole.HEADING: _DARK,
    LineRole.ITEM: _DARK,
    LineRole.TEXT: _DARK,
}
MARKS = {
    LineRole.TITLE: "T",
    LineRole.FIELD: "F",
    LineRole.HEADING: "H",
    LineRole.ITEM: "•",
    LineRole.TEXT: "¶",
}
SHOWN_ROLES = (LineRole.TITLE, LineRole.FIELD, LineRole.HEADING, LineRole.ITEM, LineRole.TEXT)


def role_name(role: LineRole) -> str:
    names = {
        LineRole.TITLE: QCoreApplication.translate("LineRoles", "Title"),
        LineRole.FIELD: QCoreApplication.translate("LineRoles", "Field"),
        LineRole.HEADING: QCoreApplication.translate("LineRoles", "Heading"),
        LineRole.ITEM: QCoreApplication.translate("LineRoles", "Item"),
        LineRole.TEXT: QCoreApplication.translate("LineRoles", "Kept as text"),
        LineRole.BLANK: QCoreApplication.translate("LineRoles", "Blank"),
    }
    return names[role]
