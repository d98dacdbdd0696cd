"""The round-trip cases that fail today for a reason outside the readers and exporters.

Each reason names the part that must change; the marks are strict, so a case that
starts passing fails the suite until its line goes
(tests/formats/test_export_roundtrip.py).
Written by docs/tools/roundtrip_known.py from a run of the suite, then read through;
see docs/import.md, "Round trips".
"""

from __future__ import annotations


def _both(*reasons: str) -> str:
    return "; and ".join(reasons)


KNOWN: dict[str, str] = {}
