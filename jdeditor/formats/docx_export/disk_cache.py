"""Results of pure, slow steps of a Word export, kept in the user's cache folder.

Some steps give the same result for every posting exported with a template: docxtpl's
clean-up of a part's XML before Jinja sees it (render.py), and the normalised copy of Word
2010's styles (languages.py). A new process (``jdeditor export``) would redo them, and
compile the regular expressions behind them, every time; here their results are kept
under ``<cache>/<kind>/`` (paths.cache_dir), named by the hash of everything they depend
on, so a changed template finds nothing and computes afresh. Each entry starts with the
hash of its own content and is ignored when that does not match (a damaged file); a
folder that cannot be read or written only costs the computation.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def _entry(kind: str, key: bytes) -> Path:
    from jdeditor.paths import cache_dir

    return cache_dir() / kind / f"{hashlib.sha256(key).hexdigest()}.bin"


def cached(kind: str, key: bytes, compute: Callable[[], bytes]) -> bytes:
    """``compute()``, or what it gave last time for the same ``kind`` and ``key``."""
    path = _entry(kind, key)
    try:
        stored = path.read_bytes()
    except OSError:
        stored = b""
    check, _, data = stored.partition(b"\n")
    if stored and check == hashlib.sha256(data).hexdigest().encode("ascii"):
        return data
    data = compute()
    _store(path, hashlib.sha256(data).hexdigest().encode("ascii") + b"\n" + data)
    return data


def _store(path: Path, data: bytes) -> None:
    """Write an entry atomically (temporary name, then replace); never raise."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)
    except OSError:
        pass
