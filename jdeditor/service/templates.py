"""The Word templates as the template manager sees them: list, check, add, remove, and the
first page of each filled in with a posting (for its thumbnail), cached on disk.

Functions, not a part of :class:`Library`: templates belong to the user, not to a library,
and the manager works before any library is open.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jdeditor import paths
from jdeditor.core.model import Language, Posting
from jdeditor.core.serialization import posting_json
from jdeditor.errors import UserFacingError
from jdeditor.formats.template_info import TemplateInfo

logger = logging.getLogger(__name__)

# Bump when the way pages are drawn changes, so that old cached images are not shown.
PAGE_IMAGE_VERSION = "1"
PAGE_CACHE_KEEP = 200  # images; the oldest beyond this are deleted
_CANNOT_DRAW: set[str] = set()  # LibreOffice programs that drew no picture in this run


@dataclass(frozen=True)
class TemplateEntry:
    """A template with the language of its own words (None: it suits any posting)."""

    info: TemplateInfo
    language: Language | None

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def bundled(self) -> bool:
        return self.info.bundled


@dataclass(frozen=True)
class TemplateCheckProblem:
    """One thing wrong with a template, in English; ``no_placeholders`` marks a document
    without a single tag (an exported posting), which the window explains in its language."""

    text: str
    no_placeholders: bool = False


@dataclass(frozen=True)
class FirstPage:
    """A template's first page filled in with a posting, for a thumbnail.

    ``png`` is LibreOffice's picture (or a cached one); without it, ``html`` is an
    approximate sketch to lay out on a page of ``width_pt`` × ``height_pt`` with the
    given margins, and the caller stores the picture it draws under ``key``.
    """

    key: str
    png: bytes | None = None
    html: str = ""
    width_pt: float = 0.0
    height_pt: float = 0.0
    margin_left_pt: float = 0.0
    margin_top_pt: float = 0.0
    sketched: bool = False  # not LibreOffice's picture: approximate


def template_entries() -> list[TemplateEntry]:
    """Bundled templates first, then the user's own, each with its language."""
    from jdeditor.formats.docx_export import list_templates
    from jdeditor.formats.docx_export.template_language import template_language

    entries = []
    for info in list_templates():
        languages = template_language(info.path).languages
        language = next(iter(languages)) if len(languages) == 1 else None
        entries.append(TemplateEntry(info, language))
    return entries


def template_named(name: str) -> TemplateEntry | None:
    """The template a file of this name would clash with, if any."""
    wanted = name.casefold()
    return next((e for e in template_entries() if e.name.casefold() == wanted), None)


def check_template_file(path: Path) -> list[TemplateCheckProblem]:
    """What is wrong with a .docx as a template, each with where it is (the file is not
    named: the caller says which file); empty when it can be used."""
    from jdeditor.formats.docx_export.checking import NO_PLACEHOLDERS
    from jdeditor.formats.docx_export.isolated_check import check_template_isolated

    if Path(path).suffix.lower() != ".docx":
        return [
            TemplateCheckProblem(
                "templates are Word documents (.docx): in Word, save it as a Word Document "
                "(*.docx) and add that file"
            )
        ]
    problems = []
    for problem in check_template_isolated(Path(path)):
        where = problem.where
        text = problem.message + (f" — in {where}" if where else "")
        problems.append(TemplateCheckProblem(text, problem.message == NO_PLACEHOLDERS))
    return problems


def add_template_file(path: Path, replace: bool = False) -> TemplateInfo:
    """Check the template and copy it among the user's templates (see ``add_template``)."""
    from jdeditor.formats.docx_export import add_template

    return add_template(Path(path), replace=replace)


def remove_template(name: str) -> None:
    """Delete one of the user's own templates; bundled templates cannot be removed."""
    entry = template_named(name)
    if entry is None:
        raise UserFacingError(f"There is no template named '{name}'; nothing was removed.")
    if entry.bundled:
        raise UserFacingError(
            f"The template '{name}' comes with JD Editor and cannot be removed. "
            "Add a template of your own under that name to replace it."
        )
    try:
        entry.info.path.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        raise UserFacingError(
            f"The template file {entry.info.path} cannot be deleted: {error.strerror}. "
            "Close it in Word and try again."
        ) from None
    logger.info("Removed Word template %s (%s)", name, entry.info.path)


