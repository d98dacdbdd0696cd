"""Content fingerprints, so importing the same posting twice can be noticed."""

from __future__ import annotations

import hashlib
import unicodedata

from jdeditor.core.model import Posting

# Joins the parts so that they are normalised in one call (an import fingerprints
# thousands of postings): a private-use character, which NFKC and casefold keep, no
# composition crosses, and str.split() does not treat as white space.
_JOINER = "\ue000"


def content_fingerprint(posting: Posting) -> str:
    """A stable hash of the posting's title and text, ignoring ids, status and timestamps.

    It ignores what a re-save or another editor changes without meaning to: Unicode width
    forms (NFKC), letter case and white space.
    """
    parts = [posting.title, *posting.header_texts()]
    for section in posting.sections:
        parts.append(f"\x1d{section.kind}")
        for depth, item in section.walk():
            parts.append(f"{depth}:{item.kind}:{item.text}")
    folded = unicodedata.normalize("NFKC", _JOINER.join(parts)).casefold()
    normalised = "".join(" ".join(part.split()) + "\x1e" for part in folded.split(_JOINER))
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()
