"""Which names a template may use, and a static check of every ``a.b.c`` in a template.

A trial render with ``StrictUndefined`` stops at the first unknown name, and only sees the
branches the sample postings take. This check walks the template's syntax tree instead and
reports every misspelt value (``posting.titel``, ``section.heading2``) in one go, following
loop variables (``{% for section in sections %}``) to know what each name holds.
"""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

from jinja2 import nodes

from jdeditor.core.model import SectionKind
from jdeditor.formats.docx_export.context import (
    CompanyView,
    FieldView,
    ItemView,
    PostingView,
    SectionsByKind,
    SectionView,
)
from jdeditor.formats.docx_export.form_rows import SectionPart, TextPart
from jdeditor.formats.labels import DOCUMENT_LABELS, FIELD_LABELS

# A shape is what a name holds: an object type (a key of OBJECTS), ("seq", element shape),
# or None for anything the check does not follow (text, numbers, unknown).
Shape = Any
_SEQ = "seq"

OBJECTS: dict[str, dict[str, Shape]] = {
    "posting": {f.name: None for f in fields(PostingView)} | {"tags": (_SEQ, None)},
    "section": {f.name: None for f in fields(SectionView)}
    | {"items": (_SEQ, "item"), "list": "section.list", "parts": (_SEQ, "section.part")},
    "section.part": {f.name: None for f in fields(SectionPart)} | {"list": "section.list"},
    "summary.part": {f.name: None for f in fields(TextPart)},
    "item": {f.name: None for f in fields(ItemView)} | {"children": (_SEQ, "item")},
    "field": {f.name: None for f in fields(FieldView)},
    "company": {f.name: None for f in fields(CompanyView)} | {"logo": "company.logo"},
    "company.logo": {"height_mm": None, "sized": None},
    "section.list": {"entries": (_SEQ, None), "runs": (_SEQ, None), "outline": None},
    "sections_by_kind": {kind.value: (_SEQ, "section") for kind in SectionKind},
    "labels": {key: None for labels in FIELD_LABELS.values() for key in labels}
    | {key: None for labels in DOCUMENT_LABELS.values() for key in labels}
    | {kind.value: None for kind in SectionKind},
}
TOP_LEVEL: dict[str, Shape] = {
    "posting": "posting",
    "fields": (_SEQ, "field"),
    "all_fields": (_SEQ, "field"),
    "sections": (_SEQ, "section"),
    "summary_parts": (_SEQ, "summary.part"),
    "sections_by_kind": "sections_by_kind",
    "labels": "labels",
    "company": "company",
    "author": None,
    "export_date": None,
    "export_date_iso": None,
    "page_numbers": None,
    "language": None,
}
assert {f.name for f in fields(SectionsByKind)} == set(OBJECTS["sections_by_kind"])

# Class names in Jinja's "'X object' has no attribute 'y'" messages, as shapes.
_CLASS_SHAPES = {
    "PostingView": "posting",
    "SectionView": "section",
    "ItemView": "item",
    "FieldView": "field",
    "CompanyView": "company",
    "LogoImage": "company.logo",
    "WordList": "section.list",
    "SectionPart": "section.part",
    "TextPart": "summary.part",
    "SectionsByKind": "sections_by_kind",
    "dict": "labels",
}
_ATTRIBUTE_ERROR_RE = re.compile(r"'(?:[\w.]+\.)?(\w+) object' has no attribute '([^']+)'")
_UNDEFINED_NAME_RE = re.compile(r"'([^']+)' is undefined")
_PASS_THROUGH_FILTERS = frozenset(
    {"list", "sort", "reverse", "unique", "select", "reject", "selectattr", "rejectattr"}
)
_ELEMENT_FILTERS = frozenset({"first", "last", "random"})


def unknown_attribute(shape: str, attribute: str) -> str:
    known = sorted(OBJECTS[shape])
    from difflib import get_close_matches

    guess = get_close_matches(attribute, known, n=1)
    hint = f"; did you mean '{guess[0]}'?" if guess else ""
    return f"{shape} has no value '{attribute}' (it has: {', '.join(known)}){hint}"


