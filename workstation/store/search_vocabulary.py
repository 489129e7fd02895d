"""The words of the search index, for expanding a begun word into whole words.

The index has no prefix index (it would triple the cost of indexing a first sync), and
a prefix query without one reads and merges the full lists of every word that starts
with the prefix before it can return the newest 50 hits: 100–400 ms at 1M cases. The
same query as an OR of the matching words is read lazily, newest first: 1–6 ms. The
words come from ``search_terms``, a plain sorted table, because listing them from the
index itself (``case_fts_vocab``) counts every word's documents: 20–80 ms per prefix.

``search_terms`` is filled from ``case_fts_vocab`` after every one-pass build of the
index and gets the words of every case indexed one by one, tokenized the way the
index's tokenizer does (``unicode61 remove_diacritics 2``: runs of letters and digits,
folded). It may keep words whose cases are gone; an OR with a word that matches nothing
costs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final

from workstation.domain.highlight import fold

if TYPE_CHECKING:
    from sqlalchemy import Connection

# More words than this and the prefix query itself is used: it is slower, but exact.
MAX_EXPANDED_TERMS: Final = 64

_TOKEN: Final = re.compile(r"[^\W_]+")
_ADD_TERM: Final = "INSERT OR IGNORE INTO search_terms (term) VALUES (?)"
_REFILL: Final = "INSERT OR IGNORE INTO search_terms (term) SELECT term FROM case_fts_vocab"
_TERMS_WITH_PREFIX: Final = (
    "SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?"
)
_AFTER_EVERY_CONTINUATION: Final = "\U0010ffff"


def add_terms(connection: Connection, fts_rows: Iterable[Sequence[object]]) -> None:
    """Record the words of index rows (``FTS_COLUMNS``: rowid, then the texts)."""
    terms: set[str] = set()
    for row in fts_rows:
        for text in row[1:]:
            if isinstance(text, str):
                terms.update(_TOKEN.findall(fold(text)))
    if terms:
        connection.exec_driver_sql(_ADD_TERM, [(term,) for term in terms])


def refill(connection: Connection) -> None:
    """Replace the words by those of the index as it is now."""
    connection.exec_driver_sql("DELETE FROM search_terms")
    connection.exec_driver_sql(_REFILL)


def expand_prefix(connection: Connection, prefix: str) -> list[str] | None:
    """The index's words that start with ``prefix`` (folded), or None when there are
    more than ``MAX_EXPANDED_TERMS`` of them."""
    found = list(
        connection.exec_driver_sql(
            _TERMS_WITH_PREFIX,
            (prefix, prefix + _AFTER_EVERY_CONTINUATION, MAX_EXPANDED_TERMS + 1),
        ).scalars()
    )
    return None if len(found) > MAX_EXPANDED_TERMS else found
