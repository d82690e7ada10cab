"""Retries, backoff and the circuit breaker, with time under the test's control (no real sleeping)."""

from __future__ import annotations

import asyncio

import pytest

from chat.gateway.resilience import BreakerState, CircuitBreaker, CircuitOpen, RetryPolicy, with_retries


class Flaky:
    def __init__(self, failures: list[Exception]) -> None:
        self.failures = list(failures)
        self.calls = 0

    async def __call__(self) -> str:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        return "answer"


class Transient(Exception):
    pass


def retry(call: Flaky, policy: RetryPolicy, rng: float = 0.0) -> tuple[str, list[float]]:
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    result = asyncio.run(
        with_retries(
            call,
            policy=policy,
            is_retryable=lambda error: isinstance(error, Transient),
            sleep=fake_sleep,
            rng=lambda: rng,
        )
    )
    return result, slept


def test_it_follows_seed_002s_schedule_without_jitter() -> None:
    call = Flaky([Transient(), Transient(), Transient()])

    assert retry(call, RetryPolicy()) == ("answer", [1.0, 2.0, 4.0])
    assert call.calls == 4


def test_jitter_stays_within_double_the_nominal_delay() -> None:
    assert retry(Flaky([Transient(), Transient(), Transient()]), RetryPolicy(), rng=0.999)[1] == pytest.approx(
        [1.999, 3.998, 7.996]
    )


def test_it_caps_the_delay() -> None:
    _, slept = retry(Flaky([Transient()] * 5), RetryPolicy(attempts=6, max_delay=5.0), rng=0.5)

    assert slept == [1.5, 3.0, 5.0, 5.0, 5.0]


def test_it_gives_up_after_the_last_attempt_with_the_last_error() -> None:
    call = Flaky([Transient("1"), Transient("2"), Transient("3"), Transient("4")])

    with pytest.raises(Transient, match="4"):
        retry(call, RetryPolicy())
    assert call.calls == 4


def test_it_does_not_retry_an_error_that_is_not_transient() -> None:
    call = Flaky([ValueError("bad request")])

    with pytest.raises(ValueError, match="bad request"):
        retry(call, RetryPolicy())
    assert call.calls == 1


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_breaker_opens_after_repeated_failures_and_probes_once_after_the_timeout() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker("remote", failure_threshold=3, reset_timeout=30.0, clock=clock)

    for _ in range(3):
        breaker.before_call()
        breaker.record_failure()
    assert breaker.state is BreakerState.OPEN
    with pytest.raises(CircuitOpen, match=r"circuit for remote is open; next probe in 30.0 s"):
        breaker.before_call()

    clock.now += 30.0
    assert breaker.state is BreakerState.HALF_OPEN  # type: ignore[comparison-overlap]  # mypy keeps the narrowing across the clock change
    breaker.before_call()  # the one probe
    with pytest.raises(CircuitOpen):
        breaker.before_call()  # a second caller while the probe is out
    breaker.record_success()
    assert breaker.state is BreakerState.CLOSED
    breaker.before_call()


def test_a_failed_probe_opens_the_breaker_again() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker("remote", failure_threshold=2, reset_timeout=10.0, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    clock.now += 10.0

    breaker.before_call()
    breaker.record_failure()

    assert breaker.state is BreakerState.OPEN
    clock.now += 9.9
    assert breaker.state is BreakerState.OPEN


def test_a_success_resets_the_failure_count() -> None:
    breaker = CircuitBreaker("remote", failure_threshold=2, clock=FakeClock())
    breaker.record_failure()
    breaker.record_success()
    breaker.record_failure()

    assert breaker.state is BreakerState.CLOSED
