"""A thin synchronous client for the hub API and an independent visibility oracle."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import Engine, text

from hub import admin
from tests.support.hub_server import RunningHub


@dataclass
class Session:
    http: httpx.Client
    access_token: str
    refresh_token: str
    expert_id: int

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}

    def changes(self, cursor: str | None = None, limit: int | None = None) -> httpx.Response:
        params: dict[str, Any] = {}
        if cursor is not None:
            params["cursor"] = cursor
        if limit is not None:
            params["limit"] = limit
        return self.http.get("/sync/changes", params=params, headers=self.headers)

    def page(self, cursor: str | None = None, limit: int | None = None) -> dict[str, Any]:
        response = self.changes(cursor, limit)
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        return page

    def sync_all(
        self, cursor: str | None = None, limit: int = 500
    ) -> tuple[str, list[dict[str, Any]]]:
        """Follow ``has_more`` to the end; returns the final cursor and every change."""
        changes: list[dict[str, Any]] = []
        while True:
            page = self.page(cursor, limit)
            changes.extend(page["changes"])
            cursor = page["cursor"]
            if not page["has_more"]:
                assert isinstance(cursor, str)
                return cursor, changes

    def mutate(self, mutations: list[dict[str, Any]]) -> httpx.Response:
        return self.http.post(
            "/sync/mutations", json={"mutations": mutations}, headers=self.headers
        )

    def claim(self, case_id: int, mutation_id: str | None = None) -> dict[str, Any]:
        return self.apply(claim_mutation(case_id, mutation_id))

    def apply(self, mutation: dict[str, Any]) -> dict[str, Any]:
        """Send one mutation and return its answer."""
        response = self.mutate([mutation])
        assert response.status_code == 200, response.text
        (result,) = response.json()["results"]
        assert isinstance(result, dict)
        return result

    def act(self, mutation_type: str, **payload: Any) -> dict[str, Any]:
        """Send one mutation of ``mutation_type`` with a fresh id; returns its answer."""
        return self.apply(mutation(mutation_type, **payload))

    def case(self, case_id: int) -> dict[str, Any]:
        """The case's newest document from a full sync (fails if it is not visible)."""
        _cursor, changes = self.sync_all(limit=2000)
        return case_changes(changes)[case_id]


def mutation(mutation_type: str, mutation_id: str | None = None, **payload: Any) -> dict[str, Any]:
    return {
        "id": mutation_id or str(uuid.uuid4()),
        "type": mutation_type,
        "payload": payload,
        "created_at": "2026-11-24T17:29:58Z",
    }


def claim_mutation(case_id: Any, mutation_id: str | None = None) -> dict[str, Any]:
    return {
        "id": mutation_id or str(uuid.uuid4()),
        "type": "claim",
        "payload": {"case_id": case_id},
        "created_at": "2026-11-24T17:29:58Z",
    }


@contextmanager
def http_client(hub: RunningHub) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=hub.url, timeout=30) as client:
        yield client


def login(http: httpx.Client, username: str, password: str = "demo") -> Session:
    response = http.post(
        "/auth/login", json={"username": username, "password": password, "device_name": "test"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    return Session(
        http=http,
        access_token=body["access_token"],
        refresh_token=body["refresh_token"],
        expert_id=body["expert"]["id"],
    )


def case_changes(changes: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The newest document of every case in a list of changes, by id."""
    return {change["data"]["id"]: change["data"] for change in changes if change["type"] == "case"}


def removed_ids(changes: list[dict[str, Any]]) -> set[int]:
    return {change["data"]["id"] for change in changes if change["type"] == "case_removed"}


def expected_visible_case_ids(engine: Engine, username: str) -> set[int]:
    """The visibility rule of docs/sync-protocol.md, evaluated in plain Python over the
    raw tables, so it does not share code with the hub's SQL."""
    with engine.connect() as conn:
        expert_id = conn.execute(
            text("SELECT id FROM experts WHERE username = :u"), {"u": username}
        ).scalar_one()
        served = set(
            conn.execute(
                text("SELECT client_id FROM expert_clients WHERE expert_id = :e"), {"e": expert_id}
            ).scalars()
        )
        skills: dict[str, set[str]] = {"channel": set(), "language": set(), "topic": set()}
        for kind, value in conn.execute(
            text("SELECT kind, value FROM expert_skills WHERE expert_id = :e"), {"e": expert_id}
        ):
            skills[kind].add(value)
        rows = conn.execute(
            text(
                "SELECT id, client_id, channel, language, topic, status, assigned_expert_id "
                "FROM cases"
            )
        ).all()
        declined = set(
            conn.execute(
                text("SELECT case_id FROM case_declines WHERE expert_id = :e"), {"e": expert_id}
            ).scalars()
        )
    visible = set()
    for case_id, client_id, channel, language, topic, status, assignee in rows:
        mine = assignee == expert_id
        offer = (
            status == "offered"
            and case_id not in declined
            and assignee is None
            and client_id in served
            and channel in skills["channel"]
            and language in skills["language"]
            and (topic is None or topic in skills["topic"])
        )
        if mine or offer:
            visible.add(case_id)
    return visible


def template_changes(changes: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The newest document of every template in a list of changes, by id."""
    return {
        change["data"]["id"]: change["data"] for change in changes if change["type"] == "template"
    }


def removed_template_ids(changes: list[dict[str, Any]]) -> set[int]:
    return {change["data"]["id"] for change in changes if change["type"] == "template_removed"}


def relogin(session: Session, username: str) -> Session:
    """A new session for ``username`` on the same connection, e.g. after the test moved the
    hub's clock past the access token's lifetime."""
    return login(session.http, username)


def assigned_case(
    engine: Engine,
    username: str,
    channel: str,
    *,
    client_id: int = 1,
    language: str = "de",
    topic: str | None = "vat",
) -> int:
    """A new case of ``channel`` that operations assigned to ``username`` (no lease)."""
    return admin.create_case(
        engine,
        client_id=client_id,
        channel=channel,
        subject="Umsatzsteuer-Voranmeldung",
        customer_name="Ute Roth",
        customer_contact="ute.roth@example.de",
        language=language,
        topic=topic,
        body_text="Guten Tag, wie übermittle ich die Voranmeldung?",
        assigned_username=username,
    )


def shared_offer(petra: dict[int, Any], jonas: dict[int, Any]) -> int:
    """An offer both experts see (an accounting forum case about installation or billing)."""
    shared = sorted(
        case_id for case_id, doc in petra.items() if doc["status"] == "offered" and case_id in jonas
    )
    assert shared, "the demo data must contain offers two experts share"
    return shared[0]
