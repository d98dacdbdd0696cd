"""The starter statements: a small curated set the app ships, for common roles (issue 13).

``resources/statements/starter.json`` holds them, written by the JD Editor team and free
to use. The file is a list of sets, one per role and language::

    {"version": "1", "note": "...", "sets": [
        {"set": "java-developer", "language": "zh", "role": "Java 开发工程师",
         "duties": ["..."], "requirements": ["..."], "preferred": ["..."]},
        {"set": "any-role", "language": "en", "role": "", "benefits": ["..."]}]}

``set`` pairs a role's Chinese and English sets (the roles are written anew in each
language, not translated); ``role`` is "" for the statements that fit any role. The
library marks these statements as starter statements and can hide them
(``show_starter_statements``); ``version`` changes whenever the statements do.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jdeditor.core.model import Language, SectionKind
from jdeditor.core.statements.model import STATEMENT_KINDS
from jdeditor.core.statements.normalise import normalise
from jdeditor.paths import resource_path

# Longer than this is no longer one statement (the checks call 200 characters long).
MAX_TEXT_LENGTH = 200

_KINDS = {kind.value: kind for kind in STATEMENT_KINDS}
_SET_FIELDS = frozenset({"set", "language", "role", *_KINDS})


@dataclass(frozen=True, slots=True)
class StarterStatement:
    kind: SectionKind  # duties, requirements, preferred or benefits
    language: Language  # zh or en
    role: str  # the role it was written for, in its own language; "" for any role
    text: str


def load_starter_statements(path: Path | None = None) -> tuple[StarterStatement, ...]:
    """The shipped starter set (``path`` None: the bundled file), in the file's order.

    Raises ValueError naming the entry (``sets[3].requirements[2]``) and what is wrong
    when the file is malformed.
    """
    if path is None:
        return _bundled()[1]
    return _read(path)[1]


def starter_set_version(path: Path | None = None) -> str:
    """The starter set's version: it changes whenever the statements do."""
    if path is None:
        return _bundled()[0]
    return _read(path)[0]


def bundled_starter_path() -> Path:
    """Where the app's own starter set is (from source and frozen)."""
    return resource_path("statements", "starter.json")


@cache
def _bundled() -> tuple[str, tuple[StarterStatement, ...]]:
    return _read(bundled_starter_path())


def _read(path: Path) -> tuple[str, tuple[StarterStatement, ...]]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(
            f"{path}: not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from error
    except UnicodeDecodeError as error:
        raise ValueError(f"{path}: not UTF-8 text ({error.reason})") from error
    return _parse(document, str(path))


def _parse(document: object, source: str) -> tuple[str, tuple[StarterStatement, ...]]:
    def fail(where: str, what: str) -> ValueError:
        return ValueError(f"{source}: {where}: {what}")

    if not isinstance(document, Mapping):
        raise fail("the file", "must be a JSON object with version, note and sets")
    version = document.get("version")
    if not isinstance(version, str) or not version.strip():
        raise fail("version", "must be a non-empty string")
    if not isinstance(document.get("note", ""), str):
        raise fail("note", "must be a string")
    sets = document.get("sets")
    if not isinstance(sets, Sequence) or isinstance(sets, str):
        raise fail("sets", "must be a list of sets")
    statements: list[StarterStatement] = []
    seen_sets: dict[tuple[str, Language], int] = {}
    seen_forms: dict[tuple[SectionKind, Language, str], str] = {}
    for index, entry in enumerate(sets):
        where = f"sets[{index}]"
        if not isinstance(entry, Mapping):
            raise fail(where, "must be an object with set, language, role and statements")
        unknown = sorted(set(entry) - _SET_FIELDS)
        if unknown:
            raise fail(
                f"{where}.{unknown[0]}",
                f"unknown field; the kinds are {', '.join(_KINDS)}",
            )
        name = entry.get("set")
        if not isinstance(name, str) or not name.strip():
            raise fail(f"{where}.set", "must be a non-empty string naming the set")
        try:
            language = Language(str(entry.get("language")))
        except ValueError:
            raise fail(f"{where}.language", f"must be one of {', '.join(Language)}") from None
        role = entry.get("role")
        if not isinstance(role, str):
            raise fail(f"{where}.role", 'must be a string ("" for any role)')
        if (name, language) in seen_sets:
            raise fail(
                f"{where}.set",
                f"{name!r} in {language} is already sets[{seen_sets[name, language]}]",
            )
        seen_sets[name, language] = index
        if not any(kind in entry for kind in _KINDS):
            raise fail(where, f"has no statements (give one of {', '.join(_KINDS)})")
        for kind_name, kind in _KINDS.items():
            if kind_name not in entry:
                continue
            texts = entry[kind_name]
            if not isinstance(texts, Sequence) or isinstance(texts, str) or not texts:
                raise fail(f"{where}.{kind_name}", "must be a non-empty list of texts")
            for number, text in enumerate(texts):
                place = f"{where}.{kind_name}[{number}]"
                _check_text(text, place, fail)
                assert isinstance(text, str)
                form = normalise(text, language)
                earlier = seen_forms.get((kind, language, form))
                if earlier is not None:
                    raise fail(place, f"repeats {earlier} ({text!r})")
                seen_forms[kind, language, form] = place
                statements.append(StarterStatement(kind, language, role.strip(), text))
    return version.strip(), tuple(statements)


def _check_text(text: object, place: str, fail: Callable[[str, str], ValueError]) -> None:
    if not isinstance(text, str):
        raise fail(place, "must be a string")
    if not text.strip():
        raise fail(place, "is empty")
    if text != text.strip():
        raise fail(place, "has spaces at the start or end")
    if "\n" in text:
        raise fail(place, "must be one line")
    if len(text) > MAX_TEXT_LENGTH:
        raise fail(place, f"is {len(text)} characters long; at most {MAX_TEXT_LENGTH}")
