"""Edit › Preferences…: as a person uses it, and what it changes in the window and the CLI."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

from jdeditor.app import install_translations
from jdeditor.gui.dialogs.preferences_dialog import PreferencesDialog
from jdeditor.gui.languages import LANGUAGE_SETTING, chosen_language
from jdeditor.gui.main_window import MainWindow
from jdeditor.settings import Settings, load_settings, set_setting, settings_path
from tests.cli.test_cli import run
from tests.factories import chinese_posting
from tests.gui.typing_helpers import type_text
from tests.gui.windows import open_window

Act = Callable[[PreferencesDialog], None]


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    opened = open_window(qtbot, tmp_path / "library.db")
    yield opened
    opened.editor.set_posting(None)
    opened.library.close()


def preferences(window: MainWindow, monkeypatch: pytest.MonkeyPatch, act: Act) -> None:
    """Edit › Preferences…, with ``act`` doing what the person does in the dialog."""

    def run_modal(dialog: PreferencesDialog) -> int:
        dialog.show()
        act(dialog)
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", run_modal)
    action = window.findChild(QAction, "preferences_action")
    assert action is not None
    action.trigger()


def click(
    qtbot: object, dialog: PreferencesDialog, button: QDialogButtonBox.StandardButton
) -> None:
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def replace_text(qtbot: object, widget: QLineEdit, text: str) -> None:
    widget.selectAll()
    type_text(qtbot, widget, text)


def choose(combo: object, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def collect_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(str(args[2])))
    return told


def test_the_menu_entry_is_where_each_platform_expects_it(window: MainWindow) -> None:
    action = window.findChild(QAction, "preferences_action")
    assert action is not None
    assert action.menuRole() is QAction.MenuRole.PreferencesRole  # the app menu on macOS
    assert action.shortcut().toString() in ("Ctrl+,", "Ctrl+Shift+,")
    edit_menu = window.menuBar().actions()[1].menu()
    assert action in edit_menu.actions()  # type: ignore[union-attr]


def test_ok_saves_and_the_preview_shows_the_company_at_once(
    window: MainWindow, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.library.create_posting(chinese_posting())
    window.panel.refresh()
    window.panel.view.selectRow(0)
    assert "星辰科技" not in window.preview.toPlainText()

    def act(dialog: PreferencesDialog) -> None:
        dialog.tabs.setCurrentIndex(1)
        type_text(qtbot, dialog.company_edit, "星辰科技")
        dialog.tabs.setCurrentIndex(2)
        choose(dialog.template_zh_combo, "advert-zh")
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    preferences(window, monkeypatch, act)
    settings = load_settings()[0]
    assert (settings.company_name, settings.template_zh) == ("星辰科技", "advert-zh")
    assert "星辰科技" in window.preview.toPlainText()
    combo = window.preview_panel.template_combo
    assert combo.itemText(0) == "Default template (advert-zh)"
    assert window.statusBar().currentMessage() == "Preferences saved."


def test_cancel_changes_nothing(
    window: MainWindow, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_setting("company_name", "旧名字")
    before = settings_path().read_bytes()

    def act(dialog: PreferencesDialog) -> None:
        assert dialog.company_edit.text() == "旧名字"
        replace_text(qtbot, dialog.company_edit, "新名字")
        dialog.backups_check.click()
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)

    preferences(window, monkeypatch, act)
    assert settings_path().read_bytes() == before


def test_apply_saves_and_keeps_the_dialog_open(
    window: MainWindow, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    def act(dialog: PreferencesDialog) -> None:
        assert not dialog.apply_button.isEnabled()  # nothing changed yet
        dialog.tabs.setCurrentIndex(0)
        replace_text(qtbot, dialog.currency_combo.lineEdit(), "usd")
        assert dialog.apply_button.isEnabled()
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
        assert dialog.isVisible() and not dialog.apply_button.isEnabled()
        assert load_settings()[0].currency == "USD"
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)  # after Apply: kept

    preferences(window, monkeypatch, act)
    assert load_settings()[0].currency == "USD"


def test_an_address_that_is_no_email_is_refused(
    window: MainWindow, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    told = collect_warnings(monkeypatch)

    def act(dialog: PreferencesDialog) -> None:
        dialog.tabs.setCurrentIndex(1)
        type_text(qtbot, dialog.apply_edit, "请将简历发送至招聘邮箱")
        type_text(qtbot, dialog.email_edit, "hr at example.com")
        dialog.tabs.setCurrentIndex(3)
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
        assert dialog.isVisible()  # still open, on the page of the field
        assert dialog.tabs.currentIndex() == 1

    preferences(window, monkeypatch, act)
    assert len(told) == 1
    assert "Contact e-mail" in told[0] and "hr at example.com" in told[0]
    assert not settings_path().exists()  # nothing saved, not even the valid field


def test_a_logo_must_be_a_readable_image(
    window: MainWindow, qtbot: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    told = collect_warnings(monkeypatch)
    fake = tmp_path / "logo.png"
    fake.write_text("these are not the bytes of a picture", encoding="utf-8")
    real = tmp_path / "real-logo.png"
    image = QImage(200, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(real))
    picked = [str(fake), str(real)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (picked.pop(0), ""))

    def act(dialog: PreferencesDialog) -> None:
        dialog.tabs.setCurrentIndex(1)
        assert not dialog.logo.clear_button.isEnabled()
        qtbot.mouseClick(dialog.logo.choose_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert told and str(fake) in told[0]  # refused, naming the file
        assert dialog.logo.preview.pixmap().isNull()
        qtbot.mouseClick(dialog.logo.choose_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert not dialog.logo.preview.pixmap().isNull()
        assert dialog.logo.path_label.text() == "real-logo.png"
        assert dialog.logo.preview.pixmap().width() <= 160
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
        assert load_settings()[0].company_logo == str(real.resolve())
        qtbot.mouseClick(dialog.logo.clear_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert dialog.logo.preview.pixmap().isNull() and dialog.logo.path_label.text() == "No logo"
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    preferences(window, monkeypatch, act)
    assert len(told) == 1
    assert load_settings()[0].company_logo == ""


def test_backups_off_disables_how_many_to_keep(
    window: MainWindow, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    def act(dialog: PreferencesDialog) -> None:
        dialog.tabs.setCurrentIndex(3)
        assert dialog.backups_check.isChecked() and dialog.keep_spin.isEnabled()
        assert (dialog.keep_spin.minimum(), dialog.keep_spin.maximum()) == (1, 100)
        qtbot.keyClick(dialog.backups_check, Qt.Key.Key_Space)  # type: ignore[attr-defined]
        assert not dialog.keep_spin.isEnabled()
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    preferences(window, monkeypatch, act)
    assert load_settings()[0].backups is False


def test_the_language_is_stored_and_said_to_apply_at_the_next_start(
    window: MainWindow, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    def act(dialog: PreferencesDialog) -> None:
        assert dialog.language_note.isHidden()  # the language in use: nothing to say
        choose(dialog.language_combo, "zh_CN")
        assert dialog.language_note.isVisible()
        assert "next time it starts" in dialog.language_note.text()
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    preferences(window, monkeypatch, act)
    assert load_settings()[0].language == "zh_CN"
    assert "next time JD Editor starts" in window.statusBar().currentMessage()
    assert chosen_language() == "zh_CN"  # what the next start reads


def test_the_app_starts_in_the_language_of_the_settings(qapp: QApplication) -> None:
    set_setting("language", "zh_CN")
    translators = install_translations(qapp)
    try:
        assert QApplication.translate("WindowMenus", "&File") == "文件(&F)"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_language_chosen_in_an_earlier_version_is_carried_over_once(qapp: object) -> None:
    QSettings().setValue(LANGUAGE_SETTING, "zh_CN")
    assert chosen_language() == "zh_CN"
    assert load_settings()[0].language == "zh_CN"
    assert not QSettings().contains(LANGUAGE_SETTING)
    set_setting("language", "")  # then the user goes back to the system's
    assert chosen_language() == ""


def test_the_command_line_and_the_dialog_share_the_values(
    window: MainWindow, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("settings", "set", "contact_email", "jobs@example.com").returncode == 0
    assert run("settings", "set", "backups_keep", "12").returncode == 0

    def act(dialog: PreferencesDialog) -> None:
        assert dialog.email_edit.text() == "jobs@example.com"
        assert dialog.keep_spin.value() == 12
        replace_text(qtbot, dialog.company_edit, "Star Tech")
        choose(dialog.template_en_combo, "jd-en")
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    preferences(window, monkeypatch, act)
    shown = run("settings").stdout
    assert "company_name = Star Tech" in shown and "template_en = jd-en" in shown
    assert "contact_email = jobs@example.com" in shown and "backups_keep = 12" in shown


def test_values_the_dialog_does_not_show_are_kept(
    window: MainWindow, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_setting("author", "HR team")

    def act(dialog: PreferencesDialog) -> None:
        type_text(qtbot, dialog.company_edit, "星辰科技")
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    preferences(window, monkeypatch, act)
    assert load_settings()[0] == Settings(company_name="星辰科技", author="HR team")


def test_the_export_dialog_starts_in_the_default_folder(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from jdeditor.gui.export_dialog import ExportDialog

    folder = tmp_path / "exports"
    folder.mkdir()
    set_setting("export_folder", str(folder))
    dialog = ExportDialog(None, 0, window.library.templates(), window)
    try:
        target = Path(dialog.target_edit.text())
        assert folder in (target, target.parent)
    finally:
        dialog.deleteLater()


def test_a_default_template_since_removed_is_shown_as_not_found(
    window: MainWindow, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('{"template_en": "gone-template"}', encoding="utf-8")

    def act(dialog: PreferencesDialog) -> None:
        combo = dialog.template_en_combo
        assert combo.currentText() == "gone-template (not found)"
        choose(combo, "")  # back to the bundled default
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    preferences(window, monkeypatch, act)
    assert load_settings()[0].template_en == ""
