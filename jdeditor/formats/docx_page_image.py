"""The first page of a .docx as a PNG image, drawn by LibreOffice when it can.

``soffice --convert-to png`` draws a Writer document's first page. It needs LibreOffice's
graphics filters, which a full installation (Windows, macOS, most desktops) has and a
Writer-only server package (``libreoffice-writer-nogui``) does not: there the conversion
fails, and the caller draws its own sketch (``docx_sketch``) instead.
"""

from __future__ import annotations

import logging
import subprocess
import tempfile
from pathlib import Path

from jdeditor.formats.pdf_convert import convert_command

logger = logging.getLogger(__name__)

PAGE_IMAGE_TIMEOUT_S = 60
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def libreoffice_page_image(document: bytes, soffice: Path) -> bytes | None:
    """The first page as PNG bytes, drawn by ``soffice``; None when it cannot draw it."""
    with tempfile.TemporaryDirectory(prefix="jdeditor-page-") as folder:
        work = Path(folder)
        source = work / "page.docx"
        source.write_bytes(document)
        command = convert_command(soffice, "png", work, [source])
        try:
            result = subprocess.run(
                command, capture_output=True, timeout=PAGE_IMAGE_TIMEOUT_S, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            logger.warning("LibreOffice could not draw a page image: %s", error)
            return None
        target = work / "page.png"
        data = target.read_bytes() if target.is_file() else b""
        if result.returncode != 0 or not data.startswith(_PNG_SIGNATURE):
            detail = (result.stderr or result.stdout).decode("utf-8", "replace").strip()
            logger.info("LibreOffice drew no page image (%s)", detail[:200] or "no output")
            return None
        return data
