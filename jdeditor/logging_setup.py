"""One logging set-up for the CLI and the GUI: a rotating file in the data folder."""

from __future__ import annotations

import logging
from pathlib import Path

from jdeditor.paths import log_dir

LOG_FILE_NAME = "jdeditor.log"
MAX_LOG_BYTES = 1_000_000
KEPT_LOGS = 3


def roll_over(log_file: Path, max_bytes: int = MAX_LOG_BYTES, kept: int = KEPT_LOGS) -> None:
    """Start a new log when the current one has grown past ``max_bytes``.

    Checked once per start rather than per record: a session logs little, and a plain
    FileHandler spares the desktop app's start-up the import of ``logging.handlers``
    (and the socket and pickle modules behind it). The newest old log is ``.1``.
    """
    try:
        if log_file.stat().st_size <= max_bytes:
            return
    except OSError:
        return  # no log yet
    try:
        for number in range(kept - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{number}")
            if older.exists():
                older.replace(log_file.with_name(f"{log_file.name}.{number + 1}"))
        log_file.replace(log_file.with_name(f"{log_file.name}.1"))
    except OSError:
        pass  # e.g. another running instance holds the file open: keep appending


def configure_logging(verbose: bool = False) -> Path | None:
    """Log to ``<data>/logs/jdeditor.log`` (and to stderr when verbose); return the file.

    A log folder that cannot be created must not stop the app, so it then logs to
    stderr only and returns None.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    log_file: Path | None = log_dir() / LOG_FILE_NAME
    assert log_file is not None
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        roll_over(log_file)
        file_handler = logging.FileHandler(log_file, encoding="utf-8")
        file_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        root.addHandler(file_handler)
    except OSError:
        log_file = None
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.DEBUG if verbose else logging.CRITICAL + 1)
    stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(stderr)
    return log_file
