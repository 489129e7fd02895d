"""Search terms and highlighted hits for the case search.

The search index is contentless, so it cannot return highlights; they are produced here
for the few rows on screen. Matching follows the index's tokenizer (``unicode61
remove_diacritics 2``): words are runs of letters and digits, compared without case and
without diacritics, the last word of the query also as a prefix.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

MAX_SEARCH_TOKENS: Final = 16
MIN_PREFIX_CHARS: Final = 3
SNIPPET_CHARS: Final = 160
SNIPPET_LEAD_CHARS: Final = 40
ELLIPSIS: Final = "…"
MAX_WORD_CHARS: Final = 30

_TOKEN: Final = re.compile(r"[^\W_]+")
_WHITESPACE: Final = re.compile(r"\s+")


class _FoldTable(dict[int, str]):
    """Maps a character to its lower-case base letter, always exactly one character, so
    that a folded text has the same length as the original and match positions carry
    over. Filled lazily by ``str.translate``."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        lowered = base.lower()
        folded = lowered if len(lowered) == 1 else char
        self[code] = folded
        return folded


_FOLD: Final = _FoldTable()


def fold(text: str) -> str:
    """Lower-case and without diacritics, with one character per input character."""
    return text.translate(_FOLD)


@dataclass(frozen=True, slots=True)
class SearchTerms:
    """The words of a query: ``exact`` must match whole words, ``prefix`` (the last word,
    while it is being typed) the start of a word. ``words`` keeps the query's spelling."""

    words: tuple[str, ...]
    exact: tuple[str, ...]
    prefix: str | None

    @property
    def empty(self) -> bool:
        return not self.words


def search_terms(text_query: str) -> SearchTerms:
    words = tuple(_TOKEN.findall(unicodedata.normalize("NFC", text_query))[:MAX_SEARCH_TOKENS])
    if not words:
        return SearchTerms((), (), None)
    folded = [fold(word) for word in words]
    if len(words[-1]) >= MIN_PREFIX_CHARS:
        return SearchTerms(words, tuple(folded[:-1]), folded[-1])
    return SearchTerms(words, tuple(folded), None)


class Highlighter:
    """Marks the query's words in texts as HTML: everything escaped, hits in ``<mark>``."""

    def __init__(self, terms: SearchTerms) -> None:
        alternatives: list[str] = []
        if terms.exact:
            exact = sorted(set(terms.exact), key=len, reverse=True)
            alternatives.append(f"(?:{'|'.join(map(re.escape, exact))})(?![^\\W_])")
        if terms.prefix:
            alternatives.append(f"{re.escape(terms.prefix)}[^\\W_]*")
        self._pattern = (
            re.compile(f"(?<![^\\W_])(?:{'|'.join(alternatives)})") if alternatives else None
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self._pattern is None:
            return []
        return [match.span() for match in self._pattern.finditer(fold(text))]

    def first_match(self, text: str) -> int | None:
        if self._pattern is None:
            return None
        match = self._pattern.search(fold(text))
        return None if match is None else match.start()

    def mark(self, text: str) -> str:
        """All of ``text`` as HTML with the hits marked."""
        return _render(text, self.spans(text))

    def snippet(self, texts: Sequence[str], fallback: Sequence[str] | None = None) -> str:
        """A short HTML excerpt around the first hit in ``texts`` (tried in order), or
        else the start of the first non-empty text of ``fallback`` (default: ``texts``)."""
        for text in texts:
            position = self.first_match(text)
            if position is not None:
                return self._excerpt(text, position)
        for text in texts if fallback is None else fallback:
            if text.strip():
                return self._excerpt(text, 0)
        return ""

    def _excerpt(self, text: str, position: int) -> str:
        start = _word_start(text, max(0, position - SNIPPET_LEAD_CHARS))
        end = _word_end(text, min(len(text), start + SNIPPET_CHARS))
        window = text[start:end]
        rendered = _render(window, self.spans(window))
        prefix = ELLIPSIS if start > 0 else ""
        suffix = ELLIPSIS if end < len(text) else ""
        return f"{prefix}{rendered.strip()}{suffix}"


def _render(text: str, spans: list[tuple[int, int]]) -> str:
    """Escaped text with the spans in ``<mark>``; runs of white space become one space
    (hits never contain white space, so no mark is split)."""
    pieces: list[str] = []
    cursor = 0
    for start, end in spans:
        pieces.append(_plain(text[cursor:start]))
        pieces.append(f"<mark>{html.escape(text[start:end])}</mark>")
        cursor = end
    pieces.append(_plain(text[cursor:]))
    return "".join(pieces)


def _plain(text: str) -> str:
    return html.escape(_WHITESPACE.sub(" ", text))


def _word_start(text: str, position: int) -> int:
    """Move ``position`` back to the start of the word it falls into (within reason: a
    "word" of thousands of characters is cut)."""
    limit = max(0, position - MAX_WORD_CHARS)
    while limit < position < len(text) and not text[position - 1].isspace():
        position -= 1
    return position


def _word_end(text: str, position: int) -> int:
    """Move ``position`` forward to the end of the word it falls into (within reason)."""
    limit = min(len(text), position + MAX_WORD_CHARS)
    while 0 < position < limit and not text[position].isspace():
        position += 1
    return position
