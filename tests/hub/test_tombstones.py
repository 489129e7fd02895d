"""Tombstones when a case leaves an expert's view."""

from __future__ import annotations

from hub import admin
from tests.hub.helpers import case_changes, http_client, login, removed_ids, shared_offer
from tests.support.hub_server import RunningHub


def test_claim_by_one_expert_removes_the_offer_for_the_others(
    hub_server_each_db: RunningHub,
) -> None:
    with http_client(hub_server_each_db) as http:
        petra = login(http, "petra")
        jonas = login(http, "jonas")
        amira = login(http, "amira")
        petra_cursor, petra_all = petra.sync_all()
        jonas_cursor, jonas_all = jonas.sync_all()
        amira_cursor, _ = amira.sync_all()
        case_id = shared_offer(case_changes(petra_all), case_changes(jonas_all))

        result = jonas.claim(case_id)
        assert result["status"] == "applied"

        _c, petra_news = petra.sync_all(petra_cursor)
        _c, jonas_news = jonas.sync_all(jonas_cursor)
        _c, amira_news = amira.sync_all(amira_cursor)
        # A client that was offline through all of it learns nothing about the case.
        _c, petra_from_scratch = petra.sync_all()

    assert [(c["type"], c["data"]["id"]) for c in petra_news] == [("case_removed", case_id)]
    claimed = case_changes(jonas_news)[case_id]
    assert claimed["status"] == "open"
    assert claimed["assigned_expert_id"] == jonas.expert_id
    assert claimed["claim_expires_at"] is not None
    assert claimed["version"] == result["result"]["case_version"]
    assert amira_news == []
    assert case_id not in case_changes(petra_from_scratch)


def test_reassignment_and_return_to_the_pool(hub_server_each_db: RunningHub) -> None:
    engine = hub_server_each_db.engine
    with http_client(hub_server_each_db) as http:
        petra = login(http, "petra")
        jonas = login(http, "jonas")
        petra_cursor, petra_all = petra.sync_all()
        jonas_cursor, jonas_all = jonas.sync_all()
        case_id = shared_offer(case_changes(petra_all), case_changes(jonas_all))
        assert petra.claim(case_id)["status"] == "applied"
        jonas_cursor, jonas_news = jonas.sync_all(jonas_cursor)
        assert removed_ids(jonas_news) == {case_id}

        admin.reassign_case(engine, case_id, "jonas")
        petra_cursor_after_move, petra_news = petra.sync_all(petra_cursor)
        jonas_cursor, jonas_news = jonas.sync_all(jonas_cursor)
        assert removed_ids(petra_news) == {case_id}
        assert case_id not in case_changes(petra_news)
        assert case_changes(jonas_news)[case_id]["assigned_expert_id"] == jonas.expert_id

        admin.reassign_case(engine, case_id, None)
        _c, petra_back = petra.sync_all(petra_cursor_after_move)
        _c, jonas_back = jonas.sync_all(jonas_cursor)
        # Petra's stale tombstone is gone once the case is visible to her again.
        _c, petra_again = petra.sync_all(petra_cursor)

    assert case_changes(petra_back)[case_id]["status"] == "offered"
    assert removed_ids(petra_back) == set()
    offer_for_jonas = case_changes(jonas_back)[case_id]
    assert offer_for_jonas["assigned_expert_id"] is None
    assert removed_ids(petra_again) == set()
    assert case_changes(petra_again)[case_id]["status"] == "offered"


def test_closing_an_offer_removes_it_from_every_pool(hub_server: RunningHub) -> None:
    engine = hub_server.engine
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        jonas = login(http, "jonas")
        petra_cursor, petra_all = petra.sync_all()
        jonas_cursor, jonas_all = jonas.sync_all()
        case_id = shared_offer(case_changes(petra_all), case_changes(jonas_all))
        admin.reassign_case(engine, case_id, "petra")
        admin.set_case_status(engine, case_id, "closed")
        _c, petra_news = petra.sync_all(petra_cursor)
        _c, jonas_news = jonas.sync_all(jonas_cursor)

    assert case_changes(petra_news)[case_id]["status"] == "closed"
    assert removed_ids(jonas_news) == {case_id}
