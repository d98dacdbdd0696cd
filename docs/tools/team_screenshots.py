"""Screenshots of File › Connect to a Team Library…, in Chinese and in English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m docs.tools.screenshots team

Saves docs/screenshots/connect-dialog-zh.png and -en.png: the dialog filled in for a
made-up server, after "Test connection" found an empty database the user may make a
library (the answer is shown as the dialog shows a real one; no server is asked).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from jdeditor.app import install_translations
from jdeditor.service import team

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shoot_connect(app: QApplication, language: str, suffix: str) -> Path:
    import keyring
    from keyring.backend import KeyringBackend

    class _Shown(KeyringBackend):  # a keyring, so the picture shows the usual state
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            return None

        def delete_password(self, service: str, username: str) -> None:
            return None

    from jdeditor.gui.dialogs.connect_dialog import ConnectDialog

    before = keyring.get_keyring()
    keyring.set_keyring(_Shown())
    translators = install_translations(app, language)
    try:
        dialog = ConnectDialog()
        dialog.host_edit.setText("db.example.org")
        dialog.database_edit.setText("jdeditor")
        dialog.user_edit.setText("wang.fang" if suffix == "en" else "zhangwei")
        dialog.password_edit.setText("secret-password")
        dialog._probed(team.ProbeResult("empty_database", "", 0, True))
        dialog.show()
        dialog.adjustSize()
        app.processEvents()
        target = OUT / f"connect-dialog-{suffix}.png"
        dialog.grab().save(str(target))
        dialog.close()
        dialog.deleteLater()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        keyring.set_keyring(before)
    return target


def shoot_notice(app: QApplication, language: str, suffix: str) -> Path:
    """The window after someone else saved the open posting (reloaded, with the notice)
    (others-changes-zh.png, -en.png)."""
    import os
    import tempfile

    from jdeditor.core.model import Language
    from jdeditor.core.section_headings import new_posting
    from jdeditor.gui.main_window import MainWindow
    from jdeditor.service import Library

    translators = install_translations(app, language)
    target = OUT / f"others-changes-{suffix}.png"
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JDEDITOR_DATA_DIR"] = folder
        path = Path(folder) / "library.db"
        zh = suffix == "zh"
        with Library.open(path) as theirs:
            posting = new_posting(language=Language.ZH if zh else Language.EN)
            posting.title = "数据分析师" if zh else "Data Analyst"
            posting.department = "数据部" if zh else "Data"
            stored = theirs.create_posting(posting)
            window = MainWindow(Library.open(path))
            window.resize(1440, 720)
            window.show()
            window.open_posting(stored.id or 0)
            window.editor.header.title_edit.setText(
                "高级数据分析师" if zh else "Senior Data Analyst"
            )
            stored.title = "数据分析师（北京）" if zh else "Data Analyst (Berlin)"
            theirs.save_posting(stored)
            window.others.check_now()
            app.processEvents()
            window.grab().save(str(target))
            window.others.stop()
            window.editor.set_posting(None)
            window.close()
            window.library.close()
    for translator in translators:
        app.removeTranslator(translator)
    return target
