"""Versioned upgrades of the stored settings.

The layout version lives in QSettings under `VERSION_KEY`. Each upgrade is a function
decorated with `@upgrade(n)` that turns layout n-1 into layout n (rename a key, convert a
value), listed in `UPGRADE_STEPS`. On start-up `run_upgrades` applies every step above the
stored version in ascending order and records the version after each one, so an interrupted
upgrade resumes at the step that did not finish.

Version 1 is the first released layout: the keys declared in `settings.py`. When a release
renames a key or changes what a value means, add a step here rather than reading both forms.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

VERSION_KEY = "meta/settings_version"
BASELINE_VERSION = 1


@dataclass(frozen=True, slots=True)
class UpgradeStep:
    version: int
    apply: Callable[[QSettings], None]

    @property
    def name(self) -> str:
        return getattr(self.apply, "__name__", repr(self.apply))


def upgrade(version: int) -> Callable[[Callable[[QSettings], None]], UpgradeStep]:
    """Marks a function as the upgrade that produces settings layout `version`."""
    if version <= BASELINE_VERSION:
        raise ValueError(f"upgrade versions start above the baseline {BASELINE_VERSION}")

    def wrap(apply: Callable[[QSettings], None]) -> UpgradeStep:
        return UpgradeStep(version, apply)

    return wrap


UPGRADE_STEPS: tuple[UpgradeStep, ...] = ()


class SettingsFromNewerVersion(RuntimeError):
    """The stored settings were written by a newer release than this one."""


def target_version(steps: Sequence[UpgradeStep]) -> int:
    return max((step.version for step in steps), default=BASELINE_VERSION)


def stored_version(store: QSettings) -> int | None:
    raw = store.value(VERSION_KEY)
    if raw is None:
        return None
    try:
        return int(str(raw))
    except ValueError:
        log.warning("settings version %r is not a number; treating it as the baseline", raw)
        return BASELINE_VERSION


def run_upgrades(store: QSettings, steps: Sequence[UpgradeStep] = UPGRADE_STEPS) -> int:
    """Brings `store` to the newest layout and returns that version.

    An empty store is a fresh installation and only gets the current version stamped. A
    store with keys but no version predates versioning and is treated as the baseline.
    Settings from a newer release are left untouched (a downgrade must not destroy them);
    the caller is told through `SettingsFromNewerVersion` (`Settings` logs it and goes on).
    """
    _check_steps(steps)
    target = target_version(steps)
    current = stored_version(store)
    if current is None:
        if not store.allKeys():
            store.setValue(VERSION_KEY, target)
            store.sync()
            return target
        current = BASELINE_VERSION
    if current > target:
        raise SettingsFromNewerVersion(
            f"settings layout {current} is newer than this release's {target}"
        )
    for step in steps:
        if step.version <= current:
            continue
        log.info("upgrading settings to layout %d (%s)", step.version, step.name)
        step.apply(store)
        store.setValue(VERSION_KEY, step.version)
        store.sync()
        current = step.version
    if stored_version(store) != current:
        store.setValue(VERSION_KEY, current)
        store.sync()
    return current


def _check_steps(steps: Sequence[UpgradeStep]) -> None:
    versions = [step.version for step in steps]
    if versions != sorted(set(versions)):
        raise ValueError(f"upgrade steps must have strictly ascending versions: {versions}")
