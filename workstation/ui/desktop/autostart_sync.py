"""Keeps the operating system's autostart entry in line with the `autostart` setting."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from workstation.platform.autostart import Autostart
from workstation.ui.settings.settings import Settings

log = logging.getLogger(__name__)


class AutostartSync(QObject):
    """`reconcile()` at start-up rewrites the entry when the setting is on (so it points at
    the current installation after an update moved it) and removes it when the setting is
    off; later changes of the setting apply at once. `failed` carries a translated message
    when the entry cannot be written, for the caller to show."""

    failed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        autostart: Autostart,
        command: Sequence[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._autostart = autostart
        self._command = list(command)
        settings.changed.connect(self._on_setting_changed)

    def reconcile(self) -> None:
        try:
            if self._settings.autostart:
                self._autostart.enable(self._command)
            elif self._autostart.is_enabled():
                self._autostart.disable()
        except OSError as error:
            log.warning("autostart entry could not be updated: %s", error)
            self.failed.emit(
                self.tr("The start at login could not be set up: %1").replace(
                    "%1", error.strerror or str(error)
                )
            )

    def _on_setting_changed(self, key: str) -> None:
        if key == Settings.autostart.key:
            self.reconcile()
