"""The global egress quota: LLM calls a minute for the whole installation.

A sliding window of call times in a Redis sorted set caps the LLM calls per minute for the
whole installation; callers wait for a slot or are rejected, by policy.

Redis holds the window for every process; without Redis, or while it is unreachable, an
in-process window enforces the same limit per process (see ``llm.budgets`` for the modes).
"""

from __future__ import annotations

import asyncio
import bisect
import functools
import math
import threading
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

from django.conf import settings

from llm.redis_client import REDIS_ERRORS, RedisOutage, limits_client

# A sliding window over a sorted set of call times (integer microseconds from the caller's
# clock, so tests drive it and every process agrees on the unit).
# KEYS[1]: the window's sorted set.
# ARGV[1]: now. ARGV[2]: now - window; calls at or before it have left the window.
# ARGV[3]: the limit. ARGV[4]: a unique member for this call. ARGV[5]: key TTL in milliseconds.
# Returns 0 if the call was added, else the microseconds until the oldest call leaves the window.
_EGRESS_SCRIPT = """
local key = KEYS[1]
redis.call('ZREMRANGEBYSCORE', key, '-inf', ARGV[2])
if redis.call('ZCARD', key) < tonumber(ARGV[3]) then
  redis.call('ZADD', key, ARGV[1], ARGV[4])
  redis.call('PEXPIRE', key, ARGV[5])
  return 0
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
return math.max(tonumber(oldest[2]) - tonumber(ARGV[2]), 1)
"""


# --- Egress quota -------------------------------------------------------------------------------


class QuotaExceeded(Exception):
    """The global LLM call quota is used up; ``retry_after_seconds`` says when a slot frees up."""

    def __init__(self, retry_after_seconds: float) -> None:
        self.retry_after_seconds = retry_after_seconds
        super().__init__(f"LLM egress quota exceeded: retry in {retry_after_seconds:.3f} s.")


