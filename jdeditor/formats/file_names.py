"""File names made from posting titles: safe on every system, and never clobbering.

Titles hold whatever HR typed (``产品经理/运营 (上海)``, ``C++ Dev: Senior?``); file
names cannot. Characters Windows forbids become ``_``, reserved device names get a
suffix, and names are cut to a length every file system accepts (in UTF-8 bytes,
since a Chinese character takes three).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON", "PRN", "AUX", "NUL",
    *(f"COM{n}" for n in range(1, 10)),
    *(f"LPT{n}" for n in range(1, 10)),
}  # fmt: skip
MAX_STEM_BYTES = 150  # leaves room for " (12).docx" and a long folder path


def safe_stem(title: str, fallback: str = "posting") -> str:
    stem = unicodedata.normalize("NFC", title)
    stem = _FORBIDDEN.sub("_", stem)
    stem = " ".join(stem.split()).strip(" .")
    if not stem:
        stem = fallback
    if stem.split(".")[0].upper() in _RESERVED:
        stem += "_"
    encoded = stem.encode("utf-8")
    if len(encoded) > MAX_STEM_BYTES:
        stem = encoded[:MAX_STEM_BYTES].decode("utf-8", errors="ignore").rstrip(" .")
    return stem


def unique_path(folder: Path, stem: str, suffix: str, taken: set[Path], overwrite: bool) -> Path:
    """``folder/stem.suffix``, or ``stem (2).suffix`` … when that name is taken.

    ``taken`` holds the names already chosen in this export (two postings with the same
    title); files on disk count as taken unless ``overwrite``.
    """
    candidate = folder / f"{stem}{suffix}"
    number = 1
    while candidate in taken or (not overwrite and candidate.exists()):
        number += 1
        candidate = folder / f"{stem} ({number}){suffix}"
    taken.add(candidate)
    return candidate
