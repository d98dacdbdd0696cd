"""The interface languages JD Editor is translated into, and where the choice is kept.

Each language is named in itself (中文, English), as language menus do, so that someone who
cannot read the current interface still finds their own.
"""

from __future__ import annotations

LANGUAGE_SETTING = "ui/language"
"""QSettings key of the chosen interface language; "" (or absent) follows the system."""

INTERFACE_LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))
"""(code, name) of each translation in resources/translations."""
