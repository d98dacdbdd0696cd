"""`jdeditor … | head`: a reader that goes away stops the command quietly (status 141)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from jdeditor.formats import json_format
from tests.cli.test_cli import run
from tests.factories import chinese_posting

BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for `seq 100000 | head -1`


def _start(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "jdeditor", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def test_a_reader_that_stops_after_one_line_ends_the_command_quietly(tmp_path: Path) -> None:
    source = tmp_path / "many.json"
    postings = [chinese_posting(f"数据分析师 {number}") for number in range(400)]
    json_format.write_file(source, json_format.dumps_library(postings))
    db = tmp_path / "lib.db"
    assert run("import", str(source), db=db).returncode == 0
    # About 150 KB of JSON: more than a pipe holds, so the command is still writing
    # when the reader closes its end, whatever the timing.
    process = _start("--db", str(db), "list", "--json", "--limit", "400")
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().strip() == b"{"
    process.stdout.close()
    errors = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=120) == BROKEN_PIPE
    assert errors == ""  # no "internal error: BrokenPipeError", no "Exception ignored"


def test_a_reader_gone_before_anything_is_written(tmp_path: Path) -> None:
    # A short output sits in Python's buffer until the exit: the closed pipe shows only
    # when it is flushed, which the command line does itself to stop quietly.
    process = _start("--db", str(tmp_path / "lib.db"), "db", "init")
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=120) == BROKEN_PIPE
    assert errors == ""
    assert (tmp_path / "lib.db").exists()  # the command did its work before printing
