"""The demo data set: deterministic, varied and realistic enough for the demo."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from hub.db import make_engine, migrate_engine
from hub.demo.seed import DatabaseNotEmpty, seed_demo
from hub.schema import cases, clients, experts, messages

NOW = datetime(2026, 11, 24, 17, 30)


def seeded_engine(path: Path, now: datetime) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    migrate_engine(engine)
    seed_demo(engine, now=now)
    return engine


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    engine = seeded_engine(tmp_path_factory.mktemp("demo") / "hub.db", NOW)
    with engine.connect() as conn:
        case_rows = conn.execute(select(cases).order_by(cases.c.id)).all()
        message_rows = conn.execute(select(messages).order_by(messages.c.id)).all()
        client_names = conn.execute(select(clients.c.name)).scalars().all()
        usernames = conn.execute(select(experts.c.username)).scalars().all()
    engine.dispose()
    return case_rows, message_rows, client_names, usernames


def test_clients_experts_and_volume(demo: Any) -> None:
    case_rows, message_rows, client_names, usernames = demo
    assert sorted(client_names) == ["Buchhalter Software AG", "Klangwerk Audio"]
    assert sorted(usernames) == ["amira", "jonas", "petra"]
    assert len(case_rows) >= 300
    assert len(message_rows) > len(case_rows)


def test_every_channel_status_language_and_priority_occurs(demo: Any) -> None:
    case_rows = demo[0]
    assert {row.channel for row in case_rows} == {
        "email",
        "forum",
        "facebook",
        "twitter",
        "chat",
        "phone",
        "social_mention",
    }
    assert {row.status for row in case_rows} == {"offered", "open", "waiting", "closed"}
    assert {row.language for row in case_rows} == {"de", "en"}
    assert {row.priority for row in case_rows} == {"low", "normal", "high", "urgent"}
    by_client = Counter(row.client_id for row in case_rows)
    assert min(by_client.values()) > 80


def test_sla_due_times_are_spread_around_now(demo: Any) -> None:
    due = [row.sla_due - NOW for row in demo[0] if row.sla_due is not None]
    assert any(delta < timedelta(0) for delta in due)
    assert any(timedelta(0) < delta < timedelta(minutes=30) for delta in due)
    assert any(delta > timedelta(days=1) for delta in due)
    assert all(row.sla_due is None for row in demo[0] if row.status == "closed")


def test_threads_are_realistic(demo: Any) -> None:
    case_rows, message_rows = demo[0], demo[1]
    threads: dict[int, list[Any]] = {}
    for message in message_rows:
        threads.setdefault(message.case_id, []).append(message)
    channel = {row.id: row.channel for row in case_rows}
    assert all(thread[0].direction == "in" for thread in threads.values())
    assert {m.direction for m in message_rows} == {"in", "out", "note"}
    assert sum(1 for thread in threads.values() if len(thread) >= 3) > 50
    tweets = [m for m in message_rows if channel[m.case_id] == "twitter"]
    assert tweets and all(len(m.body_text) <= 280 for m in tweets)
    html = [m.body_html for m in message_rows if m.body_html]
    assert all(channel[m.case_id] == "email" for m in message_rows if m.body_html)
    assert len(html) > 20
    assert any("track.example.com" in body for body in html)
    assert any("<script>" in body for body in html)
    phone_contacts = [row.customer_contact for row in case_rows if row.channel == "phone"]
    assert all(contact.startswith("+") for contact in phone_contacts)
    emails = [row.customer_contact for row in case_rows if row.channel == "email"]
    assert all(contact.endswith(("@example.de", "@example.com")) for contact in emails)
    for row in case_rows:
        times = [m.created_at for m in threads[row.id]]
        assert times == sorted(times)
        assert row.created_at == times[0] <= NOW


def test_seeding_is_deterministic_apart_from_the_time(tmp_path: Path, demo: Any) -> None:
    later = NOW + timedelta(days=40, minutes=7)
    engine = seeded_engine(tmp_path / "again.db", later)
    with engine.connect() as conn:
        again = conn.execute(select(cases).order_by(cases.c.id)).all()
        again_messages = conn.execute(select(messages).order_by(messages.c.id)).all()
    engine.dispose()

    def content(row: Any) -> tuple[Any, ...]:
        return tuple(
            value
            for key, value in row._mapping.items()
            if key not in ("created_at", "updated_at", "sla_due", "claim_expires_at")
        )

    assert [content(row) for row in again] == [content(row) for row in demo[0]]
    assert [content(m) for m in again_messages] == [content(m) for m in demo[1]]
    assert [row.created_at - later for row in again] == [row.created_at - NOW for row in demo[0]]


def test_seeding_refuses_a_database_with_data(tmp_path: Path) -> None:
    engine = seeded_engine(tmp_path / "hub.db", NOW)
    try:
        with pytest.raises(DatabaseNotEmpty):
            seed_demo(engine, now=NOW)
    finally:
        engine.dispose()
