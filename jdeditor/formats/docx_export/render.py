"""Rendering one posting with a Word template: docxtpl in the sandbox, then finishing touches.

Steps: load the template from cached bytes (no disk read per posting), build the context
with a writer bound to this document (lists and the logo need it), let docxtpl fill in the
body, headers and footers, then make the result valid and complete: every table cell gets
a paragraph, the document defaults get an East Asian font if the template has none, Latin
text is marked as English and Chinese as Chinese (languages.py), and the document
properties describe the posting. Anything wrong with the template becomes a
:class:`TemplateError` naming the file, the part and the paragraph.
"""

from __future__ import annotations

import io
import logging
import threading
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2
from docx.image.exceptions import UnrecognizedImageError
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from docxtpl import __version__ as docxtpl_version
from jinja2.exceptions import SecurityError
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from jdeditor.core.model import Language, Posting
from jdeditor.errors import InputFileError, UserFacingError
from jdeditor.formats.docx_export.budget import RENDER_SECONDS, BudgetExceeded, budget
from jdeditor.formats.docx_export.context import build_context, clean
from jdeditor.formats.docx_export.disk_cache import cached
from jdeditor.formats.docx_export.export_settings import DEFAULT_SETTINGS, ExportSettings
from jdeditor.formats.docx_export.fonts import ensure_east_asian_font
from jdeditor.formats.docx_export.languages import set_document_languages
from jdeditor.formats.docx_export.lists import ListXmlWriter
from jdeditor.formats.docx_export.numbering import W
from jdeditor.formats.docx_export.part_limits import check_file_size, check_parts
from jdeditor.formats.docx_export.problems import TEMPLATE_HELP, TemplateError, shorten
from jdeditor.formats.docx_export.sandbox import RENDER_ENV

logger = logging.getLogger(__name__)

_SUBJECTS = {Language.ZH: "岗位说明书", Language.EN: "Job description"}
_LANGUAGE_TAGS = {Language.ZH: "zh-CN", Language.EN: "en-US"}
_CACHE_SIZE = 16
_cache: dict[Path, tuple[tuple[int, int], bytes]] = {}
_cache_lock = threading.Lock()


_INSIDE_TEXT = frozenset({f"{W}t", f"{W}r", f"{W}p"})
# The core properties docxtpl's render_properties fills in (as docxtpl 0.20 does).
_TEMPLATED_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")


# What a template's own expressions can raise besides Jinja's errors.
_TEMPLATE_CODE_ERRORS = (
    ArithmeticError,
    LookupError,
    RecursionError,
    TypeError,
    ValueError,
    MemoryError,
)


class BrokenMarkup(Exception):
    """The filled-in body is not valid Word XML (a tag placed where markup cannot go)."""


def check_markup(xml: str) -> None:
    """Raise BrokenMarkup unless ``xml`` is well-formed with no paragraph inside a run or text.

    A ``{{ section.list }}`` written in the middle of a sentence puts paragraphs inside
    ``w:t``: well-formed XML that Word refuses to open.
    """
    try:
        root = etree.fromstring(xml)
    except etree.XMLSyntaxError as error:
        raise BrokenMarkup(str(error)) from None
    for paragraph in root.iter(f"{W}p"):
        parent = paragraph.getparent()
        if parent is not None and parent.tag in _INSIDE_TEXT:
            raise BrokenMarkup("a paragraph inside a line of text")


class _Template(DocxTemplate):  # type: ignore[misc]  # docxtpl has no type information
    def fix_tables(self, xml: str) -> Any:
        # docxtpl parses with recover=True, which silently drops whatever is malformed.
        check_markup(xml)
        return super().fix_tables(xml)

    def render_properties(self, context: dict[str, Any], jinja_env: Any = None) -> None:
        # docxtpl renders each of these core properties as a template of its own: six
        # compilations (or cache reads) per export. A text with no tag and no line break
        # (which Jinja normalises) renders to itself, so it is set again as it is, as
        # docxtpl would. _set_properties then replaces all but the identifier anyway.
        properties = self.docx.core_properties
        for name in _TEMPLATED_PROPERTIES:
            value = getattr(properties, name)
            if any(mark in value for mark in "{\r\n"):
                value = jinja_env.from_string(value).render(context)
            setattr(properties, name, value)

    def patch_xml(self, src_xml: str) -> str:
        # A pure function of the part's XML (two dozen regular expressions, most of the
        # render's time in a new process): kept in the cache folder, keyed by docxtpl's
        # version and the XML.
        key = f"{docxtpl_version}|{src_xml}".encode()
        patched = cached("patched", key, lambda: super(_Template, self).patch_xml(src_xml).encode())
        return patched.decode("utf-8")


def template_bytes(path: Path) -> bytes:
    """A template's bytes, read from disk only when the file changed since last time."""
    try:
        stat = path.stat()
        key = path.resolve()
    except OSError as error:
        raise TemplateError(
            f"The Word template {path} cannot be opened: {error.strerror or error}. "
            "Choose an existing .docx file."
        ) from None
    stamp = (stat.st_mtime_ns, stat.st_size)
    check_file_size(path, stat.st_size)
    with _cache_lock:
        cached = _cache.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TemplateError(
            f"The Word template {path} cannot be read: {error.strerror or error}."
        ) from None
    check_parts(path, data)  # once per change of the file: the cached bytes passed
    with _cache_lock:
        if len(_cache) >= _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
        _cache[key] = (stamp, data)
    return data


