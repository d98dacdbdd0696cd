"""Command-line start-up, side by side with its floors, in one run.

    .venv/bin/python -m benchmarks.bench_cli [--rounds 15] [--checkout DIR]

Whole-process wall and CPU time of each command against the bare imports it cannot do
without, run in turn (A B A B …) so that both see the same machine; medians, and the
median of the pair-by-pair ratios:

* ``jdeditor list``, ``search 产品`` and ``show ID`` against ``python -c "import sqlalchemy"``;
* ``jdeditor export ID --out x.docx`` against ``python -c "import sqlalchemy, docx, docxtpl"``.

The library holds the 10 seed postings (../shared/samples/product-manager-postings.zh.txt),
imported into a temporary folder that also holds the data and settings folders, so the
user's own library and log are not touched. Commands run as ``python -m jdeditor`` from
``--checkout`` (default: this repository), so an older checkout (``git archive REV | tar
-x -C DIR``) can be measured with the same interpreter.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = (
    Path(__file__).resolve().parents[2] / "shared" / "samples" / "product-manager-postings.zh.txt"
)
TARGET = 1.3


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def side_by_side(
    ours: list[str], floor: list[str], rounds: int, cwd: Path, env: dict[str, str]
) -> dict[str, float]:
    _run(ours, cwd, env)  # warm-up: bytecode caches (unless turned off), the page cache
    _run(floor, cwd, env)
    a_wall, b_wall, a_cpu, b_cpu = [], [], [], []
    for _ in range(rounds):
        wall, cpu = _run(ours, cwd, env)
        a_wall.append(wall)
        a_cpu.append(cpu)
        wall, cpu = _run(floor, cwd, env)
        b_wall.append(wall)
        b_cpu.append(cpu)
    return {
        "wall": statistics.median(a_wall),
        "floor_wall": statistics.median(b_wall),
        "cpu": statistics.median(a_cpu),
        "floor_cpu": statistics.median(b_cpu),
        "ratio_wall": statistics.median(a / b for a, b in zip(a_wall, b_wall, strict=True)),
        "ratio_cpu": statistics.median(a / b for a, b in zip(a_cpu, b_cpu, strict=True)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--checkout", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument(
        "--probe",
        action="store_true",
        help="also a read path without the ORM (benchmarks/cli_core_probe.py), for comparison",
    )
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="run with PYTHONDONTWRITEBYTECODE=1; on a checkout with no __pycache__ yet "
        "(a fresh `git archive`), our modules are then compiled from source every run",
    )
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {
            **os.environ,
            "JDEDITOR_DATA_DIR": str(work / "data"),
            "JDEDITOR_CONFIG_DIR": str(work / "config"),
            "PYTHONIOENCODING": "utf-8",
        }
        env.pop("JDEDITOR_DB", None)
        # As installed: pip and the packaged app ship compiled bytecode, as the installed
        # SQLAlchemy of the floor has. A PYTHONDONTWRITEBYTECODE in the caller's environment
        # would have every run compile our modules from source (a third of our start-up).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if args.no_bytecode_cache:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        jdeditor = [python, "-m", "jdeditor", "--db", str(work / "library.db")]
        subprocess.run(
            [*jdeditor, "import", str(SEED)],
            cwd=args.checkout,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        out = work / "x.docx"
        sqlalchemy_floor = [python, "-c", "import sqlalchemy"]
        word_floor = [python, "-c", "import sqlalchemy, docx, docxtpl"]
        cases = [
            ("list", [*jdeditor, "list"], sqlalchemy_floor, "import sqlalchemy"),
            ("search 产品", [*jdeditor, "search", "产品"], sqlalchemy_floor, "import sqlalchemy"),
            ("show 1", [*jdeditor, "show", "1"], sqlalchemy_floor, "import sqlalchemy"),
            (
                "export 1 --out x.docx",
                [*jdeditor, "export", "1", "--out", str(out), "--overwrite"],
                word_floor,
                "import sqlalchemy, docx, docxtpl",
            ),
        ]
        if args.probe:
            probe = [python, "-m", "benchmarks.cli_core_probe", str(work / "library.db")]
            cases.append(
                ("probe: list without the ORM", probe, sqlalchemy_floor, "import sqlalchemy")
            )
        caches = "without" if args.no_bytecode_cache else "with"
        print(
            f"{args.rounds} rounds each, alternating; medians; {caches} bytecode caches; "
            f"checkout {args.checkout}"
        )
        print("| command | wall | floor | wall ratio | CPU | floor CPU | CPU ratio | floor is |")
        print("|---|---|---|---|---|---|---|---|")
        for name, ours, floor, floor_name in cases:
            figures = side_by_side(ours, floor, args.rounds, args.checkout, env)
            print(
                f"| `{name}` | {figures['wall'] * 1000:.0f} ms | "
                f"{figures['floor_wall'] * 1000:.0f} ms | {figures['ratio_wall']:.2f}× | "
                f"{figures['cpu'] * 1000:.0f} ms | {figures['floor_cpu'] * 1000:.0f} ms | "
                f"{figures['ratio_cpu']:.2f}× | `{floor_name}` |",
                flush=True,
            )
        print(f"target: within {TARGET}× of each floor")


if __name__ == "__main__":
    main()
