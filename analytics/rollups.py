"""Hourly and daily roll-ups of the raw records, so dashboards and long windows stay fast.

- ``rollup_hour`` / ``rollup_day`` replace the period's rows in one transaction:
  running one twice gives the same rows, never double counts.
- ``RollupRun`` says which periods are rolled. Records that arrive late (they
  waited in Redis while PostgreSQL was down) delete their hour's run in the same
  transaction that inserts them: the dirty hour is rolled again by the next beat,
  and its day after it.
- Per-period advisory locks (PostgreSQL) order a late insert and the roll-up of
  its hour: either the roll-up sees the records, or the insert sees the run and
  marks it dirty.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.db import connections, transaction
from django.db.models import Count, Min, Q, Sum
from django.utils import timezone

from analytics import histogram
from analytics.aggregates import LLM_ERROR_OUTCOMES, ONE_DAY, ONE_HOUR, day_floor, hour_floor
from analytics.models import LLMCall, MetricRollup, RequestRecord, RollupRun

# An hour is rolled once it ended this long ago: records of its last seconds are still
# on their way (process buffer -> Redis -> database takes a few seconds when all is well).
SETTLE = timedelta(minutes=5)
# How far back the beat looks for hours never rolled (older hours are left as they are).
LOOKBACK = timedelta(days=7)
_HOUR_LOCK = 0x5A11
_DAY_LOCK = 0x5A12

Hour = MetricRollup.Period.HOUR
Day = MetricRollup.Period.DAY


def _lock(database: str, namespace: int, moment: datetime, period: timedelta) -> None:
    if connections[database].vendor != "postgresql":
        return  # SQLite serialises writers already
    number = int(moment.timestamp() // period.total_seconds())
    with connections[database].cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [namespace, number])


def lock_hours_for_late_records(moments: Iterable[datetime], *, database: str) -> list[datetime]:
    """Inside the insert's transaction: lock the closed (or closing) hours these records fall in."""
    open_from = hour_floor(timezone.now() + SETTLE)
    hours = sorted({hour_floor(m) for m in moments if hour_floor(m) < open_from})
    for hour in hours:  # sorted: two writers never wait for each other in a cycle
        _lock(database, _HOUR_LOCK, hour, ONE_HOUR)
    return hours


def mark_hours_dirty(hours: list[datetime], *, database: str) -> None:
    if hours:
        RollupRun.objects.using(database).filter(period=Hour, bucket_start__in=hours).delete()


def _llm_rows(start: datetime, end: datetime, database: str) -> list[MetricRollup]:
    queryset = LLMCall.objects.using(database).filter(created_at__gte=start, created_at__lt=end)
    dims = ("restaurant_id", "model_used", "operation", "route_reason")
    groups = queryset.values(*dims).annotate(
        n=Count("id"),
        errors=Count("id", filter=Q(outcome__in=LLM_ERROR_OUTCOMES)),
        hits=Count("id", filter=~Q(cache_tier="miss")),
        prompt=Sum("prompt_tokens"),
        completion=Sum("completion_tokens"),
        cost=Sum("cost_usd"),
        latency=Sum("latency_ms"),
    )
    histograms = _histograms(queryset, dims, database)
    return [
        MetricRollup(
            period=Hour,
            kind=MetricRollup.Kind.LLM,
            bucket_start=start,
            restaurant_id=g["restaurant_id"] or 0,
            model=g["model_used"],
            operation=g["operation"],
            route=g["route_reason"],
            count=g["n"],
            errors=g["errors"],
            cache_hits=g["hits"],
            prompt_tokens=g["prompt"] or 0,
            completion_tokens=g["completion"] or 0,
            cost_usd=g["cost"] or Decimal(0),
            latency_sum_ms=g["latency"] or 0.0,
            latency_histogram=histograms[tuple(g[d] for d in dims)],
        )
        for g in groups
    ]


def _request_rows(start: datetime, end: datetime, database: str) -> list[MetricRollup]:
    queryset = RequestRecord.objects.using(database).filter(created_at__gte=start, created_at__lt=end)
    dims = ("restaurant_id", "route")
    groups = queryset.values(*dims).annotate(
        n=Count("id"), errors=Count("id", filter=Q(status__gte=500)), latency=Sum("latency_ms")
    )
    histograms = _histograms(queryset, dims, database)
    return [
        MetricRollup(
            period=Hour,
            kind=MetricRollup.Kind.REQUEST,
            bucket_start=start,
            restaurant_id=g["restaurant_id"] or 0,
            route=g["route"],
            count=g["n"],
            errors=g["errors"],
            latency_sum_ms=g["latency"] or 0.0,
            latency_histogram=histograms[tuple(g[d] for d in dims)],
        )
        for g in groups
    ]


