"""Budgets and the egress slot in one Redis round trip (llm/admission.py): the same outcomes as step by step."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest
import redis

from llm.admission import Admitted, admit_together
from llm.budgets import BudgetExceeded, BudgetLedger, Reservation
from llm.egress import EgressQuota
from llm.types import BudgetScope
from tests.test_gateway_limits import NOON, FakeClock, FakeTime, closed_port, real_redis_url, run

USD = Decimal
DAY = NOON.date().isoformat()


@pytest.fixture
def namespace() -> Iterator[str]:
    name = f"test-admission-{uuid.uuid4().hex}"
    yield name
    with redis.Redis.from_url(real_redis_url()) as connection:
        for key in connection.scan_iter(match=f"{name}:*"):
            connection.delete(key)


def limits(namespace: str, *, url: str | None = None, slots: int = 10) -> tuple[BudgetLedger, EgressQuota]:
    url = url or real_redis_url()
    ledger = BudgetLedger(redis_url=url, namespace=namespace, clock=FakeClock())
    clock = FakeTime()
    quota = EgressQuota(redis_url=url, namespace=namespace, limit=slots, clock=clock, sleep=clock.sleep)
    return ledger, quota


RESTAURANT = BudgetScope("restaurant:12", USD("10.00"))
KEY = BudgetScope("apikey:34", USD("1.00"))


def test_it_reserves_every_budget_and_takes_a_slot(namespace: str) -> None:
    ledger, quota = limits(namespace)

    async def scenario() -> tuple[Admitted | None, Decimal, Decimal, int]:
        admitted = await admit_together(ledger=ledger, quota=quota, budgets=(RESTAURANT, KEY), amount_usd=USD("0.25"))
        return (
            admitted,
            await ledger.spent(scope="restaurant:12"),
            await ledger.spent(scope="apikey:34"),
            await quota.current(),
        )

    admitted, restaurant, key, slots = run(scenario())

    assert admitted is not None
    assert admitted.reservations == [
        Reservation(scope="restaurant:12", day=DAY, amount_micros=250_000),
        Reservation(scope="apikey:34", day=DAY, amount_micros=250_000),
    ]
    assert admitted.slot_taken
    assert (restaurant, key, slots) == (USD("0.25"), USD("0.25"), 1)


def test_it_refuses_by_the_first_budget_it_would_break_and_takes_nothing(namespace: str) -> None:
    ledger, quota = limits(namespace)

    async def scenario() -> tuple[BudgetExceeded, Decimal, Decimal, int]:
        await ledger.reserve(scope="apikey:34", amount_usd=USD("0.90"), limit_usd=USD("1.00"))
        with pytest.raises(BudgetExceeded) as refused:
            await admit_together(ledger=ledger, quota=quota, budgets=(RESTAURANT, KEY), amount_usd=USD("0.25"))
        return (
            refused.value,
            await ledger.spent(scope="restaurant:12"),
            await ledger.spent(scope="apikey:34"),
            await quota.current(),
        )

    refused, restaurant, key, slots = run(scenario())

    assert str(refused) == (
        "Daily budget for apikey:34 exceeded: $0.90 of $1.00 already spent today, and this call needs up to $0.25."
    )
    assert (restaurant, key, slots) == (USD("0"), USD("0.90"), 0)


def test_it_reserves_but_takes_no_slot_when_the_window_is_full(namespace: str) -> None:
    ledger, quota = limits(namespace, slots=1)

    async def scenario() -> tuple[Admitted | None, Decimal, int]:
        await quota.acquire()
        admitted = await admit_together(ledger=ledger, quota=quota, budgets=(RESTAURANT,), amount_usd=USD("1.00"))
        return admitted, await ledger.spent(scope="restaurant:12"), await quota.current()

    admitted, spent, slots = run(scenario())

    assert admitted is not None
    assert not admitted.slot_taken
    assert (spent, slots) == (USD("1.00"), 1)


def test_it_lets_exactly_ten_of_fifty_concurrent_calls_through_a_budget_for_ten(namespace: str) -> None:
    ledger, quota = limits(namespace, slots=1000)

    async def scenario() -> list[object]:
        calls = [
            admit_together(ledger=ledger, quota=quota, budgets=(RESTAURANT,), amount_usd=USD("1.00")) for _ in range(50)
        ]
        return await asyncio.gather(*calls, return_exceptions=True)

    results = run(scenario())

    assert sum(isinstance(result, BudgetExceeded) for result in results) == 40
    assert sum(getattr(result, "slot_taken", False) for result in results) == 10


def test_it_steps_aside_when_redis_is_down_and_both_limits_fall_back_in_process(
    namespace: str, caplog: pytest.LogCaptureFixture
) -> None:
    down = f"redis://127.0.0.1:{closed_port()}/0"
    ledger, quota = limits(namespace, url=down)

    async def scenario() -> tuple[object, object, Decimal]:
        admitted = await admit_together(ledger=ledger, quota=quota, budgets=(RESTAURANT,), amount_usd=USD("1.00"))
        # The step-by-step path now goes straight to the in-process stores: no second wait on Redis.
        again = await admit_together(ledger=ledger, quota=quota, budgets=(RESTAURANT,), amount_usd=USD("1.00"))
        await ledger.reserve(scope="restaurant:12", amount_usd=USD("1.00"), limit_usd=USD("10.00"))
        await quota.acquire()
        return admitted, again, await ledger.spent(scope="restaurant:12")

    with caplog.at_level(logging.WARNING, logger="llm.redis_client"):
        admitted, again, spent = run(scenario(), down)

    assert (admitted, again, spent) == (None, None, USD("1.00"))
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert [message.split(":")[0] for message in warnings] == ["Budget ledger", "Egress quota"]


def test_it_steps_aside_when_the_ledger_and_the_quota_use_different_redis(namespace: str) -> None:
    ledger, _ = limits(namespace)
    _, quota = limits(namespace, url=f"redis://127.0.0.1:{closed_port()}/0")

    admitted = run(admit_together(ledger=ledger, quota=quota, budgets=(RESTAURANT,), amount_usd=USD("1.00")))

    assert admitted is None
