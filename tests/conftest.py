"""Test set-up shared by every test: no test touches the real user folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run (derandomize), so a CI run is
# reproducible and a red one is never bad luck. HYPOTHESIS_PROFILE=fuzz draws new examples
# on each run, ten times as many (tests/hypothesis_support.py), to look for new failures.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("fuzz", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

# Qt must never try to open a real display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLES_DIR = REPO_ROOT.parent / "shared" / "samples"


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point data and config folders at a temporary folder; forget any JDEDITOR_DB."""
    home = tmp_path / "user"
    monkeypatch.setenv("JDEDITOR_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("JDEDITOR_CONFIG_DIR", str(home / "config"))
    monkeypatch.delenv("JDEDITOR_DB", raising=False)
    yield home


@pytest.fixture
def samples_dir() -> Path:
    if not SAMPLES_DIR.is_dir():
        pytest.skip(f"the shared samples folder {SAMPLES_DIR} is not beside the checkout")
    return SAMPLES_DIR
