"""How a Word template numbers lists, read from the template, for the live preview.

The Word export numbers items with the list formats the template's paragraph styles "JD
List" (flat lists) and "JD List Outline" (lists with nested items) link to, or with the
built-in formats for the posting's language when it has none (``docx_export.lists``). This
module reads the same choice straight from the template's zip (styles.xml and
numbering.xml, no python-docx), so the preview shows ``1、`` ``（1）`` or ``一、`` ``1、`` or
``1.`` ``1.1.`` as the document will, and makes each label (:func:`level_label`).
"""

from __future__ import annotations

import logging
import threading
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from jdeditor.core.model import Language

if TYPE_CHECKING:
    from jdeditor.formats.docx_export.numbering import LevelFormat

logger = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LIST_STYLE = "jd list"
OUTLINE_STYLE = "jd list outline"
FALLBACK_LIST_STYLE = "list paragraph"
_CHINESE_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Bullets in Symbol and Wingdings fonts are private-use characters; show them as what they draw.
_SYMBOL_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓"}
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


@dataclass(frozen=True)
class NumberLevel:
    """One level of a list format: Word's number format and its label text (``%1、``)."""

    num_fmt: str
    text: str


@dataclass(frozen=True)
class ListNumbering:
    """The levels of the flat and of the outline list format a template numbers items with."""

    flat: tuple[NumberLevel, ...]
    outline: tuple[NumberLevel, ...]

    def levels(self, outline: bool) -> tuple[NumberLevel, ...]:
        return self.outline if outline else self.flat


def number_text(num_fmt: str, value: int) -> str:
    """``value`` written in a Word number format (decimal, chineseCounting, lowerLetter…)."""
    if num_fmt in ("decimal", "decimalZero"):
        return f"{value:02d}" if num_fmt == "decimalZero" and value < 10 else str(value)
    if num_fmt.startswith("decimalEnclosedCircle") and 1 <= value <= len(_CIRCLED):
        return _CIRCLED[value - 1]
    if num_fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional"):
        return _chinese(value)
    if num_fmt in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters.upper() if num_fmt == "upperLetter" else letters
    if num_fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if num_fmt == "upperRoman" else roman
    if num_fmt == "none":
        return ""
    return str(value)


