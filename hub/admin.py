"""Operations and test helpers: plain functions over an Engine, no HTTP.

They write through ``hub.cases`` exactly like the mutation handlers, so every change gets
a sequence number and tombstones for experts who lose sight of a case.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select

from hub import templates as template_writes
from hub import windows as window_writes
from hub.cases import (
    CaseNotFound,
    NewCase,
    NewMessage,
    add_message,
    change_case,
    hide_cases_from_expert,
    insert_cases,
    update_case,
)
from hub.clock import utc_now
from hub.db import begin_write
from hub.earnings.ledger import book_window_hours
from hub.leases import renewed_lease
from hub.schema import (
    CASE_STATUSES,
    cases,
    expert_clients,
    expert_quotas,
    experts,
    window_bookings,
)
from hub.sequence import write_transaction
from hub.sla import answer_due
from hub.time_entries import QuotaReport, approve_entries, expert_entries, quota_report
from hub.visibility import load_profile, qualifying_offer_clause
from hub.windows import NewWindow


class UnknownExpert(LookupError):
    def __init__(self, username: str) -> None:
        super().__init__(f"no expert with user name {username!r}")
        self.username = username


def _expert_id(conn: Connection, username: str) -> int:
    found = conn.execute(select(experts.c.id).where(experts.c.username == username)).scalar()
    if found is None:
        raise UnknownExpert(username)
    return int(found)


def expert_id(engine: Engine, username: str) -> int:
    with engine.connect() as conn:
        return _expert_id(conn, username)


def create_case(
    engine: Engine,
    *,
    client_id: int,
    channel: str,
    subject: str,
    customer_name: str,
    customer_contact: str,
    language: str = "de",
    topic: str | None = None,
    priority: str = "normal",
    sla_due: datetime | None = None,
    body_text: str,
    body_html: str | None = None,
    assigned_username: str | None = None,
    now: datetime | None = None,
) -> int:
    """A new case with one customer message: an offer, or ``open`` for the given expert."""
    moment = now or utc_now()
    with write_transaction(engine) as tx:
        assignee = _expert_id(tx.conn, assigned_username) if assigned_username else None
        (case_id,) = insert_cases(
            tx,
            [
                NewCase(
                    client_id=client_id,
                    channel=channel,
                    subject=subject,
                    customer_name=customer_name,
                    customer_contact=customer_contact,
                    language=language,
                    topic=topic,
                    priority=priority,
                    sla_due=sla_due,
                    status="offered" if assignee is None else "open",
                    assigned_expert_id=assignee,
                    created_at=moment,
                    messages=[
                        NewMessage(
                            direction="in",
                            author=customer_name,
                            body_text=body_text,
                            body_html=body_html,
                            created_at=moment,
                        )
                    ],
                )
            ],
            now=moment,
        )
    return case_id


def add_customer_message(
    engine: Engine,
    case_id: int,
    body_text: str,
    body_html: str | None = None,
    *,
    now: datetime | None = None,
) -> int:
    """Append an incoming message from the case's customer; returns the message id.
    The case's status does not change."""
    moment = now or utc_now()
    with write_transaction(engine) as tx:
        customer = tx.conn.execute(
            select(cases.c.customer_name).where(cases.c.id == case_id)
        ).scalar()
        message_id, _version = add_message(
            tx,
            case_id,
            NewMessage(
                direction="in",
                author=customer if customer is not None else "",
                body_text=body_text,
                body_html=body_html,
            ),
            now=moment,
        )
    return message_id


def receive_customer_message(
    engine: Engine,
    case_id: int,
    body_text: str,
    body_html: str | None = None,
    *,
    now: datetime | None = None,
) -> int:
    """The customer writes again; returns the message id. A ``waiting`` case reopens with a
    fresh answer deadline and, if it had a lease, a fresh lease; any case that is not closed
    and has no deadline gets one."""
    moment = now or utc_now()
    with write_transaction(engine) as tx:
        case = tx.conn.execute(
            select(
                cases.c.channel,
                cases.c.customer_name,
                cases.c.status,
                cases.c.sla_due,
                cases.c.claim_expires_at,
            ).where(cases.c.id == case_id)
        ).first()
        if case is None:
            raise CaseNotFound(case_id)
        values: dict[str, Any] = {}
        if case.status == "waiting":
            values = {
                "status": "open",
                "sla_due": answer_due(case.channel, moment),
                "claim_expires_at": renewed_lease(case.claim_expires_at, moment),
            }
        elif case.status != "closed" and case.sla_due is None:
            values = {"sla_due": answer_due(case.channel, moment)}
        written = change_case(
            tx,
            case_id,
            values,
            now=moment,
            message=NewMessage(
                direction="in",
                author=case.customer_name,
                body_text=body_text,
                body_html=body_html,
            ),
        )
    assert written.message_id is not None
    return written.message_id


def reassign_case(
    engine: Engine, case_id: int, username: str | None, *, now: datetime | None = None
) -> None:
    """Give the case to ``username`` (an offer becomes ``open``), or with ``None`` put it
    back into the pool as an offer."""
    moment = now or utc_now()
    with write_transaction(engine) as tx:
        if username is None:
            values: dict[str, object] = {
                "assigned_expert_id": None,
                "status": "offered",
                "claim_expires_at": None,
            }
        else:
            status = tx.conn.execute(select(cases.c.status).where(cases.c.id == case_id)).scalar()
            values = {
                "assigned_expert_id": _expert_id(tx.conn, username),
                "status": "open" if status in (None, "offered") else status,
                "claim_expires_at": None,
            }
        update_case(tx, case_id, values, now=moment)


