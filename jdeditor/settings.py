"""The user's settings: typed, with defaults in code, loaded leniently.

Stored as JSON in the config folder (``jdeditor.paths.config_dir()``; the tests and
``JDEDITOR_CONFIG_DIR`` move it). A value of the wrong type falls back to its default
and is reported once, so a hand-edited file can never stop the app from starting.
The Preferences dialog and the command line's ``settings`` read and write the same file.
Window geometry and other view state live in QSettings, in the GUI only.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from jdeditor.errors import UserFacingError
from jdeditor.formats.atomic import write_text_atomic
from jdeditor.paths import config_dir

if TYPE_CHECKING:
    from jdeditor.formats.docx_export import ExportSettings

logger = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    company_name: str = ""  # shown in exported documents
    company_logo: str = ""  # path of an image for templates that show a logo
    author: str = ""  # the author property of exported documents
    how_to_apply: str = ""  # shown by templates for postings without a how-to-apply section
    contact_email: str = ""  # shown beside it (联系邮箱 / E-mail)
    template_zh: str = ""  # default Word template for Chinese postings ("" = bundled default)
    template_en: str = ""  # default Word template for English postings
    language: str = ""  # interface language ("zh_CN", "en"; "" = the system's)
    export_folder: str = ""  # where exports go unless chosen ("" = the last folder used)
    currency: str = "CNY"  # the currency of a salary typed without one
    backups: bool = True  # back the library file up automatically
    backups_keep: int = 5  # how many automatic backups to keep (the oldest go first)
    show_starter_statements: bool = True  # list the shipped starter statements (issue 13)

    def export_settings(self) -> ExportSettings:
        # Imported here: the app reads the language at start-up, before any Word machinery.
        from jdeditor.formats.docx_export.export_settings import ExportSettings

        logo = Path(self.company_logo).expanduser() if self.company_logo else None
        return ExportSettings(
            company_name=self.company_name,
            logo_path=logo if logo is not None and logo.is_file() else None,
            author=self.author,
            how_to_apply=self.how_to_apply,
            contact_email=self.contact_email,
        )


# Each setting's type, from the defaults above: text, a whole number or on/off.
_KINDS: dict[str, type] = {field.name: type(field.default) for field in fields(Settings)}
_KIND_NAMES = {str: "text", int: "a whole number", bool: "true or false"}
_TRUE = {"true", "on", "yes", "1"}
_FALSE = {"false", "off", "no", "0"}

LANGUAGES = ("zh_CN", "en")
"""The interface languages ``language`` may name ("" follows the system's)."""
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff")
"""The image files a Word document can show as a logo."""
BACKUPS_KEEP_RANGE = (1, 100)
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_CURRENCY_RE = re.compile(r"[A-Z]{3}")


def is_email(text: str) -> bool:
    """Whether ``text`` looks like one e-mail address (``hr@example.com``)."""
    return _EMAIL_RE.fullmatch(text.strip()) is not None


def check_value(key: str, value: str | int | bool) -> str | int | bool:
    """The value as stored, or a :class:`UserFacingError` naming the setting and what to do.

    Beyond its type: the language is one we are translated into, the e-mail an address,
    the currency a three-letter code, the logo an image file, the backups kept 1 to 100.
    """
    if key == "language" and value not in ("", *LANGUAGES):
        raise UserFacingError(
            f"'language' is one of {', '.join(LANGUAGES)}, or empty for the system's "
            f"(not '{value}')."
        )
    if key == "contact_email" and isinstance(value, str):
        value = value.strip()
        if value and not is_email(value):
            raise UserFacingError(
                f"'contact_email' must be an e-mail address such as hr@example.com (not '{value}')."
            )
    if key == "currency" and isinstance(value, str):
        value = value.strip().upper()
        if not _CURRENCY_RE.fullmatch(value):
            raise UserFacingError(
                f"'currency' is a three-letter code such as CNY, USD or EUR (not '{value}')."
            )
    if key == "company_logo" and isinstance(value, str) and value.strip():
        logo = Path(value.strip()).expanduser()
        if not logo.is_file():
            raise UserFacingError(f"The logo file {logo} does not exist.")
        if logo.suffix.lower() not in LOGO_SUFFIXES:
            raise UserFacingError(
                f"The logo {logo} is not an image a document can show: choose a PNG, JPEG, "
                "GIF, BMP or TIFF file."
            )
        value = str(logo.resolve())
    if key in ("template_zh", "template_en") and isinstance(value, str) and value.strip():
        from jdeditor.formats.docx_export import list_templates

        value = value.strip()
        names = [info.name for info in list_templates()]
        if value not in names:
            raise UserFacingError(
                f"There is no template '{value}' (templates: {', '.join(names)}; "
                "`jdeditor templates list`)."
            )
    if key == "backups_keep" and isinstance(value, int):
        low, high = BACKUPS_KEEP_RANGE
        if not low <= value <= high:
            raise UserFacingError(f"'backups_keep' is from {low} to {high} (not {value}).")
    return value


def parse_value(key: str, text: str) -> str | int | bool:
    """A setting's value from text (the command line), checked against its type."""
    kind = _KINDS.get(key)
    if kind is None:
        raise UserFacingError(f"There is no setting '{key}'. Settings: {', '.join(_KINDS)}.")
    if kind is bool:
        folded = text.strip().lower()
        if folded in _TRUE | _FALSE:
            return folded in _TRUE
        raise UserFacingError(f"'{key}' is on or off: give true or false (not '{text}').")
    if kind is int:
        try:
            number = int(text.strip())
        except ValueError:
            raise UserFacingError(f"'{key}' is a whole number (not '{text}').") from None
        if number < 0:
            raise UserFacingError(f"'{key}' cannot be negative (not '{text}').")
        return check_value(key, number)
    return check_value(key, text)


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """The settings and the problems found (each a sentence naming the key)."""
    path = path or settings_path()
    settings = Settings()
    problems: list[str] = []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return settings, problems
    except (OSError, ValueError) as error:
        problems.append(f"{path} could not be read ({error}); using the default settings.")
        logger.warning(problems[-1])
        return settings, problems
    if not isinstance(raw, dict):
        problems.append(f"{path} does not hold settings; using the defaults.")
        return settings, problems
    for key, value in raw.items():
        kind = _KINDS.get(key)
        if kind is None:
            problems.append(f"{path}: unknown setting '{key}' ignored.")
        elif type(value) is not kind:  # not isinstance: True is an int to isinstance
            problems.append(f"{path}: '{key}' must be {_KIND_NAMES[kind]}; using the default.")
        else:
            setattr(settings, key, value)
    for problem in problems:
        logger.warning(problem)
    return settings, problems


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(asdict(settings), ensure_ascii=False, indent=2) + "\n")


def set_setting(key: str, value: str, path: Path | None = None) -> Settings:
    """Change one setting from its text (``settings set backups off``) and save."""
    parsed = parse_value(key, value)
    settings, _ = load_settings(path)
    setattr(settings, key, parsed)
    save_settings(settings, path)
    return settings
