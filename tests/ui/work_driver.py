"""Helpers for tests that work cases through the running app, and read back what the hub
stored."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select

from hub.schema import case_declines, case_tags, cases, experts, messages
from tests.ui.app_driver import log_in, wait_for_sync
from tests.ui.conftest import settings_beside, wait_until
from tests.ui.recorded_notifications import recording_connector
from workstation.domain.models import Channel
from workstation.store.queries import CaseView
from workstation.store.secrets import SecretStore
from workstation.ui.icons import IconLibrary
from workstation.ui.launch_options import LaunchOptions
from workstation.ui.main_window import MainWindow
from workstation.ui.startup import Workstation


def memory_workstation(
    hub_url: str,
    data_dir: Path,
    icons: IconLibrary,
    *,
    username: str = "petra",
    secrets: SecretStore | None = None,
    sync_interval_seconds: float = 30.0,
) -> Workstation:
    """The app as an expert starts it; without a keyring the cache lives in memory."""
    return Workstation(
        LaunchOptions(
            hub_url=hub_url, username=username, data_dir=data_dir, password_prefill="demo"
        ),
        icons=icons,
        secrets=secrets or SecretStore(backend=fail.Keyring()),
        settings=settings_beside(data_dir),
        sync_interval_seconds=sync_interval_seconds,
        connect_notifications=recording_connector(),
    )


async def show_view(window: MainWindow, view: CaseView, channel: Channel | None = None) -> None:
    """Choose a view (and a channel filter) as the expert does, and wait for the list."""
    window.sidebar.select_view(view)
    combo = window.sidebar.channel_filter
    combo.setCurrentIndex(combo.findData(channel.value) if channel is not None else 0)
    await wait_until(
        lambda: (
            window.inbox_model.query.view is view
            and window.inbox_model.query.channel is channel
            and not window.counts_loading
        )
    )


async def open_first_case(window: MainWindow, qtbot: QtBot) -> int:
    """Select the first case of the list by keyboard (j) and wait until it is shown."""
    assert window.inbox_model.rowCount() > 0, "the list is empty"
    window.inbox.setFocus()
    qtbot.keyClick(window.inbox, Qt.Key.Key_J)
    case_id = window.inbox.current_case_id()
    assert case_id is not None
    await wait_until(lambda: window.case_pane.case_id == case_id)
    await wait_until(lambda: window.case_pane.composer.case_id == case_id)
    return case_id


async def open_my_first_email_case(ws: Workstation, qtbot: QtBot) -> tuple[MainWindow, int]:
    """Log in, wait for the first sync, and open the first e-mail case of My cases: the
    start of most tests of working a case."""
    window = await log_in(ws, qtbot)
    await wait_for_sync(window, ws)
    await show_view(window, CaseView.MY_CASES, Channel.EMAIL)
    return window, await open_first_case(window, qtbot)


@dataclass(frozen=True)
class HubMessage:
    direction: str
    body_text: str
    subject: str | None
    visibility: str | None
    call_outcome: str | None
    call_duration_seconds: int | None


def hub_messages(engine: Engine, case_id: int) -> list[HubMessage]:
    with engine.connect() as connection:
        rows = connection.execute(
            select(
                messages.c.direction,
                messages.c.body_text,
                messages.c.subject,
                messages.c.visibility,
                messages.c.call_outcome,
                messages.c.call_duration_seconds,
            )
            .where(messages.c.case_id == case_id)
            .order_by(messages.c.id)
        ).all()
    return [HubMessage(*row) for row in rows]


def hub_count_of_text(engine: Engine, text: str) -> int:
    """How many expert messages with exactly this text the hub holds, over all cases."""
    with engine.connect() as connection:
        return int(
            connection.execute(
                select(func.count())
                .select_from(messages)
                .where(messages.c.body_text == text, messages.c.direction != "in")
            ).scalar_one()
        )


def hub_case(engine: Engine, case_id: int) -> tuple[str, str | None, str | None]:
    """(status, assignee's user name, outcome)."""
    with engine.connect() as connection:
        row = connection.execute(
            select(cases.c.status, experts.c.username, cases.c.outcome)
            .select_from(cases.outerjoin(experts, experts.c.id == cases.c.assigned_expert_id))
            .where(cases.c.id == case_id)
        ).one()
    return row[0], row[1], row[2]


def hub_tags(engine: Engine, case_id: int) -> set[str]:
    with engine.connect() as connection:
        return set(
            connection.execute(select(case_tags.c.tag).where(case_tags.c.case_id == case_id))
            .scalars()
            .all()
        )


def hub_declined_by(engine: Engine, case_id: int) -> set[str]:
    """User names of the experts who declined the case."""
    with engine.connect() as connection:
        return set(
            connection.execute(
                select(experts.c.username)
                .select_from(case_declines.join(experts, experts.c.id == case_declines.c.expert_id))
                .where(case_declines.c.case_id == case_id)
            )
            .scalars()
            .all()
        )
