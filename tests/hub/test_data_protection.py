"""Hub side of data protection: attachments, retention policies, audit events and the
data-subject report."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from hub import admin
from hub.attachments import NewAttachment, insert_attachments
from hub.cli import main
from hub.demo.attachments import invoice_pdf
from hub.policies import DEFAULT_AUTO_LOCK_MINUTES, set_auto_lock_minutes, set_retention_days
from hub.sequence import write_transaction
from tests.hub.helpers import assigned_case, case_changes, http_client, login
from tests.support.hub_server import RunningHub


def _attachments_in(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        attachment
        for doc in case_changes(changes).values()
        for message in doc["messages"]
        for attachment in message.get("attachments", [])
    ]


def test_demo_attachments_are_announced_and_only_viewers_may_fetch_them(
    hub_server: RunningHub,
) -> None:
    with http_client(hub_server) as http:
        petra, jonas = login(http, "petra"), login(http, "jonas")
        _cursor, petra_changes = petra.sync_all()
        _cursor, jonas_changes = jonas.sync_all()
        listed = _attachments_in(petra_changes) + _attachments_in(jonas_changes)
        assert {item["media_type"] for item in listed} >= {"application/pdf", "image/png"}
        assert all("content" not in item for item in listed)

        mine = _attachments_in(petra_changes)[0]
        fetched = http.get(f"/attachments/{mine['id']}", headers=petra.headers)
        assert fetched.status_code == 200
        assert len(fetched.content) == mine["size"]
        assert fetched.headers["content-type"] == "application/octet-stream"
        assert fetched.headers["content-disposition"].startswith("attachment;")

        jonas_ids = {item["id"] for item in _attachments_in(jonas_changes)}
        if mine["id"] not in jonas_ids:
            refused = http.get(f"/attachments/{mine['id']}", headers=jonas.headers)
            assert refused.status_code == 404
        assert http.get("/attachments/999999", headers=petra.headers).status_code == 404
        assert http.get(f"/attachments/{mine['id']}").status_code == 401


def test_a_new_attachment_reaches_the_expert_with_its_message(hub_server: RunningHub) -> None:
    case_id = assigned_case(hub_server.engine, "petra", "email")
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        cursor, _changes = petra.sync_all()
        message_id = admin.add_customer_message(hub_server.engine, case_id, "Anbei die Rechnung")
        with write_transaction(hub_server.engine) as tx:
            insert_attachments(
                tx, message_id, [NewAttachment("Rechnung.pdf", "application/pdf", invoice_pdf())]
            )
        _cursor, changes = petra.sync_all(cursor)
        doc = case_changes(changes)[case_id]
        assert doc["messages"][-1]["attachments"] == [
            {
                "id": doc["messages"][-1]["attachments"][0]["id"],
                "name": "Rechnung.pdf",
                "media_type": "application/pdf",
                "size": len(invoice_pdf()),
            }
        ]
        assert "attachments" not in doc["messages"][0]


def test_retention_and_auto_lock_policies_reach_the_expert(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        cursor, changes = petra.sync_all()
        clients = [c["data"] for c in changes if c["type"] == "client"]
        assert clients and all(c["retention_days"] is None for c in clients)
        policy = http.get("/policy", headers=petra.headers).json()
        assert policy["auto_lock_minutes"] == DEFAULT_AUTO_LOCK_MINUTES

        set_retention_days(hub_server.engine, clients[0]["id"], 30)
        set_auto_lock_minutes(hub_server.engine, 5)
        _cursor, later = petra.sync_all(cursor)
        assert [c["data"] for c in later if c["type"] == "client"] == [
            {"id": clients[0]["id"], "name": clients[0]["name"], "retention_days": 30}
        ]
        assert http.get("/policy", headers=petra.headers).json()["auto_lock_minutes"] == 5


def _event(action: str, case_id: int | None, when: str = "2026-11-24T17:30:00Z") -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "action": action, "case_id": case_id, "occurred_at": when}


def test_audit_uploads_are_idempotent_and_feed_the_subject_report(
    hub_server: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = assigned_case(hub_server.engine, "petra", "email")
    events = [
        _event("open_case", case_id, "2026-11-24T17:30:00Z"),
        _event("copy_contact", case_id, "2026-11-24T17:31:00Z"),
        _event("reply", case_id, "2026-11-24T17:35:00Z"),
    ]
    with http_client(hub_server) as http:
        petra, jonas = login(http, "petra"), login(http, "jonas")
        body = {"device_id": "petra-laptop", "events": events}
        first = http.post("/audit/events", json=body, headers=petra.headers)
        again = http.post("/audit/events", json=body, headers=petra.headers)
        assert first.json() == {"stored": 3, "duplicates": 0, "conflicting_ids": []}
        assert again.json() == {"stored": 0, "duplicates": 3, "conflicting_ids": []}
        stolen = http.post(
            "/audit/events",
            json={"device_id": "x", "events": events[:1]},
            headers=jonas.headers,
        )
        assert stolen.json()["conflicting_ids"] == [events[0]["id"]]
        bad = http.post(
            "/audit/events",
            json={"device_id": "x", "events": [_event("delete_everything", case_id)]},
            headers=petra.headers,
        )
        assert bad.status_code == 400

    assert (
        main(
            ["admin", "subject-report", "UTE.ROTH@example.de", "--json", "--db", hub_server.db_url]
        )
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert [
        (line["action"], line["expert"], line["device_id"], line["case_id"]) for line in report
    ] == [
        ("open_case", "petra", "petra-laptop", case_id),
        ("copy_contact", "petra", "petra-laptop", case_id),
        ("reply", "petra", "petra-laptop", case_id),
    ]
    assert report[0]["occurred_at"] == "2026-11-24T17:30:00Z"

    assert main(["admin", "subject-report", f"case:{case_id}", "--db", hub_server.db_url]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["time", "(UTC)", "expert", "device", "action", "case", "detail"]
    assert len(table) == 4 and "copy_contact" in table[2] and f"#{case_id}" in table[3]

    assert main(["admin", "subject-report", "nobody@example.de", "--db", hub_server.db_url]) == 0
    assert "No recorded access" in capsys.readouterr().out


def test_retention_and_auto_lock_commands(
    hub_server: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["admin", "retention", "--client", "1", "--days", "14", "--db", hub_server.db_url])
        == 0
    )
    assert "14 days" in capsys.readouterr().out
    assert (
        main(["admin", "retention", "--client", "999", "--clear", "--db", hub_server.db_url]) == 1
    )
    assert main(["admin", "auto-lock", "--minutes", "3", "--db", hub_server.db_url]) == 0
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        assert http.get("/policy", headers=petra.headers).json()["auto_lock_minutes"] == 3


def test_a_locked_app_checks_the_password_with_the_hub(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        right = http.post("/auth/verify-password", json={"password": "demo"}, headers=petra.headers)
        wrong = http.post(
            "/auth/verify-password", json={"password": "jonas"}, headers=petra.headers
        )
        anonymous = http.post("/auth/verify-password", json={"password": "demo"})
    assert right.status_code == 204
    assert (wrong.status_code, wrong.json()["error"]) == (401, "invalid_credentials")
    assert anonymous.status_code == 401
