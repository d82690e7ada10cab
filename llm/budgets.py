"""Daily budgets for the LLM gateway, per restaurant and per API key.

The estimated cost of a call is reserved before the call and reconciled with the real
usage after it (streamed calls included), per restaurant and per API key, per UTC day. Checking
and adding happen in one Lua script, so 100 concurrent reservations against a budget for 10 let
exactly 10 through, across processes. Money is counted in integer micro-dollars, never floats.

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

import functools
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, Any

from django.conf import settings

from llm.redis_client import REDIS_ERRORS, RedisOutage, limits_client

if TYPE_CHECKING:
    from redis.asyncio.client import Pipeline

MICROS_PER_USD = 1_000_000
# Budget keys outlive their day by two days so a late reconcile (a stream that ends after
# midnight, a retried task) still lands on the day it was reserved on, then Redis drops them.
BUDGET_KEY_GRACE = timedelta(days=2)
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


def _reservation_micros(amount_usd: Decimal, limit_usd: Decimal | None) -> tuple[int, int | None]:
    """Amounts rounded up to the micro-dollar and limits down: rounding never lets a call through that would not fit."""
    amount = _to_micros(amount_usd, name="amount_usd", rounding=ROUND_CEILING)
    limit = None if limit_usd is None else _to_micros(limit_usd, name="limit_usd", rounding=ROUND_FLOOR)
    return amount, limit


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
        self._outage = RedisOutage(what="Budget ledger", redis_url=redis_url) if redis_url else None

    async def reserve(self, *, scope: str, amount_usd: Decimal, limit_usd: Decimal | None) -> Reservation:
        """Set ``amount_usd`` aside from today's budget, or raise ``BudgetExceeded`` if it does not fit.

        ``limit_usd`` None means unlimited: the spend is still recorded. Amounts are rounded up to
        the micro-dollar and limits down, so rounding never lets a call through that would not fit.
        """
        amount, limit = _reservation_micros(amount_usd, limit_usd)
        now = self._now()
        day = now.date()
        added, total = await self._apply(scope=scope, day=day, now=now, amount=amount, limit=limit)
        if not added:
            assert limit is not None
            raise BudgetExceeded(scope=scope, limit_usd=_usd(limit), spent_usd=_usd(total), requested_usd=_usd(amount))
        return Reservation(scope=scope, day=day.isoformat(), amount_micros=amount)

    def reserve_call(self, *, scope: str, amount_usd: Decimal, limit_usd: Decimal | None) -> BudgetCall | None:
        """``reserve`` as a step of a larger Redis script (``llm.admission``); None when Redis is not in use now."""
        amount, limit = _reservation_micros(amount_usd, limit_usd)
        now = self._now()
        return self.redis_call(scope=scope, day=now.date(), now=now, amount=amount, limit=limit)

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

    def queue_reconcile(
        self, pipe: Pipeline, reservation: Reservation, *, actual_usd: Decimal
    ) -> Callable[[Any], None] | None:
        """``reconcile`` as one command of a pipeline another part sends (the gateway's cache entry).

        Returns what to call with the command's reply, or with the error when the pipeline failed
        or was never sent; None when Redis is not in use right now (then it is done here, now).
        """
        actual = _to_micros(actual_usd, name="actual_usd", rounding=ROUND_CEILING)
        day = date.fromisoformat(reservation.day)
        amount = actual - reservation.amount_micros
        call = self.redis_call(scope=reservation.scope, day=day, now=self._now(), amount=amount, limit=None)
        if call is None:
            self._local.apply(key=self._key(reservation.scope, day), day=day, amount=amount, limit=None)
            return None
        # EVAL, not EVALSHA: a pipeline with registered scripts asks Redis whether they exist first.
        pipe.eval(_BUDGET_SCRIPT, 1, call.key, *call.args)

        def settle(reply: Any) -> None:
            if isinstance(reply, BaseException):
                if isinstance(reply, REDIS_ERRORS):
                    self.redis_failed([call], reply)
                    self._local.apply(key=call.key, day=day, amount=amount, limit=None)
                else:  # cancelled, or never sent: unknown, as in _apply
                    self.put_back([call])
                return
            self.redis_answered(call, int(reply[1]))

        return settle

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
        call = self.redis_call(scope=scope, day=day, now=now, amount=amount, limit=limit)
        if call is None:
            return self._local.apply(key=self._key(scope, day), day=day, amount=amount, limit=limit)
        client = limits_client(self._redis_url)
        assert client is not None
        script = client.register_script(_BUDGET_SCRIPT)
        try:
            result: Any = await script(keys=[call.key], args=call.args)
        except REDIS_ERRORS as error:
            self.redis_failed([call], error)
            return self._local.apply(key=call.key, day=day, amount=amount, limit=limit)
        except BaseException:
            # Cancelled mid-call: whether Redis applied it is unknown; counting it twice
            # overstates the spend, which is the safe side for money.
            self.put_back([call])
            raise
        added, total = bool(result[0]), int(result[1])
        self.redis_answered(call, total)
        return added, total

    # --- one step of a larger Redis script (llm.admission) ---------------------------------------

    @property
    def redis_url(self) -> str | None:
        return self._redis_url

    def redis_call(self, *, scope: str, day: date, now: datetime, amount: int, limit: int | None) -> BudgetCall | None:
        """What ``_BUDGET_SCRIPT`` is sent for this change, or None when Redis is not in use right now.

        Takes the spend recorded during an outage along (``unsynced``): whoever sends the call
        reports its outcome with ``redis_answered`` or ``redis_failed``, which puts it back.
        """
        if self._redis_url is None or self._outage is None or not self._outage.should_try(now.timestamp()):
            return None
        key = self._key(scope, day)
        expires_at = datetime.combine(day + timedelta(days=1), datetime.min.time(), UTC) + BUDGET_KEY_GRACE
        # Relative to the injected clock, not Redis' own time, so tests can live on any date.
        ttl = max(math.ceil((expires_at - now).total_seconds()), 60)
        unsynced = self._local.take_unsynced(key)
        return BudgetCall(
            scope=scope,
            key=key,
            day=day,
            now=now,
            amount=amount,
            limit=limit,
            unsynced=unsynced,
            args=(unsynced, amount, "" if limit is None else limit, ttl),
        )

    def redis_answered(self, call: BudgetCall, total: int) -> None:
        assert self._outage is not None
        self._outage.recovered()
        self._local.synced(key=call.key, day=call.day, redis_total=total)

    def redis_failed(self, calls: list[BudgetCall], error: BaseException) -> None:
        """Redis did not answer: the outage spend goes back to be written later; callers apply locally."""
        assert self._outage is not None
        self.put_back(calls)
        for call in calls:
            self._outage.failed(error, call.now.timestamp())

    def put_back(self, calls: list[BudgetCall]) -> None:
        """Calls not sent, or whose outcome is unknown: their outage spend is written with a later call."""
        for call in calls:
            self._local.restore_unsynced(key=call.key, day=call.day, amount=call.unsynced)

    def reservation(self, call: BudgetCall) -> Reservation:
        return Reservation(scope=call.scope, day=call.day.isoformat(), amount_micros=call.amount)

    def exceeded(self, call: BudgetCall, total: int) -> BudgetExceeded:
        assert call.limit is not None
        return BudgetExceeded(
            scope=call.scope, limit_usd=_usd(call.limit), spent_usd=_usd(total), requested_usd=_usd(call.amount)
        )


@dataclass(frozen=True)
class BudgetCall:
    """One budget change as sent to Redis (``_BUDGET_SCRIPT``'s key and arguments)."""

    scope: str
    key: str
    day: date
    now: datetime
    amount: int
    limit: int | None
    unsynced: int
    args: tuple[int, int, int | str, int]


def budget_ledger() -> BudgetLedger:
    """The ledger for this process, from settings (rebuilt if a test overrides them)."""
    return _budget_ledger_for(settings.REDIS_URL, settings.CACHE_KEY_PREFIX)


@functools.cache
def _budget_ledger_for(redis_url: str | None, namespace: str) -> BudgetLedger:
    return BudgetLedger(redis_url=redis_url, namespace=namespace)
