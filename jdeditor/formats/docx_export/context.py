"""The render context: one posting as the plain values a template sees (docs/templates.md).

This is the one place that decides what a template can use. Values are strings, numbers,
tuples and small frozen dataclasses, never paths, enums or model objects: the sandbox lets
a template call any public method of a value, so a ``Path`` here would let a template read
files. Texts are in the posting's language (labels.py, salary_text.py) and cleaned of
characters XML cannot hold. Empty fields are empty strings and empty sections are left out,
so ``{% if %}`` in a template is enough to leave no stray label behind.

Two values become Word markup when placed: ``section.list`` (see lists.py) and
``company.logo``. They know the document being written only through the ``writer`` that
render.py passes in; without one (``build_context(posting, settings)``) they are inert.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from jdeditor.core.model import Item, ItemKind, Language, Posting, SectionKind, has_sub_items
from jdeditor.core.numbering import numbered
from jdeditor.formats.docx_export.export_settings import DEFAULT_SETTINGS, ExportSettings
from jdeditor.formats.docx_export.form_rows import SectionPart, section_parts, text_parts
from jdeditor.formats.docx_export.lists import ListXmlWriter, WordList, build_word_list
from jdeditor.formats.docx_export.page_numbers import PageNumbers
from jdeditor.formats.labels import (
    DOCUMENT_LABELS,
    EMPLOYMENT_TYPES,
    FIELD_LABELS,
    SECTION_HEADINGS,
    STATUSES,
    headcount_text,
)
from jdeditor.formats.salary_text import format_salary

DEFAULT_LOGO_HEIGHT_MM = 15.0
MAX_LOGO_HEIGHT_MM = 100.0
# Characters XML 1.0 cannot contain (docxtpl would also turn \a and \f into paragraph and
# page breaks); tabs and line breaks stay, line breaks become Word line breaks. A table for
# str.translate, not a regular expression: compiling the surrogates' class took ~8 ms.
_NOT_XML = dict.fromkeys(
    (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF, *range(0xD800, 0xE000))
)
_EN_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
# Header fields in the order templates show them (title is shown on its own).
_FIELD_ORDER = (
    "department",
    "reports_to",
    "location",
    "headcount",
    "employment_type",
    "salary",
)


class DocumentWriter(Protocol):
    """The document being rendered, as far as placed values need it (render.py)."""

    @property
    def lists(self) -> ListXmlWriter: ...

    def image_xml(self, path: Path, height_mm: float) -> str: ...


def clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_NOT_XML)


def format_date(value: date | None, language: Language) -> str:
    """``2026年1月2日`` or ``2 January 2026``; empty for no date."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if language is Language.ZH:
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"


@dataclass(frozen=True, slots=True)
class ItemView:
    text: str
    kind: str  # "item" or "paragraph"
    is_paragraph: bool
    level: int  # list level: how many list items stand above it (0 = top)
    depth: int  # depth in the tree (paragraph groups count too)
    number: str  # "1.2" as the editor shows it; "" for paragraphs
    children: tuple[ItemView, ...]


@dataclass(frozen=True, slots=True)
class SectionView:
    kind: str  # duties, requirements, preferred, benefits, about, apply, other
    heading: str  # as the user wrote it, else the usual heading for its kind
    items: tuple[ItemView, ...]
    list: WordList  # place with {{p section.list }}
    item_count: int  # list items (not paragraphs) in the whole tree
    parts: tuple[SectionPart, ...]  # the section in pieces that fit a page (form_rows.py)


@dataclass(frozen=True, slots=True)
class SectionsByKind:
    duties: tuple[SectionView, ...]
    requirements: tuple[SectionView, ...]
    preferred: tuple[SectionView, ...]
    benefits: tuple[SectionView, ...]
    about: tuple[SectionView, ...]
    apply: tuple[SectionView, ...]
    other: tuple[SectionView, ...]


@dataclass(frozen=True, slots=True)
class PostingView:
    title: str
    department: str
    location: str
    reports_to: str
    headcount: str
    headcount_text: str  # 招聘 2 人 / 2 openings
    employment_type: str
    salary: str
    status: str
    language: str
    summary: str
    tags: tuple[str, ...]
    tags_text: str
    created: str
    updated: str


@dataclass(frozen=True, slots=True)
class FieldView:
    name: str  # department, reports_to, …
    label: str  # 所属部门 / Department
    value: str


