"""Opening a library behind the window: what the opening thread does besides opening."""

from __future__ import annotations

from pathlib import Path

from jdeditor.gui.library_opener import LibraryOpener
from jdeditor.service import Library


def test_postings_not_counted_yet_are_counted_when_the_library_opens(
    qtbot: object, tmp_path: Path, samples_dir: Path
) -> None:
    """An import on the command line leaves the check counts empty; the app counts them
    while it opens the library, so the list shows them and the export question only reads
    them on the GUI thread."""
    path = tmp_path / "library.db"
    with Library.open(path) as library:
        library.import_files([samples_dir / "product-manager-postings.zh.txt"])
        ids = library.matching_ids("")
        assert set(library.error_counts(ids).values()) == {None}
    opener = LibraryOpener(str(path))
    try:
        with qtbot.waitSignal(opener.opened, timeout=20000) as blocker:  # type: ignore[attr-defined]
            opener.start()
        opened = blocker.args[0]
        counts = opened.error_counts(ids)
        assert len(counts) == 10 and None not in counts.values()
    finally:
        opener.close()
