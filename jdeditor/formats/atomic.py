"""Atomic file writing: a document on disk is either the old one or the new one, never half."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import stat
from pathlib import Path

from jdeditor.errors import OutputFileError

logger = logging.getLogger(__name__)

# Leave room for the prefix and random suffix within the usual 255-character name limit.
_MAX_STEM = 200


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    The temporary file is flushed to disk and then moved over ``path`` in one step, so a
    crash or a full disk leaves the previous file as it was. On failure the temporary file
    is removed and :class:`OutputFileError` explains what to do.
    """
    path = Path(path)
    temp = path.with_name(f".{path.name[:_MAX_STEM]}.{secrets.token_hex(4)}.tmp")
    try:
        _write_temp(temp, data, _mode_to_keep(path))
        temp.replace(path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputFileError(_failure_message(path, exc)) from exc
        raise
    _sync_folder(path.parent)
    logger.debug("Wrote %d bytes to %s", len(data), path)


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` as ``encoding`` (UTF-8 by default) atomically; newlines are kept as given."""
    write_bytes_atomic(path, text.encode(encoding))


def _write_temp(temp: Path, data: bytes, mode: int | None) -> None:
    # os.open with 0o666 lets the umask decide the permissions of a new file, as an ordinary
    # open() would; tempfile.mkstemp would make every exported file private (0o600).
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o666)
    with open(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    if mode is not None:
        with contextlib.suppress(OSError):
            os.chmod(temp, mode)


def _mode_to_keep(path: Path) -> int | None:
    """The permission bits of the file being replaced, so a re-export does not change them."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


def _sync_folder(folder: Path) -> None:
    # Make the rename itself durable. Only POSIX can open a folder for fsync; elsewhere (and
    # on file systems that refuse) the rename is still atomic, merely not yet flushed.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _failure_message(path: Path, exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    return (
        f"Cannot write {path}: {reason}. Check that the folder exists and that you may write "
        "to it, and close the file if another program has it open; or save to another folder. "
        "Any existing file there was left unchanged."
    )
