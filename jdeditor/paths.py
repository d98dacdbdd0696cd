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


def log_dir() -> Path:
    return data_dir() / "logs"


def default_library_path() -> Path:
    return data_dir() / LIBRARY_FILE_NAME


def resources_root() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, in the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A bundled file, e.g. ``resource_path("templates", "formal-zh.docx")``."""
    return resources_root().joinpath(*parts)


def backups_dir() -> Path:
    """Automatic backups of library files: one folder per library inside."""
    return data_dir() / "backups"
