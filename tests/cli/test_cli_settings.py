"""`jdeditor settings`: every preference shown, and each one set and checked."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from jdeditor.settings import Settings, load_settings
from tests.cli.test_cli import run


def shown_values(stdout: str) -> dict[str, str]:
    return dict(line.split(" = ", 1) for line in stdout.splitlines() if " = " in line)


def test_settings_shows_every_value() -> None:
    result = run("settings")
    assert result.returncode == 0, result.stderr
    shown = shown_values(result.stdout)
    assert list(shown) == [field.name for field in fields(Settings)]
    assert shown["currency"] == "CNY" and shown["backups"] == "True"


def test_settings_set_accepts_each_preference(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    folder = tmp_path / "exports"
    folder.mkdir()
    values = {
        "language": "zh_CN",
        "company_name": "星辰科技",
        "company_logo": str(logo),
        "how_to_apply": "请将简历发送至招聘邮箱。",
        "contact_email": "hr@example.com",
        "template_zh": "advert-zh",
        "template_en": "jd-en",
        "export_folder": str(folder),
        "currency": "hkd",
        "backups": "off",
        "backups_keep": "12",
    }
    for key, value in values.items():
        result = run("settings", "set", key, value)
        assert result.returncode == 0, (key, result.stderr)
    shown = shown_values(run("settings").stdout)
    assert shown["currency"] == "HKD" and shown["backups"] == "False"
    assert shown["backups_keep"] == "12" and shown["company_logo"] == str(logo.resolve())
    settings, problems = load_settings()  # the file the app reads
    assert problems == []
    assert (settings.language, settings.template_zh, settings.contact_email) == (
        "zh_CN",
        "advert-zh",
        "hr@example.com",
    )


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("contact_email", "hr-at-example.com", "e-mail address"),
        ("backups_keep", "0", "from 1 to 100"),
        ("language", "fr", "'language' is one of"),
        ("template_en", "missing", "There is no template 'missing'"),
    ],
)
def test_settings_set_refuses_a_bad_value_and_keeps_the_old_one(
    key: str, value: str, says: str
) -> None:
    assert run("settings", "set", "company_name", "星辰科技").returncode == 0
    before = load_settings()[0]
    result = run("settings", "set", key, value)
    assert result.returncode == 1
    assert says in result.stderr
    assert load_settings()[0] == before
