"""Money and quotas for the LLM gateway: daily budgets and the global egress quota.

Budgets: the estimated cost of a call is reserved before the call and reconciled with the real
usage after it (streamed calls included), per restaurant and per API key, per UTC day. Checking
and adding happen in one Lua script, so 100 concurrent reservations against a budget for 10 let
exactly 10 through, across processes. Money is counted in integer micro-dollars, never floats.

Egress: a sliding window of call times in a Redis sorted set caps the LLM calls per minute for the
whole installation; callers wait for a slot or are rejected, by policy.

Three modes, chosen per instance:

- ``redis_url`` set: Redis holds the truth, shared by every process.
- ``redis_url`` None (the embedded default: one process, no Redis): the same semantics
  in-process, in module-level stores guarded by a ``threading.Lock``. The critical sections
  never await, so one lock serves both coroutines on one loop and threads running their own
  loops, and every instance with the same namespace shares the same numbers.
- Redis configured but unreachable: fail *open* onto the in-process stores. A restaurant's
  diners must still get answers when the cache server is down; the in-process tally (seeded
  with the last total Redis reported) still enforces the limit within each process, which
  bounds the overspend to what the other processes spend during the outage. Spend recorded
  during the outage is written to Redis on the first call that reaches it again. One warning
  is logged per outage, and Redis is probed at most once per ``REDIS_PROBE_INTERVAL_SECONDS``
  meanwhile.
"""

from __future__ import annotations

import asyncio
import bisect
import functools
import logging
import math
import threading
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any, Literal

import redis.asyncio as aioredis
from django.conf import settings
from redis.exceptions import RedisError

from chat.gateway.redis_client import LIMITS_SOCKET_TIMEOUT_SECONDS, async_redis

logger = logging.getLogger(__name__)

MICROS_PER_USD = 1_000_000
# Budget keys outlive their day by two days so a late reconcile (a stream that ends after
# midnight, a retried task) still lands on the day it was reserved on, then Redis drops them.
BUDGET_KEY_GRACE = timedelta(days=2)
# A blackholed Redis costs a 0.5 s connect timeout (redis_client.SOCKET_TIMEOUT_SECONDS) per
# attempt: probing once a second during an outage keeps that off almost every call, and a
# recovered Redis is back in use within a second.
REDIS_PROBE_INTERVAL_SECONDS = 1.0
# What an unreachable or failing Redis raises through redis.asyncio; everything else is a bug
# and must propagate.
_REDIS_ERRORS = (RedisError, OSError, asyncio.TimeoutError)

# Check the limit and add the amount in one step, so concurrent reservations cannot both see
# room for one. Arguments are strings of integer micro-dollars, added with INCRBY, so no amount
# ever passes through Lua's floating-point number formatting.
# KEYS[1]: the day's budget key.
# ARGV[1]: spend recorded in-process while Redis was unreachable, applied first ("0" if none).
# ARGV[2]: the amount to add (negative to give back).
# ARGV[3]: the limit, "" for none. Only checked when adding a positive amount.
# ARGV[4]: seconds until the key expires.
# Returns {1 if added else 0, the total after the call}; totals never go below 0.
_BUDGET_SCRIPT = """
local key = KEYS[1]
local function add(delta)
  local total = redis.call('INCRBY', key, delta)
  if total < 0 then
    redis.call('SET', key, '0')
    total = 0
  end
  redis.call('EXPIRE', key, ARGV[4])
  return total
end
local total = tonumber(redis.call('GET', key) or '0')
if ARGV[1] ~= '0' then
  total = add(ARGV[1])
end
local amount = tonumber(ARGV[2])
if amount > 0 and ARGV[3] ~= '' and total + amount > tonumber(ARGV[3]) then
  return {0, total}
end
if amount ~= 0 then
  total = add(ARGV[2])
end
return {1, total}
"""

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


# --- Shared -------------------------------------------------------------------------------------


