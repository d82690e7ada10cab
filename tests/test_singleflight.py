"""config.singleflight: a waiter that leaves early leaves nothing for asyncio to complain about."""

from __future__ import annotations

import asyncio
import gc
from typing import Any

import pytest

from config.singleflight import SingleFlight, _Abandoned


class Failure(Exception):
    pass


async def _waiter_leaves_then_owner_ends(*, how_waiter_leaves: str, how_owner_ends: str) -> list[dict[str, Any]]:
    """The loop's exception-handler calls after a waiter left before the computation it awaited ended."""
    reported: list[dict[str, Any]] = []
    asyncio.get_running_loop().set_exception_handler(lambda _loop, context: reported.append(context))
    flight: SingleFlight[str] = SingleFlight(wait_timeout=0.05 if how_waiter_leaves == "times out" else None)
    started, finish = asyncio.Event(), asyncio.Event()

    async def slow() -> str:
        started.set()
        await finish.wait()
        raise Failure("provider down")

    async def fast() -> str:
        return "the waiter's own answer"

    owner = asyncio.create_task(flight.run("key", slow))
    await started.wait()
    waiter = asyncio.create_task(flight.run("key", fast))
    async with asyncio.timeout(5):
        while flight.waits < 1:
            await asyncio.sleep(0)
    if how_waiter_leaves == "is cancelled":
        waiter.cancel()
    await asyncio.gather(waiter, return_exceptions=True)

    if how_owner_ends == "is cancelled":  # the waiters are told with _Abandoned
        owner.cancel()
    else:
        finish.set()
    await asyncio.gather(owner, return_exceptions=True)
    for _ in range(5):  # the future the waiter awaited is settled by a call_soon_threadsafe
        await asyncio.sleep(0)
    del owner, waiter
    gc.collect()  # an unread exception is reported when its future is collected
    return reported


@pytest.mark.parametrize("how_waiter_leaves", ["is cancelled", "times out"])
@pytest.mark.parametrize("how_owner_ends", ["is cancelled", "raises"])
def test_it_logs_no_unretrieved_exception_when_a_waiter_left_early(how_waiter_leaves: str, how_owner_ends: str) -> None:
    reported = asyncio.run(
        _waiter_leaves_then_owner_ends(how_waiter_leaves=how_waiter_leaves, how_owner_ends=how_owner_ends)
    )

    # Only what the flight itself could leave unread: the computation's error, or _Abandoned. gc.collect()
    # also finalizes whatever earlier tests of the run left behind, which is not this test's subject.
    ours = [context for context in reported if isinstance(context.get("exception"), Failure | _Abandoned)]
    assert [context["message"] for context in ours] == []


def test_a_waiter_still_gets_the_owners_exception() -> None:
    async def scenario() -> list[BaseException | tuple[str, bool]]:
        flight: SingleFlight[str] = SingleFlight()
        release = asyncio.Event()

        async def failing() -> str:
            await release.wait()
            raise Failure("provider down")

        tasks = [asyncio.create_task(flight.run("key", failing)) for _ in range(3)]
        async with asyncio.timeout(5):
            while flight.waits < 2:
                await asyncio.sleep(0)
        release.set()
        return await asyncio.gather(*tasks, return_exceptions=True)

    outcomes = asyncio.run(scenario())

    assert [type(outcome) for outcome in outcomes] == [Failure] * 3
