"""Daily budgets and the egress quota: exact under concurrency, on real Redis, without it, and when it dies.

Time is injected everywhere: budgets get a fake UTC clock, the quota a fake wall clock and a fake
sleep that advances it, so nothing here really waits.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import socket
import subprocess
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TypeVar

import pytest
import redis
from django.conf import settings
from django.test import override_settings

from llm.budgets import BudgetExceeded, BudgetLedger, Reservation, budget_ledger
from llm.egress import EgressQuota, QuotaExceeded, egress_quota
from llm.redis_client import async_redis

T = TypeVar("T")
USD = Decimal
NOON = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)
LOGGER = "llm.redis_client"


def run(coroutine: Coroutine[Any, Any, T], *urls: str | None) -> T:
    """``asyncio.run``, closing the loop's Redis clients afterwards so no connection outlives its loop."""

    async def main() -> T:
        try:
            return await coroutine
        finally:
            for url in {settings.REDIS_URL, *urls}:
                if url:
                    client = async_redis(url)
                    assert client is not None
                    await client.aclose()

    return asyncio.run(main())


def real_redis_url() -> str:
    url = settings.REDIS_URL
    assert url, "the test settings require REDIS_URL"
    return url


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def warnings_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING]


@pytest.fixture
def namespace() -> Iterator[str]:
    name = f"test-limits-{uuid.uuid4().hex}"
    yield name
    connection = redis.Redis.from_url(real_redis_url())
    for key in connection.scan_iter(match=f"{name}:*"):
        connection.delete(key)
    connection.close()


@pytest.fixture
def sync_redis() -> Iterator[redis.Redis]:
    connection = redis.Redis.from_url(real_redis_url())
    yield connection
    connection.close()


@pytest.fixture(params=["redis", "embedded"])
def redis_url(request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture) -> Iterator[str | None]:
    """The same specification runs on real Redis and on the in-process store (no Redis at all)."""
    yield real_redis_url() if request.param == "redis" else None
    # On "redis", a quiet fall back to the in-process store would make the test prove nothing.
    assert warnings_logged(caplog) == []


def budget_in_redis(redis_url: str | None, key: str) -> bytes | None:
    """What Redis holds for ``key``; None without Redis, where nothing may be written to it."""
    with redis.Redis.from_url(real_redis_url()) as connection:
        value: bytes | None = connection.get(key)
    assert redis_url is not None or value is None
    return value


