"""Folder exports: all files or none, nothing left behind, and no "(2)" copies on a rerun."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from jdeditor.errors import OutputFileError, UserFacingError
from jdeditor.formats import exporting, folder_export
from jdeditor.formats.export_request import ExportFormat, ExportRequest
from jdeditor.formats.exporting import export_postings
from tests.factories import chinese_posting

MD = ExportRequest(ExportFormat.MARKDOWN, Path("unused"))


def _postings(count: int = 4, version: str = "") -> list:
    postings = []
    for number in range(count):
        posting = chinese_posting(f"岗位{number}")
        posting.id = number + 1
        posting.summary = f"概述{version}"
        postings.append(posting)
    return postings


def _export(folder: Path, postings: list, overwrite: bool = False) -> list[Path]:
    return export_postings(
        postings, ExportRequest(ExportFormat.MARKDOWN, folder, overwrite=overwrite)
    )


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_all_files_and_nothing_else(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    written = _export(folder, _postings())
    assert [path.name for path in written] == [f"岗位{n}.md" for n in range(4)]
    assert _names(folder) == [f"岗位{n}.md" for n in range(4)]  # no staging, no manifest


def test_a_template_failing_on_the_third_posting_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = exporting._render_one
    calls: list[int] = []

    def failing(*args: object) -> bytes:
        calls.append(1)
        if len(calls) == 3:
            raise UserFacingError("The Word template evil.docx cannot be used")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(exporting, "_render_one", failing)
    folder = tmp_path / "out"
    with pytest.raises(UserFacingError, match=r"evil.docx"):
        _export(folder, _postings())
    assert not folder.exists()
    existing = tmp_path / "existing"
    existing.mkdir()
    (existing / "mine.txt").write_text("keep")
    calls.clear()
    with pytest.raises(UserFacingError):
        _export(existing, _postings())
    assert _names(existing) == ["mine.txt"]


def test_a_full_disk_while_staging_leaves_the_folder_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "mine.txt").write_text("keep")
    real = folder_export.write_bytes_atomic
    calls: list[int] = []

    def disk_full(path: Path, data: bytes) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise OutputFileError(f"Cannot write {path}: {os.strerror(errno.ENOSPC)}.")
        real(path, data)

    monkeypatch.setattr(folder_export, "write_bytes_atomic", disk_full)
    with pytest.raises(OutputFileError, match=r"No space left.*Nothing was exported into"):
        _export(folder, _postings())
    assert _names(folder) == ["mine.txt"]


def test_a_folder_that_cannot_be_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    real_mkdir = Path.mkdir

    def read_only(self: Path, *args: object, **kwargs: object) -> None:
        if self.name.startswith(folder_export.STAGING_PREFIX):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", read_only)
    with pytest.raises(OutputFileError, match=r"Cannot write into.*nothing was exported"):
        _export(folder, _postings())
    assert _names(folder) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(OutputFileError, match=r"nothing was exported"):
            _export(folder, _postings())
        assert _names(folder) == []
    finally:
        folder.chmod(0o755)


def _interrupted(folder: Path, monkeypatch: pytest.MonkeyPatch, postings: list, after: int) -> str:
    """An export whose moves stop after ``after`` files; returns its error message."""
    real = os.replace
    moves: list[int] = []

    def failing(source: object, target: object) -> None:
        if (
            str(source).find(folder_export.STAGING_PREFIX) >= 0
            and "tmp" not in Path(str(source)).suffix
        ):
            moves.append(1)
            if len(moves) > after:
                raise OSError(errno.EIO, "Input/output error")
        real(source, target)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(folder_export.os, "replace", failing)
        with pytest.raises(OutputFileError) as caught:
            _export(folder, postings)
    return caught.value.message


def test_a_failed_move_names_exactly_the_files_written_and_a_rerun_makes_no_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    message = _interrupted(folder, monkeypatch, _postings(), after=2)
    assert "only these files were written:\n- 岗位0.md\n- 岗位1.md\n" in message
    assert _names(folder) == ["岗位0.md", "岗位1.md"]  # and no staging folder
    written = _export(folder, _postings(version="新"))
    assert _names(folder) == [f"岗位{n}.md" for n in range(4)]
    assert all("概述新" in path.read_text("utf-8") for path in written)


def test_a_rerun_replaces_its_own_files(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    _export(folder, _postings())
    _export(folder, _postings(version="二"))
    assert _names(folder) == [f"岗位{n}.md" for n in range(4)]
    assert "概述二" in (folder / "岗位0.md").read_text("utf-8")


def test_a_users_own_file_of_the_same_name_is_kept(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "岗位0.md").write_text("my own notes", "utf-8")
    written = _export(folder, _postings())
    assert written[0].name == "岗位0 (2).md"
    assert (folder / "岗位0.md").read_text("utf-8") == "my own notes"
    again = _export(folder, _postings(version="二"))
    assert [path.name for path in again] == [path.name for path in written]  # no (3)


def test_an_export_someone_edited_is_kept(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    _export(folder, _postings())
    (folder / "岗位1.md").write_text("edited by hand", "utf-8")
    written = _export(folder, _postings())
    assert written[1].name == "岗位1 (2).md"
    assert (folder / "岗位1.md").read_text("utf-8") == "edited by hand"


def test_another_posting_of_the_same_title_does_not_replace_it(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    first = _postings(1)
    _export(folder, first + _postings(2)[1:])
    other = _postings(1)
    other[0].id = 99
    written = export_postings(
        other + _postings(2)[1:], ExportRequest(ExportFormat.MARKDOWN, folder)
    )
    assert written[0].name == "岗位0 (2).md"


def test_overwrite_replaces_any_file(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "岗位0.md").write_text("mine", "utf-8")
    written = _export(folder, _postings(), overwrite=True)
    assert written[0].name == "岗位0.md"


def test_the_manifest_lives_outside_the_export_folder(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    _export(folder, _postings(2))
    manifest = folder_export.manifest_path(folder)
    assert folder not in manifest.parents
    record = json.loads(manifest.read_text("utf-8"))
    assert record["files"]["岗位1.md"]["posting"] == "id:2"


def test_a_staging_folder_left_by_a_killed_export_is_removed(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    stale = folder / f"{folder_export.STAGING_PREFIX}999999999-abcd"
    stale.mkdir()
    (stale / "岗位0.md").write_text("half")
    _export(folder, _postings(2))
    assert _names(folder) == ["岗位0.md", "岗位1.md"]


def test_duplicate_titles_in_one_export_are_numbered_the_same_each_time(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    postings = _postings(2)
    postings[1].title = postings[0].title
    first = _export(folder, postings)
    second = _export(folder, postings)
    assert [p.name for p in first] == [p.name for p in second] == ["岗位0.md", "岗位0 (2).md"]


def test_one_posting_into_a_folder_twice_makes_no_copy(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    [first] = _export(folder, _postings(1))
    [second] = _export(folder, _postings(1, version="二"))
    assert first == second == folder / "岗位0.md"
    assert _names(folder) == ["岗位0.md"]
