"""The settings file: typed values, lenient loading, and setting a value from text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdeditor.errors import UserFacingError
from jdeditor.settings import Settings, load_settings, save_settings, set_setting


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    settings, problems = load_settings(tmp_path / "settings.json")
    assert settings == Settings() and problems == []
    assert settings.backups is True and settings.backups_keep == 5 and settings.currency == "CNY"


def test_saved_values_come_back_with_their_types(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(company_name="星辰科技", backups=False, backups_keep=9), path)
    settings, problems = load_settings(path)
    assert (settings.company_name, settings.backups, settings.backups_keep) == (
        "星辰科技",
        False,
        9,
    )
    assert problems == []


def test_a_value_of_the_wrong_type_falls_back_and_is_named(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"backups": "yes", "backups_keep": True, "company_name": 3, "colour": "red"}),
        encoding="utf-8",
    )
    settings, problems = load_settings(path)
    assert settings == Settings()
    assert any("'backups' must be true or false" in problem for problem in problems)
    assert any("'backups_keep' must be a whole number" in problem for problem in problems)
    assert any("'company_name' must be text" in problem for problem in problems)
    assert any("unknown setting 'colour'" in problem for problem in problems)


@pytest.mark.parametrize(("text", "expected"), [("off", False), ("NO", False), ("true", True)])
def test_on_or_off_from_text(tmp_path: Path, text: str, expected: bool) -> None:
    path = tmp_path / "settings.json"
    assert set_setting("backups", text, path).backups is expected
    assert load_settings(path)[0].backups is expected


@pytest.mark.parametrize(
    ("key", "text", "says"),
    [
        ("backups", "maybe", "true or false"),
        ("backups_keep", "many", "whole number"),
        ("backups_keep", "-1", "negative"),
        ("colour", "red", "There is no setting 'colour'"),
    ],
)
def test_a_bad_value_is_refused_and_nothing_saved(
    tmp_path: Path, key: str, text: str, says: str
) -> None:
    path = tmp_path / "settings.json"
    with pytest.raises(UserFacingError, match=says):
        set_setting(key, text, path)
    assert not path.exists()


@pytest.mark.parametrize(
    ("key", "text", "says"),
    [
        ("contact_email", "hr at example.com", "e-mail address"),
        ("language", "de", "zh_CN, en"),
        ("currency", "yuan", "three-letter code"),
        ("backups_keep", "0", "from 1 to 100"),
        ("backups_keep", "101", "from 1 to 100"),
        ("template_zh", "no-such-template", "There is no template 'no-such-template'"),
    ],
)
def test_values_are_checked_beyond_their_type(
    tmp_path: Path, key: str, text: str, says: str
) -> None:
    path = tmp_path / "settings.json"
    with pytest.raises(UserFacingError, match=says):
        set_setting(key, text, path)
    assert not path.exists()


def test_values_are_stored_as_the_app_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert set_setting("currency", " usd ", path).currency == "USD"
    assert set_setting("contact_email", "hr@example.com", path).contact_email == "hr@example.com"
    assert set_setting("contact_email", "", path).contact_email == ""  # none: allowed
    assert set_setting("language", "", path).language == ""
    assert set_setting("template_en", "jd-en", path).template_en == "jd-en"


def test_a_logo_must_be_an_image_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    notes = tmp_path / "logo.txt"
    notes.write_text("not a picture", encoding="utf-8")
    with pytest.raises(UserFacingError, match=r"logo\.txt is not an image"):
        set_setting("company_logo", str(notes), path)
    with pytest.raises(UserFacingError, match="does not exist"):
        set_setting("company_logo", str(tmp_path / "gone.png"), path)
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert set_setting("company_logo", str(logo), path).company_logo == str(logo.resolve())


def test_reading_the_settings_loads_no_word_machinery() -> None:
    """The app reads the interface language at start-up, before anything else loads."""
    import subprocess
    import sys

    script = "import sys, jdeditor.settings; print([m for m in sys.modules if 'docx' in m])"
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"
