"""Limits on a template's own file: its size, its parts, and what they unpack to.

A template is copied into every document exported with it and its XML is parsed and
filled in for each posting, so a huge or deceitful file (a "zip bomb" whose parts unpack
to gigabytes) is refused when it is added or checked and again before it is used. Only
the zip's table of contents is read; the sizes it declares are the most Python's zip
reader will ever unpack.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from jdeditor.formats.docx_export.problems import TemplateError

MAX_FILE_BYTES = 50 * 1024 * 1024  # the .docx itself (the same cap as an imported Word file)
MAX_XML_BYTES = 20 * 1024 * 1024  # one XML part, unpacked
MAX_MEDIA_BYTES = 20 * 1024 * 1024  # one picture or other embedded file, unpacked
MAX_TOTAL_BYTES = 100 * 1024 * 1024  # every part together, unpacked
MAX_PARTS = 1000
_MB = 1024 * 1024


def _refuse(path: Path, what: str) -> TemplateError:
    return TemplateError(
        f"The Word template {path.name} cannot be used: {what}. A template is copied into "
        "every exported document; remove large pictures or embedded files (or save it "
        "again from Word as a Word Document (*.docx)) and add it again."
    )


def check_file_size(path: Path, size: int) -> None:
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // _MB
        raise _refuse(path, f"the file is {size / _MB:.0f} MB, more than {limit} MB")


def check_parts(path: Path, data: bytes) -> None:
    """Raise TemplateError if the .docx in ``data`` is too big or unpacks to too much."""
    check_file_size(path, len(data))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip: opening it says so, with its own message
    if len(infos) > MAX_PARTS:
        raise _refuse(path, f"it has {len(infos):,} parts, more than {MAX_PARTS:,}")
    total = 0
    for info in infos:
        xml = info.filename.lower().endswith((".xml", ".rels"))
        limit = MAX_XML_BYTES if xml else MAX_MEDIA_BYTES
        if info.file_size > limit:
            kind = "its part" if xml else "the embedded file"
            raise _refuse(
                path,
                f"{kind} {info.filename} unpacks to {info.file_size / _MB:.0f} MB, "
                f"more than {limit // _MB} MB",
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise _refuse(
            path, f"its parts unpack to {total / _MB:.0f} MB, more than {MAX_TOTAL_BYTES // _MB} MB"
        )
