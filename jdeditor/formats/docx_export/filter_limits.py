"""Size checks around the filters and methods a template calls (budget.py has the limits).

Each filter checks the deadline, the size of its input and of its arguments before it
runs, refuses a width or count above the limit (``center(10**9)``, ``batch(10**9)``),
estimates what ``join``, ``replace``, ``indent`` and ``format`` would build, and measures
its result. ``sum`` adds numbers only (adding lists takes time that grows with the square
of their length). The same checks guard a text's own methods (``'x'.center(…)``,
``'x'.replace(…)``, ``','.join(…)``, ``'{:>9}'.format(…)``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import update_wrapper
from typing import Any

from jinja2 import Environment
from jinja2.exceptions import SecurityError
from jinja2.nodes import EvalContext
from jinja2.runtime import Context

from jdeditor.formats.docx_export import budget

_NO_WIDTH_CHECK = frozenset({"format", "default", "d", "int", "float", "round", "abs"})


def _counted(iterable: Any, what: str) -> list[Any]:
    """The items of ``iterable`` as a list, refused as soon as they pass the size limit."""
    items = []
    total = 0
    for item in iterable:
        budget.tick()
        total += budget.size_of(item) + 1
        if total > budget.MAX_VALUE:
            raise budget.too_big(what)
        items.append(item)
    return items


def _check_widths(values: Iterable[Any], what: str) -> None:
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and value > budget.MAX_VALUE:
            raise budget.too_big(what)


def _bounded(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    what = f"a text or list (|{name})"

    def run(*args: Any, **kwargs: Any) -> Any:
        budget.tick()
        start = 0
        while start < len(args) and isinstance(args[start], Context | EvalContext):
            start += 1
        if start < len(args) and isinstance(args[start], Environment):
            start += 1  # pass_environment
        values = list(args[start:])
        others = values[1:] + list(kwargs.values())
        if name not in _NO_WIDTH_CHECK:
            _check_widths(others, what)
        if name == "join" and values:
            items = _counted(values[0], what)
            args = (*args[:start], items, *args[start + 1 :])
            glue = values[1] if len(values) > 1 else kwargs.get("d", "")
            if budget.size_of(items) + len(items) * budget.size_of(glue) > budget.MAX_VALUE:
                raise budget.too_big(what)
        elif name == "replace" and len(values) >= 3:
            budget.check_replace(*values[:4])
        elif name == "format" and values:
            budget.check_format(values[0], others)
        elif name == "indent" and values and isinstance(values[0], str):
            width = others[0] if others else kwargs.get("width", 4)
            lines = values[0].count("\n") + 1
            width_size = width if isinstance(width, int) else budget.size_of(width)
            if len(values[0]) + lines * width_size > budget.MAX_VALUE:
                raise budget.too_big(what)
        elif name == "sum":
            start_value = kwargs.get("start", values[2] if len(values) > 2 else 0)
            if not isinstance(start_value, int | float | Decimal):
                raise SecurityError("a template may add up numbers only (|sum)")
        elif name == "wordwrap" and values and isinstance(values[0], str):
            glue = kwargs.get("wrapstring", values[3] if len(values) > 3 else "\n")
            if len(values[0]) * (1 + budget.size_of(glue)) > budget.MAX_VALUE:
                raise budget.too_big(what)
        budget.check_sizes(values + list(kwargs.values()), what)
        return budget.check_size(func(*args, **kwargs), what)

    return update_wrapper(run, func)  # keeps jinja's pass_context/… marks


def bounded_filters(filters: dict[str, Callable[..., Any]]) -> dict[str, Callable[..., Any]]:
    """A copy of the environment's filters, each within the budget."""
    return {name: _bounded(name, func) for name, func in filters.items()}


def check_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Check a call a template makes; returns the arguments to call it with."""
    budget.check_sizes([*args, *kwargs.values()], "the values given to a call")
    bound = getattr(obj, "__wrapped__", obj)  # the sandbox wraps str.format
    owner = getattr(bound, "__self__", None)
    if not isinstance(owner, str):
        return args
    name = getattr(bound, "__name__", "")
    what = f"a text (.{name})"
    if name in ("format", "format_map"):
        mapped = list(args[0].values()) if name == "format_map" and args else []
        budget.check_format(owner, [*args, *kwargs.values(), *mapped])
    elif name == "replace":
        budget.check_replace(owner, *args[:3])
    elif name == "join" and args:
        items = _counted(args[0], what)
        if budget.size_of(items) + len(items) * len(owner) > budget.MAX_VALUE:
            raise budget.too_big(what)
        return (items, *args[1:])
    else:
        _check_widths([*args, *kwargs.values()], what)
    return args