def set_case_status(
    engine: Engine, case_id: int, status: str, *, now: datetime | None = None
) -> None:
    """Set the status. ``offered`` puts the case back into the pool; the other statuses
    need an assigned expert (``ValueError`` otherwise)."""
    if status not in CASE_STATUSES:
        raise ValueError(f"status must be one of {', '.join(CASE_STATUSES)}, not {status!r}")
    if status == "offered":
        reassign_case(engine, case_id, None, now=now)
        return
    with write_transaction(engine) as tx:
        values: dict[str, object] = {"status": status}
        if status == "closed":
            values["claim_expires_at"] = None
        update_case(tx, case_id, values, now=now or utc_now())


def stop_serving_client(engine: Engine, username: str, client_id: int) -> None:
    """The expert no longer works for the client: its offers, templates and windows leave
    their view (tombstones) and their bookings of its windows are cancelled; cases
    assigned to them stay theirs. ``ValueError`` if they do not serve it.
    """
    with write_transaction(engine) as tx:
        expert = _expert_id(tx.conn, username)
        profile = load_profile(tx.conn, expert)
        assert profile is not None
        if client_id not in profile.client_ids:
            raise ValueError(f"{username} does not serve client {client_id}")
        offers = list(
            tx.conn.execute(
                select(cases.c.id).where(
                    qualifying_offer_clause(profile), cases.c.client_id == client_id
                )
            ).scalars()
        )
        tx.conn.execute(
            delete(expert_clients).where(
                expert_clients.c.expert_id == expert, expert_clients.c.client_id == client_id
            )
        )
        hide_cases_from_expert(tx, expert, offers)
        template_writes.hide_client_templates(tx, expert, client_id)
        window_writes.hide_client_windows(tx, expert, client_id)


def create_template(
    engine: Engine,
    *,
    client_id: int,
    channel: str | None,
    language: str,
    title: str,
    body: str,
    now: datetime | None = None,
) -> int:
    """A new reply template for the client; ``ValueError`` for bad fields, such as an
    unknown variable in the body."""
    with write_transaction(engine) as tx:
        (template_id,) = template_writes.insert_templates(
            tx,
            [
                template_writes.NewTemplate(
                    client_id=client_id, channel=channel, language=language, title=title, body=body
                )
            ],
            now=now or utc_now(),
        )
    return template_id


def update_template(
    engine: Engine, template_id: int, *, now: datetime | None = None, **values: Any
) -> None:
    """Change ``channel``, ``language``, ``title`` or ``body`` of a template."""
    with write_transaction(engine) as tx:
        template_writes.update_template(tx, template_id, values, now=now or utc_now())


def delete_template(engine: Engine, template_id: int) -> None:
    with write_transaction(engine) as tx:
        template_writes.delete_template(tx, template_id)


def create_window(engine: Engine, window: NewWindow) -> int:
    """Offer a new shift window to every expert who serves its client."""
    with write_transaction(engine) as tx:
        (window_id,) = window_writes.insert_windows(tx, [window])
    return window_id


def delete_window(engine: Engine, window_id: int) -> None:
    """Withdraw a window, bookings included; ``WindowNotFound`` if there is none."""
    with write_transaction(engine) as tx:
        window_writes.remove_window(tx, window_id)


def approve_time(engine: Engine, username: str, until: date, now: datetime | None = None) -> int:
    """Approve the expert's recorded time entries up to and including ``until``."""
    with write_transaction(engine) as tx:
        expert = _expert_id(tx.conn, username)
        moment = now or utc_now()
        approved = approve_entries(tx, expert, until, moment)
        book_window_hours(tx, expert, moment)
        return approved


def time_entries_of(engine: Engine, username: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return expert_entries(conn, _expert_id(conn, username))


def set_on_site_quota(engine: Engine, username: str, percent: int | None) -> None:
    """Set (or with ``None`` remove) the share of annual hours the expert works on site."""
    with begin_write(engine) as conn:
        expert = _expert_id(conn, username)
        conn.execute(delete(expert_quotas).where(expert_quotas.c.expert_id == expert))
        if percent is not None:
            conn.execute(insert(expert_quotas).values(expert_id=expert, on_site_percent=percent))


def on_site_quota(engine: Engine, username: str, year: int) -> QuotaReport:
    with engine.connect() as conn:
        return quota_report(conn, _expert_id(conn, username), year)


def book_expert(engine: Engine, username: str, window_id: int, now: datetime | None = None) -> None:
    """Operations books the expert into the window, past the expert-facing rules (e.g.
    afterwards, for a shift worked on short notice)."""
    with write_transaction(engine) as tx:
        expert = _expert_id(tx.conn, username)
        tx.conn.execute(
            insert(window_bookings).values(
                window_id=window_id, expert_id=expert, booked_at=now or utc_now()
            )
        )
        window_writes.restamp_window(tx, window_id)
