"""Versioned settings upgrades: run in order, once, resumable, never destroying newer data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from workstation.ui.settings.choices import UiLanguage
from workstation.ui.settings.settings import Settings
from workstation.ui.settings.upgrade import (
    BASELINE_VERSION,
    UPGRADE_STEPS,
    VERSION_KEY,
    SettingsFromNewerVersion,
    UpgradeStep,
    run_upgrades,
    stored_version,
    target_version,
    upgrade,
)


def ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def make_steps(log: list[int]) -> tuple[UpgradeStep, ...]:
    @upgrade(2)
    def rename_language_key(store: QSettings) -> None:
        log.append(2)
        if store.contains("language"):
            store.setValue("ui/language", store.value("language"))
            store.remove("language")

    @upgrade(3)
    def idle_seconds_to_minutes(store: QSettings) -> None:
        log.append(3)
        if store.contains("working_time/idle_seconds"):
            seconds = int(str(store.value("working_time/idle_seconds")))
            store.setValue("working_time/idle_minutes", max(1, seconds // 60))
            store.remove("working_time/idle_seconds")

    return (rename_language_key, idle_seconds_to_minutes)


def test_a_fresh_store_is_stamped_without_running_steps(tmp_path: Path) -> None:
    log: list[int] = []
    store = ini(tmp_path / "s.ini")
    assert run_upgrades(store, make_steps(log)) == 3
    assert log == []
    assert stored_version(ini(tmp_path / "s.ini")) == 3


def test_unversioned_settings_run_every_step_in_order(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "s.ini"
    old = ini(path)
    old.setValue("language", "de")
    old.setValue("working_time/idle_seconds", 600)
    old.sync()
    log: list[int] = []

    settings = Settings(ini(path), upgrade_steps=make_steps(log))

    assert log == [2, 3]
    assert settings.layout_version == 3
    assert settings.ui_language is UiLanguage.GERMAN
    assert settings.idle_minutes == 10
    assert not ini(path).contains("language")


def test_only_steps_above_the_stored_version_run(tmp_path: Path) -> None:
    store = ini(tmp_path / "s.ini")
    store.setValue(VERSION_KEY, 2)
    store.setValue("working_time/idle_seconds", 120)
    log: list[int] = []
    assert run_upgrades(store, make_steps(log)) == 3
    assert log == [3]
    assert run_upgrades(store, make_steps(log)) == 3
    assert log == [3]


def test_an_interrupted_upgrade_resumes_at_the_failed_step(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    store = ini(path)
    store.setValue("language", "en")
    store.sync()
    attempts: list[int] = []

    @upgrade(2)
    def first(store: QSettings) -> None:
        attempts.append(2)

    @upgrade(3)
    def flaky(store: QSettings) -> None:
        attempts.append(3)
        if attempts.count(3) == 1:
            raise OSError("disk full")

    with pytest.raises(OSError):
        run_upgrades(store, (first, flaky))
    assert stored_version(ini(path)) == 2

    assert run_upgrades(ini(path), (first, flaky)) == 3
    assert attempts == [2, 3, 3]


def test_settings_from_a_newer_release_are_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    store = ini(path)
    store.setValue(VERSION_KEY, 9)
    store.setValue("future/key", "kept")
    store.sync()
    with pytest.raises(SettingsFromNewerVersion):
        run_upgrades(store, make_steps([]))
    reread = ini(path)
    assert stored_version(reread) == 9
    assert reread.value("future/key") == "kept"


def test_a_downgraded_app_still_starts_with_the_newer_settings(
    tmp_path: Path, qapp: object
) -> None:
    path = tmp_path / "s.ini"
    store = ini(path)
    store.setValue(VERSION_KEY, 9)
    store.setValue("ui/language", "de")
    store.setValue("future/key", "kept")
    store.sync()

    settings = Settings(ini(path), upgrade_steps=make_steps([]))

    assert settings.layout_version == 9
    assert settings.ui_language is UiLanguage.GERMAN
    assert ini(path).value("future/key") == "kept"


def test_steps_must_be_strictly_ascending(tmp_path: Path) -> None:
    two, three = make_steps([])
    with pytest.raises(ValueError):
        run_upgrades(ini(tmp_path / "s.ini"), (three, two))
    with pytest.raises(ValueError):
        run_upgrades(ini(tmp_path / "s.ini"), (two, two))


def test_upgrades_start_above_the_baseline() -> None:
    with pytest.raises(ValueError):
        upgrade(BASELINE_VERSION)


def test_the_shipped_steps_are_consistent(tmp_path: Path) -> None:
    assert run_upgrades(ini(tmp_path / "s.ini")) == target_version(UPGRADE_STEPS)
