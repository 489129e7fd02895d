"""Full-text search over the cached cases: FTS5 queries, newest case first, with
highlights made for the returned rows only (the index is contentless). A begun last word
is expanded into the index's words that start with it (``search_vocabulary``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import orjson

from workstation.domain.highlight import Highlighter, SearchTerms, search_terms
from workstation.domain.models import CaseSummary
from workstation.store import rows
from workstation.store.search_vocabulary import expand_prefix

if TYPE_CHECKING:
    from sqlalchemy import Connection

DEFAULT_SEARCH_LIMIT: Final = 50

_MATCH_IDS: Final = "SELECT rowid FROM case_fts WHERE case_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
_HIT_ROWS: Final = (
    f"SELECT {rows.SUMMARY_COLUMNS}, c.customer_contact FROM cases AS c "
    "LEFT JOIN clients AS cl ON cl.id = c.client_id "
    "WHERE c.id IN (SELECT value FROM json_each(?))"
)
_HIT_TEXTS: Final = (
    "SELECT case_id, body_text FROM messages WHERE case_id IN (SELECT value FROM json_each(?)) "
    "ORDER BY case_id, created_at, id"
)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: the case's inbox row, its subject and an excerpt as HTML (escaped,
    hits in ``<mark>``). The excerpt is taken around the first hit in the customer's
    name and contact, then the messages in thread order."""

    summary: CaseSummary
    subject_html: str
    snippet_html: str

    @property
    def case_id(self) -> int:
        return self.summary.id


def fts_match_expression(text_query: str) -> str | None:
    """An FTS5 query that ANDs the words of ``text_query``, each quoted so that no FTS
    syntax (``OR``, ``NEAR``, ``col:``, ``*``, ``^``) can be injected; the last word
    matches as a prefix while the user is still typing it."""
    return _match_expression(search_terms(text_query))


def search_case_ids(connection: Connection, text_query: str, limit: int) -> list[int]:
    match = _expanded_match_expression(connection, search_terms(text_query))
    if match is None:
        return []
    return list(connection.exec_driver_sql(_MATCH_IDS, (match, limit)).scalars().all())


def search(connection: Connection, text_query: str, limit: int) -> list[SearchHit]:
    terms = search_terms(text_query)
    match = _expanded_match_expression(connection, terms)
    if match is None:
        return []
    ids = list(connection.exec_driver_sql(_MATCH_IDS, (match, limit)).scalars().all())
    if not ids:
        return []
    id_list = orjson.dumps(ids).decode()
    found = {row[0]: row for row in connection.exec_driver_sql(_HIT_ROWS, (id_list,))}
    texts: dict[int, list[str]] = {}
    for case_id, body in connection.exec_driver_sql(_HIT_TEXTS, (id_list,)):
        texts.setdefault(case_id, []).append(body)
    highlighter = Highlighter(terms)
    hits: list[SearchHit] = []
    for case_id in ids:
        row = found.get(case_id)
        if row is None:
            continue  # removed between the two reads (only possible on a memory cache)
        summary = rows.summary(row)
        contact = row[-1]
        customer = f"{summary.customer_name} {contact}" if contact else summary.customer_name
        bodies = texts.get(case_id, [])
        hits.append(
            SearchHit(
                summary=summary,
                subject_html=highlighter.mark(summary.subject),
                snippet_html=highlighter.snippet([customer, *bodies], fallback=bodies),
            )
        )
    return hits


def _match_expression(terms: SearchTerms) -> str | None:
    if terms.empty:
        return None
    quoted = [f'"{word}"' for word in terms.words]
    if terms.prefix is not None:
        quoted[-1] += "*"
    return " ".join(quoted)


def _expanded_match_expression(connection: Connection, terms: SearchTerms) -> str | None:
    """``_match_expression`` with the begun last word replaced by an OR of the words it
    begins, when there are few enough of them (the same hits, read far faster)."""
    if terms.prefix is None:
        return _match_expression(terms)
    expansion = expand_prefix(connection, terms.prefix)
    if not expansion:
        return _match_expression(terms)
    words = [f'"{word}"' for word in terms.words[:-1]]
    words.append("(" + " OR ".join(f'"{term}"' for term in expansion) + ")")
    return " AND ".join(words)
