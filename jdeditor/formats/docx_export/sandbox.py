"""The Jinja environments templates run in: sandboxed, autoescaping, no file access.

A template may come from anyone, so it runs in Jinja's immutable sandbox: attributes that
start with an underscore (``__class__``, ``__globals__``…) raise at once instead of
quietly printing nothing, ``{% include %}`` and friends find no files, and huge repetitions
(``'x' * 10**9``) are refused. Autoescaping is on because the output is XML: a value such
as ``R&D <研发>`` must arrive as text, not as broken markup.

Rendering lets a missing value print as nothing (``ChainableUndefined``); checking a
template uses ``StrictUndefined`` so that every unknown name is an error. Compiled
templates are cached by source, since the same template is rendered many times: in
memory, and on disk in the user's cache folder (``<cache>/templates``, paths.cache_dir), so
that a new process (``jdeditor export``) need not compile a template's XML again. A disk
entry is keyed by the environment and the source's hash, so a changed template compiles
anew; a file that cannot be read or is damaged is ignored (and replaced), and a folder
that cannot be written only costs the compilation. The cached code is what this sandbox
compiled, and it runs bound to this sandbox: every attribute, call and ``*`` still goes
through the checks below.

The sandbox also keeps a template within a time and size budget (budget.py): every
attribute, call, operator (``*``, ``**``, ``+``, ``%``, and ``~``, compiled into a checked
join), filter, loop step and piece of output checks the deadline and the size of what it
is about to build. ``range`` refuses more than 100,000 numbers, and ``lipsum`` (which can
make any amount of text) is not offered.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from types import CodeType
from typing import Any

from jinja2 import (
    ChainableUndefined,
    DictLoader,
    FileSystemBytecodeCache,
    StrictUndefined,
    Template,
    Undefined,
    nodes,
)
from jinja2.bccache import Bucket
from jinja2.exceptions import SecurityError
from jinja2.runtime import markup_join, str_join
from jinja2.sandbox import MAX_RANGE, ImmutableSandboxedEnvironment
from jinja2.utils import pass_eval_context
from jinja2.visitor import NodeTransformer

from jdeditor.formats.docx_export import budget
from jdeditor.formats.docx_export.filter_limits import bounded_filters, check_call

MAX_REPEAT = 100_000  # characters or list items a template may make with *
MAX_EXPONENT = 100
_CACHE_SIZE = 64
_DISK_FORMAT = "2"  # bump when a change here alters the code compiled from the same source


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if not isinstance(value, str | int | float):
        budget.check_size(value, "a printed value")
    return value


def _bounded_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise SecurityError(f"a template may not count more than {MAX_RANGE:,} numbers (range)")
    return numbers


@pass_eval_context
def _checked_concat(eval_context: Any, parts: list[Any]) -> str:
    """``a ~ b``: Jinja's own join, after checking the size of the result."""
    budget.tick()
    budget.check_sizes(parts, "a joined text (~)")
    return markup_join(parts) if eval_context.autoescape else str_join(parts)


_LOOP_FILTER = "jd_bounded_loop"
_CONCAT_FILTER = "jd_concat"


class _BoundedTree(NodeTransformer):
    """Every loop steps through the deadline check; every ``~`` through the size check."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, _LOOP_FILTER, [], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        parts = nodes.List(node.nodes, lineno=node.lineno)
        return nodes.Filter(parts, _CONCAT_FILTER, [], [], None, None, lineno=node.lineno)


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """The sandbox, strict about unsafe attributes and with a cache of compiled templates."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    concat = staticmethod(budget.bounded_concat)

    def __init__(self, undefined: type[Undefined]) -> None:
        super().__init__(
            autoescape=True,
            undefined=undefined,
            finalize=_finalize,
            loader=DictLoader({}),  # include/import/extends find nothing
        )
        self.filters = bounded_filters(self.filters)
        self.filters[_LOOP_FILTER] = budget.bounded_iter
        self.filters[_CONCAT_FILTER] = _checked_concat
        self.globals["range"] = _bounded_range
        del self.globals["lipsum"]  # any amount of text, and no use in a job description
        self._compiled: OrderedDict[str, Template] = OrderedDict()
        self._lock = threading.Lock()

    def unsafe_undefined(self, obj: Any, attribute: str) -> Undefined:
        raise SecurityError(
            f"a template may not use {attribute!r} (on a {type(obj).__name__} value)"
        )

    def _generate(self, source: Any, name: Any, filename: Any, defer_init: bool = False) -> Any:
        return super()._generate(_BoundedTree().visit(source), name, filename, defer_init)

    def getattr(self, obj: Any, attribute: str) -> Any:
        budget.tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        budget.tick()
        return super().getitem(obj, argument)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        budget.tick()
        args = check_call(__obj, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        return budget.check_size(result, "a value")

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        budget.tick()
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
        if operator == "*":
            budget.check_repeat(left, right)
        elif operator == "**":
            budget.check_power(left, right)
        elif operator == "+" and not (
            isinstance(left, int | float) and isinstance(right, int | float)
        ):
            budget.check_sizes((left, right), "a joined text or list (+)")
        elif operator == "%" and isinstance(left, str):
            budget.check_format(left, right if isinstance(right, tuple) else (right,))
        return budget.check_size(super().call_binop(context, operator, left, right))

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
        template = self.template_class.from_code(
            self, self._compiled_code(source), self.make_globals(None), None
        )
        with self._lock:
            self._compiled[source] = template
            while len(self._compiled) > _CACHE_SIZE:
                self._compiled.popitem(last=False)
        return template

    def _compiled_code(self, source: str) -> CodeType:
        """``compile(source)``, from the disk cache when it holds it (module docstring)."""
        from jdeditor.paths import cache_dir

        fingerprint = "|".join(
            (_DISK_FORMAT, type(self).__qualname__, self.undefined.__name__, source)
        )
        key = hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()
        folder = cache_dir() / "templates"
        cache = FileSystemBytecodeCache(str(folder), "%s.jinja")
        bucket = Bucket(self, key, cache.get_source_checksum(source))
        try:
            cache.load_bytecode(bucket)
        except Exception:  # a damaged file (pickle's and marshal's errors vary): compile
            bucket.reset()
        if bucket.code is not None:
            return bucket.code
        code: CodeType = self.compile(source)
        bucket.code = code
        try:
            folder.mkdir(parents=True, exist_ok=True)
            cache.dump_bytecode(bucket)
        except OSError:
            pass  # no cache this time
        return code


RENDER_ENV = TemplateSandbox(ChainableUndefined)
CHECK_ENV = TemplateSandbox(StrictUndefined)
