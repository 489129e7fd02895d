"""``time_entry``: record a stretch of work or break, or correct one already recorded.

The payload's ``entry_id`` is the workstation's id of the entry. The first mutation for an
id records it; any later one is a correction and needs ``correction.reason``
(``reason_required``); the previous values go to the entry's correction history. Refused
with ``overlap`` when the time overlaps another entry of the expert's, and ``approved``
when operations already approved the entry. Work outside the expert's booked windows is
applied but flagged: ``unpaid`` and ``unpaid_seconds`` in the result and in sync.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import Connection, Row, delete, insert, select, update

from hub.clock import to_naive_utc
from hub.mutations.base import MutationContext, Rejected
from hub.mutations.payload import invalid, require_choice, require_only, require_text
from hub.schema import (
    TIME_ENTRY_KINDS,
    TIME_ENTRY_LOCATIONS,
    cases,
    time_entries,
    time_entry_cases,
    time_entry_corrections,
)
from hub.time_entries import unpaid_seconds

MAX_ENTRY_SECONDS = 24 * 60 * 60
MAX_ENTRY_ID_CHARS = 100
MAX_REASON_CHARS = 2000
MAX_CASES_PER_ENTRY = 200
# Workstation clocks drift; an entry may end slightly "in the future" of the hub.
ALLOWED_CLOCK_SKEW = timedelta(minutes=5)

_FIELDS = ("entry_id", "starts_at", "ends_at", "kind", "location", "cases", "correction")


def _time(payload: Mapping[str, Any], field: str) -> datetime:
    value = payload.get(field)
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None:
            return to_naive_utc(moment)
    raise invalid(f"'{field}' must be an ISO 8601 time with a time zone offset.")


def _cases(payload: Mapping[str, Any], duration: int) -> dict[int, int]:
    raw = payload.get("cases", [])
    if not isinstance(raw, list) or len(raw) > MAX_CASES_PER_ENTRY:
        raise invalid(f"'cases' must be a list of at most {MAX_CASES_PER_ENTRY} objects.")
    attributed: dict[int, int] = {}
    for item in raw:
        case_id = item.get("case_id") if isinstance(item, dict) else None
        seconds = item.get("seconds") if isinstance(item, dict) else None
        if (
            type(case_id) is not int
            or case_id <= 0
            or type(seconds) is not int
            or seconds < 0
            or case_id in attributed
        ):
            raise invalid(
                "Every item of 'cases' needs a distinct positive 'case_id' and whole 'seconds'."
            )
        attributed[case_id] = seconds
    if sum(attributed.values()) > duration:
        raise invalid("The seconds in 'cases' add up to more than the entry lasts.")
    return attributed


def _correction_reason(payload: Mapping[str, Any]) -> str | None:
    correction = payload.get("correction")
    if correction is None:
        return None
    if not isinstance(correction, dict):
        raise invalid("'correction' must be an object.")
    return require_text(correction, "reason", min_chars=1, max_chars=MAX_REASON_CHARS).strip()


def apply(context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
    require_only(payload, _FIELDS, "time_entry")
    entry_id = require_text(
        payload, "entry_id", min_chars=1, max_chars=MAX_ENTRY_ID_CHARS, single_line=True
    )
    starts_at = _time(payload, "starts_at")
    ends_at = _time(payload, "ends_at")
    duration = int((ends_at - starts_at).total_seconds())
    if not 0 < duration <= MAX_ENTRY_SECONDS:
        raise invalid("'ends_at' must be after 'starts_at', by at most 24 hours.")
    if ends_at > context.now + ALLOWED_CLOCK_SKEW:
        raise invalid("'ends_at' must not be in the future.")
    kind = require_choice(payload, "kind", TIME_ENTRY_KINDS)
    location = require_choice(payload, "location", TIME_ENTRY_LOCATIONS)
    attributed = _cases(payload, duration)
    reason = _correction_reason(payload)
    conn = context.tx.conn
    expert_id = context.expert.id

    existing = conn.execute(select(time_entries).where(time_entries.c.id == entry_id)).first()
    if existing is not None and existing.expert_id != expert_id:
        raise Rejected("id_conflict", "This entry id was used by someone else.")
    if existing is None and reason is not None:
        raise Rejected("not_found", "There is no recorded entry with this id to correct.")
    if existing is not None and reason is None:
        raise Rejected("reason_required", "A change to a recorded entry needs a reason.")
    if existing is not None and existing.status == "approved":
        raise Rejected("approved", "This entry is approved and can no longer be changed.")
    if attributed:
        known = set(
            conn.execute(select(cases.c.id).where(cases.c.id.in_(sorted(attributed)))).scalars()
        )
        if known != set(attributed):
            raise Rejected("not_found", "A case in 'cases' does not exist.")
    clash = conn.execute(
        select(time_entries.c.starts_at, time_entries.c.ends_at)
        .where(
            time_entries.c.expert_id == expert_id,
            time_entries.c.id != entry_id,
            time_entries.c.starts_at < ends_at,
            time_entries.c.ends_at > starts_at,
        )
        .limit(1)
    ).first()
    if clash is not None:
        raise Rejected(
            "overlap",
            "This time overlaps another entry of yours "
            f"({clash.starts_at:%Y-%m-%d %H:%M:%S} to {clash.ends_at:%H:%M:%S} UTC).",
        )

    unpaid = unpaid_seconds(conn, expert_id, starts_at, ends_at) if kind == "work" else 0
    values = {
        "starts_at": starts_at,
        "ends_at": ends_at,
        "kind": kind,
        "location": location,
        "unpaid_seconds": unpaid,
        "seq": context.tx.next_seq(),
    }
    if existing is None:
        version = 1
        conn.execute(
            insert(time_entries).values(
                id=entry_id,
                expert_id=expert_id,
                status="recorded",
                version=version,
                recorded_at=context.now,
                **values,
            )
        )
    else:
        assert reason is not None
        version = existing.version + 1
        conn.execute(
            insert(time_entry_corrections).values(
                entry_id=entry_id,
                version=version,
                reason=reason,
                corrected_at=context.now,
                previous=_previous(conn, existing),
            )
        )
        conn.execute(
            update(time_entries)
            .where(time_entries.c.id == entry_id)
            .values(version=version, **values)
        )
        conn.execute(delete(time_entry_cases).where(time_entry_cases.c.entry_id == entry_id))
    if attributed:
        conn.execute(
            insert(time_entry_cases),
            [
                {"entry_id": entry_id, "case_id": case_id, "seconds": seconds}
                for case_id, seconds in sorted(attributed.items())
            ],
        )
    return {
        "entry_id": entry_id,
        "version": version,
        "status": "recorded",
        "unpaid": unpaid > 0,
        "unpaid_seconds": unpaid,
    }


def _previous(conn: Connection, existing: Row[Any]) -> str:
    attributed = conn.execute(
        select(time_entry_cases.c.case_id, time_entry_cases.c.seconds)
        .where(time_entry_cases.c.entry_id == existing.id)
        .order_by(time_entry_cases.c.case_id)
    ).all()
    return orjson.dumps(
        {
            "starts_at": existing.starts_at,
            "ends_at": existing.ends_at,
            "kind": existing.kind,
            "location": existing.location,
            "cases": [{"case_id": case_id, "seconds": seconds} for case_id, seconds in attributed],
        },
        option=orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z,
    ).decode("utf-8")
