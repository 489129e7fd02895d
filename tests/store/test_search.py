"""Search hits: newest first, with highlighted subject and an excerpt around the hit."""

from __future__ import annotations

import pytest

from tests.domain.documents import case_document, change, message_document
from tests.store.builders import page
from workstation.store.cache import CaseCache


@pytest.fixture
def searchable(cache: CaseCache) -> CaseCache:
    cache.apply_page(
        page(
            change("client", {"id": 1, "name": "Buchhalter Software AG"}),
            change(
                "case",
                case_document(
                    1,
                    subject="Kopfhörer <rauscht>",
                    customer_name="Zoë Müller",
                    customer_contact="zoe@example.de",
                    messages=[
                        message_document(10, body_text="Tag, das linke Ohr knistert & rauscht.")
                    ],
                ),
            ),
            change(
                "case",
                case_document(
                    2,
                    subject="Rechnung doppelt gebucht",
                    messages=[
                        message_document(20, body_text="Guten Tag,\n\nvorab vielen Dank."),
                        message_document(
                            21, body_text="Einleitung " * 20 + "die Rechnung kam zweimal."
                        ),
                    ],
                ),
            ),
        )
    )
    return cache


def test_hits_mark_the_words_in_subject_and_excerpt(searchable: CaseCache) -> None:
    (hit,) = searchable.search("zweimal rech")

    assert hit.case_id == 2
    assert hit.summary.client_name == "Buchhalter Software AG"
    assert hit.subject_html == "<mark>Rechnung</mark> doppelt gebucht"
    assert "die <mark>Rechnung</mark> kam <mark>zweimal</mark>." in hit.snippet_html
    assert hit.snippet_html.startswith("…")


def test_a_hit_in_the_customer_shows_the_customer(searchable: CaseCache) -> None:
    (hit,) = searchable.search("zoe")

    assert hit.snippet_html == "<mark>Zoë</mark> Müller <mark>zoe</mark>@example.de"
    assert hit.subject_html == "Kopfhörer &lt;rauscht&gt;"


def test_a_hit_only_in_the_subject_shows_the_start_of_the_thread(searchable: CaseCache) -> None:
    (hit,) = searchable.search("kopfhorer")

    assert hit.subject_html == "<mark>Kopfhörer</mark> &lt;rauscht&gt;"
    assert hit.snippet_html == "Tag, das linke Ohr knistert &amp; rauscht."


def test_results_come_newest_case_first_and_respect_the_limit(searchable: CaseCache) -> None:
    assert [hit.case_id for hit in searchable.search("gebucht OR rauscht")] == []
    assert [hit.case_id for hit in searchable.search("a")] == []
    assert [hit.case_id for hit in searchable.search("Tag")] == [2, 1]
    assert [hit.case_id for hit in searchable.search("Tag", limit=1)] == [2]
    assert searchable.search("   ") == []
