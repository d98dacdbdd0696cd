"""A team library on a database server: its address, its password, and trying it.

The GUI's connect dialog and the command line share these; the passwords themselves are
kept by ``store/credentials.py`` (the keyring, or this process's memory), never in the
settings or in Open Recent.
"""

from __future__ import annotations

from dataclasses import dataclass

from jdeditor.errors import LibraryError
from jdeditor.store.credentials import (
    DEFAULT_PORT,
    KEYRING_SERVICE,
    SSL_MODES,
    KeyringUnavailable,
    credential_key,
    forget_password,
    keyring_available,
    remember_password,
    server_url,
    stored_password,
    use_password,
    without_password,
)

__all__ = [
    "DEFAULT_PORT",
    "KEYRING_SERVICE",
    "SSL_MODES",
    "AddressFields",
    "KeyringUnavailable",
    "ProbeResult",
    "address_fields",
    "credential_key",
    "forget_password",
    "keyring_available",
    "probe_library",
    "remember_password",
    "server_address",
    "server_address_of",
    "stored_password",
    "use_password",
    "without_password",
]


@dataclass(frozen=True)
class ProbeResult:
    """What "Test connection" found."""

    kind: str  # "ok", or a LibraryError kind (empty_database, wrong_password, …)
    message: str  # the store's message for a failure
    postings: int = 0
    can_create: bool = False  # an empty database the user may make a library


def server_address(
    host: str, database: str, user: str, port: int = DEFAULT_PORT, ssl_mode: str = "prefer"
) -> str:
    """The address of a server library as text, without a password."""
    return without_password(
        server_url(host.strip(), database.strip(), user.strip(), port, ssl_mode)
    )


@dataclass(frozen=True)
class AddressFields:
    host: str
    port: int
    database: str
    user: str
    ssl_mode: str


def address_fields(address: str) -> AddressFields:
    """The parts of a server library's address, as the connect dialog shows them."""
    from sqlalchemy.engine import make_url

    url = make_url(address)
    return AddressFields(
        host=url.host or str(url.query.get("host", "") or ""),
        port=url.port or DEFAULT_PORT,
        database=url.database or "",
        user=url.username or "",
        ssl_mode=str(url.query.get("sslmode", "prefer")),
    )


def server_address_of(location: str | None) -> str | None:
    """The address (``--db``, else ``$JDEDITOR_DB``) without a password, or None when it
    names a library file."""
    from jdeditor.store.database import resolve_location

    resolved = resolve_location(location)
    return None if resolved.file is not None else without_password(resolved.url)


def probe_library(address: str) -> ProbeResult:
    """Open the library at ``address`` without creating or changing anything."""
    from jdeditor.service.library import Library
    from jdeditor.store.database import resolve_location
    from jdeditor.store.server_rights import can_create_tables

    try:
        with Library.open(address, create=False) as library:
            return ProbeResult("ok", "", library.info().postings)
    except LibraryError as error:
        can_create = error.kind == "empty_database" and can_create_tables(resolve_location(address))
        return ProbeResult(error.kind, str(error), 0, can_create)
