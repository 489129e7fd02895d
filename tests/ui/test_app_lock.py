"""The app lock: idle time from an injected clock, the lock screen over everything,
hidden dialogs, count-only notifications, and unlocking online or offline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from tests.support.hub_server import RunningHub
from tests.ui.conftest import RunAsync, wait_until
from workstation.domain.notifications import PrivacyLevel, Situation, effective_privacy
from workstation.domain.unlock import META_KEY, UnlockResult, make_verifier
from workstation.store.cache import CaseCache
from workstation.store.database import open_cache
from workstation.store.worker import DbWorker
from workstation.sync.client import HubClient
from workstation.sync.session import Session, login
from workstation.sync.unlock import UnlockChecker
from workstation.ui.lock.controller import AppLock
from workstation.ui.lock.idle import IdleMonitor
from workstation.ui.tasks import TaskSet

SECRET = "Sehr geheime Kundendaten"


class ManualTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def central_of(window: QMainWindow) -> QWidget:
    central = window.centralWidget()
    assert central is not None
    return central


def make_lock(
    qtbot: QtBot, clock: ManualTime, check: Callable[[str], object]
) -> tuple[QMainWindow, AppLock, TaskSet]:
    window = QMainWindow()
    window.setCentralWidget(QLabel(SECRET))
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    tasks = TaskSet()
    idle = IdleMonitor(600, clock=clock, check_interval_ms=20)

    async def checked(password: str) -> UnlockResult:
        result = check(password)
        assert isinstance(result, UnlockResult)
        return result

    lock = AppLock(window, user_name="Petra", check_password=checked, idle=idle, tasks=tasks)
    lock.start()
    return window, lock, tasks


def test_idle_time_locks_and_input_resets_it(qtbot: QtBot, run_async: RunAsync[None]) -> None:
    clock = ManualTime()
    window, lock, tasks = make_lock(qtbot, clock, lambda _p: UnlockResult.ACCEPTED)
    clock.now += 599
    qtbot.wait(60)
    assert not lock.locked
    qtbot.mouseMove(window.centralWidget())
    qtbot.keyClick(window, Qt.Key.Key_Shift)
    clock.now += 599  # 599 s after the last input: still unlocked
    qtbot.wait(60)
    assert not lock.locked
    clock.now += 2
    qtbot.waitUntil(lambda: lock.locked)
    assert lock.screen.isVisible() and lock.screen.geometry() == window.rect()
    assert not central_of(window).isEnabled()
    lock.stop()
    run_async(tasks.close())


def test_the_lock_hides_dialogs_and_unlocks_only_with_the_password(
    qtbot: QtBot, run_async: RunAsync[None]
) -> None:
    clock = ManualTime()
    window, lock, tasks = make_lock(
        qtbot,
        clock,
        lambda p: UnlockResult.ACCEPTED if p == "richtig" else UnlockResult.WRONG_PASSWORD,
    )
    dialog = QDialog(window)
    dialog.setWindowTitle(SECRET)
    dialog.show()
    qtbot.waitExposed(dialog)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: lock.locked)
    assert not dialog.isVisible()
    # Only the lock screen shows: whatever lies under any point of the content is it.
    central = central_of(window)
    for point in (central.geometry().center(), central.geometry().topLeft()):
        found = window.childAt(point)
        assert found is not None
        assert found is lock.screen or lock.screen.isAncestorOf(found), point
    assert lock.screen.password.hasFocus()

    later = QDialog(window)
    later.setWindowTitle(SECRET)
    later.show()  # opened by the app while it is locked
    qtbot.waitUntil(lambda: not later.isVisible())

    async def unlock_attempts() -> None:
        qtbot.keyClicks(lock.screen.password, "falsch")
        qtbot.keyClick(lock.screen.password, Qt.Key.Key_Return)
        await wait_until(lambda: lock.screen.problem.isVisible())
        assert lock.locked and "not your password" in lock.screen.problem.text()

        qtbot.keyClicks(lock.screen.password, "richtig")
        qtbot.keyClick(lock.screen.password, Qt.Key.Key_Return)
        await wait_until(lambda: not lock.locked)
        await tasks.close()

    run_async(unlock_attempts())
    assert dialog.isVisible() and later.isVisible() and central_of(window).isEnabled()
    assert not lock.screen.isVisible() and lock.screen.password.text() == ""
    lock.stop()


def test_notifications_drop_to_a_count_while_locked() -> None:
    from datetime import UTC, datetime

    from workstation.domain.notifications import NotificationPreferences

    preferences = NotificationPreferences(privacy=PrivacyLevel.FULL)
    now = datetime.now(UTC)
    assert effective_privacy(preferences, Situation(now, True, locked=False)) is PrivacyLevel.FULL
    assert effective_privacy(preferences, Situation(now, True, locked=True)) is PrivacyLevel.COUNT


def test_the_password_is_checked_by_the_hub_online_and_by_the_verifier_offline(
    hub_server: RunningHub, tmp_path: Path, run_async: RunAsync[object]
) -> None:
    worker = DbWorker()
    engine = open_cache(tmp_path / "cache.db", bytes(32))
    cache = CaseCache(engine)

    async def scenario() -> None:
        client = HubClient(hub_server.url)
        session = await login(client, "petra", "demo")
        current: list[Session | None] = [session]
        checker = UnlockChecker(lambda: current[0], cache, worker)
        assert await checker.check("falsch") is UnlockResult.WRONG_PASSWORD
        assert await worker.run(cache.get_meta, META_KEY) is None
        assert await checker.check("demo") is UnlockResult.ACCEPTED
        stored = await worker.run(cache.get_meta, META_KEY)
        assert stored is not None and "demo" not in stored
        await client.aclose()

        # Offline: the hub cannot be reached; the verifier decides.
        offline = HubClient("http://127.0.0.1:9")
        current[0] = Session(offline, session.tokens)
        assert await checker.check("demo") is UnlockResult.ACCEPTED
        assert await checker.check("falsch") is UnlockResult.WRONG_PASSWORD
        await worker.run(cache.set_meta, META_KEY, make_verifier("anders"))
        assert await checker.check("demo") is UnlockResult.WRONG_PASSWORD
        await offline.aclose()

    try:
        run_async(scenario())
    finally:
        worker.close()
        engine.dispose()
    assert QApplication.instance() is not None
