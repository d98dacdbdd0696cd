"""The content fingerprint, made with fewer calls, is the one stored libraries hold."""

from __future__ import annotations

import hashlib
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdeditor.core.fingerprint import content_fingerprint
from jdeditor.core.model import Item, ItemKind, Posting, Section, SectionKind
from tests.factories import chinese_posting, english_posting
from tests.formats.test_json_format import _postings
from tests.hypothesis_support import examples


def reference_fingerprint(posting: Posting) -> str:
    """The fingerprint as first written (``Section.walk``, a generator per part)."""
    parts = [posting.title, *posting.header_texts()]
    for section in posting.sections:
        parts.append(f"\x1d{section.kind}")
        for depth, item in section.walk():
            parts.append(f"{depth}:{item.kind}:{item.text}")
    folded = unicodedata.normalize("NFKC", "\ue000".join(parts)).casefold()
    normalised = "".join(" ".join(part.split()) + "\x1e" for part in folded.split("\ue000"))
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def test_known_fingerprints_stay() -> None:
    # Stored libraries hold these values: the duplicate check compares against them.
    posting = Posting(
        title=" Data  Engineer ",
        sections=[
            Section(
                SectionKind.DUTIES,
                items=[
                    Item("ＳＱＬ\t与 Python", children=[Item("写报表", kind=ItemKind.PARAGRAPH)])
                ],
            )
        ],
    )
    assert content_fingerprint(posting) == reference_fingerprint(posting)
    # Made by the code before this change.
    known = "7e5ec6232f26e3362843b10a616319cdf09e995ebad0b7f5683b61081428b998"
    assert content_fingerprint(posting) == known
    for made in (chinese_posting(), english_posting()):
        assert content_fingerprint(made) == reference_fingerprint(made)


_spaced = st.sampled_from([" a \t b ", "\ue000", " \ue000 x", "\u3000全角 空格\u3000", "ＡＢ", ""])


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posting=_postings, extra=st.lists(_spaced, max_size=3))
def test_fingerprint_is_the_reference_fingerprint(posting: Posting, extra: list[str]) -> None:
    posting.title += "".join(extra)
    if posting.sections and posting.sections[0].items:
        posting.sections[0].items[0].text += "".join(reversed(extra))
    assert content_fingerprint(posting) == reference_fingerprint(posting)
