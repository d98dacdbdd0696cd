"""The starter statements: the shipped file loads, is complete, passes the app's own checks,
and never holds two wordings of one statement; a malformed file names the broken entry."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from jdeditor import paths
from jdeditor.core.checks import check_posting
from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from jdeditor.core.statements import STATEMENT_KINDS, Statement, families, normalise
from jdeditor.core.statements.starter import (
    MAX_TEXT_LENGTH,
    StarterStatement,
    bundled_starter_path,
    load_starter_statements,
    starter_set_version,
)

STARTER = load_starter_statements()
ROLE_KINDS = (SectionKind.DUTIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED)


def _document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(bundled_starter_path().read_text(encoding="utf-8"))
    return document


def _by_role(language: Language) -> dict[str, list[StarterStatement]]:
    roles: dict[str, list[StarterStatement]] = defaultdict(list)
    for statement in STARTER:
        if statement.language == language:
            roles[statement.role].append(statement)
    return roles


def test_the_bundled_file_is_a_resource_and_loads() -> None:
    assert bundled_starter_path() == paths.resource_path("statements", "starter.json")
    assert bundled_starter_path().is_file()
    assert len(STARTER) > 250
    assert {statement.kind for statement in STARTER} == set(STATEMENT_KINDS)
    assert {statement.language for statement in STARTER} == set(Language)
    assert load_starter_statements(bundled_starter_path()) == STARTER
    assert starter_set_version() == _document()["version"] != ""
    note = _document()["note"]
    assert "JD Editor team" in note and "free to use" in note.lower()


def test_every_role_has_both_languages_and_a_full_set() -> None:
    sets: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for entry in _document()["sets"]:
        sets[entry["set"]][entry["language"]] = entry
    assert len(sets) >= 11  # ten or so roles and the any-role set
    for name, languages in sets.items():
        assert set(languages) == {"zh", "en"}, f"{name} is not in both languages"
        for language, entry in languages.items():
            if entry["role"] == "":
                assert len(entry["benefits"]) >= 5, f"{name}/{language}"
                continue
            assert 5 <= len(entry["duties"]) <= 8, f"{name}/{language}"
            assert 5 <= len(entry["requirements"]) <= 7, f"{name}/{language}"
            assert 2 <= len(entry["preferred"]) <= 4, f"{name}/{language}"
            assert "benefits" not in entry  # benefits belong to the company, not a role
    for language in Language:
        assert "" in _by_role(language)  # the any-role set


def test_no_statement_is_repeated_within_a_kind_and_language() -> None:
    seen: set[tuple[SectionKind, Language, str]] = set()
    for statement in STARTER:
        key = (statement.kind, statement.language, normalise(statement.text, statement.language))
        assert key not in seen, statement
        seen.add(key)


def test_no_family_holds_two_starter_statements() -> None:
    found = families(
        Statement(statement.text, statement.kind, number, statement.language)
        for number, statement in enumerate(STARTER)
    )
    crowded = [family.variants for family in found if len(family.variants) > 1]
    assert crowded == []
    assert len(found) == len(STARTER)


def test_statements_are_written_the_same_way() -> None:
    for statement in STARTER:
        text = statement.text
        assert 0 < len(text) <= MAX_TEXT_LENGTH and text == text.strip(), text
        if statement.language == Language.ZH:
            assert text[-1] not in "。；;，,.", text  # no closing mark
            assert not any(mark in text for mark in ",;:?!()"), text  # full-width only
        else:
            assert text[-1] not in ".;,", text  # bullets, not sentences
            assert text[0].isupper() or text[0].isdigit(), text
            assert not any("\u4e00" <= char <= "\u9fff" for char in text), text


@pytest.mark.parametrize("language", list(Language))
def test_every_statement_passes_the_checks(language: Language) -> None:
    """Each role's statements with the any-role ones, as one posting: no finding at all."""
    roles = _by_role(language)
    any_role = roles.pop("")
    assert roles
    for role, statements in roles.items():
        chosen = statements + any_role
        posting = Posting(
            title=role,
            language=language,
            sections=[
                Section(kind, items=[Item(s.text) for s in chosen if s.kind == kind])
                for kind in STATEMENT_KINDS
            ],
        )
        findings = [(f.rule.id, f.text, f.span_text) for f in check_posting(posting)]
        assert findings == [], role


