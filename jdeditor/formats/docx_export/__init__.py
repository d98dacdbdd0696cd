"""Word export: postings rendered to .docx through docxtpl templates (docs/templates.md).

The API the export service and the command line call; the modules behind it:
``context`` (the values a template sees), ``sandbox`` (the Jinja environments), ``lists``
and ``numbering`` (real Word lists), ``fonts``, ``render``, ``templates`` and ``checking``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jdeditor.formats.docx_export.context import build_context
from jdeditor.formats.docx_export.export_settings import ExportSettings
from jdeditor.formats.docx_export.problems import TemplateError, TemplateProblem
from jdeditor.formats.docx_export.render import render_docx, render_docx_document
from jdeditor.formats.docx_export.templates import (
    DEFAULT_TEMPLATE,
    add_template,
    find_template,
    list_templates,
)
from jdeditor.formats.template_info import TemplateInfo

if TYPE_CHECKING:
    from jdeditor.formats.docx_export.checking import check_template

__all__ = [
    "DEFAULT_TEMPLATE",
    "ExportSettings",
    "TemplateError",
    "TemplateInfo",
    "TemplateProblem",
    "add_template",
    "build_context",
    "check_template",
    "find_template",
    "list_templates",
    "render_docx",
    "render_docx_document",
]


def __getattr__(name: str) -> Any:
    # The checks (and the name finder behind them) load when first asked for: an export
    # does not run them (templates are checked when added).
    if name == "check_template":
        from jdeditor.formats.docx_export.checking import check_template

        return check_template
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