def sample_language(entry: TemplateEntry, fallback: Language) -> Language:
    """The language to show a template in: its own words', else the one its name ends
    with (``formal-zh``, ``jd-en``), else ``fallback`` (the interface's)."""
    if entry.language is not None:
        return entry.language
    for language in Language:
        if entry.name.casefold().endswith(f"-{language.value}"):
            return language
    return fallback


def sample_posting(language: Language) -> Posting:
    """The posting a template is shown with when none is open."""
    from jdeditor.service.template_samples import sample_posting as sample

    return sample(language)


def page_cache_dir() -> Path:
    """Where first-page pictures are kept: the user's data folder, never the app's."""
    return paths.data_dir() / "cache" / "template-pages"


def first_page(entry: TemplateEntry, posting: Posting) -> FirstPage:
    """The template's first page filled in with ``posting``: cached, else drawn by
    LibreOffice, else sketched (see :class:`FirstPage`). Slow: call it off the GUI thread."""
    from jdeditor.formats import pdf_convert
    from jdeditor.formats.docx_export import render_docx
    from jdeditor.formats.docx_page_image import libreoffice_page_image
    from jdeditor.formats.docx_sketch import sketch_first_page
    from jdeditor.settings import load_settings

    settings = load_settings()[0].export_settings()
    try:
        template = entry.info.path.read_bytes()
    except OSError as error:
        raise UserFacingError(
            f"The template file {entry.info.path} cannot be read: {error.strerror}."
        ) from None
    soffice = pdf_convert.find_libreoffice()
    drawer = str(soffice) if soffice is not None else ""
    use_libreoffice = soffice is not None and drawer not in _CANNOT_DRAW
    posting_part = posting_json(posting) + repr(settings)
    stem = "-".join(
        (
            hashlib.sha256(template).hexdigest()[:24],
            hashlib.sha256(posting_part.encode("utf-8")).hexdigest()[:24],
            PAGE_IMAGE_VERSION,
        )
    )
    drawn_key, sketch_key = f"{stem}-libreoffice", f"{stem}-sketch"
    if soffice is not None:
        drawn = _cached(drawn_key)
        if drawn is not None:
            return FirstPage(drawn_key, png=drawn)
    if not use_libreoffice:
        sketched = _cached(sketch_key)
        if sketched is not None:
            return FirstPage(sketch_key, png=sketched, sketched=True)
    document = render_docx(posting, entry.info.path, settings)
    if soffice is not None and use_libreoffice:
        png = libreoffice_page_image(document, soffice)
        if png is not None:
            store_page_image(drawn_key, png)
            return FirstPage(drawn_key, png=png)
        # A Writer-only LibreOffice has no picture export: do not ask it again.
        _CANNOT_DRAW.add(drawer)
        sketched = _cached(sketch_key)
        if sketched is not None:
            return FirstPage(sketch_key, png=sketched, sketched=True)
    sketch = sketch_first_page(document)
    return FirstPage(
        sketch_key,
        html=sketch.html,
        width_pt=sketch.width_pt,
        height_pt=sketch.height_pt,
        margin_left_pt=sketch.margin_left_pt,
        margin_top_pt=sketch.margin_top_pt,
        sketched=True,
    )


def _cached(key: str) -> bytes | None:
    try:
        return (page_cache_dir() / f"{key}.png").read_bytes()
    except OSError:
        return None


def store_page_image(key: str, png: bytes) -> None:
    """Keep a first page's picture for next time (atomically; a failure only logs)."""
    folder = page_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".page-", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(png)
        Path(temporary).replace(folder / f"{key}.png")
        pictures = sorted(folder.glob("*.png"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in pictures[PAGE_CACHE_KEEP:]:
            old.unlink(missing_ok=True)
    except OSError as error:
        logger.warning("Cannot keep the template page picture in %s: %s", folder, error)