def _chinese(value: int) -> str:
    if value < 10:
        return _CHINESE_DIGITS[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        head = "" if tens == 1 else _CHINESE_DIGITS[tens]
        return head + "十" + (_CHINESE_DIGITS[ones] if ones else "")
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for amount, letters in _ROMAN:
        while value >= amount:
            out += letters
            value -= amount
    return out


def level_label(levels: Sequence[NumberLevel], counters: Sequence[int]) -> str:
    """The label of an item at level ``len(counters) - 1`` whose numbers along the path
    from the top are ``counters`` (``[2, 3]``: the third item under the second)."""
    depth = min(len(counters), len(levels)) - 1
    if depth < 0:
        return ""
    level = levels[depth]
    if level.num_fmt == "bullet":
        return "".join(_SYMBOL_BULLETS.get(char, char) for char in level.text) or "•"
    text = level.text
    for index in range(len(counters), 0, -1):  # %10 is no placeholder: Word has nine levels
        fmt = levels[min(index, len(levels)) - 1].num_fmt
        text = text.replace(f"%{index}", number_text(fmt, counters[index - 1]))
    return text


# -- reading a template ----------------------------------------------------------------------

_cache: dict[tuple[Path, int, int, Language], ListNumbering] = {}
_lock = threading.Lock()


def template_numbering(path: Path, language: Language) -> ListNumbering:
    """The list formats ``path`` numbers items with, as the Word export chooses them.

    A template that cannot be read, or has no list format of its own, gives the built-in
    formats for ``language`` (what the export uses then). Cached per file version.
    """
    try:
        stat = path.stat()
        key = (path.resolve(), stat.st_mtime_ns, stat.st_size, language)
    except OSError:
        return _builtin(language, None, None)
    with _lock:
        cached = _cache.get(key)
    if cached is not None:
        return cached
    own_flat, own_outline = _read_formats(path)
    found = _builtin(language, own_flat, own_outline)
    with _lock:
        _cache[key] = found
    return found


def _builtin(
    language: Language,
    own_flat: tuple[NumberLevel, ...] | None,
    own_outline: tuple[NumberLevel, ...] | None,
) -> ListNumbering:
    """The export's choice (``docx_export.lists.ListXmlWriter``): the template's formats,
    else the language's built-in ones."""
    if own_flat is not None and own_outline is not None:
        return ListNumbering(own_flat, own_outline)
    # Loaded only for a template without its own list formats: the Word export's modules.
    from jdeditor.formats.docx_export.numbering import EN_DECIMAL, ZH_FLAT, ZH_OUTLINE

    zh = language is Language.ZH
    flat = own_flat or _levels_of((ZH_FLAT if zh else EN_DECIMAL).levels)
    if own_outline is not None:
        outline = own_outline
    elif own_flat is not None or not zh:
        outline = flat
    else:
        outline = _levels_of(ZH_OUTLINE.levels)
    return ListNumbering(flat, outline)


def _levels_of(levels: Sequence[LevelFormat]) -> tuple[NumberLevel, ...]:
    return tuple(NumberLevel(level.num_fmt, level.text) for level in levels)


def _read_formats(
    path: Path,
) -> tuple[tuple[NumberLevel, ...] | None, tuple[NumberLevel, ...] | None]:
    """The formats the list styles link to: (flat, outline), None where there is none."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            styles = archive.read("word/styles.xml") if "word/styles.xml" in names else b""
            numbering = archive.read("word/numbering.xml") if "word/numbering.xml" in names else b""
        if not styles or not numbering:
            return None, None
        style_root = etree.fromstring(styles)
        numbering_root = etree.fromstring(numbering)
    except (OSError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as error:
        logger.warning("Cannot read the list formats of %s: %s", path, error)
        return None, None
    linked = _style_num_ids(style_root)
    flat_id = linked.get(LIST_STYLE) or linked.get(FALLBACK_LIST_STYLE)
    outline_id = linked.get(OUTLINE_STYLE)
    return _format(numbering_root, flat_id), _format(numbering_root, outline_id)


def _style_num_ids(root: etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for style in root.iterchildren(f"{W}style"):
        name = style.find(f"{W}name")
        num_id = style.find(f"{W}pPr/{W}numPr/{W}numId")
        if style.get(f"{W}type") == "paragraph" and name is not None and num_id is not None:
            value = num_id.get(f"{W}val")
            if value:
                found.setdefault(str(name.get(f"{W}val", "")).strip().lower(), value)
    return found


def _format(root: etree._Element, num_id: str | None) -> tuple[NumberLevel, ...] | None:
    if num_id is None:
        return None
    num = next((n for n in root.iterchildren(f"{W}num") if n.get(f"{W}numId") == num_id), None)
    link = num.find(f"{W}abstractNumId") if num is not None else None
    abstract_id = link.get(f"{W}val") if link is not None else None
    abstract = next(
        (
            a
            for a in root.iterchildren(f"{W}abstractNum")
            if a.get(f"{W}abstractNumId") == abstract_id
        ),
        None,
    )
    if abstract is None:
        return None
    levels: list[NumberLevel] = []
    for lvl in sorted(abstract.iterchildren(f"{W}lvl"), key=lambda e: int(e.get(f"{W}ilvl", 0))):
        fmt = lvl.find(f"{W}numFmt")
        text = lvl.find(f"{W}lvlText")
        levels.append(
            NumberLevel(
                fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                text.get(f"{W}val", "") if text is not None else "",
            )
        )
    return tuple(levels) or None
