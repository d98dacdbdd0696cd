"""The Jinja environments templates run in: sandboxed, autoescaping, no file access.

A template may come from anyone, so it runs in Jinja's immutable sandbox: attributes that
start with an underscore (``__class__``, ``__globals__``…) raise at once instead of
quietly printing nothing, ``{% include %}`` and friends find no files, and huge repetitions
(``'x' * 10**9``) are refused. Autoescaping is on because the output is XML: a value such
as ``R&D <研发>`` must arrive as text, not as broken markup.

Rendering lets a missing value print as nothing (``ChainableUndefined``); checking a
template uses ``StrictUndefined`` so that every unknown name is an error. Compiled
templates are cached by source, since the same template is rendered many times.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from jinja2 import ChainableUndefined, DictLoader, StrictUndefined, Template, Undefined
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_REPEAT = 100_000  # characters or list items a template may make with *
MAX_EXPONENT = 100
_CACHE_SIZE = 64


def _finalize(value: Any) -> Any:
    return "" if value is None else value


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """The sandbox, strict about unsafe attributes and with a cache of compiled templates."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, undefined: type[Undefined]) -> None:
        super().__init__(
            autoescape=True,
            undefined=undefined,
            finalize=_finalize,
            loader=DictLoader({}),  # include/import/extends find nothing
        )
        self._compiled: OrderedDict[str, Template] = OrderedDict()
        self._lock = threading.Lock()

    def unsafe_undefined(self, obj: Any, attribute: str) -> Undefined:
        raise SecurityError(
            f"a template may not use {attribute!r} (on a {type(obj).__name__} value)"
        )

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"a template may not raise to a power above {MAX_EXPONENT}")
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if (
                    isinstance(sequence, str | list | tuple)
                    and isinstance(count, int)
                    and len(sequence) * count > MAX_REPEAT
                ):
                    raise SecurityError(
                        f"a template may not repeat text or lists beyond {MAX_REPEAT} elements"
                    )
        return super().call_binop(context, operator, left, right)

    def from_string(
        self,
        source: Any,
        globals: Any = None,
        template_class: Any = None,
    ) -> Template:
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        with self._lock:
            template = self._compiled.get(source)
            if template is not None:
                self._compiled.move_to_end(source)
                return template
        template = super().from_string(source)
        with self._lock:
            self._compiled[source] = template
            while len(self._compiled) > _CACHE_SIZE:
                self._compiled.popitem(last=False)
        return template


RENDER_ENV = TemplateSandbox(ChainableUndefined)
CHECK_ENV = TemplateSandbox(StrictUndefined)
