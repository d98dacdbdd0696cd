"""The statements of postings and the families of near-duplicates they form."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from jdeditor.core.model import Item, Language, Posting, SectionKind

# The section kinds whose items are reusable statements (issue 13); about, apply and
# other hold prose about one company or one posting.
STATEMENT_KINDS = (
    SectionKind.DUTIES,
    SectionKind.REQUIREMENTS,
    SectionKind.PREFERRED,
    SectionKind.BENEFITS,
)


@dataclass(frozen=True, slots=True)
class Statement:
    """One item of one posting, as the families see it."""

    text: str
    kind: SectionKind
    posting_id: int
    language: Language = Language.ZH


@dataclass(frozen=True, slots=True)
class Variant:
    """One distinct wording in a family and how many postings use it."""

    text: str
    postings: int  # distinct postings with at least one item of this wording
    uses: int  # items with this wording (a posting may repeat one)


@dataclass(frozen=True, slots=True)
class Family:
    """Near-duplicate statements of one section kind and language.

    ``variants`` are the distinct original texts, the most used first (ties in text
    order); the first is the representative. ``id`` is a hash of the kind and the
    representative's comparison form: the same statements give the same id whatever
    their order, and it changes only when another wording becomes the most used.
    """

    id: str
    kind: SectionKind
    language: Language
    normalised: str  # the representative's comparison form
    variants: tuple[Variant, ...]
    postings: int  # distinct postings using any variant

    @property
    def representative(self) -> str:
        return self.variants[0].text

    @property
    def uses(self) -> int:
        return sum(variant.uses for variant in self.variants)


def statements_of(posting: Posting, posting_id: int | None = None) -> Iterator[Statement]:
    """The statements of one posting: every item with text in a statement section.

    Items that have children are group headings (一、市场及用户研究) and are skipped;
    their children are statements. ``posting_id`` defaults to ``posting.id``.
    """
    identity = posting.id if posting_id is None else posting_id
    if identity is None:
        raise ValueError("a posting needs an id to give statements")
    for section in posting.sections:
        if section.kind not in STATEMENT_KINDS:
            continue
        for item in section.items:
            yield from _leaf_statements(item, section.kind, identity, posting.language)


def _leaf_statements(
    item: Item, kind: SectionKind, posting_id: int, language: Language
) -> Iterator[Statement]:
    for _depth, node in item.walk():
        text = node.text.strip()
        if text and not node.children:
            yield Statement(text, kind, posting_id, language)
