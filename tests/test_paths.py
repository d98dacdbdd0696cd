"""paths.py finds every bundled file, from source and frozen, and user files never in the app.

The frozen case is simulated the way PyInstaller sets it up (``sys.frozen`` and
``sys._MEIPASS``); CI's packaging stage runs the real frozen app (.ci/smoke_frozen.sh).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from jdeditor import paths
from jdeditor.formats.docx_export.templates import (
    DEFAULT_TEMPLATE,
    bundled_templates_dir,
    user_templates_dir,
)
from jdeditor.logging_setup import LOG_FILE_NAME
from jdeditor.settings import settings_path
from jdeditor.store.migrating import MIGRATIONS_DIR, SCHEMA_HEAD

REPO_ROOT = Path(__file__).resolve().parents[1]
SPEC = REPO_ROOT / "build_app.spec"


def test_every_resource_the_app_needs_is_found() -> None:
    for name in DEFAULT_TEMPLATE.values():
        assert paths.resource_path("templates", f"{name}.docx").is_file()
    assert len(list(bundled_templates_dir().glob("*.docx"))) >= 3
    for source in paths.resource_path("translations").glob("*.ts"):
        assert source.with_suffix(".qm").is_file(), f"{source.name} has no compiled .qm"
    assert paths.resource_path("translations", "jdeditor_zh_CN.qm").is_file()
    assert paths.resource_path("icons", "jdeditor.svg").is_file()
    assert paths.resource_path("schema", "jdeditor-1.schema.json").is_file()
    assert paths.resource_path("export", "preview.css").is_file()
    assert paths.resource_path("docs", "templates.md").is_file()  # the template guide
    assert paths.migrations_dir() == Path(MIGRATIONS_DIR)
    assert (paths.migrations_dir() / "env.py").is_file()
    assert ScriptDirectory(MIGRATIONS_DIR).get_current_head() == SCHEMA_HEAD


def test_the_spec_bundles_every_resource_folder() -> None:
    """A folder added to resources/ (or the guide, or the migrations) must reach the app."""
    spec = SPEC.read_text(encoding="utf-8")
    for folder in sorted(p.name for p in paths.resources_root().iterdir() if p.is_dir()):
        assert f'"resources/{folder}"' in spec, f"build_app.spec does not bundle {folder}"
    assert '"resources/docs"' in spec and '"templates.md"' in spec
    assert '"jdeditor/store/migrations"' in spec and '"jdeditor/store/migrations/versions"' in spec
    assert 'copy_metadata("jdeditor")' in spec  # importlib.metadata.version, frozen


def test_no_other_module_builds_paths_to_bundled_files() -> None:
    package = REPO_ROOT / "jdeditor"
    offenders = [
        str(path.relative_to(REPO_ROOT))
        for path in package.rglob("*.py")
        if path.name != "paths.py" and re.search(r"__file__|_MEIPASS", path.read_text("utf-8"))
    ]
    assert offenders == []


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A one-folder app as PyInstaller runs it, with the user's home elsewhere."""
    app = tmp_path / "JDEditor"
    bundle = app / "_internal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "jdeditor"))
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    for name in ("JDEDITOR_DATA_DIR", "JDEDITOR_CONFIG_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    return app


def test_frozen_resources_come_from_the_bundle(frozen_app: Path) -> None:
    bundle = frozen_app / "_internal"
    assert paths.resources_root() == bundle / "resources"
    templates = bundle / "resources" / "templates"
    assert paths.resource_path("templates", "jd-en.docx") == templates / "jd-en.docx"
    assert paths.resource_path("docs", "templates.md") == bundle / "resources/docs/templates.md"
    assert paths.migrations_dir() == bundle / "jdeditor/store/migrations"
    assert bundled_templates_dir() == bundle / "resources/templates"


def test_frozen_user_files_are_never_beside_the_executable(frozen_app: Path) -> None:
    user_files = {
        "data": paths.data_dir(),
        "settings": paths.config_dir(),
        "settings file": settings_path(),
        "logs": paths.log_dir() / LOG_FILE_NAME,
        "library": paths.default_library_path(),
        "drafts": paths.data_dir() / "drafts",
        "own templates": user_templates_dir(),
    }
    for what, location in user_files.items():
        assert not location.is_relative_to(frozen_app), f"{what} is inside the app: {location}"
        assert paths.APP_NAME in location.parts, f"{what} is not in JD Editor's folder"
        if sys.platform != "win32":  # Windows asks the shell for %APPDATA%, not HOME
            assert location.is_relative_to(Path.home()), f"{what} is not in the user's home"


def test_from_source_nothing_is_looked_for_in_a_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stray _MEIPASS without sys.frozen (e.g. a leftover variable) changes nothing."""
    monkeypatch.setattr(sys, "_MEIPASS", "/nowhere", raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.resources_root() == REPO_ROOT / "resources"
    assert paths.resource_path("docs", "templates.md") == REPO_ROOT / "docs" / "templates.md"
