"""Error messages in the interface's language.

Errors from the layers below carry an English message (also the command line's output);
those that say which message they are (``UserFacingError.kind``) are written anew here
from a translated pattern: the messages a save can meet, those about opening and writing
the library, and the common ones about files to import. Any other error is shown as it
is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jdeditor.errors import UserFacingError


def _patterns() -> dict[str, str]:
    # Every pattern is a literal QCoreApplication.translate() call, so that lupdate finds it.
    return {
        "no_title": QCoreApplication.translate(
            "Errors", "The posting has no title: enter a job title before saving."
        ),
        "title_too_long": QCoreApplication.translate(
            "Errors",
            "The title is {length} characters long; shorten it to at most {limit} characters "
            "(put the rest in the summary).",
        ),
        "negative_headcount": QCoreApplication.translate(
            "Errors", "Headcount cannot be negative: enter 0 or more."
        ),
        "negative_salary_minimum": QCoreApplication.translate(
            "Errors", "The minimum salary must be 0 or more."
        ),
        "negative_salary_maximum": QCoreApplication.translate(
            "Errors", "The maximum salary must be 0 or more."
        ),
        "salary_minimum_decimals": QCoreApplication.translate(
            "Errors", "The minimum salary {amount} has more than two decimal places: round it."
        ),
        "salary_maximum_decimals": QCoreApplication.translate(
            "Errors", "The maximum salary {amount} has more than two decimal places: round it."
        ),
        "salary_order": QCoreApplication.translate(
            "Errors",
            "The minimum salary ({minimum}) is greater than the maximum ({maximum}): swap them "
            "or correct one.",
        ),
        "no_currency": QCoreApplication.translate(
            "Errors", "Choose a currency for the salary (e.g. CNY)."
        ),
        "empty_tag": QCoreApplication.translate(
            "Errors", "A tag is empty: remove it or give it a name."
        ),
        # Opening and writing the library (store/failures.py names each kind).
        "password_needed": QCoreApplication.translate(
            "Errors",
            "The library at {name} needs a password, and none is remembered. Connect with "
            "File › Connect to a Team Library… and type it, or put it in libpq's password "
            "file (~/.pgpass).",
        ),
        "library_busy": QCoreApplication.translate(
            "Errors",
            "The library {name} is locked by another program (another JD Editor or a "
            "database tool is writing to it). Close that program or wait a moment, then try "
            "again; nothing was changed.",
        ),
        "library_read_only": QCoreApplication.translate(
            "Errors",
            "The library {name} is read-only. Make the file writable (its properties), or copy "
            "the library somewhere you can write; nothing was changed.",
        ),
        "folder_read_only": QCoreApplication.translate(
            "Errors",
            "The library {name} is in a read-only folder ({folder}): JD Editor needs to write "
            "beside the library. Make the folder writable, or copy the library to a folder "
            "you can write to; nothing was changed.",
        ),
        "no_such_folder": QCoreApplication.translate(
            "Errors",
            "The library {name} cannot be opened: the folder {folder} does not exist (a drive "
            "that is not connected, or a folder moved or renamed). Connect the drive or choose "
            "the library again.",
        ),
        "disk_full": QCoreApplication.translate(
            "Errors",
            "The disk holding the library {name} is full. Free some space and try again; "
            "nothing was changed.",
        ),
        "library_inaccessible": QCoreApplication.translate(
            "Errors",
            "The library {name} cannot be opened: the file is not accessible. Check its "
            "permissions.",
        ),
        "library_damaged": QCoreApplication.translate(
            "Errors",
            "The library {name} is damaged or is not a database file, so it cannot be read. "
            "Restore it from a backup, or choose another library.",
        ),
        "foreign_database": QCoreApplication.translate(
            "Errors",
            "{name} is a database, but not a JD Editor library (it has other tables). Choose "
            "another file, or make a new library with File › New Library….",
        ),
        "empty_database": QCoreApplication.translate(
            "Errors",
            "{name} holds no JD Editor library (it is empty). Choose another file, or make a "
            "new library with File › New Library….",
        ),
        "no_library": QCoreApplication.translate(
            "Errors",
            "There is no library at {name}. Check the path, or make a new library there with "
            "File › New Library….",
        ),
        "newer_library": QCoreApplication.translate(
            "Errors",
            "The library {name} was written by a newer version of JD Editor; this version "
            "cannot read it and has not changed it. Update JD Editor.",
        ),
        "server_unreachable": QCoreApplication.translate(
            "Errors",
            "The library at {name} cannot be reached: is the database server running and the "
            "address right? Nothing was changed.",
        ),
        "wrong_password": QCoreApplication.translate(
            "Errors",
            "The library at {name} refused the user name or password. Check them in the "
            "address (or the password file) and try again.",
        ),
        "no_such_database": QCoreApplication.translate(
            "Errors",
            "The library at {name} cannot be opened: the server has no such database. Check "
            "the database name in the address, or ask the server's administrator to create it.",
        ),
        "no_rights": QCoreApplication.translate(
            "Errors",
            "The library at {name} refused: the user in the address lacks the rights JD "
            "Editor needs ({reason}). Ask the server's administrator for them (the first "
            "open, and an update of JD Editor, need the right to create and change tables); "
            "nothing was changed.",
        ),
        "no_keyring": QCoreApplication.translate(
            "Errors",
            "This computer has no password keyring that JD Editor can use ({detail}). The "
            "password is not remembered: you are asked for it each time, or put it in "
            "libpq's password file (~/.pgpass).",
        ),
        "unversioned_library": QCoreApplication.translate(
            "Errors",
            "The library {name} holds {postings} postings but no schema version, and its "
            "tables match no JD Editor schema ({details}). It was probably left half-made by "
            "a crash of an older version. It has not been changed: restore it from a backup, "
            "or ask for help with the file.",
        ),
        "no_backup": QCoreApplication.translate(
            "Errors", "The backup {name} does not exist or is not a file. Choose another one."
        ),
        "bad_backup": QCoreApplication.translate(
            "Errors",
            "The backup {name} is not a sound JD Editor library, so it was not restored "
            "({problems}). Choose another backup.",
        ),
        "restore_failed": QCoreApplication.translate(
            "Errors",
            "Could not restore {name} from the backup: {reason}. Check that the folder is "
            "writable and has space; the library was not changed.",
        ),
        "backup_failed": QCoreApplication.translate(
            "Errors",
            "Could not back up the library {name} to {target}: {reason}. Free some disk space "
            "or make the folder writable, then open it again.",
        ),
        "library_is_folder": QCoreApplication.translate(
            "Errors",
            "{name} is a folder. Give the path of a library file, e.g. {example}.",
        ),
        # Files to import.
        "no_such_file": QCoreApplication.translate(
            "Errors", "{name}: no such file. Check the name and folder."
        ),
        "is_folder": QCoreApplication.translate(
            "Errors", "{name} is a folder: choose the files inside it."
        ),
        "unreadable": QCoreApplication.translate("Errors", "{name} cannot be read: {reason}."),
        "json_too_large": QCoreApplication.translate(
            "Errors",
            "{name} is {size} MB, larger than any JD Editor file should be (the limit for JSON "
            "files is {limit} MB). Nothing was imported. Export the library in parts (by "
            "department or tag), or check that it is the right file.",
        ),
        "empty_file": QCoreApplication.translate(
            "Errors", "{name} is empty: there is nothing to import."
        ),
        "pdf_file": QCoreApplication.translate(
            "Errors",
            "{name} is a PDF file. JD Editor imports text and Word files: copy the text out of "
            "the PDF into a .txt file (or paste it into the editor).",
        ),
        "old_word_file": QCoreApplication.translate(
            "Errors",
            "{name} is an old Word 97-2003 (.doc) file, not a .docx file. Open it in Word or "
            "WPS and save it as a Word Document (.docx), then import that.",
        ),
        "encrypted_word_file": QCoreApplication.translate(
            "Errors",
            "{name} is protected with a password, so JD Editor cannot read it. Open it in Word, "
            "remove the password, save it, and import it again.",
        ),
        "damaged_word_file": QCoreApplication.translate(
            "Errors",
            "{name} is damaged and cannot be read as a Word document. Open it in Word or WPS "
            "(which can often repair it), save it again as .docx, and import that.",
        ),
        "not_text": QCoreApplication.translate(
            "Errors",
            "{name} does not look like a text file. JD Editor imports .txt, .md and .docx files.",
        ),
        "cannot_create_folder": QCoreApplication.translate(
            "Errors",
            "Cannot create the folder {name} for the library: {reason}. Choose a writable "
            "place for it.",
        ),
    }


def error_text(error: UserFacingError) -> str:
    """The error's message in the interface's language, when it has a known kind."""
    pattern = _patterns().get(error.kind)
    if pattern is None:
        return str(error)
    try:
        return pattern.format(**error.values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(error)