class _Outage:
    """Tracks whether Redis is reachable, to warn once per outage and to pace the probes."""

    def __init__(self, *, what: str, redis_url: str) -> None:
        self._what = what
        self._redis_url = redis_url
        self._lock = threading.Lock()
        self._down = False
        self._next_probe = 0.0

    def should_try(self, now: float) -> bool:
        with self._lock:
            if not self._down:
                return True
            # Also probe if the clock stepped back past the last failure, or an outage could last for hours.
            return not self._next_probe - REDIS_PROBE_INTERVAL_SECONDS <= now < self._next_probe

    def failed(self, error: BaseException, now: float) -> None:
        with self._lock:
            self._next_probe = now + REDIS_PROBE_INTERVAL_SECONDS
            if self._down:
                return
            self._down = True
        logger.warning(
            "%s: Redis at %s is unreachable (%s); enforcing limits in this process only until it returns.",
            self._what,
            _redacted(self._redis_url),
            error,
        )

    def recovered(self) -> None:
        with self._lock:
            if not self._down:
                return
            self._down = False
        logger.info("%s: Redis is reachable again.", self._what)


def _redacted(url: str) -> str:
    """The URL without its password, for the log."""
    scheme, sep, rest = url.partition("://")
    if sep and "@" in rest:
        return f"{scheme}://***@{rest.rpartition('@')[2]}"
    return url


def _client(redis_url: str | None) -> aioredis.Redis | None:
    # async_redis(None) would fall back to settings.REDIS_URL: None here means "no Redis".
    return async_redis(redis_url, timeout=LIMITS_SOCKET_TIMEOUT_SECONDS) if redis_url else None


# --- Budgets ------------------------------------------------------------------------------------


class BudgetExceeded(Exception):
    """A call would take a daily budget over its limit; the API answers 402 Payment Required."""

    def __init__(self, *, scope: str, limit_usd: Decimal, spent_usd: Decimal, requested_usd: Decimal) -> None:
        self.scope = scope
        self.limit_usd = limit_usd
        self.spent_usd = spent_usd
        self.requested_usd = requested_usd
        super().__init__(
            f"Daily budget for {scope} exceeded: {_usd_text(spent_usd)} of {_usd_text(limit_usd)} "
            f"already spent today, and this call needs up to {_usd_text(requested_usd)}."
        )


@dataclass(frozen=True)
class Reservation:
    """Money set aside for one call; ``day`` pins reconcile and release to the day it was made on."""

    scope: str
    day: str
    amount_micros: int


def _to_micros(value: Decimal, *, name: str, rounding: str) -> int:
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise ValueError(f"{name} must be a finite, non-negative Decimal, not {value!r}.")
    return int(value.scaleb(6).to_integral_value(rounding=rounding))


def _usd(micros: int) -> Decimal:
    return Decimal(micros).scaleb(-6)


def _usd_text(value: Decimal) -> str:
    """``$10.00`` for whole cents, every significant digit (``$0.000125``) otherwise."""
    cents = value.quantize(Decimal("0.01"))
    if cents == value:
        return f"${cents}"
    return f"${value.normalize():f}"


@dataclass
class _Tally:
    day: date
    spent: int = 0
    # Changes made in this process while Redis was unreachable, not yet written to it.
    unsynced: int = 0


