"""Checking the password that unlocks a locked app: with the hub when it answers, else
against the verifier in the encrypted cache (refreshed after every successful check)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from functools import partial

from workstation.domain.unlock import META_KEY, UnlockResult, matcher, verifier_maker
from workstation.store.cache import CaseCache
from workstation.store.worker import DbWorker
from workstation.sync.client import HubError, InvalidCredentials
from workstation.sync.session import Session

logger = logging.getLogger(__name__)


class UnlockChecker:
    def __init__(
        self, session: Callable[[], Session | None], cache: CaseCache, worker: DbWorker
    ) -> None:
        self._session = session
        self._cache = cache
        self._worker = worker

    async def remember(self, verifier: str) -> None:
        """Keep a verifier made at login (inside the encrypted cache)."""
        await self._worker.run(self._cache.set_meta, META_KEY, verifier)

    async def check(self, password: str) -> UnlockResult:
        session = self._session()
        if session is not None:
            try:
                await session.call(partial(session.client.verify_password, password=password))
            except InvalidCredentials:
                return UnlockResult.WRONG_PASSWORD
            except HubError as error:
                logger.info("Unlocking offline: the hub did not check (%s)", error.code)
            else:
                await self.remember(await asyncio.to_thread(verifier_maker(password)))
                return UnlockResult.ACCEPTED
        stored = await self._worker.run(self._cache.get_meta, META_KEY)
        if stored is None:
            return UnlockResult.CANNOT_CHECK
        accepted = await asyncio.to_thread(matcher(password, stored))
        return UnlockResult.ACCEPTED if accepted else UnlockResult.WRONG_PASSWORD
