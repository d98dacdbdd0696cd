"""``{{ page_numbers }}``: 第 1 页 / 共 3 页 or Page 1 of 3, with Word's page fields.

Placed in a header or footer line, the value closes the run it stands in and writes the
words of the posting's language around a PAGE and a NUMPAGES field, so a template needs no
page wording of its own. The runs it adds take the paragraph's style.
"""

from __future__ import annotations

from jdeditor.core.model import Language
from jdeditor.formats.docx_export.lists import escape_text
from jdeditor.formats.labels import page_words


def _text_run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape_text(text)}</w:t></w:r>' if text else ""


def _field(instruction: str) -> str:
    return f'<w:fldSimple w:instr=" {instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'


class PageNumbers:
    """Truthy; its text form (``str``) is what it shows without fields, for checks."""

    __slots__ = ("_language",)

    def __init__(self, language: Language) -> None:
        self._language = language

    def __html__(self) -> str:
        before, middle, after = page_words(self._language)
        return (
            "</w:t></w:r>"
            + _text_run(before)
            + _field("PAGE")
            + _text_run(middle)
            + _field("NUMPAGES")
            + _text_run(after)
            + '<w:r><w:t xml:space="preserve">'
        )

    def __str__(self) -> str:
        before, middle, after = page_words(self._language)
        return f"{before}1{middle}1{after}"
