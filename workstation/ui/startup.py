"""The app from start to quit: keyring, session, cache, main window, sync, shutdown.

Start-up: check the keyring; resume the stored session silently, or ask for a login; open
the account's encrypted cache (in memory when there is no usable keyring); show the main
window and sync. Every way of quitting ends in `_shut_down`, which cancels and awaits all
tasks and closes the database worker and the one HTTP client, so nothing is left pending.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QSystemTrayIcon

from workstation.domain.models import ExpertIdentity
from workstation.domain.unlock import verifier_maker
from workstation.store.cache import CaseCache
from workstation.store.cache_file import CacheOpenError
from workstation.store.cache_reader import CacheReader
from workstation.store.deferred_engine import create_now
from workstation.store.drafts import DraftStore
from workstation.store.outbox import OutboxStore
from workstation.store.paths import account_dir, data_root
from workstation.store.secrets import (
    KeyringUnavailable,
    SecretStore,
    account_name,
)
from workstation.store.worker import DbWorker
from workstation.sync.client import (
    AccessWithdrawn,
    HubClient,
    HubError,
    HubUnreachable,
    ProtocolError,
    ServerError,
    SessionExpired,
    Tokens,
    TotpEnrolment,
)
from workstation.sync.engine import EXPERT_ID_KEY, EXPERT_NAME_KEY, SyncEngine
from workstation.sync.outbox import Outbox
from workstation.sync.outbox_sender import OutboxSender
from workstation.sync.session import Session, resume
from workstation.ui.async_dialog import run_dialog
from workstation.ui.blocking_calls import BlockingCalls
from workstation.ui.cache_opening import (
    CACHE_FILE_NAME,
    OpenedCache,
    open_file_cache,
    open_memory_cache,
)
from workstation.ui.case_details import CaseDetails, read_case_details
from workstation.ui.case_work import CaseWork
from workstation.ui.desktop.single_instance import bring_to_front
from workstation.ui.device_keys import DeviceKeys
from workstation.ui.error_reporting import describe_without_message
from workstation.ui.hub_address import HubAddressError, normalize_hub_url
from workstation.ui.icons import IconLibrary
from workstation.ui.inbox_model import InboxModel
from workstation.ui.last_account import Account, load_last_account, save_last_account
from workstation.ui.launch_options import LaunchOptions
from workstation.ui.outbox.controller import OutboxController
from workstation.ui.remote_wipe import RemoteWipe, tell_wiped
from workstation.ui.session_secrets import SessionSecrets
from workstation.ui.settings.settings import Settings
from workstation.ui.start_dialogs import CacheChoice, ask_about_cache_problem, tell_start_up_failed
from workstation.ui.sync_controller import DEFAULT_INTERVAL_SECONDS, SyncController
from workstation.ui.tasks import TaskSet

if TYPE_CHECKING:
    from sqlalchemy import Engine

    # Imported where they are first used, after the module is loaded: the main window,
    # its panes, the feature spaces and the notification machinery are most of the
    # start-up imports, and none of them is needed before the first paint.
    from workstation.ui.account.totp_enrolment import TotpEnrolmentDialog
    from workstation.ui.data_protection import DataProtection
    from workstation.ui.earnings.install import EarningsSpaces
    from workstation.ui.login_dialog import LoginDialog, SecondFactor
    from workstation.ui.main_window import MainWindow
    from workstation.ui.realtime import BackendConnector, Realtime
    from workstation.ui.tracking.wiring import Tracking, TrackingEnvironment

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

# A wipe report the hub does not take in this time is kept and sent on the next start.
_WIPE_REPORT_SECONDS = 10.0
_FIRST_PAINT_WAIT_S = 1.0

HubClientFactory = Callable[[str], HubClient]


def memory_only_notice() -> str:
    return translate(
        "Workstation",
        "No usable keyring: your session and the case cache are kept in memory only and "
        "are lost when you quit.",
    )


@dataclass(frozen=True, slots=True)
class _Login:
    account: Account
    tokens: Tokens


class Workstation:
    def __init__(
        self,
        options: LaunchOptions,
        *,
        icons: IconLibrary,
        secrets: SecretStore,
        settings: Settings,
        client_factory: HubClientFactory = HubClient,
        sync_interval_seconds: float = DEFAULT_INTERVAL_SECONDS,
        clock: Callable[[], float] = time.time,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        connect_notifications: BackendConnector | None = None,
        tracking: TrackingEnvironment | None = None,
    ) -> None:
        self._options = options
        self._icons = icons
        self._secrets = secrets
        self._settings = settings
        self._desktop_problems: list[str] = []
        self._client_factory = client_factory
        self._sync_interval = sync_interval_seconds
        self._clock = clock
        self._tasks = TaskSet()
        self._keyring_calls = BlockingCalls("keyring")
        self._session_secrets = SessionSecrets(secrets, self._keyring_calls)
        self._quit_requested = asyncio.Event()
        self._exit_code = 0
        self._keyring_usable = False
        self._client: HubClient | None = None
        self._worker: DbWorker | None = None
        self._engines: list[Engine] = []
        self._store_cache: CaseCache | None = None
        # The inbox's reads on the GUI thread, over the same cache as `_store_cache`.
        self._cache_reader: CacheReader | None = None
        self._cache_account: Account | None = None
        self._account: Account | None = None
        self._device_keys = DeviceKeys(secrets, self._keyring_calls, lambda: self._keyring_usable)
        # Set when the hub answers that this device is revoked or the expert offboarded:
        # the app then quits and wipes the account's data once the cache is closed.
        self._withdrawn: tuple[Account, AccessWithdrawn] | None = None
        self._remote_wipe: RemoteWipe | None = None
        # The widgets are public so that tests and a future tray icon can reach them.
        self.login_dialog: LoginDialog | None = None
        self.enrolment_dialog: TotpEnrolmentDialog | None = None
        self.enrolment_action: QAction | None = None
        self.main_window: MainWindow | None = None
        self.sync: SyncController | None = None
        self.earnings: EarningsSpaces | None = None
        self.outbox: OutboxController | None = None
        # Audit log, retention purge, app lock and attachments; started with the window.
        self.data_protection: DataProtection | None = None
        self._fresh_unlock_verifier: str | None = None
        self._logging_in_again = False
        # The main window from its first paint on; `main_window` once all of it runs.
        self._opening_window: MainWindow | None = None
        self._outbox_store: OutboxStore | None = None
        # The event stream, tray icon and notifications; made after the first paint.
        self._realtime: Realtime | None = None
        self._tray_available = tray_available
        self._connect_notifications = connect_notifications
        # The time tracker; started with the main window.
        self._tracking_environment = tracking
        self.tracking: Tracking | None = None

    @property
    def realtime(self) -> Realtime:
        """The event stream, tray icon and notifications. Made (and their modules, with
        httpx, imported) when first needed: after the main window's first paint."""
        if self._realtime is None:
            from workstation.ui.notifications.selection import connect_backend
            from workstation.ui.realtime import Realtime

            self._realtime = Realtime(
                icons=self._icons,
                settings=self._settings,
                tasks=self._tasks,
                tray_available=self._tray_available,
                connect_notifications=self._connect_notifications or connect_backend,
            )
        return self._realtime

    # QuittableApp --------------------------------------------------------------------------

    def request_quit(self) -> None:
        self._quit_requested.set()

    @property
    def quit_requested(self) -> bool:
        return self._quit_requested.is_set()

    async def run(self) -> int:
        self._tasks.spawn(self._start(), name="start-up")
        try:
            await self._quit_requested.wait()
        finally:
            await self._shut_down()
        return self._exit_code

    # Desktop -------------------------------------------------------------------------------

    def bring_to_front(self) -> None:
        """Another start of the app asked for it: show whichever window is current."""
        window = self.login_dialog if self.login_dialog is not None else self.main_window
        if window is not None:
            bring_to_front(window)

    def show_desktop_problem(self, text: str) -> None:
        """A desktop integration (e.g. the start at login) failed; shown in the main
        window's status bar, or there once it opens."""
        if self.main_window is not None:
            self.main_window.show_problem_message(text)
        else:
            self._desktop_problems.append(text)

    # Start-up ------------------------------------------------------------------------------

    async def _start(self) -> None:
        try:
            await self._start_up()
        except Exception as error:
            logger.error("Start-up failed: %s", describe_without_message(error))
            self._exit_code = 1
            await tell_start_up_failed()
            self.request_quit()

    async def _start_up(self) -> None:
        root = data_root(self._options.data_dir)
        self._remote_wipe = RemoteWipe(
            root, self._secrets, self._keyring_calls, self._client_factory
        )
        self._tasks.spawn(self._remote_wipe.send_pending_report(), name="wipe-report")
        hub_url, username = self._initial_account(root)
        last_account = Account(hub_url, username) if hub_url and username else None
        self._keyring_usable, stored = await self._session_secrets.usable_with_token(last_account)

        session: Session | None = None
        offline_refresh_token: str | None = None
        if last_account is not None and stored is not None:
            if await self._start_from_cache(root, last_account, stored):
                return
            session, offline_refresh_token = await self._resume(last_account, stored)
            if session is not None or offline_refresh_token is not None:
                self._account = last_account
        if self._withdrawn is not None:
            return
        if self._account is None:
            login = await self._log_in(hub_url, username, notice="")
            if login is None:
                self.request_quit()
                return
            self._account = login.account
            session = self._new_session(login.tokens)
        if session is not None and not await self._enrol_if_required(session):
            self.request_quit()
            return

        account = self._account
        save_last_account(root, account)
        store_cache = await self._open_cache(root, account)
        if store_cache is None:
            self.request_quit()
            return

        if session is None and offline_refresh_token is not None:
            session = await self._offline_session(offline_refresh_token)
            if session is None:
                self.request_quit()
                return
        assert session is not None
        await self._show_main_window(session, store_cache)

    async def _start_from_cache(self, root: Path, account: Account, refresh_token: str) -> bool:
        """With a stored session and a cache that knows whose it is, the window opens on
        the cache at once, and the hub confirms the session afterwards: no start waits
        for the network. False when only the hub can tell who the expert is."""
        store_cache = await self._open_cache(root, account)
        if store_cache is None:
            self.request_quit()
            return True
        expert = self._cached_expert()
        if expert is None:
            return False
        self._account = account
        save_last_account(root, account)
        session = await self._stored_session(expert, refresh_token)
        await self._show_main_window(session, store_cache)
        if self.main_window is not None:
            self._tasks.spawn(self._confirm_session(account, session), name="confirm-session")
        return True

    async def _confirm_session(self, account: Account, session: Session) -> None:
        """What ``resume`` finds out before a start without a usable cache: the stored
        session still holds, has ended (log in again), or this device must wipe its data.
        The sync's own first request may find it out first; both end the same way."""
        try:
            await session.refresh()
        except AccessWithdrawn as withdrawn:
            self._withdrawal_listener(account)(withdrawn)
            return
        except SessionExpired:
            logger.info("The stored session has ended; asking for a login")
            await self._session_secrets.forget_refresh_token(account)
            self._on_session_expired()
            return
        except (HubUnreachable, ServerError):
            logger.info("The hub is out of reach; working on the cache")
            return
        except (HubError, ProtocolError) as error:
            logger.warning("Confirming the session failed: %s", type(error).__name__)
            return
        if session.tokens.second_factor != "enrolment_required":
            return
        if not await self._enrol(session, required=True):
            self.request_quit()
        elif self.sync is not None:
            # The hub refused the work asked for before the second factor was set up.
            self.sync.sync_now()

    def _initial_account(self, root: Path) -> tuple[str, str]:
        """Hub and user from the command line, completed by the account that logged in
        last when it is on the same hub."""
        hub_url, username = _normalized_or_typed(self._options.hub_url), self._options.username
        remembered = load_last_account(root)
        if remembered is not None and hub_url in ("", remembered.hub_url):
            hub_url = remembered.hub_url
            username = username or remembered.username
        return hub_url, username

    async def _resume(self, account: Account, stored: str) -> tuple[Session | None, str | None]:
        """The resumed session, or the stored refresh token when the hub is out of reach
        (the app then starts offline on its cache), or neither: log in."""
        client = await self._client_for(account.hub_url)
        try:
            session = await resume(
                client,
                stored,
                self._tokens_listener(account),
                device_key=await self._device_keys.key_for(account),
                on_withdrawn=self._withdrawal_listener(account),
            )
        except AccessWithdrawn as withdrawn:
            self._withdrawal_listener(account)(withdrawn)
            return None, None
        except SessionExpired:
            logger.info("The stored session has ended; asking for a login")
            await self._session_secrets.forget_refresh_token(account)
            return None, None
        except (HubUnreachable, ServerError):
            logger.info("The hub is out of reach; starting on the cache")
            return None, stored
        except (HubError, ProtocolError) as error:
            logger.warning("Resuming the session failed: %s", type(error).__name__)
            return None, None
        return session, None

    async def _offline_session(self, refresh_token: str) -> Session | None:
        """A session that refreshes on its first request, for a start without the hub.

        The cache remembers whose it is; without that, only a login can tell who the
        expert is, and the login dialog explains that the hub is out of reach.
        """
        assert self._account is not None
        expert = self._cached_expert()
        if expert is None:
            login = await self._log_in(
                self._account.hub_url, self._account.username, notice="", editable=False
            )
            return None if login is None else self._new_session(login.tokens)
        return await self._stored_session(expert, refresh_token)

    def _cached_expert(self) -> ExpertIdentity | None:
        """Whose cache this is, as the last sync stored it (two rows of the reader)."""
        assert self._cache_reader is not None and self._cache_account is not None
        expert_id = self._cache_reader.get_meta(EXPERT_ID_KEY)
        expert_name = self._cache_reader.get_meta(EXPERT_NAME_KEY)
        if expert_id is None or not expert_id.isdigit() or expert_name is None:
            return None
        return ExpertIdentity(
            id=int(expert_id), username=self._cache_account.username, display_name=expert_name
        )

    async def _stored_session(self, expert: ExpertIdentity, refresh_token: str) -> Session:
        """A session from the stored refresh token that makes no request yet: its first
        request refreshes (there is no access token), and reads the device key then."""
        account = self._account
        assert account is not None
        tokens = Tokens(access_token="", refresh_token=refresh_token, expires_in=1, expert=expert)
        return Session(
            await self._client_for(account.hub_url),
            tokens,
            on_tokens=self._tokens_listener(account),
            load_device_key=lambda: self._device_keys.key_for(account),
            on_withdrawn=self._withdrawal_listener(account),
        )

    async def _log_in(
        self, hub_url: str, username: str, *, notice: str, editable: bool = True
    ) -> _Login | None:
        if not self._keyring_usable and not notice:
            notice = memory_only_notice()
        result: list[_Login] = []

        async def attempt(
            url: str, user: str, password: str, second_factor: SecondFactor | None
        ) -> None:
            client = await self._client_for(url)
            account = Account(url, user)
            code = second_factor.code if second_factor else None
            recovery = (
                second_factor is not None and second_factor.kind == second_factor.kind.RECOVERY
            )
            try:
                tokens = await client.login(
                    user,
                    password,
                    device_name=platform.node() or None,
                    device=await self._device_keys.registration(account),
                    totp_code=None if recovery else code,
                    recovery_code=code if recovery else None,
                )
            except AccessWithdrawn as withdrawn:
                self._withdrawal_listener(account)(withdrawn)
                raise
            result.append(_Login(account, tokens))
            self._fresh_unlock_verifier = await asyncio.to_thread(verifier_maker(password))

        from workstation.ui.login_dialog import LoginDialog

        dialog = LoginDialog(
            attempt,
            self._tasks,
            self._icons,
            hub_url=hub_url,
            username=username,
            password=self._options.password_prefill,
            notice=notice,
            account_editable=editable,
            parent=self.main_window,
        )
        self.login_dialog = dialog
        try:
            accepted = await run_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            self.login_dialog = None
            dialog.deleteLater()
        if not accepted or not result:
            return None
        login = result[-1]
        self._tokens_listener(login.account)(login.tokens)
        return login

    def _new_session(self, tokens: Tokens) -> Session:
        assert self._client is not None and self._account is not None
        return Session(
            self._client,
            tokens,
            on_tokens=self._tokens_listener(self._account),
            device_key=self._device_keys.known(self._account),
            on_withdrawn=self._withdrawal_listener(self._account),
        )

    async def _client_for(self, hub_url: str) -> HubClient:
        """The one HTTP client, replaced only when the user points the app at another hub."""
        if self._client is not None and self._client.base_url == hub_url:
            return self._client
        previous, self._client = self._client, self._client_factory(hub_url)
        if previous is not None:
            await previous.aclose()
        return self._client

    # Secrets -------------------------------------------------------------------------------

    def _tokens_listener(self, account: Account) -> Callable[[Tokens], None]:
        def remember(tokens: Tokens) -> None:
            if self._keyring_usable and self._withdrawn is None:
                self._tasks.spawn(
                    self._session_secrets.store_refresh_token(account, tokens.refresh_token),
                    name="store-refresh-token",
                )

        return remember

    # Cache ---------------------------------------------------------------------------------

    async def _open_cache(self, root: Path, account: Account) -> CaseCache | None:
        """The account's cache, opened once: the start may open it before a login that
        then names the same account (or another, whose cache replaces it)."""
        if self._store_cache is not None:
            if self._cache_account == account:
                return self._store_cache
            previous = self._store_cache.engine
            self._store_cache.close()
            self._engines.remove(previous)
            previous.dispose()
            self._close_cache_reader()
            self._store_cache = self._cache_account = None
        opened = await self._open_account_cache(root, account)
        if opened is not None:
            self._engines.append(opened.engine)
            self._store_cache = CaseCache(opened.engine, clock=self._clock)
            self._cache_reader = opened.reader
            self._cache_account = account
        return self._store_cache

    def _close_cache_reader(self) -> None:
        if self._cache_reader is not None:
            self._cache_reader.close()
            self._cache_reader = None

    async def _open_account_cache(self, root: Path, account: Account) -> OpenedCache | None:
        worker = self._worker = self._worker or DbWorker()
        if not self._keyring_usable:
            return await open_memory_cache(worker)
        path = account_dir(root, account.hub_url, account.username) / CACHE_FILE_NAME
        name = account_name(account.username, account.hub_url)
        start_fresh = False
        while True:
            try:
                return await open_file_cache(
                    path,
                    account=name,
                    secrets=self._secrets,
                    keyring_calls=self._keyring_calls,
                    worker=worker,
                    start_fresh=start_fresh,
                )
            except KeyringUnavailable as unavailable:
                logger.warning(
                    "Keyring became unavailable, keeping the cache in memory: %s", unavailable
                )
                self._keyring_usable = False
                return await open_memory_cache(worker)
            except CacheOpenError as error:
                logger.warning("The cache could not be opened (%s)", error.reason)
                choice = await ask_about_cache_problem(error, self._icons)
                if choice == CacheChoice.QUIT:
                    return None
                start_fresh = choice == CacheChoice.START_FRESH

    # Main window ---------------------------------------------------------------------------

    async def _show_main_window(self, session: Session, store_cache: CaseCache) -> None:
        """Builds and shows the main window over the cache, and only after its inbox has
        painted imports and starts the rest: SQLAlchemy with the cache's engine, the
        outbox's recovery, the sidebar's counts, spaces, tray, event stream, data
        protection, the outbox's sending, the sync and the tracker. No request leaves
        and no store is used before the first paint: the inbox reads its first page
        through the plain `CacheReader`."""
        assert self._worker is not None and self._cache_reader is not None
        worker = self._worker
        engine = store_cache.engine
        cache_reader = self._cache_reader
        drafts = DraftStore(engine, clock=self._clock)

        # One sync engine for the periodic sync and the sync after sending, so that the
        # two never run side by side on the same cache (a second caller joins the first).
        sync_engine = SyncEngine(session, store_cache, worker)
        sync = SyncController(sync_engine, self._tasks, interval_seconds=self._sync_interval)
        sync.sessionExpired.connect(self._on_session_expired)
        self.sync = sync
        self._outbox_store = OutboxStore(engine, clock=self._clock)
        outbox = self._new_outbox(session, sync_engine)
        self.outbox = OutboxController(outbox)

        async def load_case(case_id: int) -> CaseDetails | None:
            return await worker.run(read_case_details, store_cache, drafts, case_id)

        from workstation.ui.main_window import MainWindow

        window = MainWindow(
            expert=session.expert,
            inbox_model=InboxModel(cache_reader, self._icons, clock=self._clock),
            store=store_cache,
            worker=worker,
            load_case=load_case,
            work=CaseWork(self.outbox, drafts, worker, clock=self._clock),
            outbox=self.outbox,
            sync=sync,
            icons=self._icons,
            tasks=self._tasks,
            last_sync_at=cache_reader.last_sync_at(),
            settings=self._settings,
            memory_only_notice=None if self._keyring_usable else memory_only_notice,
            clock=self._clock,
        )
        window.quitRequested.connect(self.request_quit)
        self._opening_window = window
        window.show()
        await _first_paint(window)
        # Paused by `main` for the start (`run_app`).
        gc.enable()

        # SQLAlchemy is imported here, on the worker, while the window is already shown.
        await worker.run(create_now, engine)
        # Items a crash left in "sending" are back in the queue before the panel reads it.
        await outbox.recover()
        window.read_side_data()
        from workstation.store.database import open_reader

        reader = open_reader(engine)
        self._engines.append(reader)
        from workstation.store.tracker import TrackerStore
        from workstation.ui.earnings.install import install_earnings
        from workstation.ui.schedule.wiring import install_schedule

        # One store of the time tracker, for the timesheet and the tracker itself.
        tracker_store = TrackerStore(engine, self._outbox_store, clock=self._clock)
        install_schedule(
            window,
            engine=engine,
            worker=worker,
            outbox=self.outbox,
            tracker=tracker_store,
            sync=sync,
            tasks=self._tasks,
            icons=self._icons,
            hub_url=session.client.base_url,
            clock=self._clock,
        )
        self._add_account_menu(window, session)
        self.earnings = install_earnings(
            window,
            engine=engine,
            reader=reader,
            worker=worker,
            outbox=self.outbox,
            sync=sync,
            tasks=self._tasks,
            icons=self._icons,
            clock=self._clock,
        )
        # Before the desktop problems: those matter more than a missing notification server
        # and must be the status bar's last word.
        self.realtime.show_tray(self.request_quit)
        await self.realtime.start(
            window=window, session=session, sync=sync, worker=worker, cache=store_cache
        )
        await self._start_data_protection(window, session, store_cache, sync)
        outbox.start_sending()
        self.main_window = window
        for problem in self._desktop_problems:
            window.show_problem_message(problem)
        self._desktop_problems.clear()
        # Everything built so far lives as long as the app: keep it out of every future
        # collection, so that a full collection (which freezes the event loop) stays short.
        gc.freeze()
        sync.start()
        from workstation.ui.tracking.wiring import TrackingEnvironment, start_tracking

        self.tracking = await start_tracking(
            window=window,
            realtime=self.realtime,
            engine=engine,
            store=tracker_store,
            cache=store_cache,
            worker=worker,
            tasks=self._tasks,
            settings=self._settings,
            wall=self._clock,
            wake_outbox=self._wake_outbox,
            environment=self._tracking_environment or TrackingEnvironment(),
        )

    def _wake_outbox(self) -> None:
        if self.outbox is not None:
            self.outbox.outbox.wake()

    async def _start_data_protection(
        self, window: MainWindow, session: Session, cache: CaseCache, sync: SyncController
    ) -> None:
        assert self._worker is not None
        from workstation.ui.data_protection import DataProtection, device_id

        device = await self._worker.run(device_id, cache)
        protection = DataProtection(
            window=window,
            session=session,
            cache=cache,
            worker=self._worker,
            sync=sync,
            tasks=self._tasks,
            device=device,
            clock=self._clock,
        )
        if self._fresh_unlock_verifier is not None:
            await protection.unlock_checker.remember(self._fresh_unlock_verifier)
            self._fresh_unlock_verifier = None
        protection.lock.lockedChanged.connect(self.realtime.set_locked)
        self.data_protection = protection
        protection.start()

    def _new_outbox(self, session: Session, sync_engine: SyncEngine) -> Outbox:
        """An outbox whose sender delivers with `session` and syncs after each answer."""
        assert self._worker is not None and self._outbox_store is not None
        sender = OutboxSender(
            session, self._outbox_store, self._worker, sync=sync_engine, clock=self._clock
        )
        return Outbox(self._outbox_store, self._worker, sender, clock=self._clock)

    async def _start_outbox(self, session: Session, sync_engine: SyncEngine) -> Outbox:
        """A new outbox, sending; items a crash left in "sending" go back into the queue
        under their ids."""
        outbox = self._new_outbox(session, sync_engine)
        await outbox.start()
        return outbox

    def _on_session_expired(self) -> None:
        # The sync, the outbox and the session check may all find out at once.
        if self.login_dialog is None and not self._logging_in_again:
            self._logging_in_again = True
            self._tasks.spawn(self._log_in_again(), name="log-in-again")

    async def _log_in_again(self) -> None:
        try:
            await self._log_in_with_new_session()
        finally:
            self._logging_in_again = False

    async def _log_in_with_new_session(self) -> None:
        assert self._account is not None and self._store_cache is not None
        assert self.sync is not None and self._worker is not None
        login = await self._log_in(
            self._account.hub_url,
            self._account.username,
            notice=translate(
                "Workstation",
                "Your session has ended. Please log in again to keep your cases in sync.",
            ),
            editable=False,
        )
        if login is None:
            return
        session = self._new_session(login.tokens)
        sync_engine = SyncEngine(session, self._store_cache, self._worker)
        self.sync.replace_engine(sync_engine)
        self.realtime.replace_session(session)
        if self.data_protection is not None:
            self.data_protection.replace_session(session)
            if self._fresh_unlock_verifier is not None:
                await self.data_protection.unlock_checker.remember(self._fresh_unlock_verifier)
                self._fresh_unlock_verifier = None
        if self.outbox is not None:
            previous = self.outbox.outbox
            self.outbox.replace(await self._start_outbox(session, sync_engine))
            await previous.close()
        self.sync.sync_now()

    # Shutdown ------------------------------------------------------------------------------

    async def _shut_down(self) -> None:
        window = self.main_window or self._opening_window
        if window is not None:
            # Before anything closes: the last keystrokes of a draft reach the disk.
            await window.flush_drafts()
        if self.tracking is not None:
            # Ends the running stretch and writes it while the worker still runs.
            await self.tracking.aclose()
        if self.data_protection is not None:
            self.data_protection.stop()
        if self.earnings is not None:
            await self.earnings.contributions.flush()
        # First: the event stream would otherwise ask the stopped sync for more.
        if self._realtime is not None:
            await self._realtime.aclose()
        if self.sync is not None:
            await self.sync.stop()
        if self.outbox is not None:
            # An item in flight goes back into the queue with its id, sent on next start.
            await self.outbox.outbox.close()
        await self._tasks.close()
        await self._session_secrets.flush()
        if window is not None:
            window.hide()
            window.deleteLater()
            self.main_window = self._opening_window = None
        if self._worker is not None:
            # Waits at most for the page transaction that is running, if any.
            self._worker.close()
        if self._store_cache is not None:
            # A first sync's index writer finishes the pages it was handed.
            self._store_cache.close()
        for engine in reversed(self._engines):
            engine.dispose()
        self._engines.clear()
        self._close_cache_reader()
        await self._wipe_if_withdrawn()
        if self._client is not None:
            await self._client.aclose()
            self._client = None
        self._keyring_calls.close()

    # Identity: second factor and remote wipe ------------------------------------------------

    def _withdrawal_listener(self, account: Account) -> Callable[[AccessWithdrawn], None]:
        def withdrawn(error: AccessWithdrawn) -> None:
            if self._withdrawn is None:
                logger.warning("The hub withdrew this device's access (%s); wiping", error.code)
                self._withdrawn = (account, error)
                self.request_quit()

        return withdrawn

    async def _wipe_if_withdrawn(self) -> None:
        """Runs during shutdown once the cache is closed, so no file is held open."""
        if self._withdrawn is None or self._remote_wipe is None:
            return
        account, error = self._withdrawn
        failures = await self._remote_wipe.wipe(account, self._device_keys.known(account))
        self._device_keys.forget(account)
        try:
            async with asyncio.timeout(_WIPE_REPORT_SECONDS):
                await self._remote_wipe.send_pending_report()
        except TimeoutError:
            logger.info("The hub did not take the wipe report in time; it is sent next start")
        await tell_wiped(self._icons, error.code, failures, data_root(self._options.data_dir))

    def _add_account_menu(self, window: MainWindow, session: Session) -> None:
        menu = QMenu(translate("Workstation", "&Account"), window)
        window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
        action = menu.addAction(translate("Workstation", "Two-factor &sign-in…"))
        action.triggered.connect(
            lambda: self._tasks.spawn(self._enrol(session, required=False), name="enrolment")
        )
        self.enrolment_action = action

    async def _enrol_if_required(self, session: Session) -> bool:
        """The hub's policy may require a second factor before any work: set it up now."""
        if session.tokens.second_factor != "enrolment_required":
            return True
        return await self._enrol(session, required=True)

    async def _enrol(self, session: Session, *, required: bool) -> bool:
        client = session.client

        async def start() -> TotpEnrolment:
            return await session.call(client.start_totp_enrolment)

        async def confirm(code: str) -> list[str]:
            return await session.call(lambda token: client.confirm_totp(token, code))

        from workstation.ui.account.totp_enrolment import TotpEnrolmentDialog

        dialog = TotpEnrolmentDialog(
            start, confirm, self._tasks, required=required, parent=self.main_window
        )
        self.enrolment_dialog = dialog
        try:
            return await run_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            self.enrolment_dialog = None
            dialog.deleteLater()


async def _first_paint(window: MainWindow) -> None:
    """Until the inbox's first page is on screen, or a moment has passed (a window that
    starts minimised or on another space paints no inbox)."""
    if window.inbox.painted:
        return
    painted = asyncio.Event()
    window.inbox.firstPainted.connect(painted.set)
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(_FIRST_PAINT_WAIT_S):
            await painted.wait()


def _normalized_or_typed(hub_url: str) -> str:
    try:
        return normalize_hub_url(hub_url) if hub_url else ""
    except HubAddressError:
        # Left as typed: the login dialog explains what is wrong with it.
        return hub_url
