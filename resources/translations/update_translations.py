"""Bring the translation files up to date with the code, then compile them.

    .venv/bin/python resources/translations/update_translations.py          # update and compile
    .venv/bin/python resources/translations/update_translations.py --check  # exit 1 if stale

1. ``pyside6-lupdate`` collects every ``tr()`` / ``translate()`` string of ``jdeditor/`` into
   the ``.ts`` files (new strings arrive unfinished, removed ones are dropped);
2. a translator fills in what is unfinished, in Qt Linguist (``pyside6-linguist``) or any
   editor;
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` file the app loads.

``jdeditor_zh_CN.ts`` is the Chinese interface, every string translated.
``jdeditor_en.ts`` only gives English plural forms (``%Ln posting(s)`` → ``1 posting``,
``2 postings``); every other English string is the source text itself. Both ``.qm`` files
are committed, so a checkout runs without Qt's tools; ``tests/gui/test_translations.py``
fails when a ``.ts`` or ``.qm`` file lags behind the code.
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    """A Qt tool from the same environment as this Python (the venv's ``bin``)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]').")
    return found


def sources() -> list[str]:
    return sorted(str(path) for path in (ROOT / "jdeditor").rglob("*.py"))


def update(folder: Path) -> list[Path]:
    """Write up-to-date ``.ts`` and ``.qm`` files into ``folder``; returns them."""
    written = []
    for language in LANGUAGES:
        ts = folder / f"jdeditor_{language}.ts"
        if folder != HERE:
            shutil.copy(HERE / ts.name, ts)
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                *("-ts", str(ts), "-no-obsolete", "-locations", "none", "-silent"),
            ],
            check=True,
        )
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written += [ts, qm]
    return written


def stale() -> list[str]:
    """The committed translation files that differ from freshly made ones."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = update(Path(folder))
        return [
            path.name
            for path in fresh
            if not (HERE / path.name).exists()
            or not filecmp.cmp(path, HERE / path.name, shallow=False)
        ]


def main() -> int:
    if "--check" in sys.argv:
        names = stale()
        for name in names:
            print(f"{name} is out of date: run {Path(__file__).relative_to(ROOT)}")
        return 1 if names else 0
    for path in update(HERE):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
