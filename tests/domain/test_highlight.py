"""Highlights for search hits: the tokenizer's matching rules, and always safe HTML."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.highlight import (
    ELLIPSIS,
    Highlighter,
    fold,
    search_terms,
)

_MARK = re.compile(r"</?mark>")


def marked(query: str, text: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", Highlighter(search_terms(query)).mark(text))


def test_words_match_whole_without_case_and_diacritics_the_last_as_a_prefix() -> None:
    text = "Herr JÜRGEN schrieb: Rechnungen doppelt, rechnung einfach, Jürgen_Weber, Jürgens"

    assert marked("jurgen rech", text) == ["JÜRGEN", "Rechnungen", "rechnung", "Jürgen"]
    # Two letters are too few for a prefix: the last word then matches whole words only.
    assert marked("re", "re Rechnung") == ["re"]


def test_the_html_is_escaped_and_hits_are_marked() -> None:
    rendered = Highlighter(search_terms("script")).mark('<script>alert("x")</script> & co')

    assert rendered == (
        "&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp; co"
    )


def test_the_snippet_is_taken_around_the_first_hit() -> None:
    body = "Einleitung " * 30 + "die Rechnung wurde doppelt gebucht " + "Schluss " * 50
    highlighter = Highlighter(search_terms("doppelt"))

    snippet = highlighter.snippet(["Jürgen Weber", body])

    assert snippet.startswith(ELLIPSIS) and snippet.endswith(ELLIPSIS)
    assert "die Rechnung wurde <mark>doppelt</mark> gebucht" in snippet
    assert len(_MARK.sub("", snippet)) < 260


def test_without_a_hit_the_snippet_is_the_start_of_the_fallback() -> None:
    highlighter = Highlighter(search_terms("weber"))

    assert highlighter.snippet(["x"], fallback=["", "Guten\n\n  Tag"]) == "Guten Tag"
    assert highlighter.snippet(["Jürgen Weber"], fallback=["Tag"]) == "Jürgen <mark>Weber</mark>"
    assert highlighter.snippet([], fallback=[]) == ""


def test_a_query_without_words_marks_nothing() -> None:
    terms = search_terms('"*-^: ')

    assert terms.empty
    assert Highlighter(terms).mark("a <b>") == "a &lt;b&gt;"


@given(st.text(max_size=40), st.text(max_size=300))
def test_marking_never_changes_the_text_and_always_escapes_it(query: str, text: str) -> None:
    rendered = Highlighter(search_terms(query)).mark(text)

    assert "<" not in _MARK.sub("", rendered)
    assert html.unescape(_MARK.sub("", rendered)) == re.sub(r"\s+", " ", text)


@given(st.text(max_size=200))
def test_folding_keeps_the_length(text: str) -> None:
    assert len(fold(text)) == len(text)
