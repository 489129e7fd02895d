"""Time entries: unpaid time, the change-feed documents, approval, listing and the on-site
quota.

An entry's ``unpaid_seconds`` are its work seconds outside every window the expert has
booked; it is computed when the entry is recorded or corrected and kept, so a later
cancellation of a window does not rewrite history already reported to the expert.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import Connection, select, update

from hub.schema import (
    expert_quotas,
    time_entries,
    time_entry_cases,
    time_entry_corrections,
    window_bookings,
    windows,
)
from hub.sequence import WriteTransaction


def unpaid_seconds(conn: Connection, expert_id: int, starts_at: datetime, ends_at: datetime) -> int:
    """Seconds of ``[starts_at, ends_at)`` outside the expert's booked windows."""
    booked = conn.execute(
        select(windows.c.starts_at, windows.c.ends_at)
        .join(window_bookings, window_bookings.c.window_id == windows.c.id)
        .where(
            window_bookings.c.expert_id == expert_id,
            windows.c.starts_at < ends_at,
            windows.c.ends_at > starts_at,
        )
        .order_by(windows.c.starts_at)
    ).all()
    covered = 0
    cursor = starts_at
    for window_start, window_end in booked:
        start = max(window_start, cursor)
        end = min(window_end, ends_at)
        if end > start:
            covered += int((end - start).total_seconds())
            cursor = end
    return int((ends_at - starts_at).total_seconds()) - covered


def entry_documents(conn: Connection, entry_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Change-feed documents of the entries, with case attribution and corrections."""
    if not entry_ids:
        return {}
    ids = list(entry_ids)
    documents: dict[str, dict[str, Any]] = {}
    for row in conn.execute(select(time_entries).where(time_entries.c.id.in_(ids))):
        documents[row.id] = {
            "id": row.id,
            "starts_at": row.starts_at,
            "ends_at": row.ends_at,
            "kind": row.kind,
            "location": row.location,
            "status": row.status,
            "unpaid": row.unpaid_seconds > 0,
            "unpaid_seconds": row.unpaid_seconds,
            "version": row.version,
            "cases": [],
            "corrections": [],
        }
    for entry_id, case_id, seconds in conn.execute(
        select(time_entry_cases.c.entry_id, time_entry_cases.c.case_id, time_entry_cases.c.seconds)
        .where(time_entry_cases.c.entry_id.in_(ids))
        .order_by(time_entry_cases.c.entry_id, time_entry_cases.c.case_id)
    ):
        documents[entry_id]["cases"].append({"case_id": case_id, "seconds": seconds})
    for correction in conn.execute(
        select(time_entry_corrections)
        .where(time_entry_corrections.c.entry_id.in_(ids))
        .order_by(time_entry_corrections.c.entry_id, time_entry_corrections.c.version)
    ):
        documents[correction.entry_id]["corrections"].append(
            {
                "version": correction.version,
                "reason": correction.reason,
                "corrected_at": correction.corrected_at,
                "previous": orjson.loads(correction.previous),
            }
        )
    return documents


def approve_entries(tx: WriteTransaction, expert_id: int, until: date, now: datetime) -> int:
    """Approve the expert's recorded entries that start before the end of ``until`` (UTC);
    each gets a new sequence number so the approval reaches the app. Returns the count."""
    day_after = datetime.combine(until + timedelta(days=1), datetime.min.time())
    entry_ids = (
        tx.conn.execute(
            select(time_entries.c.id)
            .where(
                time_entries.c.expert_id == expert_id,
                time_entries.c.status == "recorded",
                time_entries.c.starts_at < day_after,
            )
            .order_by(time_entries.c.starts_at)
        )
        .scalars()
        .all()
    )
    for entry_id, seq in zip(entry_ids, tx.take_seqs(len(entry_ids)), strict=True):
        tx.conn.execute(
            update(time_entries)
            .where(time_entries.c.id == entry_id)
            .values(status="approved", approved_at=now, seq=seq)
        )
    return len(entry_ids)


def expert_entries(conn: Connection, expert_id: int) -> list[dict[str, Any]]:
    """Every entry of the expert, oldest first, as change-feed documents."""
    entry_ids = (
        conn.execute(
            select(time_entries.c.id)
            .where(time_entries.c.expert_id == expert_id)
            .order_by(time_entries.c.starts_at)
        )
        .scalars()
        .all()
    )
    documents = entry_documents(conn, entry_ids)
    return [documents[entry_id] for entry_id in entry_ids]


@dataclass(frozen=True, slots=True)
class QuotaReport:
    year: int
    on_site_percent: int | None
    work_seconds: int
    on_site_seconds: int

    @property
    def on_site_share(self) -> float:
        return self.on_site_seconds / self.work_seconds if self.work_seconds else 0.0

    @property
    def required_on_site_seconds(self) -> int:
        """On-site seconds the quota asks for, given the work so far this year."""
        if self.on_site_percent is None:
            return 0
        return self.work_seconds * self.on_site_percent // 100

    @property
    def met(self) -> bool:
        return self.on_site_seconds >= self.required_on_site_seconds


def quota_report(conn: Connection, expert_id: int, year: int) -> QuotaReport:
    percent = conn.execute(
        select(expert_quotas.c.on_site_percent).where(expert_quotas.c.expert_id == expert_id)
    ).scalar()
    start = datetime(year, 1, 1)
    end = datetime(year + 1, 1, 1)
    work = on_site = 0
    for starts_at, ends_at, location in conn.execute(
        select(time_entries.c.starts_at, time_entries.c.ends_at, time_entries.c.location).where(
            time_entries.c.expert_id == expert_id,
            time_entries.c.kind == "work",
            time_entries.c.starts_at >= start,
            time_entries.c.starts_at < end,
        )
    ):
        seconds = int((ends_at - starts_at).total_seconds())
        work += seconds
        if location == "on_site":
            on_site += seconds
    return QuotaReport(
        year=year, on_site_percent=percent, work_seconds=work, on_site_seconds=on_site
    )
