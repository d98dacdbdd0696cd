"""Errors a user can act on.

Anything raised as a :class:`UserFacingError` carries a message that names the file,
line or field involved and says what to do; the CLI prints it without a traceback and
the GUI shows it in a message box. Every other exception is a bug.

The message is English (it is also the command line's output). An error may also say
which message it is (``kind``) and the values in it (``values``), so that an interface in
another language can write it anew (``gui/error_text.py``); one without a kind is shown
as it is.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error caused by input or environment, explained for the person using the app."""

    def __init__(self, message: str, kind: str = "", **values: str) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.values = values

    def __str__(self) -> str:
        return self.message


class InputFileError(UserFacingError):
    """A file given to the app cannot be read or is not what it should be."""

    @classmethod
    def unreadable(cls, path: object, error: OSError) -> InputFileError:
        """The operating system refused to read ``path`` (permissions, a vanished drive)."""
        return cls(
            f"{path} cannot be read: {error.strerror}.",
            "unreadable",
            name=str(path),
            reason=str(error.strerror),
        )


class FormatVersionError(InputFileError):
    """A file written by a newer version of the app, in a format this version cannot read."""


class ValidationError(UserFacingError):
    """A posting field holds a value that cannot be stored (e.g. salary minimum > maximum)."""

    def __init__(self, field: str, message: str, kind: str = "", **values: str) -> None:
        super().__init__(message, kind, **values)
        self.field = field


class NotFoundError(UserFacingError):
    """A posting or revision asked for by id does not exist (or is in the trash)."""


class ConflictError(UserFacingError):
    """Someone else saved the posting after it was loaded; nothing was overwritten."""

    def __init__(self, posting_id: int, expected_version: int, actual_version: int | None) -> None:
        super().__init__(
            f"Posting {posting_id} was changed by someone else since you opened it "
            f"(you have version {expected_version}, the library has "
            f"{actual_version if actual_version is not None else 'no such posting'}). "
            "Nothing was overwritten: reload the posting, or save your text as a copy."
        )
        self.posting_id = posting_id
        self.expected_version = expected_version
        self.actual_version = actual_version


class LibraryError(UserFacingError):
    """The library database cannot be opened or used as it is (locked, newer, damaged)."""


class OutputFileError(UserFacingError):
    """A file cannot be written where the user asked (read-only folder, file in use)."""
