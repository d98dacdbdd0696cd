"""Error messages in the interface's language."""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from jdeditor.core.model import Posting, Salary
from jdeditor.core.validation import validate_posting
from jdeditor.errors import UserFacingError, ValidationError
from jdeditor.gui.error_text import _patterns, error_text

VALIDATION = Path(__file__).resolve().parents[2] / "jdeditor" / "core" / "validation.py"


def error_of(posting: Posting) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate_posting(posting)
    return caught.value


def test_every_validation_message_has_a_pattern() -> None:
    """Each kind validation.py raises (a literal or a salary f-string) is known here."""
    kinds: set[str] = set()
    for node in ast.walk(ast.parse(VALIDATION.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "ValidationError":
            kind = node.args[2]
            if isinstance(kind, ast.Constant):
                kinds.add(str(kind.value))
            else:  # f"negative_salary_{name}" and f"salary_{name}_decimals"
                text = ast.unparse(kind)
                kinds |= {
                    text.replace("{name}", name).strip("f'\"") for name in ("minimum", "maximum")
                }
    assert kinds and kinds <= set(_patterns())


def test_english_messages_read_as_the_layer_below_wrote_them(qapp: QApplication) -> None:
    error = error_of(Posting(title=" "))
    assert error_text(error) == str(error)


def test_chinese_messages(chinese: None) -> None:
    assert error_text(error_of(Posting())) == "岗位还没有名称：请先填写岗位名称再保存。"
    salary = Salary(minimum=Decimal(30000), maximum=Decimal(20000))
    assert error_text(error_of(Posting(title="岗位", salary=salary))) == (
        "最低薪资（30000）高于最高薪资（20000）：请对调或改正其中一个。"
    )


def test_an_error_without_a_kind_is_shown_as_it_is(chinese: None) -> None:
    error = UserFacingError("/tmp/x.doc is an old Word 97-2003 .doc file.")
    assert error_text(error) == "/tmp/x.doc is an old Word 97-2003 .doc file."


def raised_kinds(*modules: str) -> set[str]:
    """The kinds the given modules give the errors they raise (the second argument)."""
    root = Path(__file__).resolve().parents[2] / "jdeditor"
    kinds: set[str] = set()
    for module in modules:
        tree = ast.parse((root / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") in ("LibraryError", "InputFileError")
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                kinds.add(str(node.args[1].value))
    return kinds


def test_every_library_and_file_error_kind_has_a_pattern() -> None:
    from jdeditor.store.failures import MESSAGES

    kinds = raised_kinds(
        "store/schema.py",
        "store/database.py",
        "store/integrity.py",
        "store/schema_repair.py",
        "store/library_creation.py",
        "formats/readers.py",
        "formats/text_import.py",
        "formats/docx_import.py",
    )
    kinds |= set(MESSAGES) | {"no_keyring", "password_needed"}  # store/credentials.py
    assert len(kinds) >= 27 and kinds <= set(_patterns())


def test_a_damaged_library_in_chinese(chinese: None, tmp_path: Path) -> None:
    from jdeditor.service import Library

    path = tmp_path / "岗位.db"
    path.write_bytes(b"not a database at all, just some bytes" * 10)
    with pytest.raises(UserFacingError) as caught:
        Library.open(path)
    assert error_text(caught.value) == (
        f"岗位库 {path} 已损坏，或不是数据库文件，无法读取。请从备份恢复，或选择其他岗位库。"
    )


def test_an_old_word_file_in_chinese(chinese: None, tmp_path: Path) -> None:
    from jdeditor.service import Library

    path = tmp_path / "岗位说明书.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with Library.open(tmp_path / "lib.db") as library, pytest.raises(UserFacingError) as caught:
        library.plan_import([path])
    assert error_text(caught.value).startswith(f"{path} 是旧版 Word 97-2003（.doc）文件")


def test_the_values_each_library_pattern_uses_are_given(chinese: None) -> None:
    """The kinds added with the team library and the integrity check, in Chinese, filled
    with the values their errors carry (a missing value would show the English text)."""
    from jdeditor.errors import LibraryError
    from jdeditor.store.credentials import KeyringUnavailable

    errors = [
        KeyringUnavailable("no backend"),
        LibraryError("x", "bad_backup", name="b.db", problems="page 3 is never used"),
        LibraryError("x", "no_backup", name="b.db"),
        LibraryError(
            "x", "unversioned_library", name="a.db", postings="3", revision="0002", details="d"
        ),
        LibraryError("x", "no_rights", name="db", folder="", reason="permission denied"),
    ]
    for error in errors:
        text = error_text(error)
        assert text != str(error) and "{" not in text