class FakeClock:
    """A UTC clock for budgets that moves only when told to."""

    def __init__(self, now: datetime = NOON) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class FakeTime:
    """A wall clock for the quota, with a sleep that records the request and moves the clock instead."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.sleeps: list[float] = []
        self.on_sleep: Callable[[], Awaitable[None]] | None = None

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        if self.on_sleep is not None:
            await self.on_sleep()


def ledger(redis_url: str | None, namespace: str, clock: FakeClock | None = None) -> BudgetLedger:
    return BudgetLedger(redis_url=redis_url, namespace=namespace, clock=clock or FakeClock())


async def reserve_many(ledger: BudgetLedger, count: int, *, scope: str = "restaurant:12") -> list[object]:
    calls = [ledger.reserve(scope=scope, amount_usd=USD("1.00"), limit_usd=USD("10.00")) for _ in range(count)]
    return await asyncio.gather(*calls, return_exceptions=True)


def outcomes(results: list[object]) -> tuple[int, int]:
    """(reservations made, BudgetExceeded raised); anything else fails the test."""
    unexpected = [r for r in results if not isinstance(r, Reservation | BudgetExceeded)]
    assert unexpected == []
    return sum(isinstance(r, Reservation) for r in results), sum(isinstance(r, BudgetExceeded) for r in results)


# --- Budgets ------------------------------------------------------------------------------------


def test_it_lets_exactly_ten_of_a_hundred_concurrent_reservations_through(
    redis_url: str | None, namespace: str
) -> None:
    budgets = ledger(redis_url, namespace)

    async def scenario() -> tuple[list[object], Decimal]:
        results = await reserve_many(budgets, 100)
        return results, await budgets.spent(scope="restaurant:12")

    results, spent = run(scenario())

    assert outcomes(results) == (10, 90)
    assert spent == USD("10.00")
    assert budget_in_redis(redis_url, f"{namespace}:budget:restaurant:12:2025-03-14") == (
        b"10000000" if redis_url else None
    )


def test_it_lets_exactly_ten_through_from_four_threads_with_their_own_loops_and_ledgers(
    redis_url: str | None, namespace: str
) -> None:
    start = threading.Barrier(4)

    def one_process_worth() -> list[object]:
        budgets = ledger(redis_url, namespace)
        start.wait()
        return run(reserve_many(budgets, 25))

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = [r for batch in pool.map(lambda _: one_process_worth(), range(4)) for r in batch]

    assert outcomes(results) == (10, 90)
    assert run(ledger(redis_url, namespace).spent(scope="restaurant:12")) == USD("10.00")
    assert budget_in_redis(redis_url, f"{namespace}:budget:restaurant:12:2025-03-14") == (
        b"10000000" if redis_url else None
    )


def test_it_reconciles_streamed_calls_up_and_down(redis_url: str | None, namespace: str) -> None:
    budgets = ledger(redis_url, namespace)

    async def scenario() -> list[Decimal]:
        seen = []
        cheap = await budgets.reserve(scope="restaurant:12", amount_usd=USD("0.50"), limit_usd=USD("10.00"))
        long = await budgets.reserve(scope="restaurant:12", amount_usd=USD("0.50"), limit_usd=USD("10.00"))
        seen.append(await budgets.spent(scope="restaurant:12"))
        # The stream stopped early: it cost less than estimated.
        await budgets.reconcile(cheap, actual_usd=USD("0.125"))
        seen.append(await budgets.spent(scope="restaurant:12"))
        # The model talked on: it cost more than estimated, and that is recorded.
        await budgets.reconcile(long, actual_usd=USD("2.75"))
        seen.append(await budgets.spent(scope="restaurant:12"))
        return seen

    assert run(scenario()) == [USD("1.00"), USD("0.625"), USD("2.875")]


def test_it_gives_a_failed_call_its_whole_reservation_back(redis_url: str | None, namespace: str) -> None:
    budgets = ledger(redis_url, namespace)

    async def scenario() -> tuple[Decimal, Decimal]:
        kept = await budgets.reserve(scope="apikey:34", amount_usd=USD("4.00"), limit_usd=USD("5.00"))
        failed = await budgets.reserve(scope="apikey:34", amount_usd=USD("1.00"), limit_usd=USD("5.00"))
        await budgets.release(failed)
        after_release = await budgets.spent(scope="apikey:34")
        # The room the failed call gave back is usable again.
        await budgets.reserve(scope="apikey:34", amount_usd=USD("1.00"), limit_usd=USD("5.00"))
        await budgets.reconcile(kept, actual_usd=USD("3.00"))
        return after_release, await budgets.spent(scope="apikey:34")

    assert run(scenario()) == (USD("4.00"), USD("4.00"))


def test_it_counts_to_the_micro_dollar(redis_url: str | None, namespace: str) -> None:
    budgets = ledger(redis_url, namespace)
    limit = USD("0.000003")

    async def scenario() -> tuple[Decimal, Decimal]:
        for _ in range(3):
            await budgets.reserve(scope="restaurant:12", amount_usd=USD("0.000001"), limit_usd=limit)
        with pytest.raises(BudgetExceeded):
            await budgets.reserve(scope="restaurant:12", amount_usd=USD("0.000001"), limit_usd=limit)
        tiny = await budgets.spent(scope="restaurant:12")
        estimate = await budgets.reserve(scope="apikey:34", amount_usd=USD("0.123456"), limit_usd=None)
        await budgets.reconcile(estimate, actual_usd=USD("0.654321"))
        return tiny, await budgets.spent(scope="apikey:34")

    tiny, reconciled = run(scenario())

    assert tiny == USD("0.000003")
    assert reconciled == USD("0.654321")
    assert str(reconciled) == "0.654321"


def test_it_never_goes_below_zero(redis_url: str | None, namespace: str) -> None:
    budgets = ledger(redis_url, namespace)

    async def scenario() -> Decimal:
        reservation = await budgets.reserve(scope="restaurant:12", amount_usd=USD("1.00"), limit_usd=USD("10.00"))
        await budgets.release(reservation)
        # A duplicated release (a retried task) must not create credit.
        await budgets.release(reservation)
        await budgets.reconcile(reservation, actual_usd=USD("0.10"))
        return await budgets.spent(scope="restaurant:12")

    assert run(scenario()) == USD("0.00")


def test_it_records_spend_without_a_limit(redis_url: str | None, namespace: str) -> None:
    budgets = ledger(redis_url, namespace)

    async def scenario() -> Decimal:
        for _ in range(3):
            await budgets.reserve(scope="apikey:34", amount_usd=USD("1000.00"), limit_usd=None)
        return await budgets.spent(scope="apikey:34")

    assert run(scenario()) == USD("3000.00")


def test_it_keeps_scopes_apart(redis_url: str | None, namespace: str) -> None:
    budgets = ledger(redis_url, namespace)

    async def scenario() -> tuple[Decimal, Decimal]:
        await budgets.reserve(scope="restaurant:12", amount_usd=USD("10.00"), limit_usd=USD("10.00"))
        await budgets.reserve(scope="restaurant:13", amount_usd=USD("1.00"), limit_usd=USD("10.00"))
        return await budgets.spent(scope="restaurant:12"), await budgets.spent(scope="restaurant:13")

    assert run(scenario()) == (USD("10.00"), USD("1.00"))


def test_it_reconciles_a_reservation_into_the_day_it_was_made_on(redis_url: str | None, namespace: str) -> None:
    clock = FakeClock(datetime(2025, 3, 14, 23, 59, 59, tzinfo=UTC))
    budgets = ledger(redis_url, namespace, clock)

    async def scenario() -> tuple[Reservation, Decimal, Decimal, Decimal]:
        late = await budgets.reserve(scope="restaurant:12", amount_usd=USD("10.00"), limit_usd=USD("10.00"))
        clock.now = datetime(2025, 3, 15, 0, 0, 1, tzinfo=UTC)
        # The stream finished after midnight, cheaper than estimated.
        await budgets.reconcile(late, actual_usd=USD("4.00"))
        new_day = await budgets.spent(scope="restaurant:12")
        await budgets.reserve(scope="restaurant:12", amount_usd=USD("10.00"), limit_usd=USD("10.00"))
        today = await budgets.spent(scope="restaurant:12")
        clock.now = datetime(2025, 3, 14, 18, 0, tzinfo=UTC)
        return late, new_day, today, await budgets.spent(scope="restaurant:12")

    late, new_day, today, yesterday = run(scenario())

    assert late == Reservation(scope="restaurant:12", day="2025-03-14", amount_micros=10_000_000)
    assert new_day == USD("0.00")
    assert today == USD("10.00")
    assert yesterday == USD("4.00")


def test_it_uses_one_expiring_key_per_scope_and_day(namespace: str, sync_redis: redis.Redis) -> None:
    clock = FakeClock(datetime(2025, 3, 14, 23, 0, tzinfo=UTC))
    budgets = ledger(settings.REDIS_URL, namespace, clock)

    run(budgets.reserve(scope="restaurant:12", amount_usd=USD("1.25"), limit_usd=USD("10.00")))

    key = f"{namespace}:budget:restaurant:12:2025-03-14"
    assert sync_redis.get(key) == b"1250000"
    # One hour left in the day, then two days of grace for late reconciles.
    assert 49 * 3600 - 5 <= sync_redis.ttl(key) <= 49 * 3600


def test_it_says_who_is_over_budget_and_by_how_much(redis_url: str | None, namespace: str) -> None:
    budgets = ledger(redis_url, namespace)

    async def scenario() -> BudgetExceeded:
        await budgets.reserve(scope="restaurant:12", amount_usd=USD("9.50"), limit_usd=USD("10.00"))
        with pytest.raises(BudgetExceeded) as raised:
            await budgets.reserve(scope="restaurant:12", amount_usd=USD("0.750125"), limit_usd=USD("10.00"))
        return raised.value

    error = run(scenario())

    assert (error.scope, error.limit_usd, error.spent_usd, error.requested_usd) == (
        "restaurant:12",
        USD("10.00"),
        USD("9.50"),
        USD("0.750125"),
    )
    assert str(error) == (
        "Daily budget for restaurant:12 exceeded: $9.50 of $10.00 already spent today, "
        "and this call needs up to $0.750125."
    )


def test_it_refuses_negative_and_non_finite_amounts(namespace: str) -> None:
    budgets = ledger(None, namespace)

    with pytest.raises(ValueError, match="amount_usd must be a finite, non-negative Decimal"):
        run(budgets.reserve(scope="restaurant:12", amount_usd=USD("-1.00"), limit_usd=None))
    with pytest.raises(ValueError, match="limit_usd must be a finite, non-negative Decimal"):
        run(budgets.reserve(scope="restaurant:12", amount_usd=USD("1.00"), limit_usd=USD("NaN")))


def test_it_enforces_budgets_in_process_while_redis_is_down(namespace: str, caplog: pytest.LogCaptureFixture) -> None:
    down = f"redis://127.0.0.1:{closed_port()}/0"
    budgets = ledger(down, namespace)

    async def scenario() -> tuple[list[object], Decimal]:
        results = await reserve_many(budgets, 100)
        return results, await budgets.spent(scope="restaurant:12")

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        results, spent = run(scenario(), down)

    assert outcomes(results) == (10, 90)
    assert spent == USD("10.00")
    assert len(warnings_logged(caplog)) == 1
    assert "Budget ledger: Redis at redis://127.0.0.1:" in warnings_logged(caplog)[0]


class PrivateRedis:
    """A redis-server of this test's own, which it can stop and start again with its data kept."""

    def __init__(self, directory: Path) -> None:
        self.port = closed_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(directory)]
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self._process = subprocess.Popen([*self._command, "--save", ""], stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while True:
            try:
                with redis.Redis.from_url(self.url) as connection:
                    connection.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.01)  # waiting for a server process to start, not for the code under test

    def stop(self) -> None:
        """Save to disk and exit, so ``start`` brings the same data back."""
        assert self._process is not None
        with redis.Redis.from_url(self.url) as connection:
            connection.shutdown(save=True)
        self._process.wait(timeout=10)
        self._process = None

    def kill(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = PrivateRedis(tmp_path)
    server.start()
    yield server
    server.kill()


def test_it_writes_outage_spend_to_redis_when_it_returns(
    namespace: str, private_redis: PrivateRedis, caplog: pytest.LogCaptureFixture
) -> None:
    url = private_redis.url
    clock = FakeClock()
    budgets = ledger(url, namespace, clock)
    reserve = budgets.reserve

    with caplog.at_level(logging.INFO, logger=LOGGER):
        run(reserve(scope="restaurant:12", amount_usd=USD("3.00"), limit_usd=USD("10.00")), url)
        private_redis.stop()
        # The process remembers the 3.00 Redis reported, so the outage does not reset the budget.
        run(reserve(scope="restaurant:12", amount_usd=USD("4.00"), limit_usd=USD("10.00")), url)
        with pytest.raises(BudgetExceeded):
            run(reserve(scope="restaurant:12", amount_usd=USD("4.00"), limit_usd=USD("10.00")), url)
        private_redis.start()
        clock.now += timedelta(seconds=2)  # past the pause between probes
        spent = run(budgets.spent(scope="restaurant:12"), url)

    assert spent == USD("7.00")
    with redis.Redis.from_url(url) as connection:
        assert connection.get(f"{namespace}:budget:restaurant:12:2025-03-14") == b"7000000"
    assert len(warnings_logged(caplog)) == 1
    assert [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno == logging.INFO] == [
        "Budget ledger: Redis is reachable again."
    ]


@override_settings(LLM_EGRESS_PER_MINUTE=7, LLM_EGRESS_POLICY="reject", LLM_EGRESS_MAX_WAIT_SECONDS=2.5)
def test_it_builds_the_process_ledger_and_quota_from_settings() -> None:
    process_quota = egress_quota()

    assert budget_ledger() is budget_ledger()
    assert process_quota is egress_quota()
    assert (process_quota.limit, process_quota.policy, process_quota.max_wait_seconds) == (7, "reject", 2.5)
    assert process_quota.window_seconds == 60.0


# --- Egress quota -------------------------------------------------------------------------------


def quota(
    redis_url: str | None,
    namespace: str,
    fake: FakeTime,
    *,
    policy: Literal["wait", "reject"] = "reject",
    max_wait_seconds: float = 10.0,
) -> EgressQuota:
    return EgressQuota(
        redis_url=redis_url,
        namespace=namespace,
        limit=10,
        window_seconds=60.0,
        policy=policy,
        max_wait_seconds=max_wait_seconds,
        clock=fake,
        sleep=fake.sleep,
    )


def test_it_allows_ten_calls_a_minute_and_says_when_the_eleventh_can_go(redis_url: str | None, namespace: str) -> None:
    fake = FakeTime()
    egress = quota(redis_url, namespace, fake)
    start = fake.now

    async def scenario() -> tuple[int, QuotaExceeded]:
        for second in range(10):
            fake.now = start + second
            await egress.acquire()
        fake.now = start + 10
        with pytest.raises(QuotaExceeded) as raised:
            await egress.acquire()
        return await egress.current(), raised.value

    in_window, refused = run(scenario())

    assert in_window == 10
    # The call at +0 s leaves the window at +60 s.
    assert refused.retry_after_seconds == 50.0
    assert str(refused) == "LLM egress quota exceeded: retry in 50.000 s."


def test_it_frees_slots_one_by_one_as_calls_leave_the_window(redis_url: str | None, namespace: str) -> None:
    fake = FakeTime()
    egress = quota(redis_url, namespace, fake)
    start = fake.now

    async def scenario() -> list[object]:
        for second in range(10):
            fake.now = start + second * 5
            await egress.acquire()
        seen: list[object] = []
        # A fixed window would reset all ten at +60 s; a sliding one frees only the +0 s slot.
        fake.now = start + 60
        await egress.acquire()
        with pytest.raises(QuotaExceeded) as raised:
            await egress.acquire()
        seen.append(raised.value.retry_after_seconds)
        fake.now = start + 65
        await egress.acquire()
        with pytest.raises(QuotaExceeded) as raised:
            await egress.acquire()
        seen.append(raised.value.retry_after_seconds)
        fake.now = start + 100
        seen.append(await egress.current())
        fake.now = start + 121
        seen.append(await egress.current())
        return seen

    # At +100 s the window (40, 100] holds the calls from +45, +60 and +65 s; at +121 s only +65 s.
    assert run(scenario()) == [5.0, 5.0, 3, 1]


def test_it_waits_for_a_slot_with_the_injected_sleep(redis_url: str | None, namespace: str) -> None:
    fake = FakeTime()
    egress = quota(redis_url, namespace, fake, policy="wait", max_wait_seconds=10.0)
    start = fake.now

    async def scenario() -> None:
        for second in range(10):
            fake.now = start + second
            await egress.acquire()
        fake.now = start + 55
        await egress.acquire()

    run(scenario())

    assert fake.sleeps == [5.0]
    assert fake.now == start + 60


def test_it_waits_again_when_another_caller_takes_the_freed_slot(redis_url: str | None, namespace: str) -> None:
    fake = FakeTime()
    egress = quota(redis_url, namespace, fake, policy="wait", max_wait_seconds=10.0)
    rival = quota(redis_url, namespace, fake)
    start = fake.now

    async def rival_takes_the_first_free_slot() -> None:
        fake.on_sleep = None
        await rival.acquire()

    async def scenario() -> None:
        for second in range(10):
            fake.now = start + second
            await egress.acquire()
        fake.now = start + 55
        fake.on_sleep = rival_takes_the_first_free_slot
        await egress.acquire()

    run(scenario())

    assert fake.sleeps == [5.0, 1.0]
    assert fake.now == start + 61


def test_it_gives_up_when_the_wait_would_pass_max_wait(redis_url: str | None, namespace: str) -> None:
    fake = FakeTime()
    egress = quota(redis_url, namespace, fake, policy="wait", max_wait_seconds=5.5)
    rival = quota(redis_url, namespace, fake)
    start = fake.now

    async def rival_takes_the_first_free_slot() -> None:
        fake.on_sleep = None
        await rival.acquire()

    async def scenario() -> tuple[QuotaExceeded, QuotaExceeded]:
        for second in range(10):
            fake.now = start + second
            await egress.acquire()
        fake.now = start + 1
        with pytest.raises(QuotaExceeded) as too_far:
            await egress.acquire()
        fake.now = start + 55
        fake.on_sleep = rival_takes_the_first_free_slot
        with pytest.raises(QuotaExceeded) as waited_too_long:
            await egress.acquire()
        return too_far.value, waited_too_long.value

    too_far, waited_too_long = run(scenario())

    assert too_far.retry_after_seconds == 59.0
    # It slept 5 s, lost the slot to the rival, and 1 s more would make 6 s > 5.5 s.
    assert fake.sleeps == [5.0]
    assert waited_too_long.retry_after_seconds == 1.0


def test_it_lets_exactly_ten_of_fifty_concurrent_calls_through(redis_url: str | None, namespace: str) -> None:
    egress = quota(redis_url, namespace, FakeTime())

    async def scenario() -> tuple[list[object], int]:
        results = await asyncio.gather(*(egress.acquire() for _ in range(50)), return_exceptions=True)
        return list(results), await egress.current()

    results, in_window = run(scenario())

    assert sum(r is None for r in results) == 10
    assert sum(isinstance(r, QuotaExceeded) for r in results) == 40
    assert in_window == 10
    with redis.Redis.from_url(real_redis_url()) as connection:
        assert connection.zcard(f"{namespace}:egress") == (10 if redis_url else 0)


def test_it_enforces_the_quota_in_process_while_redis_is_down(namespace: str, caplog: pytest.LogCaptureFixture) -> None:
    down = f"redis://127.0.0.1:{closed_port()}/0"
    egress = quota(down, namespace, FakeTime())

    async def scenario() -> tuple[list[object], int]:
        results = await asyncio.gather(*(egress.acquire() for _ in range(50)), return_exceptions=True)
        return list(results), await egress.current()

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        results, in_window = run(scenario(), down)

    assert sum(r is None for r in results) == 10
    assert sum(isinstance(r, QuotaExceeded) for r in results) == 40
    assert in_window == 10
    assert len(warnings_logged(caplog)) == 1
    assert "Egress quota: Redis at redis://127.0.0.1:" in warnings_logged(caplog)[0]


def test_it_keeps_the_window_in_a_sorted_set_of_call_times(namespace: str, sync_redis: redis.Redis) -> None:
    fake = FakeTime(1_700_000_000.25)
    egress = quota(settings.REDIS_URL, namespace, fake)

    run(egress.acquire())

    entries = sync_redis.zrange(f"{namespace}:egress", 0, -1, withscores=True)
    assert [entry[1] for entry in entries] == [1_700_000_000_250_000.0]
    assert 0 < sync_redis.pttl(f"{namespace}:egress") <= 61_000
