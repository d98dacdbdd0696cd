"""PDF through LibreOffice in headless mode, when it is installed.

LibreOffice renders Word documents faithfully (fonts, numbering, tables) and is free on
every platform; writing PDF ourselves would mean a second layout engine. It runs with a
private profile folder so it works even while the user has LibreOffice open.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from jdeditor.errors import UserFacingError

CONVERT_TIMEOUT_S = 180
_CANDIDATES = {
    "win32": [
        r"C:\Program Files\LibreOffice\program\soffice.exe",
        r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    ],
    "darwin": ["/Applications/LibreOffice.app/Contents/MacOS/soffice"],
}


class PdfUnavailableError(UserFacingError):
    """LibreOffice is not installed, so PDF export cannot run."""


def convert_command(soffice: Path, target: str, work: Path, sources: list[Path]) -> list[str]:
    """``soffice`` converting ``sources`` to ``target`` (pdf, png) into ``work``, headless,
    with a profile of its own there: a LibreOffice the user has open is not disturbed."""
    return [
        str(soffice),
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        target,
        "--outdir",
        str(work),
        *map(str, sources),
    ]


def find_libreoffice() -> Path | None:
    override = os.environ.get("JDEDITOR_SOFFICE")
    if override:
        return Path(override) if Path(override).exists() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    for candidate in _CANDIDATES.get(sys.platform, []):
        if Path(candidate).exists():
            return Path(candidate)
    return None


def docx_to_pdf(documents: Sequence[bytes]) -> list[bytes]:
    """Convert .docx files (as bytes) to PDFs, in one LibreOffice run."""
    soffice = find_libreoffice()
    if soffice is None:
        raise PdfUnavailableError(
            "PDF export needs LibreOffice, which is not installed (or not on the PATH). "
            "Install it from libreoffice.org (on Debian/Ubuntu: libreoffice-writer), or "
            "export to Word (.docx) and save as PDF from Word."
        )
    if not documents:
        return []
    with tempfile.TemporaryDirectory(prefix="jdeditor-pdf-") as folder:
        work = Path(folder)
        sources = []
        for number, data in enumerate(documents):
            source = work / f"posting-{number:05d}.docx"
            source.write_bytes(data)
            sources.append(source)
        command = convert_command(soffice, "pdf", work, sources)
        timeout = CONVERT_TIMEOUT_S + 2 * len(documents)
        try:
            result = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as error:
            raise UserFacingError(
                f"LibreOffice did not finish converting to PDF within {timeout} s; nothing "
                "was written. Close LibreOffice dialogs that may be waiting and try again."
            ) from error
        produced = [source.with_suffix(".pdf") for source in sources]
        missing = [path for path in produced if not path.exists()]
        if result.returncode != 0 or missing:
            detail = (result.stderr or result.stdout).decode("utf-8", "replace").strip()[:300]
            raise UserFacingError(
                f"LibreOffice could not convert the document to PDF ({detail or 'no output'}); "
                "nothing was written."
            )
        return [path.read_bytes() for path in produced]
