"""The app remembers the keyring backend keyring's detection chose, and loads it directly
at the next start (detection costs every start 0.04 s)."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QSettings

from tests.ui.process_keyring import ProcessKeyring
from workstation.ui.app import KEYRING_BACKEND_KEY, secret_store


def test_the_detected_backend_is_remembered_and_then_loaded_directly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    detections: list[ProcessKeyring] = []

    def detect() -> ProcessKeyring:
        detections.append(ProcessKeyring())
        return detections[-1]

    monkeypatch.setattr(keyring, "get_keyring", detect)

    first = secret_store(settings)
    assert len(detections) == 1
    assert settings.value(KEYRING_BACKEND_KEY) == "tests.ui.process_keyring.ProcessKeyring"
    first.check_available()

    second = secret_store(settings)
    assert len(detections) == 1
    assert second.backend_name == "tests.ui.process_keyring.ProcessKeyring"


def test_nothing_is_remembered_when_the_user_chose_the_backend(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.ui.process_keyring.ProcessKeyring")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(KEYRING_BACKEND_KEY, "keyring.backends.SecretService.Keyring")
    secret_store(settings)
    assert settings.value(KEYRING_BACKEND_KEY) is None
