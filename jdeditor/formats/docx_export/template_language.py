"""Which language a template's own words are in, and a warning when a posting's differs.

The bundled templates hold no words of their own: every label, date and page number comes
from the context in the posting's language (``labels``, ``export_date``,
``page_numbers``), so any template suits any posting. A user's template may well have
fixed words typed in (编制日期：, 任职要求). An English posting exported with it would
print Chinese labels beside English text, so the export warns.

A template's language is, in this order:

1. declared: the custom document property ``Language`` (Word: File › Info › Properties ›
   Advanced Properties › Custom; LibreOffice: File › Properties › Custom Properties), one
   of ``zh`` / ``zh-CN`` / ``Chinese`` / ``中文``, ``en`` / ``en-US`` / ``English`` / ``英文``,
   or ``any`` (both; no warning);
2. otherwise read from the fixed text outside the tags, in the body, headers and
   footers: Chinese when it is (nearly) all Chinese, English when (nearly) all Latin
   letters, no language when it holds no words or both.
"""

from __future__ import annotations

import functools
import re
import threading
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from jdeditor.core.model import Language, Posting
from jdeditor.formats.export_request import ExportWarning

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_CJK = r"[\u3400-\u9fff\uf900-\ufaff]"
_LATIN = r"[A-Za-z]"
_WORD = r"[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z][A-Za-z'-]*"
_TEXT_PARTS = re.compile(r"word/(document|header\d*|footer\d*)\.xml")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CUSTOM = "docProps/custom.xml"
_CUSTOM_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_NAMES = {
    Language.ZH: ("zh", "chinese", "中文", "汉语", "简体中文"),
    Language.EN: ("en", "english", "英文", "英语"),
}
_ANY = ("any", "all", "both", "mul", "multilingual", "任意", "全部", "多语言", "中英")
# One Chinese character says about as much as two Latin letters; a template is in one
# language when the other's share is below this.
_MINOR_SHARE = 0.2
_LANGUAGE_NAMES = {Language.ZH: "Chinese", Language.EN: "English"}


@dataclass(frozen=True)
class TemplateLanguage:
    """The languages a template's own words are in; empty: none (it suits any posting)."""

    languages: frozenset[Language]
    declared: bool  # from the Language property, not read from the text
    example: str = ""  # some of its fixed words, for the warning


_cache: dict[Path, tuple[tuple[int, int], TemplateLanguage]] = {}
_cache_lock = threading.Lock()


def _declared(archive: zipfile.ZipFile) -> frozenset[Language] | None:
    if _CUSTOM not in archive.namelist():
        return None
    try:
        root = etree.fromstring(archive.read(_CUSTOM))
    except etree.XMLSyntaxError:
        return None
    for prop in root.iter(f"{_CUSTOM_NS}property"):
        if str(prop.get("name", "")).strip().casefold() != "language":
            continue
        value = "".join(prop.itertext()).strip().casefold()
        if not value:
            return None
        if value in _ANY:
            return frozenset()
        found = set()
        for word in re.split(r"[\s,;/、，]+", value):
            for language, names in _NAMES.items():
                if word in names or word.split("-")[0] in names:
                    found.add(language)
        return frozenset(found) if found else None
    return None


def fixed_text(archive: zipfile.ZipFile) -> str:
    """The template's own words: the text of body, headers and footers without the tags."""
    paragraphs = []
    for name in archive.namelist():
        if not _TEXT_PARTS.fullmatch(name):
            continue
        try:
            root = etree.fromstring(archive.read(name))
        except etree.XMLSyntaxError:
            continue
        for paragraph in root.iter(f"{_W}p"):
            text = "".join(node.text or "" for node in paragraph.iter(f"{_W}t"))
            paragraphs.append(_TAG.sub(" ", text))
    return "\n".join(paragraphs)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """The CJK classes take ~2 ms to compile: only when a template has words of its own."""
    return re.compile(pattern)


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _read(text: str) -> TemplateLanguage:
    chinese = 2 * sum(1 for char in text if _is_cjk(char))
    latin = sum(1 for char in text if char.isascii() and char.isalpha())
    if chinese + latin == 0:
        return TemplateLanguage(frozenset(), False)
    share = chinese / (chinese + latin)
    if share >= 1 - _MINOR_SHARE:
        language = Language.ZH
    elif share <= _MINOR_SHARE:
        language = Language.EN
    else:
        return TemplateLanguage(frozenset(), False)
    pattern = _compiled(_CJK if language is Language.ZH else _LATIN)
    words = [word for word in _compiled(_WORD).findall(text) if pattern.match(word)]
    return TemplateLanguage(frozenset({language}), False, "、".join(dict.fromkeys(words))[:40])


def template_language(path: Path) -> TemplateLanguage:
    """The language of a template's own words (see the module docstring); cached by file."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        return TemplateLanguage(frozenset(), False)
    stamp = (stat.st_mtime_ns, stat.st_size)
    with _cache_lock:
        cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        with zipfile.ZipFile(path) as archive:
            declared = _declared(archive)
            text = fixed_text(archive)
    except (OSError, zipfile.BadZipFile):
        return TemplateLanguage(frozenset(), False)
    found = _read(text)
    if declared is not None:
        found = TemplateLanguage(declared, True, found.example if declared else "")
    with _cache_lock:
        _cache[path] = (stamp, found)
    return found


def language_warnings(uses: Sequence[tuple[Posting, Path]]) -> list[ExportWarning]:
    """One warning per template whose words are in another language than some postings'.

    ``uses``: each posting with the template it is exported with.
    """
    by_template: dict[Path, list[Posting]] = {}
    for posting, template in uses:
        by_template.setdefault(Path(template), []).append(posting)
    warnings = []
    for template, postings in by_template.items():
        found = template_language(template)
        if not found.languages:
            continue
        others = [posting for posting in postings if posting.language not in found.languages]
        if not others:
            continue
        template_in = " and ".join(_LANGUAGE_NAMES[language] for language in found.languages)
        posting_in = _LANGUAGE_NAMES[others[0].language]
        example = f" (“{found.example}”)" if found.example else ""
        count = len(others)
        subject = f"“{others[0].title}” is" if count == 1 else f"{count} postings are"
        message = (
            f"The template {template.stem} has its own words in {template_in}{example}, "
            f"but {subject} in {posting_in}: the document mixes both languages. Choose a "
            "template for that language, or replace the template's words with labels such "
            "as {{ labels.export_date }}, which follow the posting (see the template guide)."
        )
        values = (
            ("template", template.stem),
            ("template_language", template_in),
            ("example", found.example),
            ("posting_language", posting_in),
            ("count", str(count)),
            ("title", others[0].title),
        )
        warnings.append(ExportWarning("template_language", message, values))
    return warnings