def unknown_name(name: str, known: set[str]) -> str:
    from difflib import get_close_matches

    guess = get_close_matches(name, sorted(known), n=1)
    hint = f"; did you mean '{guess[0]}'?" if guess else ""
    return f"unknown name '{name}'{hint}"


def explain_undefined(message: str, known: set[str]) -> str:
    """Jinja's UndefinedError message in the words the static check uses."""
    match = _ATTRIBUTE_ERROR_RE.search(message)
    if match and match.group(1) in _CLASS_SHAPES:
        return unknown_attribute(_CLASS_SHAPES[match.group(1)], match.group(2))
    match = _UNDEFINED_NAME_RE.search(message)
    if match:
        return unknown_name(match.group(1), known)
    return f"a value is missing: {message}"


def _names(target: nodes.Node) -> list[str]:
    """The names a ``for`` or ``set`` target binds (``x``, or ``a, b``)."""
    if isinstance(target, nodes.Name):
        return [target.name]
    return [name.name for name in target.find_all(nodes.Name)]


class NameChecker:
    """Walks one parsed template; ``problems`` collects ``(message, line)`` pairs."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, int]] = []

    def check(self, tree: nodes.Template) -> list[tuple[str, int]]:
        scope: dict[str, Shape] = {}  # names set with {% set %} at the top level
        for node in tree.body:
            self._visit(node, scope)
        return self.problems

    def _visit(self, node: nodes.Node, scope: dict[str, Shape]) -> None:
        if isinstance(node, nodes.For):
            self._for(node, scope)
        elif isinstance(node, nodes.Getattr | nodes.Getitem | nodes.Filter):
            self._shape(node, scope)
        else:
            if isinstance(node, nodes.Assign | nodes.AssignBlock):
                for name in _names(node.target):
                    scope[name] = None
            elif isinstance(node, nodes.Macro | nodes.CallBlock):
                scope = dict(scope)
                for argument in node.args:
                    scope[argument.name] = None
                scope["caller"] = None
            for child in node.iter_child_nodes():
                self._visit(child, scope)

    def _for(self, node: nodes.For, scope: dict[str, Shape]) -> None:
        shape = self._shape(node.iter, scope)
        inner = dict(scope, loop=None)
        element = shape[1] if isinstance(shape, tuple) else None
        for name in _names(node.target):
            inner[name] = element if isinstance(node.target, nodes.Name) else None
        if node.test is not None:
            self._visit(node.test, inner)
        for child in node.body:
            self._visit(child, inner)
        for child in node.else_:
            self._visit(child, scope)

    def _shape(self, node: nodes.Node, scope: dict[str, Shape]) -> Shape:
        if isinstance(node, nodes.Name):
            return scope[node.name] if node.name in scope else TOP_LEVEL.get(node.name)
        if isinstance(node, nodes.Getattr):
            return self._attribute(self._shape(node.node, scope), node.attr, node.lineno)
        if isinstance(node, nodes.Getitem):
            base = self._shape(node.node, scope)
            key = node.arg.value if isinstance(node.arg, nodes.Const) else None
            if not isinstance(node.arg, nodes.Const):
                self._visit(node.arg, scope)
            if isinstance(key, str):
                return self._attribute(base, key, node.lineno)
            if isinstance(key, int) and isinstance(base, tuple):
                return base[1]
            return None
        if isinstance(node, nodes.Filter) and node.node is not None:
            base = self._shape(node.node, scope)
            for argument in node.args:
                self._visit(argument, scope)
            if not isinstance(base, tuple):
                return None
            if node.name in ("batch", "slice"):
                return (_SEQ, base)
            if node.name in _PASS_THROUGH_FILTERS:
                return base
            return base[1] if node.name in _ELEMENT_FILTERS else None
        for child in node.iter_child_nodes():
            self._visit(child, scope)
        return None

    def _attribute(self, base: Shape, attribute: str, line: int) -> Shape:
        if not isinstance(base, str):
            return None  # text, numbers and lists have their own methods; not followed
        attributes = OBJECTS[base]
        if attribute in attributes:
            return attributes[attribute]
        self.problems.append((unknown_attribute(base, attribute), line))
        return None
