"""Fixed one-minute request counters in the database, exact across processes.

Every ingress limit counts here: the API's per address and per key (``api.ratelimit``) and
the diners' questions per diner, address and restaurant (``chat.diner_limits``). All of a
request's buckets are incremented by one ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``
statement: the increment *is* the check, so N concurrent requests against a limit of L admit
exactly L, with no lock and no read-then-write race. The ground floor: it imports no app.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from django.db import connection

from ratelimits.models import RateLimitBucket

WINDOW_SECONDS = 60


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
