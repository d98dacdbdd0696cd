"""kill -9 at random moments of a folder export, then export again (a stress stage).

After each kill the folder holds only whole files of this export (and at most a staging
folder, which the next export removes); after the rerun it holds exactly one file per
posting: no "(2)" copies, no leftovers.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jdeditor.formats.folder_export import STAGING_PREFIX
from jdeditor.service import Library
from tests.factories import chinese_posting

RUNS = int(os.environ.get("KILL_RUNS", "20"))
COUNT = 20


@pytest.mark.stress
@pytest.mark.skipif(not os.environ.get("JDEDITOR_STRESS"), reason="a stress test (.ci stage)")
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 is POSIX")
def test_kill_during_a_folder_export_then_rerun(tmp_path: Path) -> None:
    seed = int(os.environ.get("JDEDITOR_KILL_SEED", time.time()))
    print(f"folder export kill test, seed {seed}")
    chance = random.Random(seed)
    db = tmp_path / "library.db"
    with Library.open(db) as library:
        for number in range(COUNT):
            library.create_posting(chinese_posting(f"岗位{number:02d}"))
    expected = sorted(f"岗位{number:02d}.docx" for number in range(COUNT))
    env = {
        **os.environ,
        "JDEDITOR_DATA_DIR": str(tmp_path / "data"),
        "JDEDITOR_CONFIG_DIR": str(tmp_path / "config"),
    }
    command = [sys.executable, "-m", "jdeditor", "--db", str(db), "export", "--all"]
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "mine.txt").write_text("the user's own file")
    started = time.monotonic()
    subprocess.run([*command, "--out", str(folder)], env=env, check=True, capture_output=True)
    whole = time.monotonic() - started
    for _ in range(RUNS):
        process = subprocess.Popen(
            [*command, "--out", str(folder)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(chance.uniform(0.2, whole))
        process.send_signal(signal.SIGKILL)
        process.wait()
        names = {path.name for path in folder.iterdir()}
        leftovers = {name for name in names if name.startswith(STAGING_PREFIX)}
        assert names - leftovers == {*expected, "mine.txt"}, names
    subprocess.run([*command, "--out", str(folder)], env=env, check=True, capture_output=True)
    assert sorted(path.name for path in folder.iterdir()) == sorted([*expected, "mine.txt"])
