"""``CaseCache``: page application with tombstones and cursor, inbox windows, search."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
import sqlalchemy.exc
from sqlalchemy import Engine

from tests.domain.documents import (
    EPOCH_NOON,
    case_document,
    change,
    message_document,
    numbered,
    page_document,
)
from workstation.domain.changes import ChangePage, parse_change_page
from workstation.domain.models import CaseStatus, Channel, Client, Direction, Priority
from workstation.store.cache import CaseCache, fts_match_expression
from workstation.store.queries import InboxQuery


def page(*changes: dict[str, Any], cursor: str = "100", expert_id: int = 1) -> ChangePage:
    return parse_change_page(
        page_document(numbered(list(changes)), cursor=cursor), expert_id=expert_id
    )


def table_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table: connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            for table in ("clients", "cases", "messages")
        }


def test_an_empty_cache_starts_at_cursor_zero(cache: CaseCache) -> None:
    assert cache.cursor() == "0"
    assert cache.last_sync_at() is None
    assert cache.count_cases(InboxQuery()) == 0


def test_a_page_stores_clients_cases_messages_and_its_cursor(
    cache: CaseCache, engine: Engine
) -> None:
    applied = cache.apply_page(
        page(
            change("client", {"id": 1, "name": "Buchhalter Software AG"}),
            change("case", case_document(1)),
            change("case", case_document(2, messages=[message_document(20), message_document(21)])),
            cursor="17",
        )
    )

    assert applied.changed_case_ids == {1, 2}
    assert applied.removed_case_ids == frozenset()
    assert cache.cursor() == "17"
    assert cache.last_sync_at() == 1_800_000_000
    assert table_counts(engine) == {"clients": 1, "cases": 2, "messages": 3}
    assert cache.clients() == [Client(id=1, name="Buchhalter Software AG")]
    summary = cache.case_summary(2)
    assert summary is not None
    assert (summary.client_name, summary.channel, summary.status, summary.priority) == (
        "Buchhalter Software AG",
        Channel.EMAIL,
        CaseStatus.OPEN,
        Priority.HIGH,
    )
    assert summary.assigned_to_me is True
    assert [message.id for message in cache.thread(2)] == [20, 21]


def test_a_case_change_replaces_the_case_its_messages_and_its_search_entry(
    cache: CaseCache, engine: Engine
) -> None:
    cache.apply_page(
        page(
            change(
                "case",
                case_document(
                    1,
                    subject="Druckerproblem",
                    messages=[message_document(10, body_text="Toner leer")],
                ),
            ),
        )
    )

    cache.apply_page(
        page(
            change(
                "case",
                case_document(
                    1,
                    subject="Rechnung",
                    status="waiting",
                    version=8,
                    messages=[message_document(11, body_text="Mahnung erhalten")],
                ),
            ),
            cursor="101",
        )
    )

    assert table_counts(engine)["messages"] == 1
    assert [message.body_text for message in cache.thread(1)] == ["Mahnung erhalten"]
    summary = cache.case_summary(1)
    assert summary is not None
    assert (summary.subject, summary.status) == ("Rechnung", CaseStatus.WAITING)
    assert cache.search_case_ids("Toner") == []
    assert cache.search_case_ids("Druckerproblem") == []
    assert cache.search_case_ids("Mahnung") == [1]
    assert cache.search_case_ids("Rechnung") == [1]


def test_tombstones_delete_the_case_with_messages_and_search_entry(
    cache: CaseCache, engine: Engine
) -> None:
    cache.apply_page(page(change("case", case_document(1)), change("case", case_document(2))))

    applied = cache.apply_page(
        page(change("case_removed", {"id": 1}), change("case_removed", {"id": 999}), cursor="200")
    )

    # The tombstone for a case the cache never had is ignored.
    assert applied.removed_case_ids == {1}
    assert cache.cursor() == "200"
    assert cache.case_summary(1) is None
    assert cache.thread(1) == []
    assert cache.search_case_ids("Rechnung") == [2]
    assert table_counts(engine) == {"clients": 0, "cases": 1, "messages": 1}


def test_applying_a_page_twice_is_harmless(cache: CaseCache, engine: Engine) -> None:
    repeated = page(change("case", case_document(1)), change("case_removed", {"id": 5}))

    cache.apply_page(repeated)
    cache.apply_page(repeated)

    assert table_counts(engine) == {"clients": 0, "cases": 1, "messages": 1}
    assert cache.search_case_ids("Rechnung") == [1]


def test_a_failing_page_changes_nothing_not_even_the_cursor(
    cache: CaseCache, engine: Engine
) -> None:
    cache.apply_page(page(change("case", case_document(1)), cursor="50"))
    good = page(change("case", case_document(2)), change("case_removed", {"id": 1}), cursor="60")
    # A message pointing at a case that is not there violates the foreign key at the very
    # end of the page's writes, after the upsert and the tombstone already ran.
    orphan = (999, 12345, "in", "x", "y", None, EPOCH_NOON, None, None, None, None)
    failing = dataclasses.replace(good, messages=[*good.messages, orphan])

    with pytest.raises(sqlalchemy.exc.IntegrityError):
        cache.apply_page(failing)

    assert cache.cursor() == "50"
    assert cache.case_summary(1) is not None
    assert cache.case_summary(2) is None
    assert cache.search_case_ids("Rechnung") == [1]
    assert table_counts(engine) == {"clients": 0, "cases": 1, "messages": 1}


def test_reset_forgets_everything_but_the_expert(cache: CaseCache, engine: Engine) -> None:
    cache.set_meta("expert_id", "1")
    cache.apply_page(
        page(change("client", {"id": 1, "name": "A"}), change("case", case_document(1)), cursor="9")
    )

    cache.reset()

    assert cache.cursor() == "0"
    assert table_counts(engine) == {"clients": 0, "cases": 0, "messages": 0}
    assert cache.search_case_ids("Rechnung") == []
    assert cache.get_meta("expert_id") == "1"


def test_meta_values_round_trip(cache: CaseCache) -> None:
    assert cache.get_meta("hub_url") is None

    cache.set_meta("hub_url", "http://127.0.0.1:8000")
    cache.set_meta("hub_url", "https://hub.example")

    assert cache.get_meta("hub_url") == "https://hub.example"


def _inbox_fixture(cache: CaseCache) -> None:
    """Cases 1…9 with SLA due times out of id order, some without SLA."""
    sla_by_id = {1: 500, 2: None, 3: 100, 4: 300, 5: None, 6: 100, 7: 900, 8: 200, 9: None}
    channels = {1: "email", 2: "forum", 3: "email", 4: "chat", 5: "email"}
    changes = [
        change("client", {"id": 1, "name": "Buchhalter Software AG"}),
        change("client", {"id": 2, "name": "Klangwerk Audio"}),
    ]
    for case_id, sla in sla_by_id.items():
        changes.append(
            change(
                "case",
                case_document(
                    case_id,
                    client_id=1 if case_id % 2 else 2,
                    channel=channels.get(case_id, "twitter"),
                    sla_due=None
                    if sla is None
                    else f"2026-11-24T00:{sla // 60:02d}:{sla % 60:02d}Z",
                    messages=[
                        message_document(
                            case_id * 10, created_at=f"2026-11-25T00:00:{case_id:02d}Z"
                        )
                    ],
                ),
            )
        )
    cache.apply_page(page(*changes))


def _ids(cache: CaseCache, query: InboxQuery, offset: int = 0, limit: int = 200) -> list[int]:
    return [summary.id for summary in cache.case_window(query, offset, limit)]


def test_the_inbox_sorts_by_sla_due_with_cases_without_sla_last(cache: CaseCache) -> None:
    _inbox_fixture(cache)

    assert _ids(cache, InboxQuery()) == [3, 6, 8, 4, 1, 7, 2, 5, 9]
    assert _ids(cache, InboxQuery(descending=True)) == [9, 5, 2, 7, 1, 4, 8, 6, 3]
    assert _ids(cache, InboxQuery(sort="last_message_at", descending=True)) == list(range(9, 0, -1))


def test_windows_page_through_every_case_exactly_once(cache: CaseCache) -> None:
    _inbox_fixture(cache)
    query = InboxQuery()

    windows = [_ids(cache, query, offset, 2) for offset in range(0, 10, 2)]

    assert [case_id for window in windows for case_id in window] == _ids(cache, query)
    assert _ids(cache, query, 9, 5) == []


def test_filters_by_channel_and_client(cache: CaseCache) -> None:
    _inbox_fixture(cache)

    email = InboxQuery(channel=Channel.EMAIL)
    client_two = InboxQuery(client_id=2)
    both = InboxQuery(channel=Channel.EMAIL, client_id=1)

    assert _ids(cache, email) == [3, 1, 5]
    assert cache.count_cases(email) == 3
    assert _ids(cache, client_two) == [6, 8, 4, 2]
    assert cache.count_cases(client_two) == 4
    assert _ids(cache, both) == [3, 1, 5]
    assert cache.count_cases(InboxQuery(channel=Channel.PHONE)) == 0


@pytest.mark.parametrize(
    "query",
    [
        InboxQuery(),
        InboxQuery(descending=True),
        InboxQuery(channel=Channel.FORUM),
        InboxQuery(client_id=1, descending=True),
        InboxQuery(sort="last_message_at"),
        InboxQuery(sort="last_message_at", channel=Channel.CHAT),
        InboxQuery(sort="last_message_at", client_id=2, descending=True),
    ],
)
def test_every_inbox_order_is_a_covering_index_scan_without_sorting(
    query: InboxQuery, engine: Engine
) -> None:
    from workstation.store.queries import inbox_sql

    sql = inbox_sql(query)
    with engine.connect() as connection:
        plan = " | ".join(
            str(row[3])
            for row in connection.exec_driver_sql(
                f"EXPLAIN QUERY PLAN SELECT id FROM cases {sql.where} ORDER BY {sql.order_by} "
                "LIMIT 200 OFFSET 1000",
                sql.params,
            )
        )

    assert "COVERING INDEX" in plan
    assert "TEMP B-TREE" not in plan


def test_window_limits_are_checked(cache: CaseCache) -> None:
    with pytest.raises(ValueError, match="limit"):
        cache.case_window(InboxQuery(), 0, 201)
    with pytest.raises(ValueError, match="offset"):
        cache.case_window(InboxQuery(), -1, 10)
    with pytest.raises(ValueError, match="unknown inbox sort"):
        InboxQuery(sort="subject; DROP TABLE cases")


def test_contact_and_thread_of_one_case(cache: CaseCache) -> None:
    cache.apply_page(
        page(
            change(
                "case",
                case_document(
                    3,
                    customer_name="Anna Berg",
                    customer_contact="+49 30 1234567",
                    messages=[
                        message_document(32, created_at="2026-11-24T12:05:00Z", direction="out"),
                        message_document(31, created_at="2026-11-24T12:00:00Z"),
                        message_document(
                            33,
                            created_at="2026-11-24T12:05:00Z",
                            direction="note",
                            body_html="<p>x</p>",
                        ),
                    ],
                ),
            )
        )
    )

    assert cache.case_contact(3) == ("Anna Berg", "+49 30 1234567")
    assert cache.case_contact(4) is None
    thread = cache.thread(3)
    assert [(message.id, message.direction) for message in thread] == [
        (31, Direction.IN),
        (32, Direction.OUT),
        (33, Direction.NOTE),
    ]
    assert thread[2].body_html == "<p>x</p>"
    assert thread[0].created_at == EPOCH_NOON


def _search_fixture(cache: CaseCache) -> None:
    cache.apply_page(
        page(
            change(
                "case",
                case_document(
                    1,
                    subject="Kopfhörer rauscht",
                    customer_name="Zoë Müller",
                    messages=[message_document(10, body_text="Das linke Ohr knistert.")],
                ),
            ),
            change(
                "case",
                case_document(
                    2,
                    subject="Rechnung doppelt gebucht",
                    customer_contact="buchhaltung@example.de",
                    messages=[message_document(20, body_text="Die Rechnung kam zweimal.")],
                ),
            ),
            change(
                "case",
                case_document(
                    3,
                    subject="Noch eine Rechnung",
                    messages=[message_document(30, body_text="Kopfhörer gekauft")],
                ),
            ),
        )
    )


def test_search_matches_subject_customer_and_body_newest_case_first(cache: CaseCache) -> None:
    _search_fixture(cache)

    assert cache.search_case_ids("Rechnung") == [3, 2]
    assert cache.search_case_ids("knistert") == [1]
    assert cache.search_case_ids("zoe mueller") == []
    assert cache.search_case_ids("Zoe Muller") == [1]  # diacritics fold both ways
    assert cache.search_case_ids("kopfhorer") == [3, 1]
    assert cache.search_case_ids("buchhaltung") == [2]
    assert cache.search_case_ids("rechnung zweimal") == [2]
    assert cache.search_case_ids("Rechnung", limit=1) == [3]


def test_the_last_word_matches_as_a_prefix_from_three_letters(cache: CaseCache) -> None:
    _search_fixture(cache)

    assert cache.search_case_ids("Rech") == [3, 2]
    assert cache.search_case_ids("rechnung dop") == [2]
    assert cache.search_case_ids("Re") == []


@pytest.mark.parametrize(
    "hostile",
    [
        'Rechnung"',
        '"',
        "Rechnung OR Kopfhörer",
        "NEAR(Rechnung Kopfhörer)",
        "subject:Rechnung",
        "Rech*",
        "^Rechnung",
        "Rechnung AND NOT x",
        "(Rechnung",
        "- Rechnung +",
        "",
        "   ",
        "!!!",
        "'; DROP TABLE cases; --",
    ],
)
def test_search_input_cannot_inject_fts_syntax(cache: CaseCache, hostile: str) -> None:
    _search_fixture(cache)

    found = cache.search_case_ids(hostile)

    assert set(found) <= {2, 3}  # only literal words, ANDed
    assert cache.count_cases(InboxQuery()) == 3


def test_match_expressions_quote_every_word() -> None:
    assert fts_match_expression("Rechnung OR doppelt") == '"Rechnung" "OR" "doppelt"*'
    assert fts_match_expression('a"b c') == '"a" "b" "c"'
    assert fts_match_expression("Jürgen_Weber") == '"Jürgen" "Weber"*'
    assert fts_match_expression("?!") is None
