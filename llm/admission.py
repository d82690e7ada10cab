"""A remote model call's budgets and egress slot in one Redis round trip.

Before each remote call the gateway reserves the call's estimated cost against every budget it
is charged to (the restaurant's, the API key's: ``llm.budgets``) and takes a slot of the
installation's egress quota (``llm.egress``). Step by step that is a round trip per budget and
one for the slot, each ~0.1 ms of redis-py's CPU on the event loop (py-spy: 10% of a worker's
time on an uncached answer, with one budget). Here both scripts run as one, in the same order
and with the same outcomes: every budget's outage spend written back; the budgets checked, then
added all or none (a refusal names the first budget it would break, and takes no slot); then
the slot taken when the window has room.

Only when the ledger and the quota share one Redis and both are using it now. Otherwise the
gateway goes step by step, as it does for models with their own rpm/tpm limits (checked
between the budgets and the slot, so a model over its limit never takes a slot) and when the
window is full (the quota's policy, wait or refuse, decides then).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from llm.budgets import BudgetCall, BudgetLedger, Reservation
from llm.egress import EgressQuota
from llm.redis_client import REDIS_ERRORS, limits_client
from llm.types import BudgetScope

# llm.budgets' _BUDGET_SCRIPT for each budget (KEYS[i]; ARGV: unsynced, amount, limit, ttl),
# then llm.egress' _EGRESS_SCRIPT on KEYS[n + 1] when there is one (ARGV: now, cutoff, limit,
# member, ttl in ms). ARGV[1]: n, the number of budgets.
# Returns {i, -1, totals...} when budget i would go over its limit (nothing added, no slot), else
# {0, wait, totals...}: wait 0 when the slot was taken, -1 when none was asked, else the
# microseconds until one frees up. Totals: each budget's total after the call.
_ADMISSION_SCRIPT = """
local budgets = tonumber(ARGV[1])
local totals = {}
local function add(key, delta, ttl)
  local total = redis.call('INCRBY', key, delta)
  if total < 0 then
    redis.call('SET', key, '0')
    total = 0
  end
  redis.call('EXPIRE', key, ttl)
  return total
end
for i = 1, budgets do
  local a = 1 + (i - 1) * 4
  totals[i] = tonumber(redis.call('GET', KEYS[i]) or '0')
  if ARGV[a + 1] ~= '0' then
    totals[i] = add(KEYS[i], ARGV[a + 1], ARGV[a + 4])
  end
end
for i = 1, budgets do
  local a = 1 + (i - 1) * 4
  local amount = tonumber(ARGV[a + 2])
  if amount > 0 and ARGV[a + 3] ~= '' and totals[i] + amount > tonumber(ARGV[a + 3]) then
    return {i, -1, unpack(totals)}
  end
end
for i = 1, budgets do
  local a = 1 + (i - 1) * 4
  if tonumber(ARGV[a + 2]) ~= 0 then
    totals[i] = add(KEYS[i], ARGV[a + 2], ARGV[a + 4])
  end
end
local wait = -1
if #KEYS > budgets then
  local key, e = KEYS[budgets + 1], 1 + budgets * 4
  redis.call('ZREMRANGEBYSCORE', key, '-inf', ARGV[e + 2])
  if redis.call('ZCARD', key) < tonumber(ARGV[e + 3]) then
    redis.call('ZADD', key, ARGV[e + 1], ARGV[e + 4])
    redis.call('PEXPIRE', key, ARGV[e + 5])
    wait = 0
  else
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    wait = math.max(tonumber(oldest[2]) - tonumber(ARGV[e + 2]), 1)
  end
end
return {0, wait, unpack(totals)}
"""


@dataclass(frozen=True)
class Admitted:
    reservations: list[Reservation]
    # False: the window had no room; the caller takes a slot the usual way (EgressQuota.acquire).
    slot_taken: bool


async def admit_together(
    *, ledger: BudgetLedger, quota: EgressQuota, budgets: Sequence[BudgetScope], amount_usd: Decimal
) -> Admitted | None:
    """Reserve ``amount_usd`` on every budget and take an egress slot, in one round trip.

    Raises ``BudgetExceeded`` as ``BudgetLedger.reserve`` does. None when the two cannot go
    together now (no shared Redis, an outage): nothing was reserved and the caller goes step by step.
    """
    if ledger.redis_url is None or ledger.redis_url != quota.redis_url:
        return None
    calls: list[BudgetCall] = []
    for budget in budgets:
        call = ledger.reserve_call(scope=budget.scope, amount_usd=amount_usd, limit_usd=budget.limit_usd)
        if call is None:
            ledger.put_back(calls)
            return None
        calls.append(call)
    slot = quota.slot_call()
    client = limits_client(ledger.redis_url)
    if slot is None or client is None:
        ledger.put_back(calls)
        return None
    try:
        result: Any = await client.register_script(_ADMISSION_SCRIPT)(
            keys=[*(call.key for call in calls), slot.key],
            args=[len(calls), *(arg for call in calls for arg in call.args), *slot.args],
        )
    except REDIS_ERRORS as error:
        # Both fail over to their in-process twins, and the caller goes step by step on them.
        ledger.redis_failed(calls, error)
        quota.redis_failed(slot, error)
        return None
    except BaseException:
        # Cancelled mid-call: whether Redis applied it is unknown; counting the outage spend
        # twice overstates it, which is the safe side for money (as BudgetLedger._apply does).
        ledger.put_back(calls)
        raise
    return _outcome(ledger, quota, calls, [int(value) for value in result])


def _outcome(ledger: BudgetLedger, quota: EgressQuota, calls: list[BudgetCall], result: list[int]) -> Admitted:
    refused, wait, *totals = result
    for call, total in zip(calls, totals, strict=True):
        ledger.redis_answered(call, total)
    quota.redis_answered()
    if refused:
        raise ledger.exceeded(calls[refused - 1], totals[refused - 1])
    return Admitted(reservations=[ledger.reservation(call) for call in calls], slot_taken=wait == 0)
