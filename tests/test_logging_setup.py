"""The log file: where it goes and how old logs are kept."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from jdeditor.logging_setup import configure_logging, roll_over


@pytest.fixture
def restored_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
        if handler not in handlers:
            handler.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


@pytest.mark.usefixtures("restored_root_logger")
def test_log_goes_to_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JDEDITOR_DATA_DIR", str(tmp_path))
    log_file = configure_logging()
    assert log_file is not None
    logging.getLogger("jdeditor.test").warning("读取失败: 岗位说明书.docx")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert log_file == tmp_path / "logs" / "jdeditor.log"
    assert "读取失败: 岗位说明书.docx" in log_file.read_text(encoding="utf-8")


def test_a_large_log_is_rolled_over_and_old_ones_shift(tmp_path: Path) -> None:
    log = tmp_path / "jdeditor.log"
    log.write_text("new" * 100, encoding="utf-8")
    (tmp_path / "jdeditor.log.1").write_text("one", encoding="utf-8")
    (tmp_path / "jdeditor.log.2").write_text("two", encoding="utf-8")
    (tmp_path / "jdeditor.log.3").write_text("three", encoding="utf-8")
    roll_over(log, max_bytes=100, kept=3)
    assert not log.exists()
    assert (tmp_path / "jdeditor.log.1").read_text(encoding="utf-8") == "new" * 100
    assert (tmp_path / "jdeditor.log.2").read_text(encoding="utf-8") == "one"
    assert (tmp_path / "jdeditor.log.3").read_text(encoding="utf-8") == "two"  # oldest dropped
    assert not (tmp_path / "jdeditor.log.4").exists()


def test_a_small_log_is_kept(tmp_path: Path) -> None:
    log = tmp_path / "jdeditor.log"
    log.write_text("short", encoding="utf-8")
    roll_over(log, max_bytes=100)
    assert log.read_text(encoding="utf-8") == "short"
    roll_over(tmp_path / "missing.log")  # no log yet: nothing to do
