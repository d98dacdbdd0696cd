"""Starting the desktop app: the one place that wires every layer together.

Imports here are kept to what showing the window needs: start-up time is measured
against a bare PySide6 window (benchmarks/bench_gui.py). The window shows first and the
library (with SQLAlchemy behind it) opens in the background, then fills it.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from jdeditor import __version__
from jdeditor.errors import UserFacingError
from jdeditor.gui.error_text import error_text
from jdeditor.gui.languages import chosen_language
from jdeditor.paths import resource_path
from jdeditor.termination import quit_on_terminate

if TYPE_CHECKING:
    from jdeditor.gui.library_opener import LibraryOpener
    from jdeditor.gui.main_window import MainWindow

logger = logging.getLogger(__name__)

ORGANIZATION = "JDEditor"
APPLICATION = "JD Editor"


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load our and Qt's translations for the interface language.

    ``language`` (``"zh_CN"``, ``"en"``), else the one in the settings file (Edit ›
    Preferences), else the system locale. A language JD Editor is not translated into
    gets the English interface, with Qt's own dialogs in English too rather than a
    mixture; dates and numbers keep the system's format either way.
    """
    chosen = language if language is not None else chosen_language()
    locale = QLocale(chosen) if chosen else QLocale.system()
    folder = str(resource_path("translations"))
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    if not ours.load(locale, "jdeditor", "_", folder):
        # English plural forms ("1 posting", "2 postings") for every other language.
        ours.load("jdeditor_en", folder)
    else:
        qt_translator = QTranslator(app)
        if qt_translator.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_translator)
            translators.append(qt_translator)
    app.installTranslator(ours)
    translators.append(ours)
    if chosen:
        QLocale.setDefault(QLocale(chosen))
    return translators


def _exception_hook(log_file: Path | None, window_getter: object) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        logger.critical("unexpected error", exc_info=(kind, error, tb))
        window = window_getter() if callable(window_getter) else None
        if window is not None:
            try:
                window.write_draft_now()  # keep the user's work before anything else
            except Exception:  # the hook must never raise
                logger.exception("could not write a draft after an error")
        if isinstance(error, UserFacingError):
            QMessageBox.warning(
                window, QCoreApplication.translate("App", "JD Editor"), error_text(error)
            )
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("App", "Unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "App",
                "Something went wrong inside JD Editor. Your unsaved changes were kept as a "
                "draft. Please report this, with the log file {0}.",
            ).format(log_file or "")
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "jdeditor.svg"))))
    install_translations(app)
    return app


def show_main_window(db: str | None) -> tuple[MainWindow, LibraryOpener]:
    """Show the window at once, and open the library ``db`` names behind it."""
    from jdeditor.gui.library_opener import LibraryOpener
    from jdeditor.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    opener = LibraryOpener(db)  # not the window's child: it outlives a closed window
    # Connected to the window's own methods, so a window already closed and deleted is
    # simply not called.
    opener.opened.connect(window.library_opened)
    opener.failed.connect(window.library_failed)
    window.libraries.use_opener(opener)  # it opens the libraries the user switches to
    # Started once the event loop has drawn the window: the opening thread holds the GIL
    # while it imports, and would otherwise slow the first paint down.
    QTimer.singleShot(0, opener.start)
    return window, opener


def run_gui(db: str | None, argv: Sequence[str] | None = None, log_file: Path | None = None) -> int:
    """Run the desktop app on the library ``db`` names; logging is set up by the caller."""
    app = create_application(argv)
    window, opener = show_main_window(db)
    quit_on_terminate(app)
    previous_hook = sys.excepthook
    _exception_hook(log_file, lambda: window)
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        opener.close()
