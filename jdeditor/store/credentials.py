"""Passwords for a team library on a database server, never written in plain text.

A server library's address (``postgresql+psycopg://user@host:5432/jdeditor``) carries no
password: settings, Open Recent and the logs hold only that. The password comes, in
this order, from:

1. the address itself, when someone typed one into ``--db`` (left as it is);
2. this process's memory, for a password typed into the app without "Remember";
3. the operating system's keyring (``keyring``), service :data:`KEYRING_SERVICE`, key
   ``user@host:port/database`` (:func:`credential_key`);
4. libpq's own files (``~/.pgpass``, ``PGPASSFILE``, a ``?service=NAME`` from
   ``pg_service.conf``): nothing is passed, and libpq reads them itself.

When the keyring has no usable backend (a headless Linux without a Secret Service), it
is said clearly (:class:`KeyringUnavailable`) and the app asks each time instead.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL, make_url

from jdeditor.errors import LibraryError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "JD Editor"
DEFAULT_PORT = 5432
SSL_MODES = ("prefer", "require", "disable")

_typed: dict[str, str] = {}  # passwords typed in this process without "Remember"


class KeyringUnavailable(LibraryError):
    """There is no keyring to keep a password in."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "This computer has no password keyring that JD Editor can use "
            f"({detail}). The password is not remembered: you are asked for it each "
            "time, or put it in libpq's password file (~/.pgpass; see docs/team.md).",
            "no_keyring",
            detail=detail,
        )


def is_server(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def server_url(
    host: str,
    database: str,
    user: str,
    port: int = DEFAULT_PORT,
    ssl_mode: str = "prefer",
) -> URL:
    """The address of a server library, without a password (safe to keep and show)."""
    query = {} if ssl_mode == "prefer" else {"sslmode": ssl_mode}
    if host.startswith("/"):  # the folder of a local socket
        query, host = {**query, "host": host}, ""
    return URL.create(
        "postgresql+psycopg",
        username=user or None,
        host=host or None,
        port=port if port != DEFAULT_PORT else None,
        database=database,
        query=query,
    )


def without_password(url: URL | str) -> str:
    """The address as text with no password in it at all (not even ``***``)."""
    parsed = make_url(url) if isinstance(url, str) else url
    bare = URL.create(
        parsed.drivername,
        parsed.username,
        None,
        parsed.host,
        parsed.port,
        parsed.database,
        parsed.query,
    )  # URL.set(password=None) leaves the password as it was
    return bare.render_as_string(hide_password=False)


def credential_key(url: URL | str) -> str:
    """``user@host:port/database``: the keyring key of a server library."""
    parsed = make_url(url) if isinstance(url, str) else url
    host = parsed.host or str(parsed.query.get("host", "") or "") or "localhost"
    service = parsed.query.get("service")
    if service and not parsed.database:
        return f"{parsed.username or ''}@service={service}"
    return f"{parsed.username or ''}@{host}:{parsed.port or DEFAULT_PORT}/{parsed.database or ''}"


def _keyring() -> KeyringBackend:
    """The keyring module's backend, or raise :class:`KeyringUnavailable`."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError as error:  # pragma: no cover - a dependency of the app
        raise KeyringUnavailable(str(error)) from error
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise KeyringUnavailable(f"no backend: {type(backend).__module__}")
    return backend


def keyring_available() -> bool:
    try:
        _keyring()
    except KeyringUnavailable:
        return False
    return True


def remember_password(url: URL | str, password: str) -> None:
    """Keep ``password`` in the keyring (raises :class:`KeyringUnavailable`)."""
    key = credential_key(url)
    _typed[key] = password
    try:
        _keyring().set_password(KEYRING_SERVICE, key, password)
    except KeyringUnavailable:
        raise
    except Exception as error:  # keyring backends raise their own errors
        raise KeyringUnavailable(str(error)) from error


def use_password(url: URL | str, password: str) -> None:
    """Use ``password`` for this library until the process ends, without keeping it."""
    _typed[credential_key(url)] = password


def forget_password(url: URL | str) -> None:
    """Remove a remembered password (from memory and from the keyring)."""
    key = credential_key(url)
    _typed.pop(key, None)
    try:
        _keyring().delete_password(KEYRING_SERVICE, key)
    except KeyringUnavailable:
        return
    except Exception:  # nothing stored under that key
        logger.debug("no keyring entry to forget for %s", key)


def stored_password(url: URL | str) -> str | None:
    """The password typed in this process, else the keyring's, else None (then libpq
    looks in its own password and service files)."""
    key = credential_key(url)
    if key in _typed:
        return _typed[key]
    try:
        found: str | None = _keyring().get_password(KEYRING_SERVICE, key)
        return found
    except KeyringUnavailable:
        return None
    except Exception:  # a locked or broken keyring: libpq's files may still serve
        logger.warning("could not read the keyring for %s", key, exc_info=True)
        return None


def connect_arguments(url: URL) -> dict[str, str]:
    """What the engine passes to the driver besides the address: a password found for a
    server address that has none."""
    if not is_server(url) or url.password:
        return {}
    password = stored_password(url)
    return {"password": password} if password else {}


def password_needed(url: URL) -> LibraryError:
    """The error for a server that asked for a password nobody gave."""
    address = without_password(url)
    return LibraryError(
        f"The library at {address} needs a password, and none is remembered. Give it "
        f"once with `jdeditor db password set --db {address}` (kept in the system's "
        "keyring), or put it in libpq's password file (~/.pgpass); see docs/team.md.",
        "password_needed",
        name=address,
    )


def asks_for_password(error: LibraryError, url: URL) -> bool:
    """Whether ``error`` says the server wanted a password and none was given."""
    cause = str(error.__cause__ or "").lower()
    return (
        error.kind == "wrong_password"
        and "no password supplied" in cause
        and not connect_arguments(url)
        and not url.password
    )
