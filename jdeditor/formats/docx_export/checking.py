"""Checking a Word template before it is used: tag syntax, names, and a trial fill-in.

Each part (body, headers, footers) is parsed as Jinja; syntax errors are reported with the
part and the paragraph they are in. Names are checked twice: statically (every unknown top-
level name and every misspelt ``a.b``, see names.py) and by filling the template in with
sample postings under ``StrictUndefined``, which also finds markup that would break the
document (a ``{{p section.list }}`` that does not stand alone in its paragraph).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError, meta
from jinja2.exceptions import SecurityError

from jdeditor.core.model import (
    EmploymentType,
    Item,
    ItemKind,
    Language,
    Posting,
    Salary,
    Section,
    SectionKind,
)
from jdeditor.formats.docx_export.budget import CHECK_SECONDS, BudgetExceeded, budget, expired
from jdeditor.formats.docx_export.context import build_context
from jdeditor.formats.docx_export.export_settings import ExportSettings
from jdeditor.formats.docx_export.locations import PartSource, error_line, template_parts
from jdeditor.formats.docx_export.names import (
    TOP_LEVEL,
    NameChecker,
    explain_undefined,
    unknown_name,
)
from jdeditor.formats.docx_export.problems import TemplateError, TemplateProblem
from jdeditor.formats.docx_export.render import (
    BrokenMarkup,
    check_markup,
    open_template,
    template_bytes,
)
from jdeditor.formats.docx_export.sandbox import CHECK_ENV

_JOINED_PARAGRAPH = re.compile(r"\n<w:p([ >])")
_TAG = re.compile(r"\{[{%]")
NO_PLACEHOLDERS = (
    "it has no placeholders at all, so every posting would come out as this same document "
    "(an exported posting is not a template). Type tags such as {{ posting.title }} where "
    "the posting's values go (docs/templates.md lists them and has a template to copy), "
    "or start from a copy of a bundled template"
)
_SAMPLE_DATE = date(2026, 1, 15)


def _sample_postings() -> list[tuple[Posting, ExportSettings]]:
    """A posting with every field, kind and nesting, and one with a title and one duty."""
    full = Posting(
        title="示例岗位 Sample role",
        department="示例部门",
        location="上海",
        reports_to="部门经理",
        headcount=2,
        employment_type=EmploymentType.FULL_TIME,
        salary=Salary(Decimal(10000), Decimal(20000)),
        language=Language.ZH,
        summary="岗位概述 & <summary>",
        tags=["示例"],
        sections=[
            Section(
                kind,
                "",
                [
                    Item("一级条目", [Item("二级条目", [Item("三级条目")])]),
                    Item("段落", [Item("段落下的条目")], ItemKind.PARAGRAPH),
                ],
            )
            for kind in SectionKind
        ],
    )
    sparse = Posting(
        title="Sample",
        language=Language.EN,
        sections=[Section(SectionKind.DUTIES, "", [Item("One duty")])],
    )
    logo = ExportSettings(
        "示例公司", Path("logo.png"), "HR", "请将简历发送至邮箱。", "hr@example.com"
    )
    return [(full, logo), (sparse, ExportSettings())]


def check_template(path: Path) -> list[TemplateProblem]:
    """Everything wrong with a template; an empty list means it can be used."""
    path = Path(path)
    try:
        tpl = open_template(path, template_bytes(path))
        parts = template_parts(tpl)
    except TemplateError as error:
        return [TemplateProblem(path, error.message)]
    if not any(_TAG.search(part.source) for part in parts):
        return [TemplateProblem(path, NO_PLACEHOLDERS)]
    known = set(TOP_LEVEL) | set(CHECK_ENV.globals)
    problems: list[TemplateProblem] = []
    for part in parts:
        try:
            tree = CHECK_ENV.parse(part.source)
        except TemplateSyntaxError as error:
            message = f"a tag is malformed: {error.message}"
            problems.append(TemplateProblem(path, message, part.name, part.near(error.lineno)))
            continue
        for name in sorted(meta.find_undeclared_variables(tree) - known):
            problems.append(
                TemplateProblem(
                    path, unknown_name(name, known), part.name, part.near(_line_of(part, name))
                )
            )
        for message, line in NameChecker().check(tree):
            problems.append(TemplateProblem(path, message, part.name, part.near(line)))
    if not problems:  # a trial fill-in would only repeat what was found
        with budget(CHECK_SECONDS):
            problems = _fill_in_samples(path, parts, known)
    unique: dict[tuple[str, str], TemplateProblem] = {}
    for problem in problems:
        unique.setdefault((problem.message, problem.part), problem)
    return list(unique.values())


def _fill_in_samples(path: Path, parts: list[PartSource], known: set[str]) -> list[TemplateProblem]:
    problems: list[TemplateProblem] = []
    for posting, settings in _sample_postings():
        context = build_context(posting, settings, _SAMPLE_DATE)
        for part in parts:
            problem = _fill_in(path, part, context, known)
            if problem is not None:
                problems.append(problem)
            if expired():  # said once: the other parts would only time out again
                return problems
    return problems


def _line_of(part: PartSource, name: str) -> int | None:
    pattern = re.compile(rf"[{{%][^}}%]*\b{re.escape(name)}\b")
    for number, line in enumerate(part.lines, 1):
        if pattern.search(line):
            return number
    return None


def _fill_in(
    path: Path, part: PartSource, context: dict[str, Any], known: set[str]
) -> TemplateProblem | None:
    try:
        xml = CHECK_ENV.from_string(part.source).render(context)
    except Exception as error:  # template code can fail in any way (1/0, calling text…)
        message = _explain(error, known)
        return TemplateProblem(path, message, part.name, part.near(error_line(error)))
    try:
        check_markup(_JOINED_PARAGRAPH.sub(r"<w:p\1", xml))
    except BrokenMarkup:
        message = (
            "filling it in gives broken Word markup; a {{p …}} tag such as "
            "{{p section.list }} must stand alone in its own paragraph"
        )
        return TemplateProblem(path, message, part.name)
    return None


def _explain(error: Exception, known: set[str]) -> str:
    if isinstance(error, BudgetExceeded):
        return str(error)
    if isinstance(error, RecursionError):
        return "a macro or block calls itself without end"
    if isinstance(error, UndefinedError):
        return explain_undefined(error.message or "", known)
    if isinstance(error, SecurityError):
        return f"it tries something templates may not do: {error}"
    if isinstance(error, TemplateNotFound):
        return f"it tries to include another file ({error.name}), which templates cannot do"
    if isinstance(error, JinjaTemplateError):
        return f"a tag cannot be filled in: {error}"
    return f"a tag cannot be filled in: {type(error).__name__}: {error}"
