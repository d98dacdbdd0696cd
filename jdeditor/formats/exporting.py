"""Exporting postings to files: one file, one file per posting in a folder, or merged.

Every document is rendered in memory first and only then written, each file atomically
(temporary name, then replace): a template error or a failed PDF conversion halfway
through a batch writes nothing, and a crash never leaves half a document behind.
Existing files are never overwritten unless the caller asks. A folder of files goes
through a staging folder and a manifest (folder_export.py): all files or none, and a rerun
replaces what an interrupted export wrote instead of adding "(2)" copies.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from jdeditor.core.model import Posting
from jdeditor.errors import OutputFileError
from jdeditor.formats.atomic import write_bytes_atomic
from jdeditor.formats.docx_export import (
    DEFAULT_TEMPLATE,
    ExportSettings,
    find_template,
    render_docx,
    render_docx_document,
)
from jdeditor.formats.docx_export.template_language import language_warnings
from jdeditor.formats.export_request import ExportFormat, ExportRequest, ExportWarning
from jdeditor.formats.file_names import safe_stem, unique_path

# The writers of the other formats, the merger and the PDF conversion are imported where
# they are used: an export of one Word file (the common case, and the command line's
# start-up budget) needs none of them.

Progress = Callable[[int, int], None]
Warn = Callable[[ExportWarning], None]


def _template_for(posting: Posting, name: str | None) -> Path:
    return find_template(name or DEFAULT_TEMPLATE[posting.language]).path


def _render_one(posting: Posting, request: ExportRequest, settings: ExportSettings) -> bytes:
    kind = request.format
    if kind in (ExportFormat.DOCX, ExportFormat.PDF):
        return render_docx(posting, _template_for(posting, request.template), settings)
    if kind is ExportFormat.MARKDOWN:
        from jdeditor.formats.markdown_export import render_markdown

        return render_markdown(posting).encode("utf-8")
    if kind is ExportFormat.HTML:
        from jdeditor.formats.html_export import render_html

        return render_html(posting, company_name=settings.company_name).encode("utf-8")
    if kind is ExportFormat.JSONLD:
        from jdeditor.formats.jsonld_export import render_jsonld

        return render_jsonld(posting, company_name=settings.company_name).encode("utf-8")
    from jdeditor.formats import json_format

    return json_format.dumps_posting(posting).encode("utf-8")


def _render_merged(
    postings: Sequence[Posting], request: ExportRequest, settings: ExportSettings
) -> bytes:
    from jdeditor.formats import json_format
    from jdeditor.formats.docx_merge import merge_documents
    from jdeditor.formats.html_export import render_html
    from jdeditor.formats.jsonld_export import render_jsonld
    from jdeditor.formats.markdown_export import render_markdown

    kind = request.format
    if kind in (ExportFormat.DOCX, ExportFormat.PDF):
        documents = [
            render_docx_document(posting, _template_for(posting, request.template), settings)
            for posting in postings
        ]
        stream = io.BytesIO()
        merge_documents(documents).save(stream)
        return stream.getvalue()
    if kind is ExportFormat.MARKDOWN:
        return "\n---\n\n".join(render_markdown(posting) for posting in postings).encode("utf-8")
    if kind is ExportFormat.HTML:
        parts = [render_html(posting, standalone=False) for posting in postings]
        page = render_html(postings[0], company_name=settings.company_name)
        head, _, _ = page.partition("<body>")
        separator = '\n<div style="page-break-before: always"></div>\n'
        return (head + "<body>\n" + separator.join(parts) + "\n</body>\n</html>\n").encode()
    if kind is ExportFormat.JSONLD:
        objects = [
            json.loads(render_jsonld(posting, company_name=settings.company_name))
            for posting in postings
        ]
        return (json.dumps(objects, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return json_format.dumps_library(postings).encode("utf-8")


def _single_target(request: ExportRequest, postings: Sequence[Posting]) -> Path:
    target = request.target
    if target.is_dir():
        stem = safe_stem(postings[0].title) if len(postings) == 1 else "postings"
        return unique_path(target, stem, request.format.suffix, set(), request.overwrite)
    if target.suffix == "":
        target = target.with_suffix(request.format.suffix)
    if target.exists() and not request.overwrite:
        raise OutputFileError(
            f"{target} already exists. Choose another name, or allow overwriting (--overwrite)."
        )
    return target


def export_postings(
    postings: Sequence[Posting],
    request: ExportRequest,
    settings: ExportSettings = ExportSettings(),
    progress: Progress | None = None,
    warn: Warn | None = None,
) -> list[Path]:
    """Write the postings as ``request`` says; returns the files written.

    ``warn`` hears of what the export did but the user may not want: a template whose own
    words are in another language than a posting (template_language.py).
    """
    if not postings:
        raise OutputFileError("There is nothing to export: no postings were chosen.")
    if warn is not None and request.format in (ExportFormat.DOCX, ExportFormat.PDF):
        for warning in export_warnings(postings, request):
            warn(warning)
    one_file = request.merge or request.format is ExportFormat.JSON or len(postings) == 1
    if one_file:
        if len(postings) == 1 and request.format is not ExportFormat.JSON:
            data = _render_one(postings[0], request, settings)
        else:
            data = _render_merged(postings, request, settings)
        if request.format is ExportFormat.PDF:
            from jdeditor.formats.pdf_convert import docx_to_pdf

            [data] = docx_to_pdf([data])
        if len(postings) == 1 and not request.merge and request.target.is_dir():
            # One posting into a folder: named as a folder export names it, so that
            # exporting it again replaces it rather than adding "(2)".
            from jdeditor.formats.folder_export import write_folder

            written = write_folder(
                request.target, postings, [data], request.format.suffix, request.overwrite
            )
            if progress is not None:
                progress(1, 1)
            return written
        target = _single_target(request, postings)
        _ensure_folder(target.parent)
        write_bytes_atomic(target, data)
        if progress is not None:
            progress(len(postings), len(postings))
        return [target]

    folder = request.target
    if folder.exists() and not folder.is_dir():
        raise OutputFileError(
            f"{folder} is a file; exporting several postings needs a folder (or merge them "
            "into one file)."
        )
    rendered: list[bytes] = []
    for number, posting in enumerate(postings, start=1):
        rendered.append(_render_one(posting, request, settings))
        if progress is not None:
            progress(number, len(postings) * 2)
    if request.format is ExportFormat.PDF:
        from jdeditor.formats.pdf_convert import docx_to_pdf

        rendered = docx_to_pdf(rendered)
    from jdeditor.formats.folder_export import write_folder

    made = not folder.exists()
    _ensure_folder(folder)
    try:
        written = write_folder(folder, postings, rendered, request.format.suffix, request.overwrite)
    except BaseException:
        if made:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if it is still empty
        raise
    if progress is not None:
        progress(len(postings) * 2, len(postings) * 2)
    return written


def export_warnings(postings: Sequence[Posting], request: ExportRequest) -> list[ExportWarning]:
    """Warnings about a Word or PDF export of ``postings`` (before it is written)."""
    templates: dict[object, Path] = {}
    uses = []
    for posting in postings:
        if posting.language not in templates:
            templates[posting.language] = _template_for(posting, request.template)
        uses.append((posting, templates[posting.language]))
    return language_warnings(uses)


def _ensure_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputFileError(
            f"Cannot create the folder {folder}: {error.strerror}. Choose a folder you can "
            "write to."
        ) from error
