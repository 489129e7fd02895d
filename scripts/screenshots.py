"""`make screenshots`: the demo, driven to each screen, photographed in both themes and both
languages into docs/images/ (for the README and the user guides).

The parent seeds a hub on a free loopback port (as `make demo` does) and runs one child per
language and theme: the real app under a private Xvfb display, or on Qt's offscreen
platform where Xvfb is missing (widgets render the same through `QWidget.grab()`). Each child
logs in as the demo expert and photographs:

- `inbox`: "My cases" with a case open;
- `composer`: a reply being written;
- `search`: search results;
- `outbox`: the outbox with a held reply (its case was reassigned while it was sent);
- `settings`: the settings dialog;
- `space-<key>`: every page of the main window's spaces bar, so new spaces get their
  screenshot without changes here.

Files are named `<language>-<theme>-<screen>.png`, e.g. `de-dark-inbox.png`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "images"
DEMO_USER = "petra"
DEMO_PASSWORD = "demo"
LANGUAGES = ("en", "de")
SCHEMES = ("light", "dark")
WINDOW_SIZE = (1280, 800)
STEP_TIMEOUT_S = 30.0
CHILD_TIMEOUT_S = 240.0
# What the composer and search shots show, per language.
REPLY_TEXT = {
    "de": "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Die Buchung ist jetzt korrigiert: "
    "unter Extras > Belege finden Sie den neuen Beleg.\n\nViele Grüße\nPetra Schneider",
    "en": "Hello,\n\nthank you for your message. The booking is corrected now: you find the "
    "new voucher under Extras > Vouchers.\n\nBest regards\nPetra Schneider",
}
SEARCH_TEXT = {"de": "rechnung", "en": "rechnung"}
HELD_TEXT = {
    "de": "Guten Tag, ich habe die Einstellungen geprüft und melde mich gleich wieder.",
    "en": "Hello, I have checked the settings and will get back to you shortly.",
}


# -- parent -------------------------------------------------------------------------------


def start_hub(db_url: str, workdir: Path) -> tuple[subprocess.Popen[str], str]:
    # This checkout's hub, whatever the environment has installed.
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run(
        [sys.executable, "-m", "hub", "seed", "--demo", "--db", db_url],
        check=True,
        env=environment,
    )
    serve = ["serve", "--host", "127.0.0.1", "--port", "0", "--db", db_url]
    hub = subprocess.Popen(
        [sys.executable, "-m", "hub", *serve],
        cwd=workdir,
        env=environment,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert hub.stdout is not None
    for line in hub.stdout:
        if line.startswith("HUB_URL="):
            return hub, line.strip().split("=", 1)[1]
    raise SystemExit("screenshots: the hub exited before it was ready")


def display_command() -> tuple[list[str], dict[str, str]]:
    """A private Xvfb display if there is one, else Qt's offscreen platform."""
    environment = dict(os.environ)
    environment.pop("QT_QPA_PLATFORM", None)
    if shutil.which("xvfb-run"):
        width, height = WINDOW_SIZE
        screen = f"-screen 0 {width + 200}x{height + 200}x24"
        return ["xvfb-run", "--auto-servernum", f"--server-args={screen}"], environment
    environment["QT_QPA_PLATFORM"] = "offscreen"
    return [], environment


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--hub", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--language", choices=LANGUAGES, help=argparse.SUPPRESS)
    parser.add_argument("--scheme", choices=SCHEMES, help=argparse.SUPPRESS)
    parser.add_argument("--only", help="one combination, e.g. de-dark (for trying things)")
    arguments = parser.parse_args()
    languages: tuple[str, ...] = LANGUAGES
    schemes: tuple[str, ...] = SCHEMES
    if arguments.only:
        language, _, scheme = arguments.only.partition("-")
        languages, schemes = (language,), (scheme,)
    if arguments.child:
        return run_child(
            arguments.hub, arguments.db, arguments.language, arguments.scheme, arguments.out
        )
    arguments.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="expert-workstation-shots-") as tmp:
        workdir = Path(tmp)
        db_url = f"sqlite:///{workdir / 'hub.db'}"
        hub, hub_url = start_hub(db_url, workdir)
        prefix, environment = display_command()
        environment["PYTHONPATH"] = str(ROOT)
        failures = 0
        try:
            for language in languages:
                for scheme in schemes:
                    command = [
                        *prefix,
                        sys.executable,
                        str(Path(__file__).resolve()),
                        "--child",
                        "--hub", hub_url,
                        "--db", db_url,
                        "--language", language,
                        "--scheme", scheme,
                        "--out", str(arguments.out.resolve()),
                    ]  # fmt: skip
                    print(f"screenshots: {language}, {scheme}", flush=True)
                    child = subprocess.run(command, env=environment, timeout=CHILD_TIMEOUT_S)
                    failures += child.returncode != 0
        finally:
            hub.terminate()
            hub.wait(timeout=10)
    print(f"screenshots: written to {arguments.out}", flush=True)
    return 1 if failures else 0


