"""The library service: the one API the command line and the GUI use.

It opens a library (creating or migrating it), and offers use cases in terms of core
model objects: list, search, load, save, trash, history, import and export. It never
hands out sessions or ORM rows, so the GUI cannot come to depend on SQL. Every method
is safe to call from a worker thread; each use case is one transaction.

One module per capability, each a part of :class:`Library` (``library.py`` joins them):
``postings.py`` (edit, trash, search, history, import warnings), ``importing.py``,
``exporting.py`` (and templates, preview), ``drafts.py`` (crash recovery) and
``database.py`` (info, backups, the search index), ``backups.py`` (automatic
backups, and restoring one without opening the library) and ``checks.py`` (findings,
stored error counts); ``base.py`` holds what they share.
"""

from __future__ import annotations

from jdeditor.formats.export_request import ExportFormat, ExportRequest, ExportWarning
from jdeditor.formats.template_info import TemplateInfo
from jdeditor.service.backups import Backup, list_backups, restore_backup
from jdeditor.service.database import LibraryInfo
from jdeditor.service.library import Library, check_library

__all__ = [
    "Backup",
    "ExportFormat",
    "ExportRequest",
    "ExportWarning",
    "Library",
    "LibraryInfo",
    "TemplateInfo",
    "check_library",
    "list_backups",
    "restore_backup",
]

# Readers, exporters and templates (python-docx, docxtpl, charset-normalizer…) are
# imported when first used, not here: the window must not wait for them to show.
