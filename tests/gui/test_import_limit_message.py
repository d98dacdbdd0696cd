"""A JSON file over the size limit reaches the import's message box as a known error kind,
shown in the interface's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from jdeditor.errors import UserFacingError
from jdeditor.gui.error_text import error_text
from jdeditor.service import Library


def _refusal(tmp_path: Path) -> UserFacingError:
    path = tmp_path / "导出.json"
    with path.open("wb") as stream:
        stream.truncate(240 * 1024 * 1024)
    with Library.open(tmp_path / "lib.db") as library, pytest.raises(UserFacingError) as caught:
        library.plan_import([path])  # what the app's import flow calls, in its worker
    return caught.value


def test_in_english(qapp: QApplication, tmp_path: Path) -> None:
    error = _refusal(tmp_path)
    assert error_text(error) == str(error)
    assert "is 240 MB, larger than any JD Editor file should be" in error_text(error)


def test_in_chinese(chinese: None, tmp_path: Path) -> None:
    error = _refusal(tmp_path)
    assert error_text(error) == (
        f"{tmp_path / '导出.json'} 有 240 MB，超出了 JD Editor 文件应有的大小（JSON 文件的上限是 "
        "100 MB）。没有导入任何内容。请分批导出岗位库（按部门或标签），或检查是不是选错了文件。"
    )