class _LocalBudgets:
    """Budgets in this process: the whole truth without Redis, the fallback during an outage."""

    def __init__(self, *, tracks_unsynced: bool) -> None:
        self._tracks_unsynced = tracks_unsynced
        self._lock = threading.Lock()
        self._tallies: dict[str, _Tally] = {}
        self._latest_day = date.min

    def _tally(self, key: str, day: date) -> _Tally:
        # Forget days whose Redis keys would have expired, so a long-running process stays small.
        if day > self._latest_day:
            self._latest_day = day
            oldest_kept = day - BUDGET_KEY_GRACE
            for stale in [k for k, tally in self._tallies.items() if tally.day < oldest_kept]:
                del self._tallies[stale]
        return self._tallies.setdefault(key, _Tally(day=day))

    def apply(self, *, key: str, day: date, amount: int, limit: int | None) -> tuple[bool, int]:
        """The in-process twin of ``_BUDGET_SCRIPT``: (added?, total after)."""
        with self._lock:
            tally = self._tally(key, day)
            if amount > 0 and limit is not None and tally.spent + amount > limit:
                return False, tally.spent
            before = tally.spent
            tally.spent = max(before + amount, 0)
            if self._tracks_unsynced:
                tally.unsynced += tally.spent - before
            return True, tally.spent

    def take_unsynced(self, key: str) -> int:
        with self._lock:
            tally = self._tallies.get(key)
            if tally is None:
                return 0
            unsynced, tally.unsynced = tally.unsynced, 0
            return unsynced

    def restore_unsynced(self, *, key: str, day: date, amount: int) -> None:
        if amount:
            with self._lock:
                self._tally(key, day).unsynced += amount

    def synced(self, *, key: str, day: date, redis_total: int) -> None:
        """Remember what Redis holds, so an outage starts from it rather than from zero."""
        with self._lock:
            tally = self._tally(key, day)
            tally.spent = redis_total + tally.unsynced


# One store per Redis URL (None: no Redis), so the embedded store and an outage fallback never mix.
_local_budgets: dict[str | None, _LocalBudgets] = {}
_local_budgets_lock = threading.Lock()


def _local_budgets_for(redis_url: str | None) -> _LocalBudgets:
    with _local_budgets_lock:
        store = _local_budgets.get(redis_url)
        if store is None:
            store = _local_budgets[redis_url] = _LocalBudgets(tracks_unsynced=redis_url is not None)
        return store


def _utc_now() -> datetime:
    return datetime.now(UTC)


