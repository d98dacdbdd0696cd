"""Screenshots of the main window with real postings, for the README and docs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m docs.tools.screenshots

Imports ../shared/samples (the Chinese sample file, and the English real postings) into
temporary libraries, opens the window on each, selects a posting and saves
docs/screenshots/main-window-zh.png and main-window-en.png, then the same for postings
the importer warned about (import-warnings-zh.png, -en.png: the panel above the form).
Then reads a real file that holds several jobs (one Chinese, one English) into the import
review and saves import-review-zh.png and import-review-en.png. Prints a posting in each
language to PDF and renders its first page (print-zh.png, print-en.png; needs poppler's
pdftoppm), shows the print preview (print-preview-zh/-en.png), the About dialog
(about-zh/-en.png), Tools › Templates… (template-manager-zh.png, -en.png;
`python -m docs.tools.screenshots templates` for those alone), each page of Edit ›
Preferences (preferences-general-zh.png … preferences-backups-en.png; only these with
the argument ``preferences``) and the dialog for a library that cannot be opened: a
damaged file with its automatic backups (library-error-damaged-zh.png, -en.png) and one
locked by another program (library-error-locked-zh.png, -en.png), and View › Checks
(checks-panel-zh.png, -en.png; only these with ``checks``: docs/tools/checks_screenshots.py),
View › History with the compare view (history-panel-zh/-en.png,
compare-revisions-zh/-en.png; only these with ``history``: docs/tools/history_screenshots.py),
View › Statements (statements-panel-, families-panel-, reword-dialog-zh/-en.png; only
these with ``statements``: docs/tools/statements_screenshots.py), the dialog for a save
that met someone else's save (save-conflict-, save-conflict-merge-zh/-en.png; only these
with ``conflict``: docs/tools/conflict_screenshots.py), and File › Connect to a Team
Library… with the notice of a colleague's save (connect-dialog-zh.png, -en.png,
others-changes-zh.png, -en.png; only these with ``team``: docs/tools/team_screenshots.py).
Needs a CJK font
(fonts-wqy-microhei or fonts-noto-cjk), or Chinese renders as boxes.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
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


@contextlib.contextmanager
def window_on(app: QApplication, files: list[Path], pick: str) -> Iterator[MainWindow]:
    """The window on a temporary library of ``files``, with the posting ``pick`` open, in
    the default layout (an earlier picture's window saved its own when it closed)."""
    QSettings().remove("main_window")
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
        try:
            yield window
        finally:
            window.editor.set_posting(None)
            window.close()
            library.close()


def shoot(app: QApplication, files: list[Path], language: str, name: str, pick: str) -> Path:
    translators = install_translations(app, language)
    target = OUT / f"{name}.png"
    with window_on(app, files, pick) as window:
        window.grab().save(str(target))
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


def shoot_print(app: QApplication, files: list[Path], name: str, pick: str) -> Path:
    """The first printed page of a posting: printed to PDF, rendered by poppler's pdftoppm."""
    from PySide6.QtPrintSupport import QPrinter

    target = OUT / f"{name}.png"
    with window_on(app, files, pick) as window, tempfile.TemporaryDirectory() as folder:
        printer = window.prints.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(Path(folder) / "printed.pdf"))
        document = window.prints.document()
        assert document is not None
        document.print_to(printer)
        first_page = ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"]
        pdf, stem = printer.outputFileName(), str(target.with_suffix(""))
        subprocess.run(["pdftoppm", *first_page, pdf, stem], check=True)
    return target


def shoot_print_preview(
    app: QApplication, files: list[Path], language: str, name: str, pick: str
) -> Path:
    translators = install_translations(app, language)
    target = OUT / f"{name}.png"
    with window_on(app, files, pick) as window:
        dialog = window.prints.preview_dialog()
        assert dialog is not None
        dialog.resize(900, 860)
        dialog.show()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(target))
        dialog.close()
    for translator in translators:
        app.removeTranslator(translator)
    return target


def shoot_about(app: QApplication, language: str, name: str) -> Path:
    from jdeditor.gui.dialogs.about_dialog import AboutDialog

    translators = install_translations(app, language)
    target = OUT / f"{name}.png"
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JDEDITOR_DATA_DIR"] = folder
        library = Library.open(Path(folder) / "library.db")
        dialog = AboutDialog(library)
        dialog.show()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(target))
        dialog.close()
        library.close()
    for translator in translators:
        app.removeTranslator(translator)
    return target


def shoot_templates(app: QApplication, language: str, name: str) -> Path:
    """Tools › Templates… with no posting open: the bundled templates with sample postings."""
    from PySide6.QtCore import QThreadPool

    from jdeditor.gui.dialogs.template_manager_dialog import TemplateManagerDialog

    translators = install_translations(app, language)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JDEDITOR_DATA_DIR"] = folder
        dialog = TemplateManagerDialog(None)
        dialog.resize(900, 760)
        dialog.show()
        QThreadPool.globalInstance().waitForDone()
        for _ in range(10):
            app.processEvents()
        dialog.list.setCurrentRow(1)
        app.processEvents()
        target = OUT / f"{name}.png"
        dialog.grab().save(str(target))
        dialog.reject()
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


