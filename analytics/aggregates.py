"""Aggregates over a time window: count, p50/p95/p99 latency, error rate, cache hit ratio, tokens, cost.

Two sources with the same answer shape:

- ``raw``: the records themselves; PostgreSQL's ``percentile_cont`` gives exact
  percentiles (the embedded SQLite default computes them in Python).
- ``rollups``: the hourly roll-ups (whole hours only), percentiles from merged
  histograms (within a few percent); much faster over long windows
  (``bench/bench_rollups.py``).

What counts as an error: for LLM calls, an ``error`` or a ``degraded`` answer
(no model could answer); for HTTP requests, a 5xx status.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Literal

from django.db import connection
from django.db.models import Aggregate, Count, FloatField, Q, QuerySet, Sum

from analytics import histogram
from analytics.models import LLMCall, MetricRollup, RequestRecord, RollupRun

Kind = Literal["llm", "request"]
Source = Literal["raw", "rollups"]
GROUPINGS = ("model", "route", "restaurant", "operation")
# Which groupings make sense for which records, and the raw column behind each.
RAW_COLUMNS: dict[Kind, dict[str, str]] = {
    "llm": {"model": "model_used", "route": "route_reason", "restaurant": "restaurant_id", "operation": "operation"},
    "request": {"route": "route", "restaurant": "restaurant_id"},
}
ROLLUP_COLUMNS = {"model": "model", "route": "route", "restaurant": "restaurant_id", "operation": "operation"}
LLM_ERROR_OUTCOMES = ("error", "degraded")
PERCENTILES = (("p50_ms", 0.5), ("p95_ms", 0.95), ("p99_ms", 0.99))
ONE_HOUR = timedelta(hours=1)
ONE_DAY = timedelta(days=1)


class PercentileCont(Aggregate):
    """PostgreSQL's ``percentile_cont(fraction) WITHIN GROUP (ORDER BY expression)``."""

    function = "PERCENTILE_CONT"
    name = "PercentileCont"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression: str, fraction: float) -> None:
        if not 0 <= fraction <= 1:
            raise ValueError("fraction must be within 0..1")
        super().__init__(expression, fraction=repr(float(fraction)))


@dataclass
class AggregateRow:
    group: dict[str, Any]
    count: int
    p50_ms: float | None
    p95_ms: float | None
    p99_ms: float | None
    error_rate: float | None
    cache_hit_ratio: float | None
    prompt_tokens: int
    completion_tokens: int
    cost_usd: Decimal

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("p50_ms", "p95_ms", "p99_ms"):
            if data[name] is not None:
                data[name] = round(data[name], 1)
        for name in ("error_rate", "cache_hit_ratio"):
            if data[name] is not None:
                data[name] = round(data[name], 4)
        data["cost_usd"] = str(self.cost_usd)
        return data


def invalid_groupings(kind: Kind, group_by: Sequence[str]) -> list[str]:
    return [name for name in group_by if name not in RAW_COLUMNS[kind]]


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def raw_queryset(kind: Kind, *, since: datetime, until: datetime, restaurant_id: int | None) -> QuerySet[Any]:
    model = LLMCall if kind == "llm" else RequestRecord
    queryset: QuerySet[Any] = model.objects.filter(created_at__gte=since, created_at__lt=until)
    if restaurant_id is not None:
        queryset = queryset.filter(restaurant_id=restaurant_id)
    return queryset


def aggregate(
    *,
    kind: Kind,
    since: datetime,
    until: datetime,
    group_by: Sequence[str] = (),
    restaurant_id: int | None = None,
    source: Source = "raw",
) -> list[AggregateRow]:
    """One row per group (one row in all without ``group_by``), largest count first."""
    unknown = invalid_groupings(kind, group_by)
    if unknown:
        raise ValueError(f"cannot group {kind} records by {', '.join(unknown)}")
    rows = (
        _from_rollups(kind, since, until, group_by, restaurant_id)
        if source == "rollups"
        else _from_raw(kind, since, until, group_by, restaurant_id)
    )
    return sorted(rows, key=lambda row: (-row.count, [str(v) for v in row.group.values()]))


def _from_raw(
    kind: Kind, since: datetime, until: datetime, group_by: Sequence[str], restaurant_id: int | None
) -> list[AggregateRow]:
    columns = [RAW_COLUMNS[kind][name] for name in group_by]
    queryset = raw_queryset(kind, since=since, until=until, restaurant_id=restaurant_id)
    measures: dict[str, Any] = {"n": Count("id")}
    if kind == "llm":
        measures |= {
            "errors": Count("id", filter=Q(outcome__in=LLM_ERROR_OUTCOMES)),
            "hits": Count("id", filter=~Q(cache_tier="miss")),
            "prompt": Sum("prompt_tokens"),
            "completion": Sum("completion_tokens"),
            "cost": Sum("cost_usd"),
        }
    else:
        measures |= {"errors": Count("id", filter=Q(status__gte=500))}
    postgres = connection.vendor == "postgresql"
    if postgres:
        measures |= {name: PercentileCont("latency_ms", fraction) for name, fraction in PERCENTILES}
    grouped = queryset.values(*columns).annotate(**measures) if columns else [queryset.aggregate(**measures)]
    latencies = {} if postgres else _latencies_by_group(queryset, columns)
    rows = []
    for values in grouped:
        count = int(values["n"] or 0)
        if count == 0:
            continue
        key = tuple(values[column] for column in columns)
        if postgres:
            percentiles = {name: values[name] for name, _ in PERCENTILES}
        else:
            percentiles = _exact_percentiles(latencies.get(key, []))
        rows.append(
            AggregateRow(
                group=dict(zip(group_by, key, strict=True)),
                count=count,
                error_rate=_ratio(int(values["errors"]), count),
                cache_hit_ratio=_ratio(int(values["hits"]), count) if kind == "llm" else None,
                prompt_tokens=int(values.get("prompt") or 0),
                completion_tokens=int(values.get("completion") or 0),
                cost_usd=Decimal(values.get("cost") or 0),
                **percentiles,
            )
        )
    return rows


