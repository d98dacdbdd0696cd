"""One of the two processes of the concurrent-save stress test (test_concurrent_saves.py).

    python -m tests.stress.save_worker URL NAME SAVES POSTINGS OUT.json

Each save: load a posting (chosen by the clock, the same one in both processes for 50 ms
at a time, so that they really meet), append an item ``NAME-n`` to its first section, save it with
the version it was loaded at. A save the store refuses as stale (``ConflictError``) is
counted, and the same change is tried again on a fresh load until it is stored. The
acknowledged appends, the conflicts and the time go to OUT.json.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from jdeditor.core.listing import ListQuery
from jdeditor.core.model import Item
from jdeditor.errors import ConflictError
from jdeditor.service import Library

SLOT_SECONDS = 0.05  # both processes aim at the same posting for this long


def run(url: str, name: str, saves: int, postings: int, out: Path) -> None:
    library = Library.open(url, create=False)
    ids = sorted(row.id for row in library.list_postings(ListQuery(limit=postings)).rows)
    # Wait for the other process, so that the two really run at the same time.
    ready = out.with_suffix(".ready")
    ready.write_text("ready")
    deadline = time.monotonic() + 60
    go = out.parent / "go"
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    acknowledged: list[tuple[int, str]] = []
    conflicts = 0
    attempts = 0
    started = time.perf_counter()
    for number in range(saves):
        posting_id = ids[int(time.time() / SLOT_SECONDS) % len(ids)]
        text = f"{name}-{number}"
        while True:
            posting = library.get_posting(posting_id)
            posting.sections[0].items.append(Item(text))
            attempts += 1
            try:
                library.save_posting(posting, note=text)
            except ConflictError:
                conflicts += 1
                continue
            acknowledged.append((posting_id, text))
            break
    elapsed = time.perf_counter() - started
    library.close()
    out.write_text(
        json.dumps(
            {
                "acknowledged": acknowledged,
                "conflicts": conflicts,
                "attempts": attempts,
                "seconds": elapsed,
            }
        )
    )


if __name__ == "__main__":
    url, name, saves, postings, out = sys.argv[1:6]
    run(url, name, int(saves), int(postings), Path(out))
