"""Where in a .docx a template error is: the part and the text of the paragraph around it.

docxtpl turns each part (body, headers, footers) into one Jinja source, after "patching"
the XML so that tags split across runs become whole again. We patch the same way and put
each paragraph on its own line, as docxtpl does, so a Jinja line number leads back to a
paragraph a user can find in Word.
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass
from typing import Any

from docxtpl import DocxTemplate

_PARAGRAPH_START = re.compile(r"<w:p([ >])")
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class PartSource:
    """One part of a template as Jinja source; ``name`` like ``word/header1.xml``."""

    name: str
    source: str
    part: Any  # the python-docx part (the body's is the document part)

    @property
    def lines(self) -> list[str]:
        return self.source.split("\n")

    def near(self, lineno: int | None) -> str:
        """The visible text (tags included) of the paragraph at a Jinja line number."""
        if lineno is None:
            return ""
        lines = self.lines
        for index in (lineno - 1, lineno - 2, lineno):
            if 0 <= index < len(lines):
                text = _TAG.sub("", lines[index]).strip()
                if text:
                    return text
        return ""


def jinja_source(tpl: DocxTemplate, xml: str) -> str:
    """What docxtpl hands to Jinja for a part's XML (render_xml_part does the same)."""
    return str(_PARAGRAPH_START.sub(r"\n<w:p\1", tpl.patch_xml(xml)))


def _part_name(part: Any) -> str:
    return str(part.partname).lstrip("/")


def template_parts(tpl: DocxTemplate) -> list[PartSource]:
    """The body, then every header and footer, of a template not yet rendered."""
    document = tpl.get_docx()
    parts = [PartSource(_part_name(document.part), jinja_source(tpl, tpl.get_xml()), document.part)]
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        for _, part in tpl.get_headers_footers(uri):
            parts.append(
                PartSource(_part_name(part), jinja_source(tpl, tpl.get_part_xml(part)), part)
            )
    return parts


def error_line(exc: BaseException) -> int | None:
    """The template line an error happened on: a syntax error's, or the deepest frame's."""
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == "<template>":
            found = frame.lineno
    return found


def locate(tpl: DocxTemplate, exc: BaseException) -> tuple[str, str]:
    """(part name, nearby text) for an error raised while ``tpl`` was being rendered."""
    part = getattr(tpl, "current_rendering_part", None)
    if part is None:
        return "", ""
    name = _part_name(part)
    try:
        sources = template_parts(_fresh(tpl))
    except Exception:  # only describing an error here: never replace it with another one
        return name, ""
    for source in sources:
        if source.name == name:
            return name, source.near(error_line(exc))
    return name, ""


def _fresh(tpl: DocxTemplate) -> DocxTemplate:
    """An unrendered copy of the template (rendering may have replaced parts already)."""
    stream = tpl.template_file
    if hasattr(stream, "seek"):
        stream.seek(0)
    return DocxTemplate(stream)
