"""The disk caches of Word export: compiled template XML (sandbox.py) and the normalised
copy of Word 2010's styles (languages.py), both in the user's cache folder."""

from __future__ import annotations

import io
import zipfile
from collections import OrderedDict
from pathlib import Path
from typing import Any

import pytest
from jinja2 import ChainableUndefined, StrictUndefined
from jinja2.exceptions import SecurityError

from jdeditor import paths
from jdeditor.core.model import Language
from jdeditor.formats.docx_export import DEFAULT_TEMPLATE, find_template, render_docx
from jdeditor.formats.docx_export import languages as languages_module
from jdeditor.formats.docx_export.sandbox import RENDER_ENV, TemplateSandbox
from tests.formats.test_docx_export import posting_for

SOURCE = "<w:t>{{ title }} · {{ items | join('、') }}</w:t>"


def _entries(kind: str) -> list[Path]:
    folder = paths.cache_dir() / kind
    return sorted(folder.glob("*")) if folder.is_dir() else []


def _no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("compiled although the cache holds the template")

    monkeypatch.setattr(TemplateSandbox, "compile", refuse)


def test_cache_folder_follows_the_data_folder_or_its_own_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert paths.cache_dir() == paths.data_dir() / "cache"
    monkeypatch.setenv(paths.CACHE_DIR_ENV, str(tmp_path / "elsewhere"))
    assert paths.cache_dir() == tmp_path / "elsewhere"


def test_a_new_process_finds_the_compiled_template(monkeypatch: pytest.MonkeyPatch) -> None:
    values = {"title": "产品经理", "items": ["SQL", "Excel"]}
    first = TemplateSandbox(ChainableUndefined).from_string(SOURCE).render(values)
    assert len(_entries("templates")) == 1
    _no_compiling(monkeypatch)
    again = TemplateSandbox(ChainableUndefined).from_string(SOURCE).render(values)
    assert again == first == "<w:t>产品经理 · SQL、Excel</w:t>"


def test_a_changed_template_is_compiled_again() -> None:
    TemplateSandbox(ChainableUndefined).from_string(SOURCE)
    changed = SOURCE.replace("·", "—")
    rendered = TemplateSandbox(ChainableUndefined).from_string(changed).render(title="A", items=[])
    assert rendered == "<w:t>A — </w:t>"
    assert len(_entries("templates")) == 2


def test_the_environment_is_part_of_the_key() -> None:
    TemplateSandbox(ChainableUndefined).from_string(SOURCE)
    TemplateSandbox(StrictUndefined).from_string(SOURCE)
    assert len(_entries("templates")) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: b"\x00garbage\xff" * 20,
        lambda data: data[: len(data) // 2],  # cut short: marshal fails
        lambda data: data[:20] + b"\x80\x02junk" + data[30:],  # the checksum's pickle
    ],
)
def test_a_damaged_cache_file_is_ignored_and_replaced(damage: Any) -> None:
    TemplateSandbox(ChainableUndefined).from_string(SOURCE)
    [entry] = _entries("templates")
    good = entry.read_bytes()
    entry.write_bytes(damage(good))
    template = TemplateSandbox(ChainableUndefined).from_string(SOURCE)
    assert template.render(title="T", items=["x"]) == "<w:t>T · x</w:t>"
    assert entry.read_bytes() == good


def test_an_unwritable_cache_folder_only_costs_the_compilation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(paths.CACHE_DIR_ENV, str(blocker))
    template = TemplateSandbox(ChainableUndefined).from_string(SOURCE)
    assert template.render(title="T", items=[]) == "<w:t>T · </w:t>"


@pytest.mark.parametrize(
    "unsafe",
    [
        "{{ title.__class__.__mro__ }}",
        "{{ items.append('x') }}",  # the sandbox is immutable
        "{{ 'x' * 1000000 }}",  # intercepted in the compiled code itself
        "{{ 2 ** 1000 }}",
    ],
)
def test_the_sandbox_refuses_unsafe_templates_from_the_cache_too(
    unsafe: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    values = {"title": "T", "items": []}
    with pytest.raises(SecurityError):
        TemplateSandbox(ChainableUndefined).from_string(unsafe).render(values)
    assert len(_entries("templates")) == 1
    _no_compiling(monkeypatch)
    with pytest.raises(SecurityError):
        TemplateSandbox(ChainableUndefined).from_string(unsafe).render(values)


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name.startswith("word/")}


def _template_with_word_2010_styles(folder: Path) -> Path:
    """A template made from python-docx's default document, which, like a template saved
    by Word 2010, has Word 2010's copy of the styles (the bundled templates have none)."""
    from docx import Document

    document = Document()
    document.add_paragraph("{{ title }}")
    path = folder / "word-2010.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("bundled", [True, False], ids=["bundled", "word-2010-styles"])
def test_exports_are_the_same_with_and_without_the_caches(
    bundled: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RENDER_ENV, "_compiled", OrderedDict())  # as in a new process
    posting = posting_for("product-manager")
    if bundled:
        template = find_template(DEFAULT_TEMPLATE[Language.ZH]).path
    else:
        template = _template_with_word_2010_styles(tmp_path)
    cold = _parts(render_docx(posting, template))
    assert _entries("templates")
    assert bool(_entries("parts")) is not bundled
    monkeypatch.setattr(RENDER_ENV, "_compiled", OrderedDict())
    _no_compiling(monkeypatch)
    warm = _parts(render_docx(posting, template))
    assert warm == cold
    if not bundled:
        assert b'w:eastAsia="zh-CN"' in cold["word/stylesWithEffects.xml"]


def test_a_damaged_styles_entry_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    xml = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b'<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="zh-CN"/></w:rPr></w:rPrDefault>'
        b"</w:docDefaults></w:styles>"
    )
    fixed = languages_module._cached_fix_languages_in_xml(xml)
    assert b'w:val="en-US"' in fixed
    [entry] = _entries("parts")
    entry.write_bytes(entry.read_bytes().replace(b"en-US", b"xx-XX"))  # hash now wrong
    assert languages_module._cached_fix_languages_in_xml(xml) == fixed
    calls: list[bytes] = []
    monkeypatch.setattr(
        languages_module, "fix_languages_in_xml", lambda data: calls.append(data) or data
    )
    assert languages_module._cached_fix_languages_in_xml(xml) == fixed  # repaired entry
    assert calls == []


def test_docxtpls_clean_up_of_the_xml_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from docxtpl import DocxTemplate

    from jdeditor.formats.docx_export.render import open_template, template_bytes

    path = find_template(DEFAULT_TEMPLATE[Language.ZH]).path
    tpl = open_template(path, template_bytes(path))
    xml = tpl.get_xml()
    expected = DocxTemplate.patch_xml(tpl, xml)
    assert tpl.patch_xml(xml) == expected
    assert _entries("patched")

    def refuse(self: Any, src_xml: str) -> str:
        raise AssertionError("patched again although the cache holds it")

    monkeypatch.setattr(DocxTemplate, "patch_xml", refuse)
    assert tpl.patch_xml(xml) == expected
    changed = xml + " "
    with pytest.raises(AssertionError, match="patched again"):
        tpl.patch_xml(changed)
