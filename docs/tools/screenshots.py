"""Screenshots of the main window with real postings, for the README and docs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m docs.tools.screenshots

Imports ../shared/samples (the Chinese sample file, and the English real postings) into
temporary libraries, opens the window on each, selects a posting and saves
docs/screenshots/main-window-zh.png and main-window-en.png, then the same for postings
the importer warned about (import-warnings-zh.png, -en.png: the panel above the form).
Then reads a real file that holds several jobs (one Chinese, one English) into the import
review and saves import-review-zh.png and import-review-en.png. Last, the dialog for a
library that cannot be opened: a damaged file with its automatic backups
(library-error-damaged-zh.png, -en.png) and one locked by another program
(library-error-locked-zh.png, -en.png). Needs a CJK font
(fonts-wqy-microhei or fonts-noto-cjk), or Chinese renders as boxes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from jdeditor.app import install_translations
from jdeditor.gui.main_window import MainWindow
from jdeditor.service import Library

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "shared" / "samples"
OUT = ROOT / "docs" / "screenshots"


ENGLISH_WITH_WARNINGS = """Data Analyst
Location: Berlin

Responsibilities
1. Build the weekly sales dashboards
2. Answer questions from the sales team
4. Keep the data dictionary up to date

Requirements
- Three years of SQL
- Three years of SQL
- Fluent English
"""


def shoot(app: QApplication, files: list[Path], language: str, name: str, pick: str) -> Path:
    translators = install_translations(app, language)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JDEDITOR_DATA_DIR"] = folder
        library = Library.open(Path(folder) / "library.db")
        library.import_files(files)
        window = MainWindow(library)
        window.resize(1440, 860)
        window.show()
        model = window.panel.model
        titles = [model.summary_at(row).title for row in range(model.rowCount())]  # type: ignore[union-attr]
        window.panel.view.selectRow(next(i for i, t in enumerate(titles) if pick in t))
        for _ in range(5):
            app.processEvents()
        target = OUT / f"{name}.png"
        window.grab().save(str(target))
        window.editor.set_posting(None)
        window.close()
        library.close()
    for translator in translators:
        app.removeTranslator(translator)
    return target


def shoot_review(app: QApplication, files: list[Path], language: str, name: str, row: int) -> Path:
    """The import review of ``files``, with posting ``row`` chosen and one of its lines."""
    from jdeditor.gui.dialogs.import_review_dialog import ImportReviewDialog

    translators = install_translations(app, language)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JDEDITOR_DATA_DIR"] = folder
        library = Library.open(Path(folder) / "library.db")
        plan = library.plan_import(files)
        dialog = ImportReviewDialog(library, plan)
        dialog.resize(1440, 860)
        dialog.show()
        dialog.select_row(row)
        item = plan.postings[row]
        if item.source_line is not None:
            dialog.panel.source_view.choose_line(item.source_line + 2)
        for _ in range(5):
            app.processEvents()
        target = OUT / f"{name}.png"
        dialog.grab().save(str(target))
        dialog.reject()
        library.close()
    for translator in translators:
        app.removeTranslator(translator)
    return target


def shoot_library_error(app: QApplication, language: str, name: str, case: str) -> Path:
    """The library error dialog for a ``damaged`` library (with three days of automatic
    backups) or one ``locked`` by another program."""
    import sqlite3
    from datetime import UTC, datetime, timedelta

    from jdeditor.errors import LibraryError
    from jdeditor.gui.dialogs.library_error_dialog import LibraryErrorDialog
    from jdeditor.service import list_backups
    from jdeditor.store import sqlite

    translators = install_translations(app, language)
    sqlite.BUSY_TIMEOUT_MS = 100  # the locked case need not wait five seconds
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JDEDITOR_DATA_DIR"] = folder
        path = Path(folder) / "HR" / "library.db"
        with Library.open(path) as library:
            for day in (3, 2, 1):
                when = datetime.now(UTC).replace(hour=9, minute=12) - timedelta(days=day)
                library.back_up_daily(keep=5, now=when)
        other = None
        if case == "damaged":
            path.write_bytes(os.urandom(8192))
        else:
            other = sqlite3.connect(path, isolation_level=None)
            other.execute("PRAGMA locking_mode = EXCLUSIVE")
            other.execute("BEGIN EXCLUSIVE")
        try:
            Library.open(path).close()
            raise AssertionError("the library opened")
        except LibraryError as error:
            refused = error
        finally:
            if other is not None:
                other.close()
        backups = [(backup.path, backup.made_at) for backup in list_backups(path)]
        dialog = LibraryErrorDialog(refused, backups)
        dialog.show()
        for _ in range(5):
            app.processEvents()
        target = OUT / f"{name}.png"
        dialog.grab().save(str(target))
        dialog.close()
    for translator in translators:
        app.removeTranslator(translator)
    return target


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("JDEditor-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # A fresh settings folder: the pictures show the default layout, not a saved one.
    settings_folder = tempfile.mkdtemp()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    OUT.mkdir(parents=True, exist_ok=True)
    chinese = [SAMPLES / "product-manager-postings.zh.txt"]
    english = sorted((SAMPLES / "real" / "en").glob("*.txt"))
    print(shoot(app, chinese, "zh_CN", "main-window-zh", "(二)"))
    print(shoot(app, english, "en_US", "main-window-en", "Head of Data"))
    print(shoot(app, chinese, "zh_CN", "import-warnings-zh", "(三)"))
    with tempfile.TemporaryDirectory() as folder:
        # No English sample has warnings now: a posting pasted from an e-mail that has some.
        pasted = Path(folder) / "data-analyst.txt"
        pasted.write_text(ENGLISH_WITH_WARNINGS, encoding="utf-8")
        print(shoot(app, [pasted], "en_US", "import-warnings-en", "Data Analyst"))
    review_zh = [SAMPLES / "real-more" / "zh" / "020.txt"]  # eight jobs after a company intro
    review_en = sorted((SAMPLES / "real-more" / "en").glob("*.txt"))[:6]  # a day's downloads
    print(shoot_review(app, review_zh, "zh_CN", "import-review-zh", 1))
    print(shoot_review(app, review_en, "en_US", "import-review-en", 2))
    for case in ("damaged", "locked"):
        for language, suffix in (("zh_CN", "zh"), ("en_US", "en")):
            print(shoot_library_error(app, language, f"library-error-{case}-{suffix}", case))


if __name__ == "__main__":
    main()
