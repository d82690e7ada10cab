"""Deadlines, retries, backoff and the circuit breaker, with time under the test's control (no real sleeping)."""

from __future__ import annotations

import asyncio

import pytest

from llm.resilience import (
    BreakerState,
    CircuitBreaker,
    CircuitOpen,
    Deadline,
    DeadlinePolicy,
    RetryPolicy,
    with_retries,
)
from llm.types import DeadlineExceeded


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


# --- deadlines ------------------------------------------------------------------------


class SlowFailure:
    """A call that takes ``seconds`` of the fake clock, then fails; notes the time it had left."""

    def __init__(self, clock: FakeClock, deadline: Deadline, seconds: float) -> None:
        self.clock = clock
        self.deadline = deadline
        self.seconds = seconds
        self.left_at_start: list[float] = []

    async def __call__(self) -> str:
        self.left_at_start.append(self.deadline.left())
        self.clock.now += self.seconds
        raise Transient()


def retry_on_the_clock(clock: FakeClock, deadline: Deadline, call: SlowFailure, slept: list[float]) -> None:
    """with_retries over ``call`` (ten attempts, 1 s apart) under ``deadline``, sleeping on the fake clock."""

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.now += seconds

    async def run() -> str:
        return await with_retries(
            call,
            policy=RetryPolicy(attempts=10, base_delay=1.0, multiplier=1.0, jitter=0.0),
            is_retryable=lambda error: isinstance(error, Transient),
            sleep=fake_sleep,
            deadline=deadline,
        )

    asyncio.run(run())


def test_retries_stop_at_the_deadline_not_at_the_policys_attempts() -> None:
    clock = FakeClock()
    deadline = Deadline(DeadlinePolicy(10.0, 7.0), stream=False, min_attempt_seconds=0.5, clock=clock)
    call = SlowFailure(clock, deadline, seconds=2.0)

    # 0-2 fails, wait 1, 3-5 fails, wait 1, 6-8 runs past the 7 s deadline: three attempts of ten.
    with pytest.raises(DeadlineExceeded, match="the total deadline of 7 s passed"):
        retry_on_the_clock(clock, deadline, call, [])
    assert call.left_at_start == [7.0, 4.0, 1.0]


def test_no_attempt_starts_that_could_not_finish() -> None:
    clock = FakeClock()
    deadline = Deadline(DeadlinePolicy(10.0, 6.0), stream=False, min_attempt_seconds=1.5, clock=clock)
    call = SlowFailure(clock, deadline, seconds=2.0)
    slept: list[float] = []

    # 0-2 fails, wait 1, 3-5 fails: 1 s is left, and after another 1 s wait none would be.
    with pytest.raises(DeadlineExceeded, match="no time for attempt 3"):
        retry_on_the_clock(clock, deadline, call, slept)
    assert len(call.left_at_start) == 2
    assert slept == [1.0]
    assert not deadline.expired()  # given up early, not at the deadline


def test_a_stream_is_held_to_its_first_token_deadline_then_to_the_total() -> None:
    clock = FakeClock()
    deadline = Deadline(DeadlinePolicy(2.0, 30.0), stream=True, clock=clock)

    assert deadline.left() == 2.0
    clock.now += 1.5
    deadline.mark_first_token()
    assert deadline.left() == 28.5
    assert deadline.attempt_timeout(10.0) == 10.0
    clock.now += 25.0
    assert deadline.attempt_timeout(10.0) == 3.5


def test_a_completion_has_only_the_total_deadline() -> None:
    clock = FakeClock()
    deadline = Deadline(DeadlinePolicy(2.0, 30.0), stream=False, clock=clock)

    clock.now += 5.0
    assert not deadline.expired()
    assert deadline.left() == 25.0


def test_every_failed_attempt_reaches_the_breaker_and_a_retry_asks_it_first() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker("remote", failure_threshold=2, clock=clock)
    call = Flaky([Transient(), Transient(), Transient()])

    async def fake_sleep(seconds: float) -> None:
        pass

    async def run() -> str:
        return await with_retries(
            call,
            policy=RetryPolicy(attempts=4),
            is_retryable=lambda error: isinstance(error, Transient),
            sleep=fake_sleep,
            on_failure=lambda error: breaker.record_failure(),
            before_retry=breaker.before_call,
        )

    with pytest.raises(CircuitOpen):
        asyncio.run(run())
    assert call.calls == 2  # the second failure opened it: the third attempt was refused


# --- the breaker's window ---------------------------------------------------------------

# 3 attempts in 10 fail, never two in a row: the old "five in a row" never opens on this.
THIRTY_PERCENT = [False, False, False, True, False, False, True, False, False, True]


def test_a_thirty_percent_failure_rate_opens_the_breaker_within_twenty_attempts() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker("remote", failure_threshold=5, failure_rate=0.25, window_seconds=60.0, clock=clock)

    attempts = 0
    for failed in THIRTY_PERCENT * 3:
        if breaker.state is BreakerState.OPEN:
            break
        attempts += 1
        clock.now += 0.5
        if failed:
            breaker.record_failure(timed_out=True)
        else:
            breaker.record_success()

    # The fifth failure is attempt 17: 5 of 17 attempts (29%) failed.
    assert attempts == 17
    assert breaker.state is BreakerState.OPEN
    snapshot = breaker.snapshot()
    assert (snapshot.attempts, snapshot.failures, snapshot.timeouts) == (17, 5, 5)


def test_failures_older_than_the_window_are_forgotten() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker("remote", failure_threshold=3, failure_rate=0.25, window_seconds=60.0, clock=clock)
    for failed in [True, False, False, True, False, False, False, False, False, False]:
        (breaker.record_failure if failed else breaker.record_success)()
    clock.now += 61.0
    for failed in [True, False, False, False, False, False, False, False, False, False]:
        (breaker.record_failure if failed else breaker.record_success)()

    # Three failures in twenty attempts, but only one within the last minute.
    assert breaker.state is BreakerState.CLOSED
    assert (breaker.snapshot().attempts, breaker.snapshot().failures) == (10, 1)


def test_a_low_failure_rate_does_not_open_it() -> None:
    breaker = CircuitBreaker("remote", failure_threshold=5, failure_rate=0.25, clock=FakeClock())
    for failed in ([True] + [False] * 9) * 6:  # 10%
        (breaker.record_failure if failed else breaker.record_success)()

    assert breaker.state is BreakerState.CLOSED
    assert not breaker.snapshot().failing


def test_a_successful_probe_forgets_the_failures_that_opened_it() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker("remote", failure_threshold=2, reset_timeout=10.0, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    clock.now += 10.0
    breaker.before_call()
    breaker.record_success()
    breaker.record_failure()

    assert breaker.state is BreakerState.CLOSED
    assert (breaker.snapshot().attempts, breaker.snapshot().failures) == (2, 1)
