"""The round-trip cases that fail today for a reason outside the readers and exporters.

Each reason names the part that must change; the marks are strict, so a case that
starts passing fails the suite until its line goes
(tests/formats/test_export_roundtrip.py).
Written by docs/tools/roundtrip_known.py from a run of the suite, then read through;
see docs/import.md, "Round trips".
"""

from __future__ import annotations

RECOGNISER_KINDS = (
    "recogniser: a heading is read as another section kind than "
    "in the text it came from (a form label that also names a "
    "field, such as Compensation; a paragraph over a list read as"
    " an other section), or a section is joined to the one before"
)


def _both(*reasons: str) -> str:
    return "; and ".join(reasons)


KNOWN: dict[str, str] = {
    "formal-zh/real-en-017#0": RECOGNISER_KINDS,
}
