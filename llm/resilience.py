"""Deadlines, retries with exponential backoff and jitter, and a circuit breaker per provider."""

from __future__ import annotations

import asyncio
import logging
import random
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from llm.types import DeadlineExceeded

logger = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class DeadlinePolicy:
    """How long one gateway call may take on a surface: to the first streamed chunk, and in all."""

    first_token_seconds: float
    total_seconds: float


class Deadline:
    """One gateway call's clock, started when the call starts.

    A stream is held to the first-token deadline until its first chunk arrives, then to
    the total; a plain completion has no first token to wait for, only the total.
    Every attempt and every backoff happens inside it: an attempt's timeout is the
    per-attempt timeout or the time left, whichever is shorter, and no attempt starts
    with less than ``min_attempt_seconds`` left (it could not finish; the caller would
    only wait longer for the same failure).
    """

    def __init__(
        self,
        policy: DeadlinePolicy,
        *,
        stream: bool,
        min_attempt_seconds: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy
        self.min_attempt_seconds = min_attempt_seconds
        self._clock = clock
        started = clock()
        self.total_at = started + policy.total_seconds
        # A first-token deadline past the total would never apply.
        self.first_token_at = min(started + policy.first_token_seconds, self.total_at) if stream else self.total_at
        self.first_token_seen = not stream

    def mark_first_token(self) -> None:
        self.first_token_seen = True

    @property
    def which(self) -> str:
        return "total" if self.first_token_seen else "first-token"

    def _ends_at(self) -> float:
        return self.total_at if self.first_token_seen else self.first_token_at

    def left(self) -> float:
        """Seconds left before the deadline that applies now (never negative)."""
        return max(0.0, self._ends_at() - self._clock())

    def expired(self) -> bool:
        return self.left() <= 0.0

    def attempt_timeout(self, per_attempt: float) -> float:
        return min(per_attempt, self.left())

    def allows_attempt_after(self, delay: float) -> bool:
        """Whether an attempt started after waiting ``delay`` seconds still has time to finish."""
        return self.left() - delay >= max(self.min_attempt_seconds, 1e-3)

    def exceeded(self, detail: str) -> DeadlineExceeded:
        seconds = self.policy.total_seconds if self.first_token_seen else self.policy.first_token_seconds
        return DeadlineExceeded(f"the {self.which} deadline of {seconds:g} s passed: {detail}")


@dataclass(frozen=True)
class RetryPolicy:
    """Seed 002's schedule by default: try, then wait 1-2 s, 2-4 s, 4-8 s (four attempts in all).

    Attempt n (from 2) waits ``base * multiplier**(n-2)`` plus up to ``jitter`` times that
    again, capped at ``max_delay``: the jitter spreads out clients that failed together.
    """

    attempts: int = 4
    base_delay: float = 1.0
    multiplier: float = 2.0
    max_delay: float = 8.0
    jitter: float = 1.0

    def delay_before(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        """Seconds to wait before ``attempt`` (2, 3, ...)."""
        nominal = self.base_delay * self.multiplier ** (attempt - 2)
        return min(self.max_delay, nominal * (1 + self.jitter * rng()))


async def with_retries(
    call: Callable[[], Awaitable[T]],
    *,
    policy: RetryPolicy,
    is_retryable: Callable[[BaseException], bool],
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    rng: Callable[[], float] = random.random,
    on_retry: Callable[[int, BaseException, float], None] | None = None,
    deadline: Deadline | None = None,
    attempt_timeout: float | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    before_retry: Callable[[], None] | None = None,
    asked_delay: Callable[[BaseException], float | None] | None = None,
) -> T:
    """Run ``call``; on a retryable error wait per ``policy`` and try again, up to ``policy.attempts``.

    With a ``deadline``, each attempt gets ``min(attempt_timeout, time left)`` (a
    ``TimeoutError`` when it runs out) and a retry happens only if it can start with
    time to finish; otherwise ``DeadlineExceeded`` is raised, chained to the last error.
    ``on_failure`` sees every failed attempt (the breaker counts each one);
    ``before_retry`` may refuse a retry by raising (the breaker opened meanwhile).
    ``asked_delay`` reads the wait the server asked for (``Retry-After``): never retried sooner.
    """
    attempt = 1
    while True:
        timeout = attempt_timeout
        if deadline is not None:
            if deadline.expired():
                # Spent before the call (budget, quota, an earlier model): no verdict on this provider.
                raise deadline.exceeded(f"no time left for attempt {attempt}")
            timeout = deadline.attempt_timeout(attempt_timeout or float("inf"))
        try:
            if timeout is None:
                return await call()
            async with asyncio.timeout(timeout):
                return await call()
        except Exception as error:
            if on_failure is not None:
                on_failure(error)
            if not is_retryable(error):
                raise
            if deadline is not None and deadline.expired():
                raise deadline.exceeded(f"attempt {attempt} failed with {type(error).__name__}") from error
            if attempt >= policy.attempts:
                raise
            attempt += 1
            delay = max(policy.delay_before(attempt, rng), (asked_delay(error) if asked_delay else None) or 0.0)
            if deadline is not None and not deadline.allows_attempt_after(delay):
                raise deadline.exceeded(
                    f"no time for attempt {attempt} after {type(error).__name__} ({deadline.left():.1f} s left)"
                ) from error
            if on_retry is not None:
                on_retry(attempt, error, delay)
            await sleep(delay)
            if before_retry is not None:
                before_retry()


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitOpen(Exception):
    def __init__(self, name: str, retry_in_seconds: float) -> None:
        super().__init__(f"circuit for {name} is open; next probe in {retry_in_seconds:.1f} s")
        self.name = name
        self.retry_in_seconds = retry_in_seconds


@dataclass(frozen=True)
class BreakerSnapshot:
    """A provider's breaker and its recent attempts, as this process saw them (for /health)."""

    name: str
    state: BreakerState
    window_seconds: float
    attempts: int
    failures: int
    timeouts: int
    # The share of failed attempts at or above which the provider is called unhealthy.
    failure_rate_limit: float
    min_attempts: int

    @property
    def failure_rate(self) -> float:
        return self.failures / self.attempts if self.attempts else 0.0

    @property
    def failing(self) -> bool:
        """Enough recent attempts, and too many of them failed."""
        return self.attempts >= self.min_attempts and self.failure_rate >= self.failure_rate_limit


# The recent-attempts window keeps at most this many entries per provider: under very
# heavy traffic it covers less than window_seconds, never unbounded memory.
MAX_WINDOW_ENTRIES = 10_000


class CircuitBreaker:
    """Stops calling a provider that keeps failing; every failed attempt counts, not only a call's last.

    It opens on ``failure_threshold`` failures in a row, or when, over the last
    ``window_seconds``, at least ``failure_threshold`` attempts failed and they are at
    least ``failure_rate`` of at least ``min_attempts`` attempts: a provider that hangs on
    30% of calls never fails five times in a row, yet it is broken.

    After ``reset_timeout`` one probe call is let through (half-open): success closes
    the circuit (and forgets the window), failure opens it again. State is per process:
    each web worker learns on its own, which costs a few failed attempts per worker.
    Callers report only what says something about the provider: an invalid input or a
    caller who went away is no verdict (``release_probe``).
    """

    def __init__(
        self,
        name: str,
        *,
        failure_threshold: int = 5,
        reset_timeout: float = 30.0,
        window_seconds: float = 60.0,
        failure_rate: float = 0.2,
        min_attempts: int = 10,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self.window_seconds = window_seconds
        self.failure_rate = failure_rate
        self.min_attempts = min_attempts
        self._clock = clock
        self._lock = threading.Lock()
        self._state = BreakerState.CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._probe_in_flight = False
        # (when, failed, timed out) per attempt, oldest first, with running counts.
        self._recent: deque[tuple[float, bool, bool]] = deque()
        self._recent_failures = 0
        self._recent_timeouts = 0

    @property
    def state(self) -> BreakerState:
        with self._lock:
            return self._current_state()

    def _current_state(self) -> BreakerState:
        if self._state is BreakerState.OPEN and self._clock() - self._opened_at >= self.reset_timeout:
            self._state = BreakerState.HALF_OPEN
            self._probe_in_flight = False
        return self._state

    def _trim(self, now: float) -> None:
        while self._recent and (
            now - self._recent[0][0] > self.window_seconds or len(self._recent) > MAX_WINDOW_ENTRIES
        ):
            _, failed, timed_out = self._recent.popleft()
            self._recent_failures -= failed
            self._recent_timeouts -= timed_out

    def _note(self, *, failed: bool, timed_out: bool) -> None:
        now = self._clock()
        self._recent.append((now, failed, timed_out))
        self._recent_failures += failed
        self._recent_timeouts += timed_out
        self._trim(now)

    def _forget_window(self) -> None:
        self._recent.clear()
        self._recent_failures = self._recent_timeouts = 0

    def snapshot(self) -> BreakerSnapshot:
        with self._lock:
            state = self._current_state()
            self._trim(self._clock())
            return BreakerSnapshot(
                name=self.name,
                state=state,
                window_seconds=self.window_seconds,
                attempts=len(self._recent),
                failures=self._recent_failures,
                timeouts=self._recent_timeouts,
                failure_rate_limit=self.failure_rate,
                min_attempts=self.min_attempts,
            )

    def admits_now(self) -> bool:
        """Whether ``before_call`` would let a call through now (without taking the probe slot)."""
        with self._lock:
            state = self._current_state()
            return state is BreakerState.CLOSED or (state is BreakerState.HALF_OPEN and not self._probe_in_flight)

    def before_call(self) -> None:
        """Raise ``CircuitOpen`` unless a call may go through now."""
        with self._lock:
            state = self._current_state()
            if state is BreakerState.CLOSED:
                return
            if state is BreakerState.HALF_OPEN and not self._probe_in_flight:
                self._probe_in_flight = True
                return
            retry_in = max(0.0, self.reset_timeout - (self._clock() - self._opened_at))
            raise CircuitOpen(self.name, retry_in)

    def release_probe(self) -> None:
        """The admitted call ended with no verdict on the provider (over budget, quota, the
        reader left, the caller's own input): free the half-open probe slot for the next caller."""
        with self._lock:
            self._probe_in_flight = False

    def record_success(self) -> None:
        with self._lock:
            if self._state is not BreakerState.CLOSED:
                logger.info("circuit %s closed again", self.name)
                # The failures that opened it are history once a probe succeeded.
                self._forget_window()
            self._state = BreakerState.CLOSED
            self._failures = 0
            self._probe_in_flight = False
            self._note(failed=False, timed_out=False)

    def record_failure(self, *, timed_out: bool = False) -> None:
        """One failed attempt (a timeout, a connection error, a 5xx...)."""
        with self._lock:
            state = self._current_state()
            self._failures += 1
            self._note(failed=True, timed_out=timed_out)
            attempts = len(self._recent)
            too_many = (
                self._recent_failures >= self.failure_threshold
                and attempts >= self.min_attempts
                and self._recent_failures >= self.failure_rate * attempts
            )
            if state is BreakerState.HALF_OPEN or self._failures >= self.failure_threshold or too_many:
                if state is not BreakerState.OPEN:
                    logger.warning(
                        "circuit %s opened after %d failure(s) in a row, %d of %d attempts in %g s",
                        self.name,
                        self._failures,
                        self._recent_failures,
                        attempts,
                        self.window_seconds,
                    )
                self._state = BreakerState.OPEN
                self._opened_at = self._clock()
                self._probe_in_flight = False
