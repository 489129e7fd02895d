"""The expert's actions on a case, each written to the outbox first (with its local effect,
so the views change at once) and sent by the background sender."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from functools import partial

from workstation.domain import mutations
from workstation.domain.drafts import Draft, DraftKind
from workstation.domain.models import CaseDetail, CaseOutcome, CaseStatus
from workstation.domain.outbox import OutboxItem
from workstation.domain.replies import ReplyContent
from workstation.store.drafts import DraftStore
from workstation.store.worker import DbWorker
from workstation.ui.outbox.controller import OutboxController


class CaseWork:
    def __init__(
        self,
        outbox: OutboxController,
        drafts: DraftStore,
        worker: DbWorker,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._outbox = outbox
        self._drafts = drafts
        self._worker = worker
        self._clock = clock

    async def claim(self, case_id: int) -> OutboxItem:
        return await self._enqueue(mutations.claim(case_id, now=self._clock()))

    async def renew_claim(self, case_id: int) -> OutboxItem:
        return await self._enqueue(mutations.renew_claim(case_id, now=self._clock()))

    async def release(self, case_id: int) -> OutboxItem:
        return await self._enqueue(mutations.release(case_id, now=self._clock()))

    async def close(self, case_id: int, outcome: CaseOutcome) -> OutboxItem:
        return await self._enqueue(mutations.close(case_id, outcome, now=self._clock()))

    async def tag(
        self, case_id: int, *, add: Iterable[str] = (), remove: Iterable[str] = ()
    ) -> OutboxItem:
        return await self._enqueue(
            mutations.tag(case_id, add=add, remove=remove, now=self._clock())
        )

    async def note(self, case_id: int, body: str) -> OutboxItem:
        """Raises `InvalidMutation` for an empty or too long note."""
        return await self._enqueue(
            mutations.note(case_id, body, now=self._clock()), clear_draft=DraftKind.NOTE
        )

    async def reply(self, case: CaseDetail, content: ReplyContent) -> OutboxItem:
        """The reply written against the case version the expert saw; the reply draft is
        deleted in the same transaction. Raises `InvalidMutation` when the content does
        not fit the channel."""
        mutation = mutations.reply(
            case.id,
            channel=case.channel,
            based_on_version=case.version,
            content=content,
            now=self._clock(),
        )
        return await self._enqueue(mutation, clear_draft=DraftKind.REPLY)

    async def decline(self, case: CaseDetail) -> OutboxItem:
        """The expert decided not to approach the person of a social mention: the case
        leaves this expert's view (the cache forgets it at once) and stays on offer to the
        other experts. A case the expert already claimed is given back to the pool first,
        since only an offer can be declined."""
        if case.assigned_to_me and case.status is not CaseStatus.OFFERED:
            await self.release(case.id)
        return await self._enqueue(mutations.decline(case.id, now=self._clock()))

    async def save_draft(self, draft: Draft) -> Draft:
        """Stored durably; an empty draft deletes the stored one."""
        return await self._worker.run(self._drafts.save, draft)

    async def discard_draft(self, case_id: int, kind: DraftKind) -> None:
        await self._worker.run(partial(self._drafts.delete, case_id, kind))

    async def orphaned_drafts(self) -> list[Draft]:
        return await self._worker.run(self._drafts.orphaned)

    async def load_draft(self, case_id: int, kind: DraftKind) -> Draft | None:
        return await self._worker.run(partial(self._drafts.load, case_id, kind))

    async def _enqueue(
        self, mutation: mutations.NewMutation, *, clear_draft: DraftKind | None = None
    ) -> OutboxItem:
        return await self._outbox.outbox.enqueue(mutation, clear_draft=clear_draft)
