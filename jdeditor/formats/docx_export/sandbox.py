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
)
from jinja2.bccache import Bucket
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_REPEAT = 100_000  # characters or list items a template may make with *
MAX_EXPONENT = 100
_CACHE_SIZE = 64
_DISK_FORMAT = "1"  # bump when a change here alters the code compiled from the same source


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
