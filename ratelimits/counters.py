"""Fixed one-minute request counters in the database, exact across processes.

Every ingress limit counts here: the API's per address and per key (``api.ratelimit``) and
the diners' questions per diner, address and restaurant (``chat.diner_limits``). All of a
request's buckets are incremented by one ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``
statement: the increment *is* the check, so N concurrent requests against a limit of L admit
exactly L, with no lock and no read-then-write race. The ground floor: it imports no app.

Two ways in, one table:

- ``increment`` (sync): Django's connection, on the caller's thread (SQLite or PostgreSQL; the
  diner views, DRF views, and the tests, which share one transaction).
- ``aincrement`` (async, PostgreSQL): the API's hot path, on the event loop with no thread at
  all. Each event loop keeps one connection of its own, and the increments of the requests
  that arrive while a statement is in flight go together in the next one, as a prepared
  statement: one round trip for many requests. Each request still gets the count it would
  have got alone (the k requests sharing a bucket in one statement are handed its new total
  minus k-1, ..., its new total, in arrival order), so the check stays exact.

The table is UNLOGGED on PostgreSQL (migration 0002): no write-ahead log for counts that
matter for a minute. A crash of the database server empties it (every window starts again
from zero); a clean restart keeps it.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from django.db import connection, connections

from ratelimits.models import RateLimitBucket

WINDOW_SECONDS = 60
COUNTING_APPLICATION_NAME = "sommelier-ratelimits"


def _window_start(now: float) -> datetime:
    return datetime.fromtimestamp(now - now % WINDOW_SECONDS, tz=UTC)


_INCREMENT_SQL = (
    "INSERT INTO {table} (bucket, window_start, count) VALUES {values} "
    "ON CONFLICT (bucket, window_start) DO UPDATE SET count = {table}.count + 1 "
    "RETURNING bucket, count"
)
_pruned_before: datetime | None = None


def increment(buckets: list[str], *, now: float | None = None) -> dict[str, int]:
    """Add one request to each bucket in the current window; the new counts. One statement."""
    now = time.time() if now is None else now
    window = _window_start(now)
    # Rows are locked in a fixed order, so two statements sharing buckets can never deadlock.
    ordered = sorted(set(buckets))
    table = connection.ops.quote_name(RateLimitBucket._meta.db_table)
    sql = _INCREMENT_SQL.format(table=table, values=", ".join(["(%s, %s, 1)"] * len(ordered)))
    params: list[Any] = []
    for bucket in ordered:
        params += [bucket, window]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        counts = {str(bucket): int(count) for bucket, count in cursor.fetchall()}
    if not settings.USES_POSTGRES:
        # The embedded default has no Celery beat to prune: do it here, once a window.
        _prune_once_per_window(window)
    return counts


def prune_finished_windows(*, now: float | None = None) -> int:
    """Delete counts of windows that have ended (beat task ratelimits.prune_finished_windows)."""
    window = _window_start(time.time() if now is None else now)
    deleted, _ = RateLimitBucket.objects.filter(window_start__lt=window).delete()
    return deleted


def _prune_once_per_window(window: datetime) -> None:
    global _pruned_before
    if _pruned_before is not None and _pruned_before >= window:
        return
    _pruned_before = window
    RateLimitBucket.objects.filter(window_start__lt=window).delete()


# --- on the event loop (PostgreSQL) ---------------------------------------------------------

# One text for any number of buckets and windows, so PostgreSQL plans it once per connection.
# Rows are inserted (and locked) in a fixed order: two statements sharing buckets never deadlock.
_BATCH_SQL = (
    "INSERT INTO {table} (bucket, window_start, count) "
    "SELECT bucket, window_start, amount "
    "FROM unnest(%s::text[], %s::timestamptz[], %s::integer[]) AS batch (bucket, window_start, amount) "
    "ORDER BY bucket, window_start "
    "ON CONFLICT (bucket, window_start) DO UPDATE SET count = {table}.count + EXCLUDED.count "
    "RETURNING bucket, window_start, count"
)

Slot = tuple[str, datetime]  # (bucket, window start)


class _LoopCounter:
    """One event loop's increments, on a PostgreSQL connection of its own, many requests a statement."""

    def __init__(self) -> None:
        self._pending: list[tuple[list[Slot], asyncio.Future[dict[str, int]]]] = []
        self._writer: asyncio.Task[None] | None = None
        self._connection: Any = None  # a psycopg.AsyncConnection (psycopg is absent on SQLite installs)

    async def increment(self, slots: list[Slot]) -> dict[str, int]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[dict[str, int]] = loop.create_future()
        self._pending.append((slots, future))
        if self._writer is None:
            self._writer = loop.create_task(self._write_pending())
        # A request cancelled while it waits is still counted: the statement is already on its way.
        return await future

    async def _write_pending(self) -> None:
        try:
            while self._pending:
                batch, self._pending = self._pending, []
                amounts = Counter(slot for slots, _ in batch for slot in slots)
                try:
                    totals = await self._execute(amounts)
                except Exception as error:  # noqa: BLE001 - every request of the batch gets the error
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(error)
                    continue
                # In arrival order, the requests sharing a slot saw its counts before the statement + 1, + 2, ...
                seen = {slot: totals[slot] - amount for slot, amount in amounts.items()}
                for slots, future in batch:
                    counts: dict[str, int] = {}
                    for slot in slots:
                        seen[slot] += 1
                        counts[slot[0]] = seen[slot]
                    if not future.done():
                        future.set_result(counts)
        finally:
            self._writer = None

    async def _execute(self, amounts: Counter[Slot]) -> dict[Slot, int]:
        import psycopg

        slots = sorted(amounts)
        params = ([bucket for bucket, _ in slots], [window for _, window in slots], [amounts[s] for s in slots])
        sql = _BATCH_SQL.format(table=connection.ops.quote_name(RateLimitBucket._meta.db_table))
        # After a database restart the kept connection is dead: its first use fails. Closed and
        # tried once more on a fresh one, the requests are counted instead of refused; a fresh
        # connection that fails means the database is down (the requests' 503).
        for attempt in (1, 2):
            reused = self._connection is not None and not self._connection.closed
            if not reused:
                self._connection = await psycopg.AsyncConnection.connect(**_connection_params(), autocommit=True)
            try:
                async with self._connection.cursor() as cursor:
                    await cursor.execute(sql, params, prepare=True)
                    rows = await cursor.fetchall()
            except (psycopg.OperationalError, psycopg.InterfaceError):
                await self.close()
                if attempt == 2 or not reused:
                    raise
            else:
                return {(str(bucket), window): int(count) for bucket, window, count in rows}
        raise AssertionError("unreachable")

    async def close(self) -> None:
        if self._connection is not None:
            await self._connection.close()
            self._connection = None


