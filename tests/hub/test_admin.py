"""Operations helpers: they validate input and keep the sequence and tombstones right."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hub import admin
from hub.cases import CaseNotFound
from hub.schema import cases, tombstones
from tests.support.hub_server import RunningHub


def new_offer(hub: RunningHub, **overrides: object) -> int:
    fields: dict[str, object] = {
        "client_id": 2,
        "channel": "chat",
        "subject": "Akku",
        "customer_name": "Emma Berger",
        "customer_contact": "emma.berger@example.de",
        "topic": "headphones",
        "body_text": "Der Akku hält nicht.",
    }
    fields.update(overrides)
    return admin.create_case(hub.engine, **fields)  # type: ignore[arg-type]


def test_every_write_moves_the_case_to_a_new_sequence_number(hub_server: RunningHub) -> None:
    case_id = new_offer(hub_server)
    seqs = []
    for write in (
        lambda: admin.add_customer_message(hub_server.engine, case_id, "Hallo?"),
        lambda: admin.reassign_case(hub_server.engine, case_id, "jonas"),
        lambda: admin.set_case_status(hub_server.engine, case_id, "waiting"),
        lambda: admin.set_case_status(hub_server.engine, case_id, "offered"),
    ):
        write()
        with hub_server.engine.connect() as conn:
            seqs.append(conn.execute(select(cases.c.seq).where(cases.c.id == case_id)).scalar_one())
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    with hub_server.engine.connect() as conn:
        row = conn.execute(select(cases).where(cases.c.id == case_id)).one()
    assert row.version == 5
    assert row.status == "offered" and row.assigned_expert_id is None


def test_tombstones_go_to_exactly_the_experts_who_lose_sight(hub_server: RunningHub) -> None:
    case_id = new_offer(hub_server)  # visible to jonas and amira as an offer
    admin.reassign_case(hub_server.engine, case_id, "amira")
    with hub_server.engine.connect() as conn:
        holders = set(
            conn.execute(
                select(tombstones.c.expert_id).where(tombstones.c.case_id == case_id)
            ).scalars()
        )
    assert holders == {admin.expert_id(hub_server.engine, "jonas")}


def test_invalid_operations_are_refused(hub_server: RunningHub) -> None:
    case_id = new_offer(hub_server)
    with pytest.raises(ValueError, match="assigned expert"):
        admin.set_case_status(hub_server.engine, case_id, "open")
    with pytest.raises(ValueError, match="status"):
        admin.set_case_status(hub_server.engine, case_id, "archived")
    with pytest.raises(admin.UnknownExpert):
        admin.reassign_case(hub_server.engine, case_id, "nobody")
    with pytest.raises(ValueError, match="channel"):
        new_offer(hub_server, channel="fax")
    with pytest.raises(CaseNotFound):
        admin.add_customer_message(hub_server.engine, 10_000_000, "Hallo")
    with pytest.raises(CaseNotFound):
        admin.reassign_case(hub_server.engine, 10_000_000, None)
