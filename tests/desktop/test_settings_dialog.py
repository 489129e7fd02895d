"""The settings dialog: generated from the declarations, round-trips values, Cancel discards,
keyboard-complete, and retranslates live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from workstation.ui.i18n import Translations
from workstation.ui.settings.choices import ColorSchemeChoice, NotificationPrivacy, UiLanguage
from workstation.ui.settings.dialog import SettingsDialog
from workstation.ui.settings.settings import Settings


def open_dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def button(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> QWidget:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(which)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def combo(dialog: SettingsDialog, name: str) -> QComboBox:
    widget = dialog.editor(name).widget
    assert isinstance(widget, QComboBox)
    return widget


def check_box(dialog: SettingsDialog, name: str) -> QCheckBox:
    widget = dialog.editor(name).widget
    assert isinstance(widget, QCheckBox)
    return widget


def spin_box(dialog: SettingsDialog, name: str) -> QSpinBox:
    widget = dialog.editor(name).widget
    assert isinstance(widget, QSpinBox)
    return widget


def choose(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def test_every_declared_option_has_an_editor(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    for option in Settings.options():
        assert dialog.editor(option.name).widget.accessibleName() == option.title


def test_ok_stores_the_edits_and_a_new_dialog_shows_them(
    qtbot: QtBot, settings: Settings, settings_path: Path
) -> None:
    dialog = open_dialog(qtbot, settings)
    choose(combo(dialog, "ui_language"), "de")
    choose(combo(dialog, "color_scheme"), "dark")
    choose(combo(dialog, "notification_privacy"), "full")
    check_box(dialog, "close_to_tray").setChecked(False)
    check_box(dialog, "autostart").setChecked(True)
    check_box(dialog, "notification_sound").setChecked(True)
    spin_box(dialog, "idle_minutes").setValue(15)

    click(qtbot, button(dialog, QDialogButtonBox.StandardButton.Ok))

    assert not dialog.isVisible()
    stored = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    assert stored.ui_language is UiLanguage.GERMAN
    assert stored.color_scheme is ColorSchemeChoice.DARK
    assert stored.notification_privacy is NotificationPrivacy.FULL
    assert stored.close_to_tray is False
    assert stored.autostart is True
    assert stored.notification_sound is True
    assert stored.idle_minutes == 15

    again = open_dialog(qtbot, stored)
    assert combo(again, "color_scheme").currentData() == "dark"
    assert check_box(again, "autostart").isChecked()
    assert spin_box(again, "idle_minutes").value() == 15


def test_cancel_discards_the_edits(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    spin_box(dialog, "idle_minutes").setValue(42)
    check_box(dialog, "working_time_warnings").setChecked(True)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert settings.idle_minutes == 5
    assert settings.working_time_warnings is False


def test_apply_is_enabled_only_with_pending_changes(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    apply = button(dialog, QDialogButtonBox.StandardButton.Apply)
    assert not apply.isEnabled()

    check_box(dialog, "notification_sound").setChecked(True)
    assert apply.isEnabled()
    check_box(dialog, "notification_sound").setChecked(False)
    assert not apply.isEnabled()

    check_box(dialog, "notification_sound").setChecked(True)
    changes: list[str] = []
    settings.changed.connect(changes.append)
    click(qtbot, apply)

    assert dialog.isVisible()
    assert changes == ["notifications/sound"]
    assert settings.notification_sound is True
    assert not apply.isEnabled()


def test_missing_tray_is_explained_and_its_option_disabled(
    qtbot: QtBot, settings: Settings
) -> None:
    dialog = open_dialog(qtbot, settings)
    notice = dialog.findChild(QWidget, "tray_unavailable_notice")
    assert notice is not None
    assert not notice.isVisible()

    dialog.set_tray_available(False)

    assert notice.isVisible()
    assert "system tray" in notice.text()  # type: ignore[attr-defined]
    assert not check_box(dialog, "close_to_tray").isEnabled()

    dialog.set_tray_available(True)
    assert not notice.isVisible()
    assert check_box(dialog, "close_to_tray").isEnabled()


def focus_walk(qtbot: QtBot, dialog: SettingsDialog, start: QWidget) -> list[QWidget]:
    """Presses Tab from `start` until focus comes back round; returns the widgets visited."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    visited: list[QWidget] = [start]
    for _ in range(50):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        assert current is not None
        if current is start:
            return visited
        visited.append(current)
    raise AssertionError("Tab never came back to where it started")


def test_tab_reaches_every_control_on_every_page(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    tab_bar = tabs.tabBar()
    ok = button(dialog, QDialogButtonBox.StandardButton.Ok)
    cancel = button(dialog, QDialogButtonBox.StandardButton.Cancel)

    for page in range(tabs.count()):
        if page > 0:
            qtbot.keyClick(tab_bar, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentIndex() == page
        visited = focus_walk(qtbot, dialog, tab_bar)
        page_widget = tabs.widget(page)
        assert page_widget is not None
        editors = [
            editor.widget
            for editor in (dialog.editor(option.name) for option in Settings.options())
            if page_widget.isAncestorOf(editor.widget)
        ]
        assert editors
        for widget in [*editors, ok, cancel]:
            assert widget in visited, widget.objectName() or widget
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_switching_the_language_retranslates_the_open_dialog(
    qtbot: QtBot, settings: Settings, translations: Translations
) -> None:
    translations.follow(settings)
    dialog = open_dialog(qtbot, settings)
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    assert dialog.windowTitle() == "Settings"

    choose(combo(dialog, "ui_language"), "de")
    click(qtbot, button(dialog, QDialogButtonBox.StandardButton.Apply))

    qtbot.waitUntil(lambda: dialog.windowTitle() == "Einstellungen")
    assert tabs.tabText(0) == "Allgemein"
    assert check_box(dialog, "autostart").text() == "Bei der Anmeldung automatisch starten"
    assert combo(dialog, "color_scheme").itemText(2) == "Dunkel"
    assert combo(dialog, "ui_language").currentText() == "Deutsch"
    assert spin_box(dialog, "idle_minutes").suffix() == " Min."
    cancel = button(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Abbrechen"  # type: ignore[attr-defined]

    choose(combo(dialog, "ui_language"), "en")
    click(qtbot, button(dialog, QDialogButtonBox.StandardButton.Apply))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings")
    assert tabs.tabText(0) == "General"
