"""Reading a change page's cursor before decoding it, to request the next page early."""

from __future__ import annotations

import orjson

from workstation.sync.page_peek import PeekedPage, peek_page


def test_the_cursor_and_has_more_are_read_from_the_start_of_the_page() -> None:
    raw = orjson.dumps(
        {"cursor": "18231", "has_more": True, "remaining": 1650, "changes": [{"seq": 1}]}
    )

    assert peek_page(raw) == PeekedPage(cursor="18231", has_more=True)
    assert peek_page(b' { "cursor" : "7", "has_more" : false }') == PeekedPage("7", False)


def test_a_page_in_another_shape_is_not_peeked() -> None:
    assert peek_page(orjson.dumps({"has_more": True, "cursor": "5"})) is None
    assert peek_page(b'{"cursor": "a\\"b", "has_more": true}') is None
    assert peek_page(b"not json") is None
    assert peek_page(b'{"changes": [' + b" " * 300 + b'], "cursor": "9", "has_more": true}') is None