def open_template(path: Path, data: bytes) -> DocxTemplate:
    """A docxtpl template with its document loaded; TemplateError if it is no .docx."""
    tpl = _Template(io.BytesIO(data))
    try:
        tpl.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TemplateError(
            f"The Word template {path} is not a Word document (.docx): {error}. "
            "Open it in Word and save it as a Word Document (*.docx)."
        ) from None
    except etree.XMLSyntaxError as error:
        raise TemplateError(f"The Word template {path} is damaged: {error}.") from None
    return tpl


class _Writer:
    """Lists and images for the document being rendered (context.DocumentWriter)."""

    def __init__(self, tpl: DocxTemplate, language: Language) -> None:
        self._tpl = tpl
        self.lists = ListXmlWriter(tpl.docx, language)

    def image_xml(self, path: Path, height_mm: float) -> str:
        try:
            data = path.read_bytes()
            return str(InlineImage(self._tpl, io.BytesIO(data), height=Mm(height_mm)).__html__())
        except OSError as error:
            reason = error.strerror or str(error)
        except UnrecognizedImageError:
            reason = "it is not an image Word can show (use PNG or JPEG)"
        raise InputFileError(
            f"The company logo {path} cannot be used: {reason}. "
            "Choose another logo in the settings, or remove it."
        )


def _template_error(path: Path, tpl: DocxTemplate, error: BaseException) -> TemplateError:
    from jdeditor.formats.docx_export.locations import locate  # only for a broken template

    part, near = locate(tpl, error)
    where = f" (in {part}" + (f', near "{shorten(near)}"' if near else "") + ")" if part else ""
    if isinstance(error, BudgetExceeded):
        what = str(error)
    elif isinstance(error, SecurityError):
        what = f"it tries something templates may not do: {error}"
    elif isinstance(error, jinja2.TemplateSyntaxError):
        what = f"a tag is malformed: {error.message}"
    elif isinstance(error, jinja2.UndefinedError):
        what = f"it uses a name that does not exist: {error.message}"
    elif isinstance(error, jinja2.TemplateNotFound):
        what = f"it tries to include another file ({error.name}), which templates cannot do"
    elif isinstance(error, RecursionError):
        what = "a macro or block calls itself without end"
    elif isinstance(error, MemoryError):
        what = "filling it in needs more memory than there is"
    elif isinstance(error, BrokenMarkup | etree.XMLSyntaxError):
        what = (
            "filling it in gives broken Word markup; a {{p …}} tag such as "
            "{{p section.list }} must stand alone in its own paragraph"
        )
    else:
        what = f"it cannot be filled in: {error}"
    return TemplateError(
        f"The Word template {path.name} cannot be used: {what}{where}. "
        f"Correct it in Word; {TEMPLATE_HELP}."
    )


def render_docx_document(
    posting: Posting, template: Path, settings: ExportSettings = DEFAULT_SETTINGS
) -> Any:
    """The posting rendered with ``template``, as a python-docx ``Document``."""
    template = Path(template)
    tpl = open_template(template, template_bytes(template))
    writer = _Writer(tpl, posting.language)
    context = build_context(posting, settings, writer=writer)
    try:
        with budget(RENDER_SECONDS):
            tpl.render(context, RENDER_ENV, autoescape=True)
    except UserFacingError:
        raise
    except (jinja2.TemplateError, BrokenMarkup, etree.XMLSyntaxError) as error:
        raise _template_error(template, tpl, error) from error
    except _TEMPLATE_CODE_ERRORS as error:  # the template's own code failed (1/0, recursion)
        raise _template_error(template, tpl, error) from error
    document = tpl.docx
    _repair_tables(document)
    ensure_east_asian_font(document, posting.language)
    set_document_languages(document)
    _set_properties(document, posting, settings)
    logger.debug("Rendered posting %r with template %s", posting.title, template.name)
    return document


def render_docx(
    posting: Posting, template: Path, settings: ExportSettings = DEFAULT_SETTINGS
) -> bytes:
    """The posting rendered with ``template``, as the bytes of a .docx file."""
    document = render_docx_document(posting, template, settings)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _repair_tables(document: Any) -> None:
    """Word refuses a table without rows, and a cell that does not end with a paragraph.

    A row loop over nothing leaves the first, an empty list placed in a cell the second.
    """
    body = document.element.body
    for table in list(body.iter(f"{W}tbl")):
        if table.find(f"{W}tr") is None:
            table.getparent().remove(table)
    for cell in body.iter(f"{W}tc"):
        last = cell[-1] if len(cell) else None
        if last is None or last.tag != f"{W}p":
            etree.SubElement(cell, f"{W}p")


def _set_properties(document: Any, posting: Posting, settings: ExportSettings) -> None:
    props = document.core_properties
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    subject = _SUBJECTS[posting.language]
    department = clean(posting.department.strip())
    props.title = clean(posting.title.strip())
    props.subject = f"{subject} · {department}" if department else subject
    props.author = clean((settings.author or settings.company_name).strip())
    props.last_modified_by = props.author
    props.keywords = ", ".join(clean(tag.strip()) for tag in posting.tags if tag.strip())
    props.comments = ""
    props.language = _LANGUAGE_TAGS[posting.language]
    props.created = now
    props.modified = now
    props.revision = 1