PREFERENCE_PAGES = ("general", "company", "export", "backups")


def shoot_preferences(app: QApplication, language: str, suffix: str) -> list[Path]:
    """Each page of the Preferences dialog, filled in as a company would fill it in."""
    from PySide6.QtGui import QColor, QImage

    from jdeditor.gui.dialogs.preferences_dialog import PreferencesDialog
    from jdeditor.settings import Settings

    translators = install_translations(app, language)
    targets = []
    with tempfile.TemporaryDirectory() as folder:
        logo = Path(folder) / "logo.png"
        image = QImage(240, 80, QImage.Format.Format_RGB32)
        image.fill(QColor("#1f4e79"))
        image.save(str(logo))
        chinese = language.startswith("zh")
        settings = Settings(
            company_name="星辰科技有限公司" if chinese else "Star Technology Ltd.",
            company_logo=str(logo),
            how_to_apply="请将简历发送至招聘邮箱，邮件标题注明应聘岗位。"
            if chinese
            else "Send your CV to the address below, with the position in the subject.",
            contact_email="hr@example.com",
            template_zh="advert-zh",
            backups_keep=10,
        )
        dialog = PreferencesDialog(settings, Library.templates(), running_language="")
        dialog.show()
        for index, page in enumerate(PREFERENCE_PAGES):
            dialog.tabs.setCurrentIndex(index)
            for _ in range(5):
                app.processEvents()
            target = OUT / f"preferences-{page}-{suffix}.png"
            dialog.grab().save(str(target))
            targets.append(target)
        dialog.reject()
    for translator in translators:
        app.removeTranslator(translator)
    return targets


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("JDEditor-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # A fresh settings folder: the pictures show the default layout, not a saved one.
    settings_folder = tempfile.mkdtemp()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    OUT.mkdir(parents=True, exist_ok=True)
    if sys.argv[1:] in (["checks"], []):
        from docs.tools.checks_screenshots import shoot_checks

        print(shoot_checks(app, "zh_CN", "checks-panel-zh"))
        print(shoot_checks(app, "en_US", "checks-panel-en"))
    if sys.argv[1:] == ["checks"]:
        return
    if sys.argv[1:] in (["history"], []):
        from docs.tools.history_screenshots import shoot_history

        print(*shoot_history(app, "zh_CN", "zh"), sep="\n")
        print(*shoot_history(app, "en_US", "en"), sep="\n")
    if sys.argv[1:] == ["history"]:
        return
    if sys.argv[1:] in (["conflict"], []):
        from docs.tools.conflict_screenshots import shoot_conflict

        print(*shoot_conflict(app, "zh_CN", "zh"), sep="\n")
        print(*shoot_conflict(app, "en_US", "en"), sep="\n")
    if sys.argv[1:] == ["conflict"]:
        return
    if sys.argv[1:] in (["team"], []):
        from docs.tools.team_screenshots import shoot_connect, shoot_notice

        print(shoot_connect(app, "zh_CN", "zh"))
        print(shoot_connect(app, "en_US", "en"))
        print(shoot_notice(app, "zh_CN", "zh"))
        print(shoot_notice(app, "en_US", "en"))
    if sys.argv[1:] == ["team"]:
        return
    if sys.argv[1:] in (["statements"], []):
        from docs.tools.statements_screenshots import shoot_statements

        print(*shoot_statements(app, "zh_CN", "zh"), sep="\n")
        print(*shoot_statements(app, "en_US", "en"), sep="\n")
    if sys.argv[1:] == ["statements"]:
        return
    if sys.argv[1:] == ["templates"]:
        print(shoot_templates(app, "zh_CN", "template-manager-zh"))
        print(shoot_templates(app, "en_US", "template-manager-en"))
        return
    for language, suffix in (("zh_CN", "zh"), ("en_US", "en")):
        print(*shoot_preferences(app, language, suffix), sep="\n")
    if sys.argv[1:] == ["preferences"]:
        return
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
    print(shoot_print(app, chinese, "print-zh", "(二)"))
    print(shoot_print(app, english, "print-en", "Head of Data"))
    print(shoot_print_preview(app, chinese, "zh_CN", "print-preview-zh", "(二)"))
    print(shoot_print_preview(app, english, "en_US", "print-preview-en", "Head of Data"))
    print(shoot_about(app, "zh_CN", "about-zh"))
    print(shoot_about(app, "en_US", "about-en"))
    print(shoot_templates(app, "zh_CN", "template-manager-zh"))
    print(shoot_templates(app, "en_US", "template-manager-en"))
    for case in ("damaged", "locked"):
        for language, suffix in (("zh_CN", "zh"), ("en_US", "en")):
            print(shoot_library_error(app, language, f"library-error-{case}-{suffix}", case))


if __name__ == "__main__":
    main()
