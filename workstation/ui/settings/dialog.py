"""The settings dialog, built from the option declarations on `Settings`.

Edits stay in the dialog until OK or Apply, so Cancel leaves everything as it was. Every
control is reachable by Tab (pages by Ctrl+Tab), and a language change applied here shows at
once: the dialog retranslates itself on QEvent.LanguageChange.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.ui.settings.editors import OptionEditor, editor_for
from workstation.ui.settings.options import SettingsPage, page_title
from workstation.ui.settings.settings import Settings
from workstation.ui.theme import Spacing


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self._settings = settings
        self._editors: list[OptionEditor] = []
        self._option_labels: list[tuple[QLabel, OptionEditor]] = []
        self._description_labels: list[tuple[QLabel, OptionEditor]] = []
        self._pages: list[SettingsPage] = []

        self._tabs = QTabWidget()
        self._tabs.setObjectName("settings_pages")
        self._tray_notice = QLabel()
        self._tray_notice.setObjectName("tray_unavailable_notice")
        self._tray_notice.setWordWrap(True)
        self._tray_notice.setVisible(False)
        for page in SettingsPage:
            self._tabs.addTab(self._build_page(page), "")
            self._pages.append(page)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._apply_button.clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(Spacing.LARGE, Spacing.LARGE, Spacing.LARGE, Spacing.LARGE)
        layout.setSpacing(Spacing.MEDIUM)
        layout.addWidget(self._tabs)
        layout.addWidget(self._buttons)

        self.load()
        self._retranslate()

    @property
    def _apply_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Apply)

    def editor(self, option_name: str) -> OptionEditor:
        """The editor of the option declared as `Settings.<option_name>`."""
        for editor in self._editors:
            if editor.option.name == option_name:
                return editor
        raise KeyError(option_name)

    def set_tray_available(self, available: bool) -> None:
        """Without a system tray, closing the window has to quit, so the tray option is
        disabled and the notice says why."""
        self._tray_notice.setVisible(not available)
        self.editor(Settings.close_to_tray.name).widget.setEnabled(available)

    def load(self) -> None:
        """Shows the stored values, discarding unapplied edits."""
        for editor in self._editors:
            editor.set_value(self._settings.read(editor.option))
        self._update_apply_button()

    def pending_changes(self) -> bool:
        return any(editor.value() != self._settings.read(editor.option) for editor in self._editors)

    def apply(self) -> None:
        for editor in self._editors:
            self._settings.write(editor.option, editor.value())
        self._update_apply_button()

    def accept(self) -> None:
        self.apply()
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _build_page(self, page: SettingsPage) -> QWidget:
        container = QWidget()
        container.setObjectName(f"settings_page_{page.value}")
        layout = QVBoxLayout(container)
        layout.setContentsMargins(Spacing.MEDIUM, Spacing.MEDIUM, Spacing.MEDIUM, Spacing.MEDIUM)
        layout.setSpacing(Spacing.MEDIUM)
        if page is SettingsPage.GENERAL:
            layout.addWidget(self._tray_notice)
        form = QFormLayout()
        form.setHorizontalSpacing(Spacing.MEDIUM)
        form.setVerticalSpacing(Spacing.SMALL)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for option in Settings.options_on(page):
            self._add_option_row(form, editor_for(option, self._update_apply_button))
        layout.addLayout(form)
        layout.addStretch(1)
        return container

    def _add_option_row(self, form: QFormLayout, editor: OptionEditor) -> None:
        self._editors.append(editor)
        if editor.carries_title:
            form.addRow(editor.widget)
        else:
            label = QLabel()
            label.setBuddy(editor.widget)
            self._option_labels.append((label, editor))
            form.addRow(label, editor.widget)
        if editor.option.description_source is not None:
            description = QLabel()
            description.setWordWrap(True)
            description.setTextFormat(Qt.TextFormat.PlainText)
            description.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self._description_labels.append((description, editor))
            form.addRow(description)

    def _update_apply_button(self) -> None:
        self._apply_button.setEnabled(self.pending_changes())

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._tray_notice.setText(
            self.tr(
                "The system tray is unavailable on this desktop, so closing the window "
                "quits Expert Workstation."
            )
        )
        for index, page in enumerate(self._pages):
            self._tabs.setTabText(index, page_title(page))
        for editor in self._editors:
            editor.retranslate()
        for label, editor in self._option_labels:
            label.setText(self._label_text(editor))
        for description, editor in self._description_labels:
            description.setText(editor.option.description or "")

    def _label_text(self, editor: OptionEditor) -> str:
        # A format, not a bare colon, because some languages space or place it differently.
        return self.tr("%1:").replace("%1", editor.option.title)
