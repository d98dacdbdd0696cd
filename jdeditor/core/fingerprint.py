"""Content fingerprints, so importing the same posting twice can be noticed."""

from __future__ import annotations

import hashlib
import unicodedata

from jdeditor.core.model import Posting


def _normalise(text: str) -> str:
    # Fingerprints ignore what a re-save or a different editor changes without meaning to:
    # Unicode width forms (NFKC), case and whitespace.
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_fingerprint(posting: Posting) -> str:
    """A stable hash of the posting's title and text, ignoring ids, status and timestamps."""
    digest = hashlib.sha256()
    parts = [posting.title, *posting.header_texts()]
    for section in posting.sections:
        parts.append(f"\x1d{section.kind}")
        for depth, item in section.walk():
            parts.append(f"{depth}:{item.kind}:{item.text}")
    for part in parts:
        digest.update(_normalise(part).encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()
