"""One logging set-up for the CLI and the GUI: a rotating file in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from jdeditor.paths import log_dir

LOG_FILE_NAME = "jdeditor.log"


def configure_logging(verbose: bool = False) -> Path | None:
    """Log to ``<data>/logs/jdeditor.log`` (and to stderr when verbose); return the file.

    A log folder that cannot be created must not stop the app, so it then logs to
    stderr only and returns None.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    log_file: Path | None = log_dir() / LOG_FILE_NAME
    assert log_file is not None
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
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
