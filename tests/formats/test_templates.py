"""Word templates: the bundled ones, checking a template, adding a user's own."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import zipfile
from pathlib import Path
from types import ModuleType

import docx
import pytest

from jdeditor import paths
from jdeditor.core.model import Language
from jdeditor.errors import UserFacingError
from jdeditor.formats.docx_export import (
    DEFAULT_TEMPLATE,
    TemplateError,
    TemplateInfo,
    add_template,
    build_context,
    check_template,
    find_template,
    list_templates,
    render_docx,
)
from jdeditor.formats.docx_export.names import TOP_LEVEL
from tests.factories import chinese_posting

BUNDLED = {"formal-zh", "advert-zh", "jd-en"}


def make_template(
    folder: Path, *paragraphs: str, name: str = "mine", header: str = "", description: str = ""
) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    document.core_properties.comments = description
    path = folder / f"{name}.docx"
    document.save(str(path))
    return path


def messages(path: Path) -> list[str]:
    return [problem.message for problem in check_template(path)]


# -- bundled templates -------------------------------------------------------------------------


def test_bundled_templates_are_listed_with_descriptions() -> None:
    templates = {info.name: info for info in list_templates()}
    assert set(templates) >= BUNDLED
    for name in BUNDLED:
        info = templates[name]
        assert info.bundled
        assert info.path == paths.resource_path("templates", f"{name}.docx")
        assert info.description and info.title
    assert set(DEFAULT_TEMPLATE) == set(Language)
    assert set(DEFAULT_TEMPLATE.values()) <= BUNDLED


@pytest.mark.parametrize("name", sorted(BUNDLED))
def test_bundled_templates_pass_the_check(name: str) -> None:
    assert check_template(paths.resource_path("templates", f"{name}.docx")) == []


def _build_script() -> ModuleType:
    script = paths.resource_path("templates", "build_templates.py")
    spec = importlib.util.spec_from_file_location("build_templates", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_script_reproduces_the_committed_templates(tmp_path: Path) -> None:
    _build_script().main(tmp_path)
    for name in BUNDLED:
        built = (tmp_path / f"{name}.docx").read_bytes()
        committed = paths.resource_path("templates", f"{name}.docx").read_bytes()
        assert hashlib.sha256(built).digest() == hashlib.sha256(committed).digest(), (
            f"{name}.docx is out of date: run resources/templates/build_templates.py"
        )
    with zipfile.ZipFile(tmp_path / "formal-zh.docx") as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 1, 1, 0, 0, 0)}


def test_find_template_by_name_in_any_case() -> None:
    assert find_template("FORMAL-ZH").name == "formal-zh"
    assert find_template("jd-en.docx").name == "jd-en"
    with pytest.raises(TemplateError) as caught:
        find_template("fancy")
    message = str(caught.value)
    assert "fancy" in message
    assert all(name in message for name in BUNDLED)


def test_find_template_agrees_with_the_list(tmp_path: Path) -> None:
    folder = paths.data_dir() / "templates"
    folder.mkdir(parents=True)
    (folder / "jd-en.docx").write_bytes(b"not a zip")  # unreadable: the bundled one stays
    mine = make_template(tmp_path, "{{ posting.title }}", description="mine")
    (folder / "Formal-ZH.docx").write_bytes(mine.read_bytes())  # hides the bundled one
    listed = {info.name.casefold(): info for info in list_templates()}
    for name in ("jd-en", "formal-zh", "advert-zh"):
        assert find_template(name) == listed[name]
    assert not find_template("formal-zh").bundled and find_template("jd-en").bundled


# -- checking ------------------------------------------------------------------------------------


def test_the_names_the_check_knows_are_the_context_keys() -> None:
    assert set(TOP_LEVEL) == set(build_context(chinese_posting()))


def test_syntax_error_is_reported_with_part_and_paragraph(tmp_path: Path) -> None:
    template = make_template(tmp_path, "第一段", "岗位：{{ posting.title | }}", "第三段")
    problems = check_template(template)
    assert len(problems) == 1
    problem = problems[0]
    assert problem.part == "word/document.xml"
    assert "岗位：{{ posting.title | }}" in problem.near
    assert "malformed" in problem.message
    text = str(problem)
    assert text.startswith("mine.docx:") and "the document body" in text


def test_syntax_error_in_a_footer(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("{{ posting.title }}")
    document.sections[0].footer.paragraphs[0].text = "第 {% if %} 页"
    path = tmp_path / "footer.docx"
    document.save(str(path))
    problems = check_template(path)
    assert [p.part.startswith("word/footer") for p in problems] == [True]
    assert "a page footer" in str(problems[0])


def test_every_unknown_name_is_reported_by_name(tmp_path: Path) -> None:
    template = make_template(
        tmp_path,
        "{{ postng.title }} {{ company.nam }} {{ posting.titel }}",
        "{%p for section in sections %}",
        "{{ section.heding }}",
        "{% for item in section.items %}{{ item.txt }}{% endfor %}",
        "{%p endfor %}",
        "{% for pair in all_fields|batch(2) %}{{ pair[0].lable }}{% endfor %}",
        "{{ sections_by_kind.dutys }} {{ labels.titel }}",
        "{% set mine = 'x' %}{{ mine.whatever }} {{ loop_free }}",
    )
    found = "\n".join(messages(template))
    for expected in (
        "unknown name 'postng'; did you mean 'posting'?",
        "unknown name 'loop_free'",
        "company has no value 'nam'",
        "posting has no value 'titel'",
        "did you mean 'title'?",
        "section has no value 'heding'",
        "item has no value 'txt'",
        "field has no value 'lable'",
        "sections_by_kind has no value 'dutys'",
        "labels has no value 'titel'",
    ):
        assert expected in found
    assert "mine" not in found


def test_a_trial_fill_in_finds_what_the_static_check_cannot(tmp_path: Path) -> None:
    template = make_template(
        tmp_path, "{% for x in sections|map(attribute='items') %}{{ x.nope }}{% endfor %}"
    )
    problems = messages(template)
    assert problems and "nope" in problems[0]
    divide = make_template(tmp_path, "{{ 1 / 0 }}", name="divide")
    assert "ZeroDivisionError" in messages(divide)[0]
    inline = make_template(tmp_path, "职责：{% for s in sections %}{{ s.list }}{% endfor %}")
    assert "{{p section.list }}" in messages(inline)[0]


def test_valid_user_template_has_no_problems(tmp_path: Path) -> None:
    template = make_template(
        tmp_path,
        "{{ posting.title }} {{ company.name }} {{ export_date }}",
        "{%p for section in sections %}",
        "{{ section.heading }}",
        "{{p section.list }}",
        "{%p endfor %}",
        "{%p if company.logo %}",
        "{{ company.logo.sized(20) }}",
        "{%p endif %}",
        "{{ posting.title|upper }} {{ fields|map(attribute='value')|join(', ') }}",
    )
    assert check_template(template) == []


def test_an_exported_document_without_placeholders_is_not_a_template(tmp_path: Path) -> None:
    template = paths.resource_path("templates", "formal-zh.docx")
    exported = tmp_path / "exported.docx"
    exported.write_bytes(render_docx(chinese_posting(), template))
    problems = check_template(exported)
    assert len(problems) == 1
    assert "no placeholders" in problems[0].message
    assert "{{ posting.title }}" in problems[0].message
    assert "docs/templates.md" in problems[0].message
    with pytest.raises(TemplateError, match="no placeholders"):
        add_template(exported)
    assert not (paths.data_dir() / "templates" / "exported.docx").exists()
    header_only = make_template(tmp_path, "岗位说明书", name="header", header="{{ company.name }}")
    assert check_template(header_only) == [], "a tag in a page header is a placeholder too"


def test_files_that_are_not_templates(tmp_path: Path) -> None:
    text = tmp_path / "note.docx"
    text.write_text("hello", encoding="utf-8")
    assert "not a Word document" in messages(text)[0]
    assert "cannot be opened" in messages(tmp_path / "missing.docx")[0]


# -- adding user templates ---------------------------------------------------------------------


def test_add_template_copies_it_into_the_user_folder(tmp_path: Path) -> None:
    source = make_template(tmp_path, "{{ posting.title }}", description="我的模板")
    info = add_template(source)
    assert info == TemplateInfo(
        "mine", paths.data_dir() / "templates" / "mine.docx", False, "我的模板", ""
    )
    assert info.path.read_bytes() == source.read_bytes()
    assert find_template("mine") == info
    assert {i.name for i in list_templates()} == BUNDLED | {"mine"}
    data = render_docx(chinese_posting(), info.path)
    assert data.startswith(b"PK")


def test_adding_a_taken_name_needs_replace(tmp_path: Path) -> None:
    add_template(make_template(tmp_path, "{{ posting.title }}"))
    newer = make_template(tmp_path / "..", "{{ posting.department }}", name="MINE")
    with pytest.raises(TemplateError, match="already among your templates"):
        add_template(newer)
    info = add_template(newer, replace=True)
    assert info.name == "MINE"
    names = [i.name for i in list_templates() if i.name.casefold() == "mine"]
    assert names == ["MINE"]
    assert not (paths.data_dir() / "templates" / "mine.docx").exists()


def test_a_user_template_can_replace_a_bundled_one(tmp_path: Path) -> None:
    custom = make_template(tmp_path, "{{ posting.title }} 定制", name="formal-zh")
    with pytest.raises(TemplateError, match="bundled"):
        add_template(custom)
    add_template(custom, replace=True)
    chosen = find_template("formal-zh")
    assert not chosen.bundled
    assert [i.name for i in list_templates()].count("formal-zh") == 1


def test_a_broken_template_is_refused_with_its_problems(tmp_path: Path) -> None:
    broken = make_template(tmp_path, "{{ postng.title }}", "{% if %}", name="broken")
    with pytest.raises(TemplateError) as caught:
        add_template(broken)
    message = str(caught.value)
    assert "broken.docx" in message and "malformed" in message
    assert not (paths.data_dir() / "templates" / "broken.docx").exists()
    assert isinstance(caught.value, UserFacingError)


def test_only_docx_files_can_be_added(tmp_path: Path) -> None:
    other = tmp_path / "template.doc"
    other.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(TemplateError, match=r"\.docx"):
        add_template(other)
    with pytest.raises(TemplateError, match="does not exist"):
        add_template(tmp_path / "none.docx")


def test_the_example_in_the_documentation_works(tmp_path: Path) -> None:
    page = (Path(__file__).resolve().parents[2] / "docs" / "templates.md").read_text("utf-8")
    example = page.split("## A template to copy", 1)[1].split("```")[1].strip().splitlines()
    template = make_template(tmp_path, *example, name="example")
    assert check_template(template) == []
    data = render_docx(chinese_posting(), template)
    assert data[:2] == b"PK"


def test_a_core_property_with_a_tag_is_filled_in(tmp_path: Path) -> None:
    path = make_template(tmp_path, "{{ posting.title }}")
    document = docx.Document(str(path))
    document.core_properties.identifier = "JD-{{ posting.department }}"
    document.save(str(path))
    posting = chinese_posting()
    rendered = docx.Document(io.BytesIO(render_docx(posting, path))).core_properties
    assert rendered.identifier == f"JD-{posting.department}"
    plain = make_template(tmp_path, "{{ posting.title }}", name="plain")
    assert docx.Document(io.BytesIO(render_docx(posting, plain))).core_properties.identifier == ""
