"""Retries with exponential backoff and jitter, and a circuit breaker per provider."""

from __future__ import annotations

import asyncio
import logging
import random
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

logger = logging.getLogger(__name__)
T = TypeVar("T")


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
) -> T:
    """Run ``call``; on a retryable error wait per ``policy`` and try again, up to ``policy.attempts``."""
    attempt = 1
    while True:
        try:
            return await call()
        except Exception as error:
            if attempt >= policy.attempts or not is_retryable(error):
                raise
            attempt += 1
            delay = policy.delay_before(attempt, rng)
            if on_retry is not None:
                on_retry(attempt, error, delay)
            await sleep(delay)


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitOpen(Exception):
    def __init__(self, name: str, retry_in_seconds: float) -> None:
        super().__init__(f"circuit for {name} is open; next probe in {retry_in_seconds:.1f} s")
        self.name = name
        self.retry_in_seconds = retry_in_seconds


class CircuitBreaker:
    """Stops calling a provider after ``failure_threshold`` failures in a row.

    After ``reset_timeout`` one probe call is let through (half-open): success closes
    the circuit, failure opens it again. State is per process: each web worker learns
    on its own, which costs at most ``failure_threshold`` failed calls per worker.
    """

    def __init__(
        self,
        name: str,
        *,
        failure_threshold: int = 5,
        reset_timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self._clock = clock
        self._lock = threading.Lock()
        self._state = BreakerState.CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._probe_in_flight = False

    @property
    def state(self) -> BreakerState:
        with self._lock:
            return self._current_state()

    def _current_state(self) -> BreakerState:
        if self._state is BreakerState.OPEN and self._clock() - self._opened_at >= self.reset_timeout:
            self._state = BreakerState.HALF_OPEN
            self._probe_in_flight = False
        return self._state

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
        reader left): free the half-open probe slot for the next caller."""
        with self._lock:
            self._probe_in_flight = False

    def record_success(self) -> None:
        with self._lock:
            if self._state is not BreakerState.CLOSED:
                logger.info("circuit %s closed again", self.name)
            self._state = BreakerState.CLOSED
            self._failures = 0
            self._probe_in_flight = False

    def record_failure(self) -> None:
        with self._lock:
            state = self._current_state()
            self._failures += 1
            if state is BreakerState.HALF_OPEN or self._failures >= self.failure_threshold:
                if state is not BreakerState.OPEN:
                    logger.warning("circuit %s opened after %d failure(s)", self.name, self._failures)
                self._state = BreakerState.OPEN
                self._opened_at = self._clock()
                self._probe_in_flight = False
