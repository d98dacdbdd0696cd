"""How many examples a property test draws: its usual number, ten times that when fuzzing.

    HYPOTHESIS_PROFILE=fuzz .venv/bin/python -m pytest tests/core tests/formats -k "propert"

The usual run draws the same examples every time (see tests/conftest.py), so it stays
reproducible; fuzzing draws new ones, and a failure it finds is printed with the example
to turn into a plain test.
"""

from __future__ import annotations

import os

FUZZ_FACTOR = 10


def examples(usual: int) -> int:
    return usual * FUZZ_FACTOR if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else usual
