"""Where the app keeps things: user folders, and the resources it ships.

This is the only module that builds paths to bundled files, so that the app finds them
both when run from a source checkout and when frozen by PyInstaller. User folders come
from platformdirs (the right place on Windows, macOS and Linux without hand-written
rules) and can be moved with environment variables, which the tests use.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "JDEditor"
DATA_DIR_ENV = "JDEDITOR_DATA_DIR"
CONFIG_DIR_ENV = "JDEDITOR_CONFIG_DIR"
CACHE_DIR_ENV = "JDEDITOR_CACHE_DIR"
LIBRARY_FILE_NAME = "library.db"


def data_dir() -> Path:
    """The user's data folder (library, logs, drafts, templates)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=True)


def config_dir() -> Path:
    """The user's settings folder."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_config_path(APP_NAME, appauthor=False, roaming=True)


def cache_dir() -> Path:
    """The user's cache folder (compiled templates): anything in it may be deleted.

    ``JDEDITOR_CACHE_DIR`` moves it; with only ``JDEDITOR_DATA_DIR`` set (tests, the
    benchmarks) it is ``cache`` inside that data folder, so it moves along.
    """
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override).expanduser()
    if os.environ.get(DATA_DIR_ENV):
        return data_dir() / "cache"
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return data_dir() / "logs"


def default_library_path() -> Path:
    return data_dir() / LIBRARY_FILE_NAME


def _frozen_bundle() -> Path | None:
    """The bundle's folder when frozen by PyInstaller (``sys._MEIPASS``), else None."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle is not None:
        return Path(bundle)
    return None


def _bundle_root() -> Path:
    """The folder holding ``resources/`` and the ``jdeditor`` package.

    From source (or an editable install) that is the repository; frozen by PyInstaller it
    is the bundle's folder (``sys._MEIPASS``: ``_internal`` beside the executable, or the
    temporary folder of a one-file build), where build_app.spec lays the files out the
    same way. Never the user's folders: those are above.
    """
    return _frozen_bundle() or Path(__file__).resolve().parent.parent


def resources_root() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, in the bundle when frozen."""
    return _bundle_root() / "resources"


# Bundled under resources/ but kept elsewhere in the repository: the template guide is
# docs/templates.md, which the bundle carries as resources/docs/templates.md.
_KEPT_ELSEWHERE_IN_SOURCE = {"docs": "docs"}


def resource_path(*parts: str) -> Path:
    """A bundled file, e.g. ``resource_path("templates", "formal-zh.docx")``.

    ``resource_path("docs", "templates.md")`` is the template guide.
    """
    if parts and _frozen_bundle() is None and parts[0] in _KEPT_ELSEWHERE_IN_SOURCE:
        return _bundle_root().joinpath(_KEPT_ELSEWHERE_IN_SOURCE[parts[0]], *parts[1:])
    return resources_root().joinpath(*parts)


def migrations_dir() -> Path:
    """Alembic's scripts, which live inside the package (``jdeditor/store/migrations``).

    They are read as files rather than imported, so the bundle carries them as data at the
    same place (build_app.spec).
    """
    return _bundle_root() / "jdeditor" / "store" / "migrations"


def backups_dir() -> Path:
    """Automatic backups of library files: one folder per library inside."""
    return data_dir() / "backups"