def _histograms(queryset: Any, dims: tuple[str, ...], database: str) -> dict[tuple[Any, ...], list[int]]:
    counts: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0] * histogram.BUCKETS)
    if connections[database].vendor == "postgresql":
        # One row per group and bucket, counted by the database: never the records themselves.
        rows = (
            queryset.annotate(bucket=histogram.bucket_expression("latency_ms"))
            .values(*dims, "bucket")
            .annotate(n=Count("id"))
        )
        for row in rows:
            counts[tuple(row[d] for d in dims)][int(row["bucket"])] += row["n"]
    else:
        for row in queryset.values(*dims, "latency_ms"):
            counts[tuple(row[d] for d in dims)][histogram.bucket_of(row["latency_ms"])] += 1
    return {key: histogram.trimmed(value) for key, value in counts.items()}


def rollup_hour(start: datetime, *, database: str = "default") -> int:
    """(Re)build the roll-up rows of the hour starting at ``start``; returns how many rows it has."""
    start = hour_floor(start)
    end = start + ONE_HOUR
    with transaction.atomic(using=database):
        _lock(database, _HOUR_LOCK, start, ONE_HOUR)
        _lock(database, _DAY_LOCK, day_floor(start), ONE_DAY)
        rows = _llm_rows(start, end, database) + _request_rows(start, end, database)
        MetricRollup.objects.using(database).filter(period=Hour, bucket_start=start).delete()
        MetricRollup.objects.using(database).bulk_create(rows, batch_size=1000)
        RollupRun.objects.using(database).update_or_create(
            period=Hour, bucket_start=start, defaults={"rolled_at": timezone.now()}
        )
        # The day this hour belongs to must be merged again.
        RollupRun.objects.using(database).filter(period=Day, bucket_start=day_floor(start)).delete()
    return len(rows)


def rollup_day(start: datetime, *, database: str = "default") -> int:
    """(Re)build a day's rows by merging its hourly rows; returns how many rows it has."""
    start = day_floor(start)
    dims = ("kind", "restaurant_id", "model", "operation", "route")
    with transaction.atomic(using=database):
        _lock(database, _DAY_LOCK, start, ONE_DAY)
        merged: dict[tuple[Any, ...], MetricRollup] = {}
        histograms: dict[tuple[Any, ...], list[list[int]]] = defaultdict(list)
        hours = MetricRollup.objects.using(database).filter(
            period=Hour, bucket_start__gte=start, bucket_start__lt=start + ONE_DAY
        )
        for hour in hours.iterator(chunk_size=2000):
            key = tuple(getattr(hour, d) for d in dims)
            day = merged.get(key)
            if day is None:
                day = merged[key] = MetricRollup(period=Day, bucket_start=start, **dict(zip(dims, key, strict=True)))
            day.count += hour.count
            day.errors += hour.errors
            day.cache_hits += hour.cache_hits
            day.prompt_tokens += hour.prompt_tokens
            day.completion_tokens += hour.completion_tokens
            day.cost_usd += hour.cost_usd
            day.latency_sum_ms += hour.latency_sum_ms
            histograms[key].append(hour.latency_histogram)
        for key, day in merged.items():
            day.latency_histogram = histogram.merged(histograms[key])
        MetricRollup.objects.using(database).filter(period=Day, bucket_start=start).delete()
        MetricRollup.objects.using(database).bulk_create(merged.values(), batch_size=1000)
        RollupRun.objects.using(database).update_or_create(
            period=Day, bucket_start=start, defaults={"rolled_at": timezone.now()}
        )
    return len(merged)


def closed_periods_to_roll(*, now: datetime | None = None) -> tuple[list[datetime], list[datetime]]:
    """Hours ended at least SETTLE ago that are not rolled (or dirty), then days whose hours all are."""
    now = now or timezone.now()
    settled = now - SETTLE
    earliest_values = [
        model.objects.filter(created_at__gte=now - LOOKBACK).aggregate(first=Min("created_at"))["first"]
        for model in (LLMCall, RequestRecord)
    ]
    earliest = min((value for value in earliest_values if value is not None), default=None)
    if earliest is None:
        return [], []
    first_hour = hour_floor(earliest)
    rolled_hours = set(
        RollupRun.objects.filter(period=Hour, bucket_start__gte=first_hour).values_list("bucket_start", flat=True)
    )
    hours = []
    hour = first_hour
    while hour + ONE_HOUR <= settled:
        if hour not in rolled_hours:
            hours.append(hour)
        hour += ONE_HOUR
    rolled_hours |= set(hours)
    rolled_days = set(
        RollupRun.objects.filter(period=Day, bucket_start__gte=day_floor(earliest)).values_list(
            "bucket_start", flat=True
        )
    )
    days = []
    day = day_floor(earliest)
    while day + ONE_DAY <= settled:
        hours_of_day = (day + i * ONE_HOUR for i in range(24))
        # Hours before the first record (within the look-back) have nothing to roll.
        if day not in rolled_days and all(h < first_hour or h in rolled_hours for h in hours_of_day):
            days.append(day)
        day += ONE_DAY
    return hours, days