def test_each_statement_alone_passes_the_text_checks() -> None:
    """One at a time too, so that no neighbour's context hides a finding."""
    for statement in STARTER:
        posting = Posting(
            title="-",
            language=statement.language,
            sections=[Section(statement.kind, items=[Item(statement.text)])],
        )
        findings = [f.rule.id for f in check_posting(posting) if f.rule.text_check is not None]
        assert findings == [], statement


# A malformed file: a ValueError naming the entry and the field.


def _write(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "starter.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _valid() -> dict[str, Any]:
    return {
        "version": "7",
        "note": "written by the JD Editor team",
        "sets": [
            {
                "set": "accountant",
                "language": "zh",
                "role": "会计",
                "duties": ["编制月度财务报表"],
                "requirements": ["3年以上会计工作经验"],
            },
            {
                "set": "accountant",
                "language": "en",
                "role": "Accountant",
                "duties": ["Prepare monthly financial statements"],
            },
            {"set": "any-role", "language": "en", "role": "", "benefits": ["Annual health check"]},
        ],
    }


def test_a_small_valid_file_loads_in_order(tmp_path: Path) -> None:
    path = _write(tmp_path, _valid())
    assert load_starter_statements(path) == (
        StarterStatement(SectionKind.DUTIES, Language.ZH, "会计", "编制月度财务报表"),
        StarterStatement(SectionKind.REQUIREMENTS, Language.ZH, "会计", "3年以上会计工作经验"),
        StarterStatement(
            SectionKind.DUTIES, Language.EN, "Accountant", "Prepare monthly financial statements"
        ),
        StarterStatement(SectionKind.BENEFITS, Language.EN, "", "Annual health check"),
    )
    assert starter_set_version(path) == "7"


def _broken(change: str) -> dict[str, Any]:
    document = _valid()
    first, second = document["sets"][0], document["sets"][1]
    if change == "no version":
        del document["version"]
    elif change == "sets not a list":
        document["sets"] = {"a": 1}
    elif change == "set not an object":
        document["sets"][1] = "会计"
    elif change == "unknown kind":
        second["duty"] = ["Close the books"]
    elif change == "bad language":
        second["language"] = "fr"
    elif change == "role missing":
        del second["role"]
    elif change == "no set name":
        second["set"] = ""
    elif change == "same set twice":
        second["language"] = "zh"
    elif change == "empty text":
        first["requirements"].append("  ")
    elif change == "not a text":
        first["requirements"].append(3)
    elif change == "too long":
        first["requirements"].append("熟" * (MAX_TEXT_LENGTH + 1))
    elif change == "duplicate":
        first["requirements"].append("三年以上会计工作经验")  # 三年 = 3年
    elif change == "kind not a list":
        second["duties"] = "Prepare monthly financial statements"
    elif change == "no statements":
        del second["duties"]
    return document


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("no version", "version: must be a non-empty string"),
        ("sets not a list", "sets: must be a list"),
        ("set not an object", "sets[1]: must be an object"),
        ("unknown kind", "sets[1].duty: unknown field; the kinds are duties, requirements"),
        ("bad language", "sets[1].language: must be one of zh, en"),
        ("role missing", "sets[1].role: must be a string"),
        ("no set name", "sets[1].set: must be a non-empty string"),
        ("same set twice", "sets[1].set: 'accountant' in zh is already sets[0]"),
        ("empty text", "sets[0].requirements[1]: is empty"),
        ("not a text", "sets[0].requirements[1]: must be a string"),
        ("too long", f"sets[0].requirements[1]: is {MAX_TEXT_LENGTH + 1} characters long"),
        ("duplicate", "sets[0].requirements[1]: repeats sets[0].requirements[0]"),
        ("kind not a list", "sets[1].duties: must be a non-empty list of texts"),
        ("no statements", "sets[1]: has no statements"),
    ],
)
def test_a_malformed_file_names_the_entry_and_field(
    tmp_path: Path, change: str, message: str
) -> None:
    path = _write(tmp_path, _broken(change))
    with pytest.raises(ValueError) as raised:
        load_starter_statements(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert message in str(raised.value)


def test_a_file_that_is_not_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "starter.json"
    path.write_text('{"version": "1",\n "sets": [,]}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"not valid JSON at line 2, column"):
        load_starter_statements(path)
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(ValueError, match="must be a JSON object"):
        starter_set_version(path)
