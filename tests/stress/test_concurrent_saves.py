"""Two processes saving the same 100 postings 1,000 times each, on SQLite and PostgreSQL.

Each process appends its own counter (``a-17``) as an item to a posting chosen by the
clock (both aim at the same one for 50 ms), saving with the version it loaded; a stale
save is refused (``ConflictError``), counted, and tried again on a fresh
load. Afterwards:

- no lost update: every acknowledged append is in the final posting, exactly once, and
  nothing else was added (a refused save wrote nothing);
- every conflict reported: the saves the store refused (attempts less the versions the
  postings moved on) are exactly the conflicts the processes counted;
- every stored save is a revision.

A stress test (``-m stress``, with ``JDEDITOR_STRESS=1``): ``.ci/stage_stress.sh`` runs it.
``JDEDITOR_STRESS_SAVES`` scales the saves per process (default 1,000). The figures go to
docs/reliability.md (``## Concurrent saves``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from jdeditor.core.listing import ListQuery
from jdeditor.core.model import Item, Section, SectionKind
from jdeditor.service import Library
from tests.factories import chinese_posting

pytestmark = [
    pytest.mark.stress,
    pytest.mark.skipif(
        not os.environ.get("JDEDITOR_STRESS"), reason="a stress test: set JDEDITOR_STRESS=1"
    ),
]

POSTINGS = 100
REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(600)
def test_two_processes_saving_the_same_postings_lose_nothing(
    library_url: str, tmp_path: Path
) -> None:
    saves = int(os.environ.get("JDEDITOR_STRESS_SAVES", "1000"))
    with Library.open(library_url) as library:
        for number in range(POSTINGS):
            posting = chinese_posting(f"岗位 {number}")
            posting.sections.insert(0, Section(SectionKind.OTHER, "记录", [Item("开始")]))
            library.create_posting(posting)
        before = {
            row.id: library.get_posting(row.id).version
            for row in library.list_postings(ListQuery(limit=POSTINGS)).rows
        }
    outs = [tmp_path / f"{name}.json" for name in ("a", "b")]
    started = time.perf_counter()
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.stress.save_worker",
                library_url,
                out.stem,
                str(saves),
                str(POSTINGS),
                str(out),
            ],
            cwd=REPO_ROOT,
        )
        for out in outs
    ]
    deadline = time.monotonic() + 60
    while not all(out.with_suffix(".ready").exists() for out in outs):
        assert time.monotonic() < deadline, "the workers did not start"
        assert all(worker.poll() is None for worker in workers), "a worker failed to start"
        time.sleep(0.05)
    (tmp_path / "go").write_text("go")
    for worker in workers:
        assert worker.wait(timeout=540) == 0
    elapsed = time.perf_counter() - started
    results = [json.loads(out.read_text()) for out in outs]

    with Library.open(library_url, create=False) as library:
        final = {posting_id: library.get_posting(posting_id) for posting_id in before}
        revisions = {posting_id: len(library.history(posting_id)) for posting_id in before}
    appended: Counter[tuple[int, str]] = Counter()
    for posting_id, posting in final.items():
        for item in posting.sections[0].items[1:]:
            appended[(posting_id, item.text)] += 1
    acknowledged = Counter(
        (posting_id, text) for result in results for posting_id, text in result["acknowledged"]
    )
    assert sum(len(result["acknowledged"]) for result in results) == 2 * saves
    lost = set(acknowledged) - set(appended)
    assert not lost, f"{len(lost)} acknowledged saves are missing, e.g. {sorted(lost)[:5]}"
    assert appended == acknowledged  # each once, and nothing a refused save carried
    moved_on = sum(final[posting_id].version - version for posting_id, version in before.items())
    assert moved_on == 2 * saves  # one version per stored save
    attempts = sum(result["attempts"] for result in results)
    conflicts = sum(result["conflicts"] for result in results)
    assert attempts - moved_on == conflicts  # every refused save was reported
    assert sum(revisions.values()) == POSTINGS + 2 * saves  # each stored save is a revision
    backend = "PostgreSQL" if library_url.startswith("postgresql") else "SQLite"
    print(
        f"\n[concurrent saves] {backend}: {2 * saves} saves by 2 processes on {POSTINGS} "
        f"postings, {conflicts} conflicts reported, 0 lost, {elapsed:.1f} s "
        f"(workers {results[0]['seconds']:.1f} s and {results[1]['seconds']:.1f} s)"
    )
