"""Export: files in every format, the Word templates, and the live preview's HTML."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from jdeditor.core.gc_pause import collector_paused
from jdeditor.core.model import Language, Posting
from jdeditor.errors import UserFacingError
from jdeditor.formats.export_request import ExportFormat, ExportRequest, ExportWarning
from jdeditor.formats.template_info import TemplateInfo
from jdeditor.service.base import LibraryBase

if TYPE_CHECKING:
    from jdeditor.settings import Settings


class ExportService(LibraryBase):
    def export(
        self,
        posting_ids: Sequence[int] | None,
        request: ExportRequest,
        settings: Settings | None = None,
        progress: Callable[[int, int], None] | None = None,
        warn: Callable[[ExportWarning], None] | None = None,
    ) -> list[Path]:
        """Export postings (default: all live ones) to files; returns the files written.

        ``warn`` is told of each warning (a template in another language than a posting)."""
        from jdeditor.settings import load_settings

        with collector_paused():  # the exporters' modules live until exit (core/gc_pause.py)
            from jdeditor.formats.exporting import export_postings

        ids = list(posting_ids) if posting_ids is not None else self._repository.iter_ids()
        postings = self._postings_or_fail(ids)
        settings = settings or load_settings()[0]
        if request.template is None:
            language_default = {
                Language.ZH: settings.template_zh,
                Language.EN: settings.template_en,
            }
            languages = {posting.language for posting in postings}
            if len(languages) == 1 and language_default[languages.pop()]:
                request = replace(request, template=language_default[postings[0].language])
        return export_postings(postings, request, settings.export_settings(), progress, warn)

    @staticmethod
    def templates() -> list[TemplateInfo]:
        """The Word templates to export with: bundled ones and the user's own."""
        from jdeditor.formats.docx_export import list_templates

        return list_templates()

    @staticmethod
    def export_file_name(title: str, format: ExportFormat) -> str:
        """A safe file name for one posting's export (``产品经理_运营.docx``)."""
        from jdeditor.formats.file_names import safe_stem

        return safe_stem(title) + format.suffix

    def _postings_or_fail(self, ids: Sequence[int]) -> list[Posting]:
        postings = self._repository.get_many(ids)
        found = {posting.id for posting in postings}
        missing = [posting_id for posting_id in ids if posting_id not in found]
        if missing:
            raise UserFacingError(
                "There is no posting with id "
                + ", ".join(str(posting_id) for posting_id in missing)
                + " (see `jdeditor list`); nothing was exported."
            )
        return postings

    def preview_html(self, posting: Posting, template: str | None = None) -> str:
        """The posting as it will read when exported, as HTML for the live preview.

        Items are numbered as the Word template ``template`` numbers them (None: the
        default template for the posting's language, from the settings), so what the user
        sees is what the document will show, the company name from the settings with it.
        """
        from jdeditor.formats import html_export
        from jdeditor.formats.template_numbering import template_numbering
        from jdeditor.settings import load_settings

        path = self.template_path(template or self.default_template(posting.language))
        numbering = template_numbering(path, posting.language) if path is not None else None
        company = load_settings()[0].company_name  # every bundled template prints it
        return html_export.render_html(
            posting, standalone=True, company_name=company, numbering=numbering
        )

    @staticmethod
    def page_words(language: Language) -> tuple[str, str, str]:
        """The words around a printed page's number and count: 第 1 页 / 共 3 页, Page 1 of 3."""
        from jdeditor.formats.labels import page_words

        return page_words(language)

    @staticmethod
    def default_template(language: Language) -> str:
        """The template a posting in ``language`` is exported with unless one is chosen."""
        from jdeditor.formats.docx_export import DEFAULT_TEMPLATE
        from jdeditor.settings import load_settings

        settings = load_settings()[0]
        chosen = settings.template_zh if language is Language.ZH else settings.template_en
        return chosen or DEFAULT_TEMPLATE[language]

    @staticmethod
    def template_path(name: str) -> Path | None:
        """The file of the template called ``name``, or None if there is none."""
        from jdeditor.formats.docx_export import find_template

        try:
            return find_template(name).path
        except UserFacingError:
            return None