def _latencies_by_group(queryset: QuerySet[Any], columns: list[str]) -> dict[tuple[Any, ...], list[float]]:
    """For databases without percentile_cont (the embedded SQLite default, small data)."""
    by_group: dict[tuple[Any, ...], list[float]] = defaultdict(list)
    for values in queryset.values(*columns, "latency_ms"):
        by_group[tuple(values[column] for column in columns)].append(float(values["latency_ms"]))
    return by_group


def _exact_percentiles(values: list[float]) -> dict[str, float | None]:
    """percentile_cont's definition: linear interpolation between the closest ranks."""
    ordered = sorted(values)
    result: dict[str, float | None] = {}
    for name, fraction in PERCENTILES:
        if not ordered:
            result[name] = None
            continue
        position = fraction * (len(ordered) - 1)
        low = int(position)
        high = min(low + 1, len(ordered) - 1)
        result[name] = ordered[low] + (ordered[high] - ordered[low]) * (position - low)
    return result


def _from_rollups(
    kind: Kind, since: datetime, until: datetime, group_by: Sequence[str], restaurant_id: int | None
) -> list[AggregateRow]:
    # Whole days that are rolled come from the daily rows (24x fewer), the rest from hourly rows.
    first_day = day_floor(since) if since == day_floor(since) else day_floor(since) + ONE_DAY
    days = set(
        RollupRun.objects.filter(
            period=MetricRollup.Period.DAY, bucket_start__gte=first_day, bucket_start__lte=until - ONE_DAY
        ).values_list("bucket_start", flat=True)
    )
    hourly = Q(period=MetricRollup.Period.HOUR, bucket_start__gte=since, bucket_start__lt=until)
    for day in days:
        hourly &= ~Q(bucket_start__gte=day, bucket_start__lt=day + ONE_DAY)
    queryset = MetricRollup.objects.filter(
        hourly | Q(period=MetricRollup.Period.DAY, bucket_start__in=days),
        kind=MetricRollup.Kind.LLM if kind == "llm" else MetricRollup.Kind.REQUEST,
    )
    if restaurant_id is not None:
        queryset = queryset.filter(restaurant_id=restaurant_id)
    columns = [ROLLUP_COLUMNS[name] for name in group_by]
    totals: dict[tuple[Any, ...], dict[str, Any]] = {}
    fields = ["count", "errors", "cache_hits", "prompt_tokens", "completion_tokens", "cost_usd", "latency_histogram"]
    for values in queryset.values(*columns, *fields).iterator(chunk_size=2000):
        key = tuple(values[column] for column in columns)
        total = totals.setdefault(
            key, {"count": 0, "errors": 0, "hits": 0, "prompt": 0, "completion": 0, "cost": Decimal(0), "h": []}
        )
        total["count"] += values["count"]
        total["errors"] += values["errors"]
        total["hits"] += values["cache_hits"]
        total["prompt"] += values["prompt_tokens"]
        total["completion"] += values["completion_tokens"]
        total["cost"] += values["cost_usd"]
        total["h"].append(values["latency_histogram"])
    rows = []
    for key, total in totals.items():
        merged = histogram.merged(total["h"])
        group = dict(zip(group_by, key, strict=True))
        if "restaurant" in group and group["restaurant"] == 0:
            group["restaurant"] = None
        rows.append(
            AggregateRow(
                group=group,
                count=total["count"],
                p50_ms=histogram.percentile(merged, 0.5),
                p95_ms=histogram.percentile(merged, 0.95),
                p99_ms=histogram.percentile(merged, 0.99),
                error_rate=_ratio(total["errors"], total["count"]),
                cache_hit_ratio=_ratio(total["hits"], total["count"]) if kind == "llm" else None,
                prompt_tokens=total["prompt"],
                completion_tokens=total["completion"],
                cost_usd=total["cost"],
            )
        )
    return rows


def record_count(*, kind: Kind, since: datetime | None, until: datetime | None, restaurant_id: int) -> int:
    model = LLMCall if kind == "llm" else RequestRecord
    queryset: QuerySet[Any] = model.objects.filter(restaurant_id=restaurant_id)
    if since is not None:
        queryset = queryset.filter(created_at__gte=since)
    if until is not None:
        queryset = queryset.filter(created_at__lt=until)
    return queryset.count()


def hour_floor(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def day_floor(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)
