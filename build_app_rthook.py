"""PyInstaller runtime hook of the packaged app (build_app.spec): run before our code.

The app is built without Python's ``ssl`` (it makes no network connections, and OpenSSL
would add 5 MB). psycopg's C module imports ``ssl`` only so that Python sets up
OpenSSL's locking callbacks before libpq does, which OpenSSL 3 no longer needs; libpq
speaks TLS to a server with its own bundled libssl. While that one module loads, an empty
module stands in for ``ssl``; it is taken away again at once, so that every other module
(asyncio's ``try: import ssl``) still finds no ssl, as before.
"""

from __future__ import annotations

import sys
import types
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec
from typing import Any

NEEDS_SSL = {"psycopg_binary.pq", "psycopg_binary._psycopg"}


class _SslStandIn(MetaPathFinder):
    def find_spec(self, name: str, path: Any, target: Any = None) -> ModuleSpec | None:
        if name not in NEEDS_SSL or "ssl" in sys.modules:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = _WithSsl(spec.loader)
                return spec
        return None


class _WithSsl(Loader):
    def __init__(self, loader: Loader) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> types.ModuleType | None:
        return self._with_stand_in(self._loader.create_module, spec)

    def exec_module(self, module: types.ModuleType) -> None:
        self._with_stand_in(self._loader.exec_module, module)

    @staticmethod
    def _with_stand_in(call: Any, argument: Any) -> Any:
        try:
            import ssl  # noqa: F401  (the real one, should a build ever bundle it)
        except ImportError:
            pass
        else:
            return call(argument)
        sys.modules["ssl"] = types.ModuleType("ssl", "not bundled: see build_app.spec")
        try:
            return call(argument)
        finally:
            del sys.modules["ssl"]


sys.meta_path.insert(0, _SslStandIn())