class LogoImage:
    """The company logo: ``{{ company.logo }}`` in a run, ``{{ company.logo.sized(20) }}``.

    Falsy without a logo file, so ``{%p if company.logo %}`` hides its paragraph. The file
    path is private: a template must not get hold of a ``Path``.
    """

    __slots__ = ("_path", "_writer", "height_mm")

    def __init__(
        self,
        path: Path | None,
        height_mm: float = DEFAULT_LOGO_HEIGHT_MM,
        writer: DocumentWriter | None = None,
    ) -> None:
        self._path = path
        self._writer = writer
        self.height_mm = height_mm

    def __bool__(self) -> bool:
        return self._path is not None

    def sized(self, height_mm: float) -> LogoImage:
        """The logo at another height in millimetres (1 to 100)."""
        height = min(max(float(height_mm), 1.0), MAX_LOGO_HEIGHT_MM)
        return LogoImage(self._path, height, self._writer)

    def __html__(self) -> str:
        if self._path is None or self._writer is None:
            return ""
        return self._writer.image_xml(self._path, self.height_mm)

    def __str__(self) -> str:
        return ""


@dataclass(frozen=True, slots=True)
class CompanyView:
    name: str
    logo: LogoImage = field(compare=False)
    how_to_apply: str = ""  # from the settings; line breaks kept
    email: str = ""  # the contact e-mail from the settings


def _item_views(items: list[Item]) -> tuple[ItemView, ...]:
    labels = {id(item): (label, level) for label, level, item in numbered(items)}

    def view(item: Item, depth: int) -> ItemView:
        label, level = labels[id(item)]
        return ItemView(
            text=clean(item.text),
            kind=item.kind.value,
            is_paragraph=item.kind is ItemKind.PARAGRAPH,
            level=level,
            depth=depth,
            number=label,
            children=tuple(view(child, depth + 1) for child in item.children),
        )

    return tuple(view(item, 0) for item in items)


def _clean_tree(items: list[Item]) -> list[Item]:
    return [Item(clean(item.text), _clean_tree(item.children), item.kind) for item in items]


def build_context(
    posting: Posting,
    settings: ExportSettings = DEFAULT_SETTINGS,
    export_date: date | None = None,
    *,
    writer: DocumentWriter | None = None,
) -> dict[str, Any]:
    """The values a template can use, for ``posting``; see docs/templates.md for each one."""
    language = posting.language
    labels = FIELD_LABELS[language]
    document_labels = DOCUMENT_LABELS[language]
    lists = writer.lists if writer is not None else None
    today = export_date or date.today()
    sections: list[SectionView] = []
    for section in posting.sections:
        if not section.items:
            continue
        items = _clean_tree(section.items)
        heading = clean(section.heading.strip()) or SECTION_HEADINGS[language][section.kind]
        outline = has_sub_items(items)
        sections.append(
            SectionView(
                kind=section.kind.value,
                heading=heading,
                items=_item_views(items),
                list=build_word_list(items, lists, outline=outline),
                item_count=section.count_items(),
                parts=section_parts(heading, document_labels["continued"], items, outline, lists),
            )
        )
    by_kind = SectionsByKind(
        **{kind.value: tuple(s for s in sections if s.kind == kind.value) for kind in SectionKind}
    )
    tags = tuple(clean(tag) for tag in posting.tags if tag.strip())
    view = PostingView(
        title=clean(posting.title.strip()),
        department=clean(posting.department.strip()),
        location=clean(posting.location.strip()),
        reports_to=clean(posting.reports_to.strip()),
        headcount=str(posting.headcount) if posting.headcount is not None else "",
        headcount_text=headcount_text(posting.headcount, language),
        employment_type=(
            EMPLOYMENT_TYPES[language][posting.employment_type] if posting.employment_type else ""
        ),
        salary=format_salary(posting.salary, language),
        status=STATUSES[language][posting.status],
        language=language.value,
        summary=clean(posting.summary.strip()),
        tags=tags,
        tags_text=("、" if language is Language.ZH else ", ").join(tags),
        created=format_date(posting.created_at, language),
        updated=format_date(posting.updated_at, language),
    )
    fields = tuple(
        FieldView(name, labels[name], getattr(view, name))
        for name in _FIELD_ORDER
        if getattr(view, name)
    )
    title_field = (FieldView("title", labels["title"], view.title),) if view.title else ()
    logo = LogoImage(settings.logo_path, writer=writer)
    return {
        "posting": view,
        "fields": fields,
        "all_fields": title_field + fields,
        "sections": tuple(sections),
        "summary_parts": text_parts(labels["summary"], document_labels["continued"], view.summary),
        "sections_by_kind": by_kind,
        "labels": {
            **labels,
            **document_labels,
            **{kind.value: heading for kind, heading in SECTION_HEADINGS[language].items()},
        },
        "company": CompanyView(
            clean(settings.company_name.strip()),
            logo,
            clean(settings.how_to_apply.strip()),
            clean(settings.contact_email.strip()),
        ),
        "author": clean((settings.author or settings.company_name).strip()),
        "export_date": format_date(today, language),
        "export_date_iso": today.isoformat(),
        "page_numbers": PageNumbers(language),
        "language": language.value,
    }