class _LocalWindow:
    """Call times in this process: the whole truth without Redis, the fallback during an outage."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # Sorted, so a wall clock that steps back cannot hide an older call behind a newer one.
        self._calls: dict[str, list[int]] = {}

    def _prune(self, key: str, cutoff: int) -> list[int]:
        calls = self._calls.setdefault(key, [])
        del calls[: bisect.bisect_right(calls, cutoff)]
        return calls

    def try_acquire(self, *, key: str, now: int, window: int, limit: int) -> int:
        """The in-process twin of ``_EGRESS_SCRIPT``: 0 if taken, else microseconds to wait."""
        with self._lock:
            calls = self._prune(key, now - window)
            if len(calls) < limit:
                bisect.insort(calls, now)
                return 0
            return max(calls[0] - (now - window), 1)

    def count(self, *, key: str, now: int, window: int) -> int:
        with self._lock:
            return len(self._prune(key, now - window))


_local_windows: dict[str | None, _LocalWindow] = {}
_local_windows_lock = threading.Lock()


def _local_window_for(redis_url: str | None) -> _LocalWindow:
    with _local_windows_lock:
        window = _local_windows.get(redis_url)
        if window is None:
            window = _local_windows[redis_url] = _LocalWindow()
        return window


def _to_microseconds(seconds: float) -> int:
    return round(seconds * 1_000_000)


class EgressQuota:
    """At most ``limit`` LLM calls in any ``window_seconds``, across every process sharing Redis.

    A sliding window, not a fixed one: a slot frees up exactly ``window_seconds`` after the call
    that took it, so no burst of twice the limit can straddle a minute boundary.
    """

    def __init__(
        self,
        *,
        redis_url: str | None,
        namespace: str,
        limit: int,
        window_seconds: float = 60.0,
        policy: Literal["wait", "reject"] = "wait",
        max_wait_seconds: float = 10.0,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit}.")
        if not window_seconds > 0:
            raise ValueError(f"window_seconds must be positive, not {window_seconds}.")
        if policy not in ("wait", "reject"):
            raise ValueError(f"policy must be 'wait' or 'reject', not {policy!r}.")
        if not max_wait_seconds >= 0:
            raise ValueError(f"max_wait_seconds must not be negative, not {max_wait_seconds}.")
        self._redis_url = redis_url
        self._key = f"{namespace}:egress"
        self.limit = limit
        self.window_seconds = window_seconds
        self.policy = policy
        self.max_wait_seconds = max_wait_seconds
        self._clock = clock
        self._sleep = sleep
        self._local = _local_window_for(redis_url)
        self._outage = RedisOutage(what="Egress quota", redis_url=redis_url) if redis_url else None

    async def acquire(self) -> None:
        """Take a slot for one call, waiting (policy "wait") or raising ``QuotaExceeded`` (policy "reject").

        Waiting sleeps until the oldest call leaves the window, then competes again; once the
        waits would add up to more than ``max_wait_seconds`` it gives up with ``QuotaExceeded``.
        """
        waited = 0.0
        while True:
            retry_after = await self._try_acquire()
            if retry_after is None:
                return
            if self.policy == "reject" or waited + retry_after > self.max_wait_seconds:
                raise QuotaExceeded(retry_after)
            await self._sleep(retry_after)
            waited += retry_after

    async def current(self) -> int:
        """How many calls are in the window now."""
        now = self._clock()
        now_us, window_us = _to_microseconds(now), _to_microseconds(self.window_seconds)
        client = limits_client(self._redis_url)
        if client is not None and self._outage is not None and self._outage.should_try(now):
            try:
                count = await client.zcount(self._key, f"({now_us - window_us}", "+inf")
            except REDIS_ERRORS as error:
                self._outage.failed(error, now)
            else:
                self._outage.recovered()
                return int(count)
        return self._local.count(key=self._key, now=now_us, window=window_us)

    async def _try_acquire(self) -> float | None:
        """None if a slot was taken, else the seconds until one frees up."""
        now = self._clock()
        now_us, window_us = _to_microseconds(now), _to_microseconds(self.window_seconds)
        wait_us = await self._try_acquire_in_redis(now, now_us, window_us)
        if wait_us is None:
            wait_us = self._local.try_acquire(key=self._key, now=now_us, window=window_us, limit=self.limit)
        # A wall clock that stepped back could ask for more than a window; no slot is further away.
        return None if wait_us == 0 else min(wait_us, window_us) / 1_000_000

    async def _try_acquire_in_redis(self, now: float, now_us: int, window_us: int) -> int | None:
        """The script's answer (0 or microseconds to wait), or None if Redis is not in use right now."""
        call = self._slot_call(now, now_us, window_us)
        client = limits_client(self._redis_url)
        if call is None or client is None:
            return None
        script = client.register_script(_EGRESS_SCRIPT)
        try:
            result: Any = await script(keys=[call.key], args=call.args)
        except REDIS_ERRORS as error:
            self.redis_failed(call, error)
            return None
        self.redis_answered()
        return int(result)

    # --- one step of a larger Redis script (llm.admission) ---------------------------------------

    @property
    def redis_url(self) -> str | None:
        return self._redis_url

    def slot_call(self) -> SlotCall | None:
        """What ``_EGRESS_SCRIPT`` is sent to take a slot now, or None when Redis is not in use right now."""
        now = self._clock()
        return self._slot_call(now, _to_microseconds(now), _to_microseconds(self.window_seconds))

    def _slot_call(self, now: float, now_us: int, window_us: int) -> SlotCall | None:
        if self._redis_url is None or self._outage is None or not self._outage.should_try(now):
            return None
        member = f"{now_us}:{uuid.uuid4().hex}"
        ttl_ms = math.ceil(window_us / 1000) + 1000
        return SlotCall(key=self._key, now=now, args=(now_us, now_us - window_us, self.limit, member, ttl_ms))

    def redis_answered(self) -> None:
        assert self._outage is not None
        self._outage.recovered()

    def redis_failed(self, call: SlotCall, error: BaseException) -> None:
        assert self._outage is not None
        self._outage.failed(error, call.now)


@dataclass(frozen=True)
class SlotCall:
    """One slot asked of the window in Redis (``_EGRESS_SCRIPT``'s key and arguments)."""

    key: str
    now: float
    args: tuple[int, int, int, str, int]


def egress_quota() -> EgressQuota:
    """The egress quota for this process: ``LLM_EGRESS_PER_MINUTE`` calls a minute, by ``LLM_EGRESS_POLICY``."""
    return _egress_quota_for(
        settings.REDIS_URL,
        settings.CACHE_KEY_PREFIX,
        settings.LLM_EGRESS_PER_MINUTE,
        settings.LLM_EGRESS_POLICY,
        settings.LLM_EGRESS_MAX_WAIT_SECONDS,
    )


@functools.cache
def _egress_quota_for(
    redis_url: str | None, namespace: str, limit: int, policy: Literal["wait", "reject"], max_wait_seconds: float
) -> EgressQuota:
    return EgressQuota(
        redis_url=redis_url, namespace=namespace, limit=limit, policy=policy, max_wait_seconds=max_wait_seconds
    )
