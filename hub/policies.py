"""Data-protection policies the hub sets for workstations.

- Retention per client: how many days a closed case may stay on a workstation after its
  last change. It travels in the client change (``retention_days``, ``null`` = no limit).
- Hub-wide settings answered by ``GET /policy``: minutes without input before the app
  locks itself, and the largest attachment the app may save.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Connection, Engine, delete, insert, select, update

from hub.attachments import MAX_ATTACHMENT_BYTES
from hub.schema import client_policies, clients, hub_settings
from hub.sequence import write_transaction

DEFAULT_AUTO_LOCK_MINUTES: Final = 10
AUTO_LOCK_SETTING: Final = "auto_lock_minutes"
MAX_AUTO_LOCK_MINUTES: Final = 24 * 60


@dataclass(frozen=True, slots=True)
class WorkstationPolicy:
    auto_lock_minutes: int
    max_attachment_bytes: int

    def as_json(self) -> dict[str, int]:
        return {
            "auto_lock_minutes": self.auto_lock_minutes,
            "max_attachment_bytes": self.max_attachment_bytes,
        }


def add_client_policies(conn: Connection, changes: list[dict[str, Any]]) -> None:
    """Complete each client change of a page with the client's ``retention_days``."""
    client_data = [change["data"] for change in changes if change["type"] == "client"]
    if not client_data:
        return
    ids = [data["id"] for data in client_data]
    days = dict(
        conn.execute(
            select(client_policies.c.client_id, client_policies.c.retention_days).where(
                client_policies.c.client_id.in_(ids)
            )
        ).all()
    )
    for data in client_data:
        data["retention_days"] = days.get(data["id"])


def set_retention_days(engine: Engine, client_id: int, days: int | None) -> None:
    """Set (or with None remove) a client's retention period. The client gets a new
    sequence number so that every expert serving it receives the new policy."""
    if days is not None and days < 1:
        raise ValueError("the retention period must be at least one day")
    with write_transaction(engine) as tx:
        tx.conn.execute(delete(client_policies).where(client_policies.c.client_id == client_id))
        if days is not None:
            tx.conn.execute(
                insert(client_policies).values(client_id=client_id, retention_days=days)
            )
        changed = tx.conn.execute(
            update(clients).where(clients.c.id == client_id).values(seq=tx.next_seq())
        ).rowcount
        if changed != 1:
            raise LookupError(f"no client with id {client_id}")


def workstation_policy(conn: Connection) -> WorkstationPolicy:
    stored = conn.execute(
        select(hub_settings.c.value).where(hub_settings.c.key == AUTO_LOCK_SETTING)
    ).scalar()
    minutes = int(stored) if stored is not None else DEFAULT_AUTO_LOCK_MINUTES
    return WorkstationPolicy(auto_lock_minutes=minutes, max_attachment_bytes=MAX_ATTACHMENT_BYTES)


def set_auto_lock_minutes(engine: Engine, minutes: int) -> None:
    if not 1 <= minutes <= MAX_AUTO_LOCK_MINUTES:
        raise ValueError(f"the auto-lock delay must be 1 to {MAX_AUTO_LOCK_MINUTES} minutes")
    with write_transaction(engine) as tx:
        tx.conn.execute(delete(hub_settings).where(hub_settings.c.key == AUTO_LOCK_SETTING))
        tx.conn.execute(insert(hub_settings).values(key=AUTO_LOCK_SETTING, value=str(minutes)))
