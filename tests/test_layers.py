"""Dependencies point down only: a forbidden import fails here, not in review.

core <- store, formats <- service (service/, import_plan.py) <- gui, cli, app
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "jdeditor"

# What each layer may import from jdeditor (leaf modules any layer may use are listed once).
SHARED = {"jdeditor", "jdeditor.errors", "jdeditor.paths"}
ALLOWED = {
    "core": {"core"},
    "store": {"core", "store"},
    "formats": {"core", "formats"},
    "service": {"core", "store", "formats", "service"},
    "cli": {"core", "formats", "service", "cli"},
    "gui": {"core", "service", "gui"},
}
# Outside libraries a layer must not touch.
FORBIDDEN_EXTERNAL = {
    "core": ("PySide6", "sqlalchemy", "alembic", "docx", "docxtpl"),
    "store": ("PySide6", "docx", "docxtpl"),
    "formats": ("PySide6", "sqlalchemy", "alembic"),
    "service": ("PySide6",),
    "cli": ("PySide6", "sqlalchemy", "alembic"),
    "gui": ("sqlalchemy", "alembic"),
}
SERVICE_MODULES = {"service", "import_plan", "import_review", "settings"}


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "jdeditor" or len(parts) < 2:
        return None
    head = parts[1]
    if head in ALLOWED:
        return head
    if head in SERVICE_MODULES:
        return "service"
    if head in ("cli", "commands", "__main__"):
        return "cli"
    return None


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    return ".".join(relative.parts).removesuffix(".__init__")


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path) -> None:
    layer = layer_of(module_name(path))
    if layer is None:
        return  # app.py wires every layer; __init__ holds the version only
    problems = []
    for imported in imports_of(path):
        if imported.startswith("jdeditor"):
            if imported in SHARED:
                continue
            target = layer_of(imported)
            if target is not None and target not in ALLOWED[layer]:
                problems.append(f"{layer} imports {imported} ({target})")
        elif imported.split(".")[0] in FORBIDDEN_EXTERNAL[layer]:
            problems.append(f"{layer} imports {imported}")
    assert not problems, problems


def test_the_checker_notices_a_forbidden_edge(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport jdeditor.store.orm\n")
    assert imports_of(bad) == ["PySide6.QtCore", "jdeditor.store.orm"]
    assert layer_of("jdeditor.store.orm") == "store"
    assert "store" not in ALLOWED["core"]
