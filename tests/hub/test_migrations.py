"""Alembic migrations create exactly the schema the code declares, on both backends."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text

from hub.app import load_token_secret
from hub.db import alembic_config, begin_write, make_engine, migrate, migrate_engine
from hub.demo.seed import reset_database, seed_demo
from hub.schema import cases, hub_sequence, messages, metadata


def test_migrated_schema_matches_the_declared_tables(empty_hub_db_url: str) -> None:
    migrate(empty_hub_db_url)
    migrate(empty_hub_db_url)  # a second run is a no-op
    engine = make_engine(empty_hub_db_url)
    try:
        with engine.connect() as conn:
            differences = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), metadata
            )
            assert conn.execute(select(hub_sequence.c.value)).scalar_one() == 0
        assert differences == []
        assert len(load_token_secret(engine)) == 32
    finally:
        engine.dispose()


def test_reset_replaces_data_sequence_and_secret(empty_hub_db_url: str) -> None:
    migrate(empty_hub_db_url)
    engine = make_engine(empty_hub_db_url)
    try:
        seed_demo(engine)
        old_secret = load_token_secret(engine)
        reset_database(engine)
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(cases)).scalar_one() == 0
            assert conn.execute(select(hub_sequence.c.value)).scalar_one() == 0
        assert load_token_secret(engine) != old_secret
        assert seed_demo(engine) >= 300
    finally:
        engine.dispose()


def test_upgrading_a_populated_hub_keeps_its_data(empty_hub_db_url: str) -> None:
    engine = make_engine(empty_hub_db_url)
    try:
        with begin_write(engine) as conn:
            command.upgrade(alembic_config(conn), "0001")
        with begin_write(engine) as conn:
            conn.execute(text("INSERT INTO clients (id, name, seq) VALUES (1, 'Kunde', 1)"))
            conn.execute(
                text(
                    "INSERT INTO cases (id, client_id, channel, subject, customer_name,"
                    " customer_contact, language, status, priority, version, seq, created_at,"
                    " updated_at) VALUES (1, 1, 'email', 'Frage', 'Ute Roth', 'u@example.de',"
                    " 'de', 'offered', 'normal', 4, 2, '2026-11-24 17:30:00',"
                    " '2026-11-24 17:30:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO messages (id, case_id, direction, author, body_text, created_at)"
                    " VALUES (1, 1, 'in', 'Ute Roth', 'Hallo', '2026-11-24 17:30:00')"
                )
            )
        migrate_engine(engine)
        with engine.connect() as conn:
            upgraded = conn.execute(select(messages)).one()
            outcome = conn.execute(select(cases.c.outcome)).scalar_one()
        # Unknown arrival: the cautious answer is the case's version at the upgrade.
        assert (upgraded.body_text, upgraded.case_version, upgraded.call_outcome) == (
            "Hallo",
            4,
            None,
        )
        assert outcome is None

        with begin_write(engine) as conn:
            command.downgrade(alembic_config(conn), "0001")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT body_text FROM messages")).scalar_one() == "Hallo"
    finally:
        engine.dispose()
