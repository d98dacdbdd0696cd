"""The interface languages JD Editor is translated into, and where the choice is kept.

Each language is named in itself (中文, English), as language menus do, so that someone who
cannot read the current interface still finds their own.

The choice is the settings file's ``language`` (``jdeditor.settings``), which Edit ›
Preferences, View › Language and ``jdeditor settings`` all write. Versions before 0.2
kept it in QSettings (``ui/language``); ``chosen_language`` carries such a value over once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings

from jdeditor.errors import UserFacingError
from jdeditor.settings import load_settings, save_settings

logger = logging.getLogger(__name__)

LANGUAGE_SETTING = "ui/language"
"""The QSettings key where earlier versions kept the language; read once, then removed."""

INTERFACE_LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))
"""(code, name) of each translation in resources/translations."""


def chosen_language() -> str:
    """The interface language chosen in the settings ("" for the system's)."""
    settings, _ = load_settings()
    old = QSettings()
    if old.contains(LANGUAGE_SETTING):
        earlier = str(old.value(LANGUAGE_SETTING, "") or "")
        if earlier and not settings.language and earlier in dict(INTERFACE_LANGUAGES):
            settings.language = earlier
            try:
                save_settings(settings)
            except (OSError, UserFacingError) as error:  # carried over next time, then
                logger.warning("could not keep the interface language: %s", error)
                return earlier
        old.remove(LANGUAGE_SETTING)
    return settings.language


def choose_language(code: str) -> None:
    """Keep ``code`` ("" for the system's) as the interface language from the next start."""
    settings, _ = load_settings()
    settings.language = code
    save_settings(settings)
