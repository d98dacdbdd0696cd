"""Checking a template someone gave us in a process of its own, with a time and memory cap.

The sandbox's budget (budget.py) stops what a template's tags can do; this is the last
line of defence for ``templates add``/``check`` and the template manager's Add, which take
a .docx from anyone: a child process checks it, is stopped after ``TIMEOUT_SECONDS``, and
on POSIX may use no more than ``MEMORY_BYTES`` of memory. Exports never start a process
(their start-up time is measured, docs/performance.md); they rely on the budget and on
the template having passed this check. A frozen app (no ``python -m``) checks in-process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from jdeditor.formats.docx_export.problems import TemplateProblem

TIMEOUT_SECONDS = 60.0
MEMORY_BYTES = 3 * 1024**3


def _limit_memory() -> None:  # runs in the child, before it starts Python
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def check_template_isolated(path: Path) -> list[TemplateProblem]:
    """``check_template(path)``, run in a child process with a time and memory cap."""
    from jdeditor.formats.docx_export.checking import check_template

    path = Path(path)
    if getattr(sys, "frozen", False):
        return check_template(path)
    import jdeditor

    package_root = Path(next(iter(jdeditor.__path__))).resolve().parent  # the child imports ours
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(package_root), environment.get("PYTHONPATH", "")])
    )
    command = [sys.executable, "-m", __name__, str(path.resolve())]
    try:
        finished = subprocess.run(
            command,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            env=environment,
            preexec_fn=_limit_memory if os.name == "posix" else None,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return [
            TemplateProblem(
                path,
                f"checking it took longer than {TIMEOUT_SECONDS:.0f} seconds, so it was "
                "stopped; it may loop without end. Simplify its loops and tags",
            )
        ]
    if finished.returncode != 0:
        return [
            TemplateProblem(
                path,
                f"checking it failed (it may need more than {MEMORY_BYTES // 1024**3} GB of "
                "memory); remove large pictures and simplify its tags",
            )
        ]
    found = json.loads(finished.stdout.decode("utf-8"))
    return [TemplateProblem(path, item["message"], item["part"], item["near"]) for item in found]


def main(argument: str) -> int:
    from jdeditor.formats.docx_export.checking import check_template

    problems = check_template(Path(argument))
    found = [{"message": p.message, "part": p.part, "near": p.near} for p in problems]
    sys.stdout.write(json.dumps(found, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
