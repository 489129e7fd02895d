"""Cursor paging of GET /sync/changes."""

from __future__ import annotations

from typing import Any

import pytest

from hub import admin
from tests.hub.helpers import case_changes, expected_visible_case_ids, http_client, login
from tests.support.hub_server import RunningHub


def test_paging_with_a_small_limit_reaches_exactly_the_visible_set(
    hub_server_each_db: RunningHub,
) -> None:
    expected = expected_visible_case_ids(hub_server_each_db.engine, "jonas")
    with http_client(hub_server_each_db) as http:
        jonas = login(http, "jonas")
        first = jonas.page(limit=9)
        total = len(first["changes"]) + first["remaining"]
        pages = [first]
        while pages[-1]["has_more"]:
            pages.append(jonas.page(pages[-1]["cursor"], limit=9))
        after_the_end = jonas.page(pages[-1]["cursor"], limit=9)

    changes: list[dict[str, Any]] = [c for page in pages for c in page["changes"]]
    assert len(pages) > 10
    assert all(len(page["changes"]) == 9 for page in pages[:-1])
    seqs = [change["seq"] for change in changes]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert set(case_changes(changes)) == expected
    assert len(changes) == total
    received = 0
    for page in pages:
        received += len(page["changes"])
        assert page["remaining"] == total - received
    assert pages[-1]["has_more"] is False
    assert after_the_end["changes"] == []
    assert after_the_end["has_more"] is False
    assert after_the_end["cursor"] == pages[-1]["cursor"]
    assert after_the_end["server_time"].endswith("Z")


def test_incremental_sync_brings_only_what_changed(hub_server_each_db: RunningHub) -> None:
    engine = hub_server_each_db.engine
    with http_client(hub_server_each_db) as http:
        petra = login(http, "petra")
        jonas = login(http, "jonas")
        petra_cursor, petra_changes = petra.sync_all()
        jonas_cursor, _ = jonas.sync_all()
        own = next(
            doc
            for doc in case_changes(petra_changes).values()
            if doc["assigned_expert_id"] == petra.expert_id and doc["client_id"] == 1
        )
        admin.add_customer_message(
            engine, own["id"], "Noch eine Frage dazu.", "<p>Noch eine Frage dazu.</p>"
        )
        petra_cursor_2, petra_news = petra.sync_all(petra_cursor)
        _jonas_cursor_2, jonas_news = jonas.sync_all(jonas_cursor)

    assert [change["type"] for change in petra_news] == ["case"]
    updated = petra_news[0]["data"]
    assert updated["id"] == own["id"]
    assert updated["version"] == own["version"] + 1
    assert len(updated["messages"]) == len(own["messages"]) + 1
    newest = updated["messages"][-1]
    assert newest["direction"] == "in"
    assert newest["author"] == own["customer_name"]
    assert newest["body_html"] == "<p>Noch eine Frage dazu.</p>"
    assert int(petra_cursor_2) > int(petra_cursor)
    assert jonas_news == []


def test_omitted_cursor_means_from_the_start(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        amira = login(http, "amira")
        assert amira.page(None, 50)["changes"] == amira.page("0", 50)["changes"]


@pytest.mark.parametrize("cursor", ["abc", "-1", "1.5", "99999999999", "１２", " 5"])
def test_a_cursor_the_hub_did_not_issue_is_refused(hub_server: RunningHub, cursor: str) -> None:
    with http_client(hub_server) as http:
        response = login(http, "petra").changes(cursor)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_cursor"


@pytest.mark.parametrize("limit", ["0", "2001", "ten"])
def test_a_limit_out_of_range_is_a_bad_request(hub_server: RunningHub, limit: str) -> None:
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        response = http.get("/sync/changes", params={"limit": limit}, headers=petra.headers)
    assert response.status_code == 400
    assert response.json()["error"] == "bad_request"


def test_case_documents_follow_the_protocol(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        _cursor, changes = login(http, "jonas").sync_all(limit=2000)
    documents = list(case_changes(changes).values())
    keys = {
        "id",
        "client_id",
        "channel",
        "subject",
        "customer_name",
        "customer_contact",
        "language",
        "topic",
        "status",
        "priority",
        "sla_due",
        "assigned_expert_id",
        "claim_expires_at",
        "version",
        "created_at",
        "updated_at",
        "outcome",
        "tags",
        "messages",
    }
    for document in documents:
        assert set(document) == keys
        assert document["created_at"].endswith("Z") and len(document["created_at"]) == 20
        assert document["tags"] == sorted(document["tags"])
        assert document["outcome"] in (None, "solved", "not_solvable", "escalated")
        message_ids = [message["id"] for message in document["messages"]]
        assert message_ids == sorted(message_ids)
        for message in document["messages"]:
            assert set(message) == {
                "id",
                "direction",
                "author",
                "body_text",
                "body_html",
                "created_at",
                "case_version",
                "subject",
                "visibility",
                "call_log",
            }
            assert 1 <= message["case_version"] <= document["version"]
