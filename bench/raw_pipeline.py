"""The physical limit of an initial sync: plain httpx, orjson and ``executemany``.

The same change pages the app fetches are read from the real hub with a bare
``httpx.AsyncClient``, turned into row tuples by hand (no validation), and written with
``sqlcipher3`` ``executemany`` into an SQLCipher file of the app's schema (created by the
app's own migrations, then closed). After the last page, one ``INSERT … SELECT`` fills
the contentless FTS table from the stored rows: the "load first, then index once" design.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import httpx
import orjson
import sqlcipher3.dbapi2 as sqlcipher

from workstation.domain.changes import CASE_COLUMNS, MESSAGE_COLUMNS
from workstation.store.database import new_cache_key, open_cache

PAGE_LIMIT: Final = 2000  # the hub's largest page

_INSERT_CASES: Final = (
    f"INSERT INTO cases ({', '.join(CASE_COLUMNS)}) VALUES ({', '.join('?' * len(CASE_COLUMNS))})"
)
_INSERT_MESSAGES: Final = (
    f"INSERT INTO messages ({', '.join(MESSAGE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(MESSAGE_COLUMNS))})"
)
_INDEX_ALL: Final = (
    "INSERT INTO case_fts (rowid, subject, customer, body) "
    "SELECT c.id, c.subject, "
    "CASE WHEN c.customer_contact IS NULL THEN c.customer_name "
    "ELSE c.customer_name || ' ' || c.customer_contact END, "
    "(SELECT group_concat(m.body_text, char(10)) FROM messages AS m WHERE m.case_id = c.id) "
    "FROM cases AS c"
)


@dataclass(frozen=True, slots=True)
class RawResult:
    cases: int
    seconds: float
    fetch_seconds: float


async def raw_initial_sync(hub_url: str, username: str, password: str, path: Path) -> RawResult:
    """Sync every case of ``username`` into a new cache at ``path``; timed from the first
    change request to the committed FTS index (login and schema creation excluded)."""
    key = new_cache_key()
    open_cache(path, key).dispose()
    connection = sqlcipher.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    async with httpx.AsyncClient(base_url=hub_url, timeout=60) as client:
        login = await client.post("/auth/login", json={"username": username, "password": password})
        login.raise_for_status()
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        started = time.perf_counter()
        fetching = 0.0
        cursor = "0"
        cases = 0
        try:
            while True:
                fetch_started = time.perf_counter()
                response = await client.get(
                    "/sync/changes", params={"cursor": cursor, "limit": PAGE_LIMIT}, headers=headers
                )
                response.raise_for_status()
                page = orjson.loads(response.content)
                fetching += time.perf_counter() - fetch_started
                cases += _write_page(connection, page["changes"])
                if not page["has_more"]:
                    break
                cursor = page["cursor"]
            connection.execute("BEGIN")
            connection.execute(_INDEX_ALL)
            connection.execute("COMMIT")
            seconds = time.perf_counter() - started
        finally:
            connection.close()
    return RawResult(cases=cases, seconds=seconds, fetch_seconds=fetching)


def _write_page(connection: Any, changes: list[dict[str, Any]]) -> int:
    case_rows: list[tuple[Any, ...]] = []
    message_rows: list[tuple[Any, ...]] = []
    for change in changes:
        if change["type"] != "case":
            continue
        data = change["data"]
        last_message_at = _epoch(data["created_at"])
        for message in data["messages"]:
            created = _epoch(message["created_at"])
            last_message_at = max(last_message_at, created)
            call_log = message.get("call_log") or {}
            message_rows.append(
                (
                    message["id"],
                    data["id"],
                    message["direction"],
                    message["author"],
                    message["body_text"],
                    message.get("body_html"),
                    created,
                    message.get("subject"),
                    message.get("visibility"),
                    call_log.get("outcome"),
                    call_log.get("duration_seconds"),
                )
            )
        case_rows.append(
            (
                data["id"],
                data["client_id"],
                data["channel"],
                data["subject"],
                data["customer_name"],
                data.get("customer_contact"),
                data["language"],
                data.get("topic"),
                data["status"],
                data["priority"],
                _optional_epoch(data.get("sla_due")),
                int(data.get("assigned_expert_id") is not None),
                _optional_epoch(data.get("claim_expires_at")),
                data["version"],
                _epoch(data["created_at"]),
                _epoch(data["updated_at"]),
                last_message_at,
                orjson.dumps(sorted(data.get("tags") or [])).decode(),
                data.get("outcome"),
            )
        )
    connection.execute("BEGIN")
    connection.executemany(_INSERT_CASES, case_rows)
    connection.executemany(_INSERT_MESSAGES, message_rows)
    connection.execute("COMMIT")
    return len(case_rows)


def _epoch(value: str) -> int:
    return int(datetime.fromisoformat(value).timestamp())


def _optional_epoch(value: str | None) -> int | None:
    return None if value is None else _epoch(value)
