"""``DbWorker``: one thread, jobs in order, clean shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time

import pytest

from workstation.store.worker import DbWorker, WorkerClosed


def test_jobs_run_in_order_on_one_thread_off_the_loop() -> None:
    async def scenario() -> None:
        worker = DbWorker()
        seen: list[tuple[int, str]] = []

        def job(number: int) -> int:
            time.sleep(0.001 * (5 - number))  # later jobs are quicker, order must hold
            seen.append((number, threading.current_thread().name))
            return number * 10

        try:
            results = await asyncio.gather(*(worker.run(job, n) for n in range(5)))
        finally:
            worker.close()

        assert results == [0, 10, 20, 30, 40]
        assert [number for number, _ in seen] == [0, 1, 2, 3, 4]
        assert len({name for _, name in seen}) == 1
        assert seen[0][1] != threading.current_thread().name

    asyncio.run(scenario())


def test_exceptions_reach_the_caller() -> None:
    async def scenario() -> None:
        worker = DbWorker()

        def fail() -> None:
            raise LookupError("no such case")

        try:
            with pytest.raises(LookupError, match="no such case"):
                await worker.run(fail)
            assert await worker.run(lambda: "still working") == "still working"
        finally:
            worker.close()

    asyncio.run(scenario())


def test_close_waits_for_the_running_job_and_refuses_new_ones() -> None:
    async def scenario() -> None:
        worker = DbWorker()
        started = threading.Event()
        finished: list[str] = []
        queued_ran: list[str] = []

        def slow() -> str:
            started.set()
            time.sleep(0.2)
            finished.append("slow")
            return "done"

        running = asyncio.ensure_future(worker.run(slow))
        queued = asyncio.ensure_future(worker.run(queued_ran.append, "queued"))
        await asyncio.sleep(0)
        await asyncio.to_thread(started.wait, 5)

        await asyncio.to_thread(worker.close)

        assert finished == ["slow"]
        assert await running == "done"
        with pytest.raises(asyncio.CancelledError):
            await queued
        assert queued_ran == []
        assert worker.closed
        with pytest.raises(WorkerClosed):
            await worker.run(lambda: None)
        worker.close()  # a second close is harmless

    asyncio.run(scenario())


def test_a_cancelled_caller_drops_a_job_that_has_not_started() -> None:
    async def scenario() -> None:
        worker = DbWorker()
        gate = threading.Event()
        ran: list[str] = []
        try:
            blocker = asyncio.ensure_future(worker.run(gate.wait, 5))
            waiting = asyncio.ensure_future(worker.run(ran.append, "dropped"))
            await asyncio.sleep(0.01)
            waiting.cancel()
            # The cancellation reaches the executor's future through a loop callback; let it
            # run before the blocker finishes, or the queued job may start first.
            with contextlib.suppress(asyncio.CancelledError):
                await waiting
            gate.set()
            await blocker
            await worker.run(ran.append, "after")
        finally:
            worker.close()

        assert ran == ["after"]

    asyncio.run(scenario())
