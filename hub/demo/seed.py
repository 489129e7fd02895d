"""Writes the demo data set: two clients, three experts (password ``demo``), 320 cases and
the clients' reply templates."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from alembic import command
from sqlalchemy import Engine, func, insert, select

from hub.auth import totp
from hub.auth.passwords import hash_password
from hub.cases import insert_cases
from hub.clock import utc_now
from hub.db import alembic_config, begin_write, migrate_engine
from hub.demo.attachments import attach_demo_files
from hub.demo.earnings import seed_demo_earnings
from hub.demo.generator import DemoCaseGenerator
from hub.demo.people import CLIENTS, DEMO_PASSWORD, EXPERTS
from hub.demo.templates import DEMO_TEMPLATES
from hub.demo.windows import demo_windows
from hub.schema import (
    cases,
    clients,
    expert_clients,
    expert_security,
    expert_skills,
    experts,
    window_bookings,
)
from hub.sequence import write_transaction
from hub.templates import NewTemplate, insert_templates
from hub.windows import insert_windows


class DatabaseNotEmpty(RuntimeError):
    pass


def is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        for table in (clients, experts, cases):
            if conn.execute(select(func.count()).select_from(table)).scalar_one():
                return False
    return True


def reset_database(engine: Engine) -> None:
    """Drop every hub table and migrate again: a new data set, sequence and token secret."""
    with begin_write(engine) as conn:
        command.downgrade(alembic_config(conn), "base")
    migrate_engine(engine)


def seed_demo(engine: Engine, *, now: datetime | None = None) -> int:
    """Fill a migrated, empty database with the demo data; returns the number of cases."""
    if not is_empty(engine):
        raise DatabaseNotEmpty("The hub database already holds data.")
    moment = now or utc_now()
    # Hash before the write transaction: scrypt is deliberately slow.
    password_hashes = {expert.username: hash_password(DEMO_PASSWORD) for expert in EXPERTS}
    with write_transaction(engine) as tx:
        client_ids: dict[str, int] = {}
        for client, seq in zip(CLIENTS, tx.take_seqs(len(CLIENTS)), strict=True):
            client_ids[client.key] = tx.conn.execute(
                insert(clients).values(name=client.name, seq=seq).returning(clients.c.id)
            ).scalar_one()
        expert_ids: dict[str, int] = {}
        for expert in EXPERTS:
            expert_ids[expert.username] = tx.conn.execute(
                insert(experts)
                .values(
                    username=expert.username,
                    display_name=expert.display_name,
                    password_hash=password_hashes[expert.username],
                    created_at=moment,
                )
                .returning(experts.c.id)
            ).scalar_one()
            tx.conn.execute(
                insert(expert_skills),
                [
                    {"expert_id": expert_ids[expert.username], "kind": kind, "value": value}
                    for kind, values in (
                        ("channel", expert.channels),
                        ("language", expert.languages),
                        ("topic", expert.topics),
                    )
                    for value in values
                ],
            )
            tx.conn.execute(
                insert(expert_clients),
                [
                    {
                        "expert_id": expert_ids[expert.username],
                        "client_id": client_ids[client_key],
                        "seq": seq,
                    }
                    for client_key, seq in zip(
                        expert.clients, tx.take_seqs(len(expert.clients)), strict=True
                    )
                ],
            )
        generator = DemoCaseGenerator(
            now=moment,
            client_ids=client_ids,
            expert_ids=expert_ids,
            expert_names={expert.username: expert.display_name for expert in EXPERTS},
        )
        case_ids = insert_cases(tx, generator.generate(), now=moment)
        insert_templates(
            tx,
            [
                NewTemplate(
                    client_id=client_ids[template.client_key],
                    channel=template.channel,
                    language=template.language,
                    title=template.title,
                    body=template.body,
                )
                for template in DEMO_TEMPLATES
            ],
            now=moment,
        )
        planned = demo_windows(moment)
        window_ids = insert_windows(
            tx,
            [
                dataclasses.replace(item.window, client_id=client_ids[item.client_key])
                for item in planned
            ],
        )
        bookings = [
            {"window_id": window_id, "expert_id": expert_ids[username], "booked_at": moment}
            for window_id, item in zip(window_ids, planned, strict=True)
            for username in item.booked_by
        ]
        if bookings:
            tx.conn.execute(insert(window_bookings), bookings)
        attach_demo_files(tx)
        seed_demo_earnings(tx, client_ids, expert_ids, moment)
    return len(case_ids)


# A fixed, published secret: only for demonstrating the second factor (`scripts/demo.py
# --totp`), never for a real hub.
DEMO_TOTP_SECRET = "EWDEMOTOTPSECRETFORPETRAONLY2345"


def enrol_demo_second_factor(engine: Engine, username: str, secret: str = DEMO_TOTP_SECRET) -> None:
    """Give a demo expert a confirmed TOTP enrolment with a known secret."""
    with begin_write(engine) as conn:
        expert_id = conn.execute(
            select(experts.c.id).where(experts.c.username == username)
        ).scalar_one()
        totp.ensure_security_row(conn, expert_id)
        conn.execute(
            expert_security.update()
            .where(expert_security.c.expert_id == expert_id)
            .values(totp_secret=secret, totp_confirmed_at=utc_now(), totp_last_step=None)
        )