class BudgetLedger:
    """Daily spend per scope (``restaurant:12``, ``apikey:34``), reserved before a call and reconciled after.

    The day is the UTC date of ``clock()``; its key is ``{namespace}:budget:{scope}:{day}``.
    """

    def __init__(self, *, redis_url: str | None, namespace: str, clock: Callable[[], datetime] = _utc_now) -> None:
        self._redis_url = redis_url
        self._namespace = namespace
        self._clock = clock
        self._local = _local_budgets_for(redis_url)
        self._outage = _Outage(what="Budget ledger", redis_url=redis_url) if redis_url else None

    async def reserve(self, *, scope: str, amount_usd: Decimal, limit_usd: Decimal | None) -> Reservation:
        """Set ``amount_usd`` aside from today's budget, or raise ``BudgetExceeded`` if it does not fit.

        ``limit_usd`` None means unlimited: the spend is still recorded. Amounts are rounded up to
        the micro-dollar and limits down, so rounding never lets a call through that would not fit.
        """
        amount = _to_micros(amount_usd, name="amount_usd", rounding=ROUND_CEILING)
        limit = None if limit_usd is None else _to_micros(limit_usd, name="limit_usd", rounding=ROUND_FLOOR)
        now = self._now()
        day = now.date()
        added, total = await self._apply(scope=scope, day=day, now=now, amount=amount, limit=limit)
        if not added:
            assert limit is not None
            raise BudgetExceeded(scope=scope, limit_usd=_usd(limit), spent_usd=_usd(total), requested_usd=_usd(amount))
        return Reservation(scope=scope, day=day.isoformat(), amount_micros=amount)

    async def reconcile(self, reservation: Reservation, *, actual_usd: Decimal) -> None:
        """Replace the estimate with the real cost, on the reservation's own day; never fails on the limit.

        The money is already spent, so going over the limit here is recorded, not refused: the
        next reservation pays for it.
        """
        actual = _to_micros(actual_usd, name="actual_usd", rounding=ROUND_CEILING)
        await self._apply(
            scope=reservation.scope,
            day=date.fromisoformat(reservation.day),
            now=self._now(),
            amount=actual - reservation.amount_micros,
            limit=None,
        )

    async def release(self, reservation: Reservation) -> None:
        """Give the whole reservation back: the call failed before spending anything."""
        await self.reconcile(reservation, actual_usd=Decimal(0))

    async def spent(self, *, scope: str) -> Decimal:
        """Today's spend for ``scope``: open reservations plus reconciled calls."""
        now = self._now()
        _, total = await self._apply(scope=scope, day=now.date(), now=now, amount=0, limit=None)
        return _usd(total)

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            # A naive clock would move the budget day by the server's UTC offset.
            raise ValueError("BudgetLedger's clock must return timezone-aware datetimes.")
        return now.astimezone(UTC)

    def _key(self, scope: str, day: date) -> str:
        return f"{self._namespace}:budget:{scope}:{day.isoformat()}"

    async def _apply(self, *, scope: str, day: date, now: datetime, amount: int, limit: int | None) -> tuple[bool, int]:
        """Add ``amount`` to the day's total unless it breaks ``limit``: (added?, total after)."""
        key = self._key(scope, day)
        client = _client(self._redis_url)
        if client is not None and self._outage is not None and self._outage.should_try(now.timestamp()):
            expires_at = datetime.combine(day + timedelta(days=1), datetime.min.time(), UTC) + BUDGET_KEY_GRACE
            # Relative to the injected clock, not Redis' own time, so tests can live on any date.
            ttl = max(math.ceil((expires_at - now).total_seconds()), 60)
            unsynced = self._local.take_unsynced(key)
            script = client.register_script(_BUDGET_SCRIPT)
            try:
                result: Any = await script(keys=[key], args=[unsynced, amount, "" if limit is None else limit, ttl])
            except _REDIS_ERRORS as error:
                self._local.restore_unsynced(key=key, day=day, amount=unsynced)
                self._outage.failed(error, now.timestamp())
            except BaseException:
                # Cancelled mid-call: whether Redis applied it is unknown; counting it twice
                # overstates the spend, which is the safe side for money.
                self._local.restore_unsynced(key=key, day=day, amount=unsynced)
                raise
            else:
                self._outage.recovered()
                added, total = bool(result[0]), int(result[1])
                self._local.synced(key=key, day=day, redis_total=total)
                return added, total
        return self._local.apply(key=key, day=day, amount=amount, limit=limit)


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
        self._outage = _Outage(what="Egress quota", redis_url=redis_url) if redis_url else None

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
        client = _client(self._redis_url)
        if client is not None and self._outage is not None and self._outage.should_try(now):
            try:
                count = await client.zcount(self._key, f"({now_us - window_us}", "+inf")
            except _REDIS_ERRORS as error:
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
        client = _client(self._redis_url)
        if client is None or self._outage is None or not self._outage.should_try(now):
            return None
        member = f"{now_us}:{uuid.uuid4().hex}"
        ttl_ms = math.ceil(window_us / 1000) + 1000
        script = client.register_script(_EGRESS_SCRIPT)
        try:
            result: Any = await script(keys=[self._key], args=[now_us, now_us - window_us, self.limit, member, ttl_ms])
        except _REDIS_ERRORS as error:
            self._outage.failed(error, now)
            return None
        self._outage.recovered()
        return int(result)


# --- Process-wide instances ---------------------------------------------------------------------


def budget_ledger() -> BudgetLedger:
    """The ledger for this process, from settings (rebuilt if a test overrides them)."""
    return _budget_ledger_for(settings.REDIS_URL, settings.CACHE_KEY_PREFIX)


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
def _budget_ledger_for(redis_url: str | None, namespace: str) -> BudgetLedger:
    return BudgetLedger(redis_url=redis_url, namespace=namespace)


@functools.cache
def _egress_quota_for(
    redis_url: str | None, namespace: str, limit: int, policy: Literal["wait", "reject"], max_wait_seconds: float
) -> EgressQuota:
    return EgressQuota(
        redis_url=redis_url, namespace=namespace, limit=limit, policy=policy, max_wait_seconds=max_wait_seconds
    )
