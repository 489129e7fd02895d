"""Drafts: per case and kind, all channel fields, deleted when emptied, and durable."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine

from tests.store.builders import NOW, FakeClock
from tests.store.draft_child import BODY_VARIABLE, KEY_VARIABLE
from workstation.domain.drafts import Draft, DraftKind
from workstation.domain.models import CallOutcome, Visibility
from workstation.domain.replies import CallLog, ReplyContent
from workstation.store.database import open_cache
from workstation.store.drafts import DraftStore

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_a_draft_round_trips_with_every_channel_field(engine: Engine) -> None:
    store = DraftStore(engine, clock=FakeClock())
    content = ReplyContent(
        body="Guten Tag",
        subject="Re: Rechnung",
        visibility=Visibility.PRIVATE,
        call_log=CallLog(CallOutcome.VOICEMAIL, 42, "AB besprochen"),
        approach=True,
    )

    saved = store.save(Draft(7, DraftKind.REPLY, content))

    assert saved.updated_at == NOW
    assert store.load(7) == saved
    assert store.load(7, DraftKind.NOTE) is None
    assert store.load(8) is None


def test_reply_and_note_drafts_are_kept_apart_and_listed_newest_first(engine: Engine) -> None:
    clock = FakeClock()
    store = DraftStore(engine, clock=clock)
    store.save(Draft(7, DraftKind.REPLY, ReplyContent(body="Antwort")))
    clock.advance(5)
    store.save(Draft(7, DraftKind.NOTE, ReplyContent(body="Notiz")))
    clock.advance(5)
    store.save(Draft(7, DraftKind.REPLY, ReplyContent(body="Antwort, länger")))

    assert [(draft.kind, draft.content.body) for draft in store.drafts()] == [
        (DraftKind.REPLY, "Antwort, länger"),
        (DraftKind.NOTE, "Notiz"),
    ]


def test_an_emptied_draft_is_deleted(engine: Engine) -> None:
    store = DraftStore(engine)
    store.save(Draft(7, DraftKind.REPLY, ReplyContent(body="Antwort")))

    store.save(Draft(7, DraftKind.REPLY, ReplyContent(body="  \n", subject="")))

    assert store.load(7) is None
    store.save(Draft(7, DraftKind.REPLY, ReplyContent(call_log=CallLog(CallOutcome.REACHED))))
    assert store.load(7) is not None
    store.delete(7)
    assert store.drafts() == []


def test_a_draft_survives_the_process_being_killed_right_after_saving(
    cache_path: Path, cache_key: bytes
) -> None:
    open_cache(cache_path, cache_key).dispose()
    body = "Entwurf vor dem Absturz ✓"

    child = subprocess.run(
        [sys.executable, "-m", "tests.store.draft_child", str(cache_path), "42"],
        cwd=REPO_ROOT,
        env={**os.environ, KEY_VARIABLE: cache_key.hex(), BODY_VARIABLE: body,
             "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )  # fmt: skip

    assert child.returncode == -signal.SIGKILL, child.stderr
    reopened = open_cache(cache_path, cache_key)
    try:
        draft = DraftStore(reopened).load(42)
    finally:
        reopened.dispose()
    assert draft is not None
    assert (draft.content.body, draft.content.visibility) == (body, Visibility.PUBLIC)
