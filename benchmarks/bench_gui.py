"""Desktop app benchmark: start-up against a bare PySide6 window, search and open times.

    .venv/bin/python -m benchmarks.bench_gui

* start-up: wall time from launching the process until the main window is shown and
  the event loop idle, side by side with a bare PySide6 window in the same run, and
  until the library of 10,000 postings is open and listed (the window shows first and
  the library opens behind it). The app starts through its real entry point, as the
  ``jdeditor`` command does; runs alternate between the two programs so that a busy
  moment of the machine does not favour one (median of 11 runs each, offscreen);
* search: a keystroke's query at 100,000 postings, from the search box's text to the
  list model holding the new first page (the box waits 150 ms after the last key before
  querying, so a fast typist does not query per key; that pause is not counted);
* opening a posting: from choosing it to the form and the preview filled.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.generate import generate_postings
from jdeditor.service import Library


def build_library(path: Path, count: int) -> None:
    postings = list(generate_postings(count))
    with Library.open(path) as library:
        for start in range(0, count, 10_000):
            library._repository.add_many(postings[start : start + 10_000])


def probe_moments(arguments: list[str]) -> dict[str, float]:
    """Seconds from launching ``benchmarks.gui_probe`` to each moment it reports."""
    launched = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.gui_probe", *arguments],
        check=True,
        capture_output=True,
        text=True,
    )
    moments = {}
    for line in result.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("shown", "ready"):
            moments[name] = float(stamp) - launched
    return moments


def start_up(db: Path, runs: int = 11) -> tuple[float, float, float]:
    """Median seconds: bare window shown; ours shown; ours with the library listed."""
    bare, shown, ready = [], [], []
    for _ in range(runs):
        bare.append(probe_moments(["--bare"])["shown"])
        ours = probe_moments(["--db", str(db)])
        shown.append(ours["shown"])
        ready.append(ours["ready"])
    return statistics.median(bare), statistics.median(shown), statistics.median(ready)


def median_ms(action: Callable[[], object], repeat: int = 15) -> float:
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def in_process(path: Path) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QApplication

    from jdeditor.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    library = Library.open(path)
    window = MainWindow(library)
    window.show()
    app.processEvents()
    panel = window.panel
    rows: list[tuple[str, str]] = []
    for query in ("数据分", "岗位", "析", "excel"):

        def search(text: str = query) -> None:
            panel.search_edit.setText(text)
            panel.refresh()  # what the 150 ms pause then does

        rows.append((f"search box → list at 100,000: {query}", f"{median_ms(search):.1f} ms"))
    panel.search_edit.setText("")
    panel.refresh()
    ids = [panel.model.summary_at(row).id for row in range(20)]  # type: ignore[union-attr]

    def open_next(state: list[int] = [0]) -> None:  # noqa: B006
        state[0] += 1
        window.open_posting(ids[state[0] % len(ids)])
        app.processEvents()

    rows.append(("open a posting (form and preview)", f"{median_ms(open_next):.1f} ms"))
    window.editor.set_posting(None)
    window.close()
    library.close()
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JDEDITOR_DATA_DIR"] = folder
        small, large = Path(folder) / "10k.db", Path(folder) / "100k.db"
        build_library(small, 10_000)
        print("| measure | median |\n|---|---|")
        probe_moments(["--db", str(small)])  # a first run compiles and caches
        bare, shown, ready = start_up(small)
        print(f"| start-up: bare PySide6 window shown (floor) | {bare:.3f} s |")
        print(f"| start-up: JD Editor window shown | {shown:.3f} s ({shown / bare:.2f}× floor) |")
        print(
            f"| start-up: JD Editor with 10,000 postings listed | {ready:.3f} s "
            f"({ready / bare:.2f}× floor) |",
            flush=True,
        )
        build_library(large, 100_000)
        for label, value in in_process(large):
            print(f"| {label} | {value} |", flush=True)


if __name__ == "__main__":
    main()
