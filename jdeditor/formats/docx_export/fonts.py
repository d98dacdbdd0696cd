"""East Asian fonts: Chinese text must name a Chinese font, or Word picks one at random.

Word chooses a run's font per character class: ``w:rFonts/@w:ascii`` and ``@w:hAnsi`` for
Latin letters, ``@w:eastAsia`` for Chinese. A document whose styles name no East Asian font
shows Chinese in whatever the reader's Word falls back to (often MS Mincho on a Western
system). The bundled templates set both in their styles; for any other template
:func:`ensure_east_asian_font` fills in the document defaults, leaving a template's own
choice alone.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import parse_xml

from jdeditor.core.model import Language
from jdeditor.formats.docx_export.numbering import W_NS, W

# Fonts every Chinese Windows and Office installation has.
DEFAULT_EAST_ASIAN_FONT = "宋体"
DEFAULT_LATIN_FONT = "Calibri"


def _child(parent: Any, tag: str, first: bool = False) -> Any:
    """``parent``'s ``w:tag`` child, created if missing (first, or last, among siblings)."""
    found = parent.find(f"{W}{tag}")
    if found is None:
        found = parse_xml(f'<w:{tag} xmlns:w="{W_NS}"/>')
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def set_fonts(rpr: Any, latin: str | None, east_asian: str | None) -> None:
    """Set a ``w:rPr``'s Latin (ascii/hAnsi) and East Asian fonts; theme fonts give way."""
    fonts = _child(rpr, "rFonts", first=True)
    if latin:
        for name in ("ascii", "hAnsi", "cs"):
            fonts.set(f"{W}{name}", latin)
        for name in ("asciiTheme", "hAnsiTheme", "cstheme"):
            fonts.attrib.pop(f"{W}{name}", None)
    if east_asian:
        fonts.set(f"{W}eastAsia", east_asian)
        fonts.attrib.pop(f"{W}eastAsiaTheme", None)


def default_run_properties(document: Any) -> Any:
    """The ``w:docDefaults/w:rPrDefault/w:rPr`` of a document's styles (created if absent)."""
    styles = document.styles.element
    defaults = _child(styles, "docDefaults", first=True)
    rpr_default = _child(defaults, "rPrDefault", first=True)
    return _child(rpr_default, "rPr")


def ensure_east_asian_font(document: Any, language: Language) -> None:
    """Give the document defaults an East Asian font if the template has none.

    Styles that name their own East Asian font keep it; the defaults are what every other
    run inherits. Cheap enough to run on every export (it touches one element). The
    languages of the text are set by ``languages.set_document_languages``.
    """
    rpr = default_run_properties(document)
    fonts = rpr.find(f"{W}rFonts")
    has_east_asian = fonts is not None and (
        fonts.get(f"{W}eastAsia") or fonts.get(f"{W}eastAsiaTheme")
    )
    if not has_east_asian:
        set_fonts(rpr, None, DEFAULT_EAST_ASIAN_FONT)
