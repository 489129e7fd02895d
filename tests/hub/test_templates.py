"""Reply templates per client in the change feed, with tombstones."""

from __future__ import annotations

from typing import Any

import pytest

from hub import admin
from hub.demo.templates import DEMO_TEMPLATES
from hub.templates import TEMPLATE_VARIABLES, unknown_variables
from tests.hub.helpers import (
    case_changes,
    http_client,
    login,
    removed_ids,
    removed_template_ids,
    template_changes,
)
from tests.support.hub_server import RunningHub

ACCOUNTING, HEADPHONES = 1, 2


def test_each_expert_gets_the_templates_of_the_clients_they_serve(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        synced = {
            name: login(http, name).sync_all(limit=50)[1] for name in ("petra", "jonas", "amira")
        }
    templates = {name: template_changes(changes) for name, changes in synced.items()}

    def clients_of(name: str) -> set[int]:
        return {doc["client_id"] for doc in templates[name].values()}

    assert clients_of("petra") == {ACCOUNTING}
    assert clients_of("jonas") == {ACCOUNTING, HEADPHONES}
    assert clients_of("amira") == {HEADPHONES}
    assert len(templates["jonas"]) == len(DEMO_TEMPLATES)
    for document in templates["jonas"].values():
        assert set(document) == {
            "id",
            "client_id",
            "channel",
            "language",
            "title",
            "body",
            "updated_at",
        }
        assert document["updated_at"].endswith("Z")
        assert unknown_variables(document["body"]) == []
    languages = {(doc["client_id"], doc["language"]) for doc in templates["jonas"].values()}
    assert languages == {(client, language) for client in (1, 2) for language in ("de", "en")}
    used = {
        variable
        for doc in templates["jonas"].values()
        for variable in TEMPLATE_VARIABLES
        if "{" + variable + "}" in doc["body"]
    }
    assert used == set(TEMPLATE_VARIABLES)


def test_template_changes_and_deletions_reach_exactly_the_serving_experts(
    hub_server_each_db: RunningHub,
) -> None:
    engine = hub_server_each_db.engine
    with http_client(hub_server_each_db) as http:
        sessions = {name: login(http, name) for name in ("petra", "jonas", "amira")}
        cursors = {name: session.sync_all()[0] for name, session in sessions.items()}

        def news() -> dict[str, list[dict[str, Any]]]:
            updates = {}
            for name, session in sessions.items():
                cursors[name], updates[name] = session.sync_all(cursors[name])
            return updates

        template_id = admin.create_template(
            engine,
            client_id=ACCOUNTING,
            channel="forum",
            language="de",
            title="Forum: Jahresabschluss",
            body="Hallo {customer_first_name}, zum Jahresabschluss …",
        )
        created = news()
        admin.update_template(engine, template_id, body="Hallo {customer_first_name}, neu: …")
        updated = news()
        admin.delete_template(engine, template_id)
        deleted = news()
        _c, from_scratch = sessions["petra"].sync_all()

    for name in ("petra", "jonas"):
        assert template_changes(created[name])[template_id]["title"] == "Forum: Jahresabschluss"
        assert template_changes(updated[name])[template_id]["body"].endswith("neu: …")
        assert [(c["type"], c["data"]["id"]) for c in deleted[name]] == [
            ("template_removed", template_id)
        ]
    assert created["amira"] == updated["amira"] == deleted["amira"] == []
    assert template_id not in template_changes(from_scratch)


def test_an_expert_who_stops_serving_a_client_loses_its_templates_and_offers(
    hub_server: RunningHub,
) -> None:
    with http_client(hub_server) as http:
        jonas = login(http, "jonas")
        cursor, everything = jonas.sync_all()
        before = case_changes(everything)
        accounting_templates = {
            doc["id"]
            for doc in template_changes(everything).values()
            if doc["client_id"] == ACCOUNTING
        }
        accounting_offers = {
            case_id
            for case_id, doc in before.items()
            if doc["client_id"] == ACCOUNTING and doc["status"] == "offered"
        }
        own_accounting = {
            case_id
            for case_id, doc in before.items()
            if doc["client_id"] == ACCOUNTING and doc["assigned_expert_id"] == jonas.expert_id
        }
        admin.stop_serving_client(hub_server.engine, "jonas", ACCOUNTING)
        _c, news = jonas.sync_all(cursor)
        _c, again = jonas.sync_all()

    assert accounting_templates and accounting_offers and own_accounting
    assert removed_template_ids(news) == accounting_templates
    assert removed_ids(news) == accounting_offers
    seqs = [change["seq"] for change in news]
    assert len(set(seqs)) == len(seqs)
    assert {doc["client_id"] for doc in template_changes(again).values()} == {HEADPHONES}
    still_visible = set(case_changes(again))
    assert own_accounting <= still_visible
    assert not accounting_offers & still_visible


def test_invalid_templates_and_operations_are_refused(hub_server: RunningHub) -> None:
    engine = hub_server.engine
    with pytest.raises(ValueError, match="unknown template variables customer_firstname"):
        admin.create_template(
            engine,
            client_id=ACCOUNTING,
            channel=None,
            language="de",
            title="Tippfehler",
            body="Hallo {customer_firstname}, {{ nicht ersetzt }} {expert_name}",
        )
    with pytest.raises(ValueError, match="channel"):
        admin.create_template(
            engine, client_id=ACCOUNTING, channel="fax", language="de", title="Fax", body="Hallo"
        )
    with pytest.raises(ValueError, match="does not serve"):
        admin.stop_serving_client(engine, "amira", ACCOUNTING)


def test_literal_braces_are_not_variables() -> None:
    assert unknown_variables("{ a } {} {1x} {{customer_name}} {expert_name}") == []
    assert unknown_variables("{kunde} {kunde} {Kunde}") == ["kunde", "Kunde"]
