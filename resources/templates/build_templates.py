"""Build the bundled Word templates: formal-zh.docx, advert-zh.docx and jd-en.docx.

Run from the repository root, then commit the .docx files this writes beside it:

    .venv/bin/python resources/templates/build_templates.py

The output is reproducible: fixed document properties and dates, and zip entries with a
fixed timestamp, so running the script again gives byte-identical files (git shows no
change unless the design changed). The list formats come from
``jdeditor.formats.docx_export.numbering``, the same definitions the renderer falls back
to, and are linked to the paragraph styles "JD List" and "JD List Outline"; the tags are
documented in docs/templates.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the design modules beside this script

import design_advert_zh  # noqa: E402, F401  (each design registers itself)
import design_formal_zh  # noqa: E402, F401
import design_jd_en  # noqa: E402, F401
from template_kit import DESIGNS, save_reproducibly  # noqa: E402


def main(folder: Path = HERE) -> None:
    for name, build in DESIGNS.items():
        path = folder / f"{name}.docx"
        size = len(save_reproducibly(build(), path))
        print(f"wrote {path} ({size:,} bytes)")


if __name__ == "__main__":
    main()
