"""``kill -9`` after the hub applied a reply but before the outbox recorded it: after the
restart the resend carries the same id, the hub replays its answer, and the reply exists
once."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import orjson
from sqlalchemy import select

from hub.schema import applied_mutations
from tests.reliability.outbox_child import KEY_VARIABLE, KILL_VARIABLE
from tests.support.hub_server import RunningHub
from tests.sync.helpers import hub_messages_with_body, outbox_rig
from tests.sync.replies import unique_text
from workstation.domain.models import OutboxState
from workstation.store.database import new_cache_key, open_cache
from workstation.store.outbox import OutboxStore

REPO_ROOT = Path(__file__).resolve().parents[2]


def _reply_and_die(hub_url: str, cache_path: Path, key: bytes, text: str) -> dict[str, str]:
    child = subprocess.run(
        [sys.executable, "-m", "tests.reliability.outbox_child", hub_url, str(cache_path), text],
        cwd=REPO_ROOT,
        env={**os.environ, KEY_VARIABLE: key.hex(), KILL_VARIABLE: "1",
             "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr
    printed = dict(line.split(" ", 1) for line in child.stdout.splitlines() if " " in line)
    assert "sent" not in child.stdout
    return printed


def test_a_reply_applied_before_the_crash_is_recognised_when_resent(
    hub_server: RunningHub, tmp_path: Path
) -> None:
    cache_path = tmp_path / "petra" / "cache.db"
    key = new_cache_key()
    text = unique_text()

    printed = _reply_and_die(hub_server.url, cache_path, key, text)
    item_id, case_id = printed["item"], int(printed["case"])

    # The hub applied it; the outbox still says "sending".
    assert hub_messages_with_body(hub_server.engine, text) == 1
    engine = open_cache(cache_path, key)
    try:
        interrupted = OutboxStore(engine).item(item_id)
    finally:
        engine.dispose()
    assert interrupted is not None and interrupted.state is OutboxState.SENDING

    async def restart() -> None:
        rig = await outbox_rig(hub_server.url, cache_path=cache_path, key=key, sync_first=False)
        try:
            assert await rig.outbox.recover() == [item_id]
            recovered = await rig.outbox.item(item_id)
            assert recovered is not None and recovered.state is OutboxState.QUEUED

            report = await rig.outbox.send_now()

            assert report.sent == [item_id]
            sent = await rig.outbox.item(item_id)
            assert sent is not None and sent.state is OutboxState.SENT
            with hub_server.engine.connect() as conn:
                stored = conn.execute(
                    select(applied_mutations.c.answer).where(applied_mutations.c.id == item_id)
                ).scalar_one()
            assert sent.result is not None
            assert sent.result == orjson.loads(stored)["result"]  # the replayed answer
            thread = rig.cache.thread(case_id)
            assert [message.body_text for message in thread].count(text) == 1
            assert thread[-1].id == sent.result["message_id"]
        finally:
            await rig.close()

    asyncio.run(restart())
    assert hub_messages_with_body(hub_server.engine, text) == 1
