"""Reading a change page's cursor before decoding it, to request the next page early."""

from __future__ import annotations

import asyncio
from functools import partial

import orjson

from tests.support.hub_server import RunningHub
from tests.sync.helpers import rig
from workstation.domain.changes import decode_change_page
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


def test_the_hub_writes_the_cursor_and_has_more_first(hub_server: RunningHub) -> None:
    async def scenario() -> None:
        petra = await rig(hub_server.url)
        try:
            raw = await petra.session.call(partial(petra.client.changes_raw, cursor="0", limit=3))
            page = decode_change_page(raw)

            assert page.has_more
            assert peek_page(raw) == PeekedPage(cursor=page.cursor, has_more=True)
        finally:
            await petra.close()

    asyncio.run(scenario())