def _connection_params() -> dict[str, Any]:
    """Django's own connection parameters for the default database, for a plain psycopg connection."""
    params = connections["default"].get_connection_params()
    # Django's cursor class (client-side binding, no prepared statements) and type adapters are its own.
    for name in ("cursor_factory", "context", "prepare_threshold"):
        params.pop(name, None)
    params["application_name"] = COUNTING_APPLICATION_NAME  # how it shows in pg_stat_activity
    return params


_loop_counters: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopCounter] = weakref.WeakKeyDictionary()


async def aincrement(buckets: list[str], *, now: float | None = None) -> dict[str, int]:
    """``increment`` on the event loop, PostgreSQL only: the new counts, exact across processes."""
    now = time.time() if now is None else now
    window = _window_start(now)
    loop = asyncio.get_running_loop()
    counter = _loop_counters.get(loop)
    if counter is None:
        counter = _loop_counters.setdefault(loop, _LoopCounter())
    return await counter.increment([(bucket, window) for bucket in set(buckets)])


def close_loop_connections() -> None:
    """Close the connections of event loops that have stopped (a test server's, before its database goes)."""
    for loop, counter in list(_loop_counters.items()):
        if not loop.is_running():
            asyncio.run(counter.close())
            _loop_counters.pop(loop, None)