# -- child: one language and theme --------------------------------------------------------


def run_child(hub_url: str, db_url: str, language: str, scheme: str, out: Path) -> int:
    from keyring.backend import KeyringBackend
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from workstation.platform.autostart import XdgAutostart
    from workstation.store.secrets import SecretStore
    from workstation.ui.app import configure_application
    from workstation.ui.desktop.start import claim_single_instance, start_desktop_services
    from workstation.ui.error_reporting import ErrorReporter
    from workstation.ui.event_loop import run_until_quit
    from workstation.ui.i18n import default_catalog_dir
    from workstation.ui.launch_options import LaunchOptions
    from workstation.ui.notifications.backends import NotificationBackend
    from workstation.ui.notifications.notifier import Notifier
    from workstation.ui.settings.choices import ColorSchemeChoice, UiLanguage
    from workstation.ui.settings.settings import Settings
    from workstation.ui.startup import Workstation

    class SessionKeyring(KeyringBackend):
        """Secrets for this one run (the screenshots must not show the notice about a
        missing keyring, nor touch the user's real one)."""

        priority = 5  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self._secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self._secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self._secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self._secrets.pop((service, username), None)

    class Silent:
        def show(self, summary: str, body: str, case_id: int | None, urgent: bool) -> None:
            """Screenshots must not pop up anything on the desktop."""

    async def silent_notifications(
        notifier: Notifier, _tray: QSystemTrayIcon | None
    ) -> NotificationBackend | None:
        backend = Silent()
        notifier.use_backend(backend)
        return backend

    with tempfile.TemporaryDirectory(prefix="expert-workstation-shot-") as tmp:
        workdir = Path(tmp)
        app = QApplication([sys.argv[0]])
        icons = configure_application(app)
        settings = Settings(
            QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
        )
        settings.ui_language = UiLanguage(language)
        settings.color_scheme = ColorSchemeChoice(scheme)
        data_dir = workdir / "data"
        instance = claim_single_instance(data_dir, [])
        assert instance is not None
        start_desktop_services(
            app,
            settings,
            instance,
            catalog_dir=default_catalog_dir(),
            autostart=XdgAutostart(workdir / "autostart"),
            launch_command=[sys.executable, "-m", "workstation"],
        )
        workstation = Workstation(
            LaunchOptions(
                hub_url=hub_url,
                username=DEMO_USER,
                data_dir=data_dir,
                password_prefill=DEMO_PASSWORD,
            ),
            icons=icons,
            secrets=SecretStore(backend=SessionKeyring()),
            settings=settings,
            connect_notifications=silent_notifications,
        )
        photographer = Photographer(workstation, db_url, language, scheme, out)
        run_until_quit(app, photographer, ErrorReporter())
        return 0 if photographer.error is None else 1


