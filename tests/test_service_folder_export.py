"""Folder exports through the service, on both databases: all or nothing, no "(2)" copies."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jdeditor.errors import OutputFileError
from jdeditor.formats import folder_export
from jdeditor.service import ExportFormat, ExportRequest, Library
from tests.factories import chinese_posting


def _library_with_postings(url: str, count: int) -> Library:
    library = Library.open(url)
    for number in range(count):
        library.create_posting(chinese_posting(f"岗位{number}"))
    return library


def test_a_rerun_after_an_interrupted_export_makes_no_copies(
    library_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    request = ExportRequest(ExportFormat.DOCX, folder)
    with _library_with_postings(library_url, 3) as library:
        real = os.replace
        moves: list[str] = []

        def interrupted(source: object, target: object) -> None:
            if folder_export.STAGING_PREFIX in str(source) and not str(source).endswith(".tmp"):
                moves.append(str(target))
                if len(moves) == 2:
                    raise OSError(28, "No space left on device")
            real(source, target)  # type: ignore[arg-type]

        with monkeypatch.context() as patch:
            patch.setattr(folder_export.os, "replace", interrupted)
            with pytest.raises(OutputFileError, match=r"only these files were written:\n- 岗位0"):
                library.export(None, request)
        assert sorted(p.name for p in folder.iterdir()) == ["岗位0.docx"]
        written = library.export(None, request)
    assert sorted(p.name for p in written) == ["岗位0.docx", "岗位1.docx", "岗位2.docx"]
    assert sorted(p.name for p in folder.iterdir()) == ["岗位0.docx", "岗位1.docx", "岗位2.docx"]


def test_a_failed_template_writes_nothing(
    library_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jdeditor.formats import exporting

    real = exporting.render_docx
    calls: list[int] = []

    def third_fails(*args: object, **kwargs: object) -> bytes:
        calls.append(1)
        if len(calls) == 3:
            raise OutputFileError("The Word template broke on the third posting")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(exporting, "render_docx", third_fails)
    folder = tmp_path / "out"
    with _library_with_postings(library_url, 4) as library, pytest.raises(OutputFileError):
        library.export(None, ExportRequest(ExportFormat.DOCX, folder))
    assert not folder.exists()
