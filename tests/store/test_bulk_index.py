"""A first sync's bulk load: index rows page by page in unmerged segments, merged once at
the end, and the begun-word expansion that replaces the prefix index."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.domain.documents import case_document, change, message_document
from tests.store.builders import page
from workstation.domain.changes import ChangePage
from workstation.store import search_vocabulary
from workstation.store.cache import CaseCache
from workstation.store.database import open_cache
from workstation.store.search import fts_match_expression

_QUERIES = ("kopfh", "kopfhörer", "rauscht", "zoe", "rech", "Rechnung doppelt", "akku ladegerät")


def _pages() -> list[ChangePage]:
    def case(case_id: int, subject: str, body: str, name: str = "Jürgen Weber") -> dict[str, Any]:
        return change(
            "case",
            case_document(
                case_id,
                subject=subject,
                customer_name=name,
                messages=[message_document(case_id * 10, body_text=body)],
            ),
        )

    return [
        page(
            change("client", {"id": 1, "name": "Buchhalter Software AG"}),
            case(1, "Kopfhörer rauscht", "Das linke Ohr knistert.", name="Zoë Müller"),
            case(2, "Rechnung doppelt gebucht", "Die Rechnung kam zweimal."),
            cursor="10",
        ),
        page(
            case(3, "Akku lädt nicht", "Das Ladegerät wird warm, Kopfhörerbügel gebrochen."),
            case(4, "Rechnungsadresse ändern", "Bitte die Rechnungen an die neue Adresse."),
            cursor="20",
        ),
    ]


def _ids(cache: CaseCache) -> dict[str, list[int]]:
    return {query: cache.search_case_ids(query) for query in _QUERIES}


def _segments(cache: CaseCache) -> int:
    with cache.engine.connect() as connection:
        segments = connection.exec_driver_sql("SELECT count(DISTINCT segid) FROM case_fts_idx")
        return int(segments.scalar_one())


def _fts_setting(cache: CaseCache, name: str) -> int | None:
    with cache.engine.connect() as connection:
        value = connection.exec_driver_sql(
            "SELECT v FROM case_fts_config WHERE k = ?", (name,)
        ).scalar_one_or_none()
    return None if value is None else int(value)


@pytest.fixture
def memory_cache(cache_key: bytes) -> Iterator[CaseCache]:
    """A cache whose bulk loads go into its own index (a file cache's first load goes
    beside it: ``test_index_load``)."""
    engine = open_cache(None, cache_key)
    yield CaseCache(engine)
    engine.dispose()


def test_a_bulk_load_is_searchable_at_once_and_merged_when_finished(
    memory_cache: CaseCache,
) -> None:
    cache = memory_cache
    for each in _pages():
        cache.apply_page(each, defer_index=True)

    assert cache.index_pending()
    assert _fts_setting(cache, "automerge") == 0
    assert _segments(cache) == 2  # one per page, unmerged
    assert cache.search_case_ids("zweimal") == [2]
    with cache.engine.connect() as connection:
        assert search_vocabulary.expand_prefix(connection, "rech") == []
    assert cache.search_case_ids("rech") == [4, 2]  # the plain prefix query meanwhile

    assert cache.build_pending_index()

    assert not cache.index_pending()
    assert not cache.build_pending_index()
    assert _segments(cache) == 1
    assert _fts_setting(cache, "automerge") == 4
    assert _fts_setting(cache, "crisismerge") == 16
    with cache.engine.connect() as connection:
        assert search_vocabulary.expand_prefix(connection, "rech") == [
            "rechnung",
            "rechnungen",
            "rechnungsadresse",
        ]
    assert cache.search_case_ids("zweimal") == [2]
    assert cache.search_case_ids("rech") == [4, 2]


def test_a_case_sent_again_during_a_load_keeps_only_its_new_words(cache: CaseCache) -> None:
    first, second = _pages()
    cache.apply_page(first, defer_index=True)
    changed = page(
        change(
            "case",
            case_document(
                2,
                subject="Gutschrift erhalten",
                messages=[message_document(20, body_text="Danke, erledigt.")],
            ),
        ),
        cursor="30",
    )
    cache.apply_page(changed, defer_index=True)
    cache.apply_page(second, defer_index=True)
    cache.build_pending_index()

    assert cache.search_case_ids("zweimal") == []
    assert cache.search_case_ids("gutschrift") == [2]
    assert cache.search_case_ids("rechnung") == [4]


def test_an_index_left_pending_by_the_earlier_design_is_built_in_full(cache: CaseCache) -> None:
    for each in _pages():
        cache.apply_page(each)
    with cache.engine.begin() as connection:
        # The earlier bulk load stored rows without index rows and set this flag.
        connection.exec_driver_sql("INSERT INTO case_fts (case_fts) VALUES ('delete-all')")
        connection.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('fts_pending', '1')")
    assert cache.index_pending()
    assert cache.search_case_ids("zweimal") == []

    assert cache.build_pending_index()

    assert not cache.index_pending()
    assert cache.search_case_ids("zweimal") == [2]
    assert cache.search_case_ids("ladeg") == [3]


def test_the_built_index_finds_what_indexing_page_by_page_finds(cache: CaseCache) -> None:
    for each in _pages():
        cache.apply_page(each)
    page_by_page = _ids(cache)
    hits = cache.search("kopfh")

    cache.reset()
    for each in _pages():
        cache.apply_page(each, defer_index=True)
    cache.build_pending_index()

    assert _ids(cache) == page_by_page
    assert page_by_page["kopfh"] == [3, 1]
    assert page_by_page["akku ladegerät"] == [3]
    assert [hit.subject_html for hit in cache.search("kopfh")] == [hit.subject_html for hit in hits]


def test_a_begun_word_matches_words_added_after_the_build(cache: CaseCache) -> None:
    first, second = _pages()
    cache.apply_page(first, defer_index=True)
    cache.build_pending_index()

    cache.apply_page(second)

    assert cache.search_case_ids("ladeg") == [3]
    assert cache.search_case_ids("rechnungsa") == [4]


def test_a_begun_word_with_many_continuations_still_finds_every_case(cache: CaseCache) -> None:
    words = [f"Warnung{number:03d}" for number in range(search_vocabulary.MAX_EXPANDED_TERMS + 6)]
    cache.apply_page(
        page(
            *(
                change(
                    "case",
                    case_document(
                        index + 1,
                        subject=word,
                        messages=[message_document(index + 1000, body_text=word)],
                    ),
                )
                for index, word in enumerate(words)
            )
        )
    )

    with cache.engine.connect() as connection:
        assert search_vocabulary.expand_prefix(connection, "warnung") is None
        assert search_vocabulary.expand_prefix(connection, "warnung00") == [
            f"warnung00{digit}" for digit in range(10)
        ]
    assert len(cache.search_case_ids("warn")) == len(words)
    assert cache.search_case_ids("warnung00") == list(range(10, 0, -1))


def test_the_plain_match_expression_keeps_its_prefix_form() -> None:
    assert fts_match_expression("Kopfhörer rau") == '"Kopfhörer" "rau"*'
