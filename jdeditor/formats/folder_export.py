"""Writing one file per posting into a folder: all at once, and again without "(2)" copies.

The documents (already rendered in memory) are first written into a hidden staging folder
inside the target folder (``.jdeditor-export-<process>-<random>``: the same disk, so the
moves below are renames), then moved into place one by one. A full disk or a folder that
cannot be written stops the export before any file reaches the target, and the staging
folder is removed; a staging folder left by a killed export is removed by the next export
into that folder. Should a move fail halfway, the error names exactly the files written.

Names come from the titles (``产品经理.docx``). An existing file of that name is replaced
only when JD Editor wrote it for the same posting and nobody changed it since: a manifest
per folder, kept in the user's data folder (``<data>/export-manifests/<hash of the
folder's path>.json``, so that the export folder holds only the exported files), records
for each file an export wrote the posting and the SHA-256 of its content. The manifest
is written before the moves, with the new content's hashes beside the old ones, so a
rerun after an interrupted export recognises both the files moved and those not yet
moved, and replaces them instead of adding ``(2)`` copies. Any other file of the same
name (the user's own, or an export someone edited) is left alone and the new file is
named ``… (2).docx``; ``overwrite`` replaces it anyway.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jdeditor.core.model import Posting
from jdeditor.errors import OutputFileError
from jdeditor.formats.atomic import write_bytes_atomic, write_text_atomic
from jdeditor.formats.file_names import safe_stem

logger = logging.getLogger(__name__)

STAGING_PREFIX = ".jdeditor-export-"
_STALE_SECONDS = 3600.0  # where a process cannot be asked whether it still runs


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _posting_key(posting: Posting) -> str:
    return f"id:{posting.id}" if posting.id is not None else f"title:{posting.title}"


def manifest_path(folder: Path) -> Path:
    """Where the manifest of exports into ``folder`` is kept (module docstring)."""
    from jdeditor.paths import data_dir

    key = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:32]
    return data_dir() / "export-manifests" / f"{key}.json"


def _read_manifest(folder: Path) -> dict[str, Any]:
    try:
        loaded = json.loads(manifest_path(folder).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    files = loaded.get("files") if isinstance(loaded, dict) else None
    return files if isinstance(files, dict) else {}


def _ours(path: Path, entry: Any, key: str) -> bool:
    """Whether ``path`` is a file an export wrote for this posting, unchanged since."""
    if not isinstance(entry, dict) or entry.get("posting") != key:
        return False
    try:
        digest = _digest(path.read_bytes())
    except OSError:
        return False
    return digest in entry.get("sha256", [])


def choose_names(
    folder: Path,
    postings: Sequence[Posting],
    suffix: str,
    overwrite: bool,
    manifest: dict[str, Any],
) -> list[str]:
    """One file name per posting: its title, numbered " (2)"… only past a name that
    another posting of this export took or a file that is not this posting's export."""
    taken: set[str] = set()
    names = []
    for posting in postings:
        stem, key = safe_stem(posting.title), _posting_key(posting)
        number = 1
        while True:
            name = f"{stem}{suffix}" if number == 1 else f"{stem} ({number}){suffix}"
            path = folder / name
            free = overwrite or not path.exists() or _ours(path, manifest.get(name), key)
            if name.casefold() not in taken and free:
                break
            number += 1
        taken.add(name.casefold())
        names.append(name)
    return names


def _process_gone(pid: int) -> bool:
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def remove_stale_staging(folder: Path) -> None:
    """Remove the staging folders of exports into ``folder`` that were killed."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if not entry.name.startswith(STAGING_PREFIX) or not entry.is_dir():
                continue
            pid_text = entry.name[len(STAGING_PREFIX) :].partition("-")[0]
            pid = int(pid_text) if pid_text.isdigit() else 0
            old = time.time() - entry.stat().st_mtime > _STALE_SECONDS
            if pid != os.getpid() and (old or _process_gone(pid)):
                shutil.rmtree(entry, ignore_errors=True)
                logger.info("Removed %s, left by an interrupted export", entry)


def write_folder(
    folder: Path,
    postings: Sequence[Posting],
    documents: Sequence[bytes],
    suffix: str,
    overwrite: bool = False,
) -> list[Path]:
    """Write one document per posting into ``folder`` (module docstring); returns the files."""
    remove_stale_staging(folder)
    manifest = _read_manifest(folder)
    names = choose_names(folder, postings, suffix, overwrite, manifest)
    staging = folder / f"{STAGING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    moved: list[Path] = []
    try:
        try:
            staging.mkdir()
        except OSError as error:
            raise OutputFileError(
                f"Cannot write into the folder {folder}: {error.strerror or error}. Choose a "
                "folder you can write to; nothing was exported."
            ) from error
        entries = dict(manifest)
        for posting, name, data in zip(postings, names, documents, strict=True):
            write_bytes_atomic(staging / name, data)
            old = folder / name
            hashes = [_digest(data)]
            if _ours(old, manifest.get(name), _posting_key(posting)):
                hashes.append(_digest(old.read_bytes()))
            key = _posting_key(posting)
            entries[name] = {"posting": key, "title": posting.title, "sha256": hashes}
        _write_manifest(folder, entries)
        for name in names:
            try:
                os.replace(staging / name, folder / name)
            except OSError as error:
                raise OutputFileError(_partial_message(folder / name, error, moved)) from error
            moved.append(folder / name)
        for name, data in zip(names, documents, strict=True):
            entries[name]["sha256"] = [_digest(data)]
        with contextlib.suppress(OutputFileError):  # the files are there; the old hashes stay
            _write_manifest(folder, entries)
    except OutputFileError as error:
        if moved or "nothing was exported" in error.message or "only these" in error.message:
            raise
        raise OutputFileError(f"{error.message} Nothing was exported into {folder}.") from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return moved


def _write_manifest(folder: Path, entries: dict[str, Any]) -> None:
    record = {"version": 1, "folder": str(folder.resolve()), "files": entries}
    path = manifest_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputFileError(
            f"Cannot create {path.parent}: {error.strerror or error}; nothing was exported."
        ) from error
    write_text_atomic(path, json.dumps(record, ensure_ascii=False, indent=1) + "\n")


def _partial_message(path: Path, error: OSError, moved: list[Path]) -> str:
    written = "\n".join(f"- {done.name}" for done in moved) or "- none"
    return (
        f"Cannot move {path.name} into {path.parent}: {error.strerror or error}. The export "
        f"stopped; only these files were written:\n{written}\nExport again to write the "
        "rest (the files written are replaced, not copied)."
    )
