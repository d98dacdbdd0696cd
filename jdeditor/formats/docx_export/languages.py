"""The language Word and LibreOffice think each script is in: Latin text English, Chinese Chinese.

A run's ``w:lang`` carries one language per script: ``w:val`` for Latin letters,
``w:eastAsia`` for Chinese characters, ``w:bidi`` for Arabic and Hebrew. A document that
marks Latin text as Chinese (``w:val="zh-CN"``, as a template made on a Chinese system
often does) gets Chinese line breaking for its English words: LibreOffice then breaks
"organisation" into "organisati / on" at the end of a line, and Word's spelling and
hyphenation stop working. So every exported document is normalised here, whatever the
template says:

* Latin text carries a Latin language: a Chinese, Japanese or Korean ``w:val`` becomes
  ``en-US``, and the document defaults get ``en-US`` if they name none. A template's own
  Latin language (``en-GB``, ``de-DE``) is kept.
* East Asian text carries Chinese: ``w:eastAsia`` becomes ``zh-CN`` unless it already is
  a Chinese variant (``zh-TW`` stays), and the document defaults get it if they name none.
* ``w:themeFontLang`` in the settings is set alike, so theme fonts resolve to Chinese
  fonts, not Japanese ones.

This holds for postings in either language: a Chinese posting's Latin words (Excel, SQL)
are English, and an English posting's few Chinese words are Chinese.

Word 2010's copy of the styles (``stylesWithEffects.xml``, ~0.4 MB in a template made from
python-docx's default document; the bundled templates leave it out) is kept by
python-docx as bytes; parsing and writing it again is most of this module's
time, and it is the same for every posting exported with a template, so its normalised
bytes are kept in the user's cache folder (``<cache>/parts``, disk_cache.py) under the
hash of the original bytes.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import parse_xml
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from jdeditor.formats.docx_export.disk_cache import cached
from jdeditor.formats.docx_export.fonts import default_run_properties
from jdeditor.formats.docx_export.numbering import W_NS, W

LATIN_LANGUAGE = "en-US"
EAST_ASIAN_LANGUAGE = "zh-CN"
_EAST_ASIAN_PREFIXES = ("zh", "ja", "ko")
_VAL = f"{W}val"
_EAST_ASIA = f"{W}eastAsia"
_STYLES_WITH_EFFECTS = "application/vnd.ms-word.stylesWithEffects+xml"
_CACHE_FORMAT = b"1"  # bump when the normalisation changes
_AFTER_LANG = ("eastAsianLayout", "specVanish", "oMath")  # w:rPr children after w:lang


def _is_east_asian(tag: str | None) -> bool:
    return bool(tag) and str(tag).split("-")[0].lower() in _EAST_ASIAN_PREFIXES


def _is_chinese(tag: str | None) -> bool:
    return bool(tag) and str(tag).split("-")[0].lower() == "zh"


def fix_language_element(element: Any, *, defaults: bool = False) -> None:
    """Make one ``w:lang`` or ``w:themeFontLang`` say Latin for Latin and Chinese for Chinese.

    ``defaults``: the element is the document's default, which must name both languages.
    """
    latin = element.get(_VAL)
    if _is_east_asian(latin) or (defaults and not latin):
        element.set(_VAL, LATIN_LANGUAGE)
    east_asian = element.get(_EAST_ASIA)
    if (east_asian and not _is_chinese(east_asian)) or (defaults and not east_asian):
        element.set(_EAST_ASIA, EAST_ASIAN_LANGUAGE)


def fix_languages_in_xml(xml: bytes) -> bytes:
    """The same for a part given as bytes; bytes that are no XML come back unchanged."""
    try:
        root = etree.fromstring(xml)
    except etree.XMLSyntaxError:
        return xml
    fix_languages_in(root)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _cached_fix_languages_in_xml(xml: bytes) -> bytes:
    """``fix_languages_in_xml(xml)``, kept in the cache folder (disk_cache.py)."""
    return cached("parts", _CACHE_FORMAT + b"|" + xml, lambda: fix_languages_in_xml(xml))


def fix_languages_in(root: Any) -> None:
    """Every ``w:lang`` and ``w:themeFontLang`` below ``root`` (an lxml element)."""
    for tag in ("lang", "themeFontLang"):
        for element in root.iter(f"{W}{tag}"):
            fix_language_element(element)


def set_document_languages(document: Any) -> None:
    """Normalise the languages of a python-docx document: styles, numbering, body,
    headers, footers, footnotes, and the settings (see the module docstring)."""
    rpr = default_run_properties(document)
    lang = rpr.find(f"{W}lang")
    if lang is None:
        lang = parse_xml(f'<w:lang xmlns:w="{W_NS}"/>')
        later = [rpr.find(f"{W}{tag}") for tag in _AFTER_LANG]
        following = [element for element in later if element is not None]
        if following:
            following[0].addprevious(lang)
        else:
            rpr.append(lang)
    fix_language_element(lang, defaults=True)
    for part in document.part.package.iter_parts():
        element = getattr(part, "element", None)
        if element is not None and part.content_type.startswith(
            "application/vnd.openxmlformats-officedocument.wordprocessingml"
        ):
            fix_languages_in(element)
        elif part.content_type == _STYLES_WITH_EFFECTS:
            # Word 2010's copy of the styles; python-docx keeps it as bytes.
            part._blob = _cached_fix_languages_in_xml(part.blob)
    settings = document.settings.element
    theme_lang = settings.find(f"{W}themeFontLang")
    if theme_lang is not None:
        fix_language_element(theme_lang, defaults=True)