async def wait_until(condition: Callable[[], bool], what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + STEP_TIMEOUT_S
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


class Photographer:
    """Runs the app and, from inside its loop, drives it from screen to screen."""

    def __init__(
        self, workstation: object, db_url: str, language: str, scheme: str, out: Path
    ) -> None:
        from workstation.ui.startup import Workstation

        assert isinstance(workstation, Workstation)
        self.workstation = workstation
        self._db_url = db_url
        self._language = language
        self._prefix = f"{language}-{scheme}"
        self._out = out
        self.error: BaseException | None = None

    def request_quit(self) -> None:
        self.workstation.request_quit()

    async def run(self) -> int:
        tour = asyncio.ensure_future(self._tour())
        try:
            return await self.workstation.run()
        finally:
            tour.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await tour

    async def _tour(self) -> None:
        try:
            await self._photograph_every_screen()
        except asyncio.CancelledError:
            raise
        except BaseException as error:
            self.error = error
            traceback.print_exc()
            print(f"screenshots: {self._prefix} failed: {error!r}", file=sys.stderr)
        finally:
            self.workstation.request_quit()

    def _save(self, widget: object, screen: str) -> None:
        from PySide6.QtWidgets import QApplication, QWidget

        assert isinstance(widget, QWidget)
        QApplication.processEvents()
        path = self._out / f"{self._prefix}-{screen}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        print(f"screenshots: {path.name}", flush=True)

    async def _photograph_every_screen(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from workstation.domain.models import Channel
        from workstation.store.queries import CaseView

        ws = self.workstation
        await wait_until(
            lambda: ws.login_dialog is not None and ws.login_dialog.isVisible(), "the login"
        )
        assert ws.login_dialog is not None
        QTest.keyClick(ws.login_dialog.password_field, Qt.Key.Key_Return)
        await wait_until(lambda: ws.main_window is not None, "the main window")
        window = ws.main_window
        assert window is not None
        sync = ws.sync
        assert sync is not None
        await wait_until(lambda: sync.online is True and not sync.syncing, "the first sync")

        # The inbox with an open case.
        await self._show_view(CaseView.MY_CASES, Channel.EMAIL)
        case_id = await self._open_first_case()
        await asyncio.sleep(0.5)
        self._save(window, "inbox")

        # A reply being written.
        window.case.focus_reply()
        composer = window.case_pane.composer
        composer.body.setPlainText(REPLY_TEXT[self._language])
        await asyncio.sleep(0.3)
        self._save(window, "composer")
        composer.body.clear()
        await window.case.flush_drafts()

        # Search results.
        window.focus_search()
        window.search_box.setText(SEARCH_TEXT[self._language])
        window.search_box.search_now()
        await asyncio.sleep(1.0)
        self._save(window, "search")
        window.clear_search()

        # A reply held because operations reassigned the case while it was on its way.
        await self._hold_a_reply(case_id)
        window.show_outbox()
        await asyncio.sleep(0.5)
        self._save(window, "outbox")

        # The settings.
        window.open_settings()
        await wait_until(lambda: window.settings_dialog is not None, "the settings")
        dialog = window.settings_dialog
        assert dialog is not None
        await asyncio.sleep(0.3)
        self._save(dialog, "settings")
        dialog.reject()

        # Every space of the main window.
        for key in window.spaces.keys:
            window.spaces.show_space(key)
            await asyncio.sleep(0.8)
            self._save(window, f"space-{key}")

    async def _show_view(self, view: object, channel: object) -> None:
        window = self.workstation.main_window
        assert window is not None
        window.sidebar.select_view(view)  # type: ignore[arg-type]
        combo = window.sidebar.channel_filter
        combo.setCurrentIndex(combo.findData(channel.value))  # type: ignore[attr-defined]
        await wait_until(
            lambda: window.inbox_model.query.view is view and not window.counts_loading,
            "the view",
        )
        await wait_until(lambda: window.inbox_model.rowCount() > 0, "cases in the view")

    async def _open_first_case(self) -> int:
        window = self.workstation.main_window
        assert window is not None
        window.activateWindow()
        window.inbox.setFocus()
        window.inbox.setCurrentIndex(window.inbox.model().index(0, 0))
        case_id = window.inbox.current_case_id()
        assert case_id is not None
        await wait_until(lambda: window.case_pane.composer.case_id == case_id, "the case")
        return case_id

    async def _hold_a_reply(self, case_id: int) -> None:
        from hub.admin import reassign_case
        from hub.db import make_engine
        from workstation.domain.models import OutboxState
        from workstation.domain.replies import ReplyContent

        window = self.workstation.main_window
        outbox = self.workstation.outbox
        assert window is not None and outbox is not None
        details = window.case_pane.details
        assert details is not None and details.case_id == case_id
        engine = make_engine(self._db_url)
        try:
            await asyncio.to_thread(reassign_case, engine, case_id, "amira")
        finally:
            engine.dispose()
        content = ReplyContent(
            body=HELD_TEXT[self._language], subject=f"Re: {details.detail.subject}"
        )
        item = await window.case.work.reply(details.detail, content)

        async def held() -> bool:
            current = await outbox.outbox.item(item.id)
            return current is not None and current.state is OutboxState.HELD

        loop = asyncio.get_running_loop()
        deadline = loop.time() + STEP_TIMEOUT_S
        while not await held():
            if loop.time() > deadline:
                raise TimeoutError("timed out waiting for the held reply")
            await asyncio.sleep(0.1)
        window.outbox_panel.refresh()
        await asyncio.sleep(0.3)
        window.outbox_panel.select_item(item.id)


if __name__ == "__main__":
    sys.exit(main())
