"""Malformed, oversized and failed hub answers: a clear error, and the cache untouched."""

from __future__ import annotations

import asyncio
import gzip
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from hub import admin
from tests.support.hub_server import RunningHub
from tests.sync.helpers import rig, snapshot, visible_case_ids
from tests.sync.transports import (
    HubTap,
    Rewrite,
    cut_off_answer,
    edit_body,
    replace_body,
    streamed_without_length,
)
from workstation.domain.changes import ProtocolError
from workstation.store.database import new_cache_key
from workstation.store.queries import InboxQuery
from workstation.sync.client import HubClient, HubError, ServerError

CHANGES = "/sync/changes"
LIMIT = 64 * 1024


def _unknown_channel(body: bytes) -> bytes:
    changed, count = re.subn(rb'"channel":"[a-z_]+"', b'"channel":"fax"', body, count=1)
    assert count == 1
    return changed


BAD_ANSWERS: list[tuple[str, Callable[[], Rewrite], type[Exception], str]] = [
    (
        "cut off",
        lambda: edit_body(lambda body: body[: len(body) // 2]),
        ProtocolError,
        "not valid JSON",
    ),
    (
        "not json",
        lambda: replace_body(b"<html>Wartungsarbeiten</html>"),
        ProtocolError,
        "not valid JSON",
    ),
    (
        "wrong shape",
        lambda: replace_body(b'{"cursor": 5, "changes": []}'),
        ProtocolError,
        "'cursor'",
    ),
    ("bad enum", lambda: edit_body(_unknown_channel), ProtocolError, "field 'channel'"),
    (
        "oversized, declared",
        lambda: replace_body(b" " * (LIMIT + 1) + b"{}"),
        ProtocolError,
        "larger than the limit",
    ),
    (
        "oversized, streamed",
        lambda: streamed_without_length(LIMIT),
        ProtocolError,
        "larger than the limit",
    ),
    (
        "compressed bomb",
        lambda: replace_body(gzip.compress(b" " * (LIMIT * 16)), content_encoding="gzip"),
        ProtocolError,
        "larger than the limit",
    ),
    (
        "broken compression",
        lambda: replace_body(b"this is not gzip", content_encoding="gzip"),
        ProtocolError,
        "could not be decompressed",
    ),
    (
        "proxy failure",
        lambda: replace_body(b"<html>502 Bad Gateway</html>", status=502, content_type="text/html"),
        ServerError,
        "failed to handle the request (502)",
    ),
]


@pytest.mark.parametrize(
    ("make_rewrite", "error_type", "message"),
    [pytest.param(make, error, message, id=name) for name, make, error, message in BAD_ANSWERS],
)
def test_a_bad_answer_is_a_clear_error_and_leaves_the_cache_as_it_was(
    hub_server: RunningHub,
    tmp_path: Path,
    make_rewrite: Callable[[], Rewrite],
    error_type: type[Exception],
    message: str,
) -> None:
    cache_path, key = tmp_path / "cache.db", new_cache_key()

    async def scenario() -> None:
        good = await rig(hub_server.url, cache_path=cache_path, key=key)
        try:
            await good.sync.sync()
            some_case = good.cache.case_window(InboxQuery(), 0, 1)[0].id
        finally:
            await good.close()
        # Something new at the hub, so that the bad answer carries real changes.
        admin.add_customer_message(hub_server.engine, some_case, "Nachfrage " + "x" * 2000)
        tap = HubTap(rewrite_path=CHANGES, rewrite=make_rewrite())
        tampered = await rig(
            hub_server.url,
            cache_path=cache_path,
            key=key,
            client_factory=lambda url: HubClient(url, transport=tap, max_response_bytes=LIMIT),
        )
        try:
            before = snapshot(tampered.engine)
            with pytest.raises(error_type) as raised:
                await tampered.sync.sync()
            assert message in str(raised.value)
            assert snapshot(tampered.engine) == before
        finally:
            await tampered.close()
        # Nothing was skipped: the change arrives with the next good sync.
        again = await rig(hub_server.url, cache_path=cache_path, key=key)
        try:
            result = await again.sync.sync()
            assert result.changed_case_ids == {some_case}
            assert len(again.cache.thread(some_case)) >= 2
        finally:
            await again.close()

    asyncio.run(scenario())


def test_a_bad_page_in_the_middle_keeps_the_pages_before_it(hub_server: RunningHub) -> None:
    async def scenario() -> None:
        tap = HubTap(rewrite_path=CHANGES, rewrite=cut_off_answer(3))
        petra = await rig(
            hub_server.url,
            page_limit=20,
            client_factory=lambda url: HubClient(url, transport=tap),
        )
        try:
            with pytest.raises(ProtocolError):
                await petra.sync.sync()
            # Two pages of 20 changes each are stored with the cursor after them.
            assert petra.cache.cursor() != "0"
            kept = petra.cache.count_cases(InboxQuery())
            assert 0 < kept < len(visible_case_ids(hub_server.engine, "petra"))
        finally:
            await petra.close()

    asyncio.run(scenario())


def test_hub_errors_carry_the_hubs_code(hub_server: RunningHub) -> None:
    async def scenario() -> None:
        tap = HubTap(
            rewrite_path=CHANGES,
            rewrite=replace_body(
                b'{"error": "bad_request", "message": "Invalid request: check limit."}', status=400
            ),
        )
        petra = await rig(hub_server.url, client_factory=lambda url: HubClient(url, transport=tap))
        try:
            with pytest.raises(HubError) as raised:
                await petra.sync.sync()
            assert (raised.value.code, raised.value.status) == ("bad_request", 400)
            assert "check limit" in raised.value.message
        finally:
            await petra.close()

    asyncio.run(scenario())
