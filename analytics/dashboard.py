"""What the staff dashboard shows for one restaurant, and the geometry of its SVG charts.

Closed hours come from the hourly roll-ups; hours not rolled yet (the current
one, one with late records) from the raw records, so the charts are complete
and stay fast over 30 days. The caller has already checked that the user may
see ``restaurant_id``; every query here filters on it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.db.models import Count, Q, Sum
from django.db.models.functions import Lower, Trim, TruncDay, TruncHour
from django.utils import timezone

from analytics import histogram
from analytics.aggregates import LLM_ERROR_OUTCOMES, ONE_DAY, ONE_HOUR, day_floor, hour_floor
from analytics.models import LLMCall, MetricRollup, RecommendationRecord, RequestRecord, RollupRun
from recommendations.models import Wine

WINDOWS = {1: "24 hours", 7: "7 days", 30: "30 days"}
CHART_WIDTH = 720
CHART_HEIGHT = 200
MAX_SERIES = 6  # models drawn in their own colour; the rest are "other"
HOUSE_WRITER = "house"  # RecommendationRecord.writer when the house voice wrote the words

# A part of the dashboard an app above analytics contributes: (restaurant_id, since) -> data for
# the template. chat adds the diners' feedback from its AppConfig.ready(), so analytics never
# imports chat (the gateway's call listeners work the same way).
DashboardSection = Callable[..., Any]
_sections: dict[str, DashboardSection] = {}


def add_dashboard_section(name: str, section: DashboardSection) -> None:
    """Show ``section(restaurant_id=..., since=...)`` as ``data.<name>`` on every dashboard."""
    _sections[name] = section


@dataclass
class Bucket:
    start: datetime
    requests: int = 0
    errors: int = 0
    histogram: list[int] = field(default_factory=list)
    llm_calls: int = 0
    cache_hits: int = 0
    cost_by_model: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))


def _window(days: int, now: datetime) -> tuple[datetime, datetime, timedelta]:
    step = ONE_HOUR if days <= 1 else ONE_DAY
    end = hour_floor(now) + ONE_HOUR if step == ONE_HOUR else day_floor(now) + ONE_DAY
    return end - (24 * ONE_HOUR if step == ONE_HOUR else days * ONE_DAY), end, step


def _floor(moment: datetime, step: timedelta) -> datetime:
    return hour_floor(moment) if step == ONE_HOUR else day_floor(moment)


def _empty_buckets(since: datetime, until: datetime, step: timedelta) -> dict[datetime, Bucket]:
    by_start = {}
    moment = since
    while moment < until:
        by_start[moment] = Bucket(moment)
        moment += step
    return by_start


def buckets(*, restaurant_id: int, since: datetime, until: datetime, step: timedelta) -> list[Bucket]:
    by_start = _empty_buckets(since, until, step)
    rolled = set(
        RollupRun.objects.filter(
            period=MetricRollup.Period.HOUR, bucket_start__gte=since, bucket_start__lt=until
        ).values_list("bucket_start", flat=True)
    )
    rollups = MetricRollup.objects.filter(
        period=MetricRollup.Period.HOUR, restaurant_id=restaurant_id, bucket_start__in=rolled
    ).values("kind", "bucket_start", "model", "count", "errors", "cache_hits", "cost_usd", "latency_histogram")
    histograms: dict[datetime, list[list[int]]] = defaultdict(list)
    for row in rollups:
        bucket = by_start[_floor(row["bucket_start"], step)]
        if row["kind"] == MetricRollup.Kind.REQUEST:
            bucket.requests += row["count"]
            bucket.errors += row["errors"]
            histograms[bucket.start].append(row["latency_histogram"])
        else:
            bucket.llm_calls += row["count"]
            bucket.cache_hits += row["cache_hits"]
            bucket.cost_by_model[row["model"]] += row["cost_usd"]

    # Hours not rolled: from the raw records (normally the current hour and the one settling).
    unrolled = Q()
    hour = since
    while hour < until:
        if hour not in rolled:
            unrolled |= Q(created_at__gte=hour, created_at__lt=hour + ONE_HOUR)
        hour += ONE_HOUR
    if unrolled:
        raw_latencies: dict[datetime, list[float]] = defaultdict(list)
        requests = RequestRecord.objects.filter(unrolled, restaurant_id=restaurant_id)
        for created_at, status, latency in requests.values_list("created_at", "status", "latency_ms").iterator():
            bucket = by_start[_floor(created_at, step)]
            bucket.requests += 1
            bucket.errors += status >= 500
            raw_latencies[bucket.start].append(latency)
        for start, values in raw_latencies.items():
            histograms[start].append(histogram.of_values(values))
        calls = LLMCall.objects.filter(unrolled, restaurant_id=restaurant_id)
        for created_at, model, tier, cost in calls.values_list(
            "created_at", "model_used", "cache_tier", "cost_usd"
        ).iterator():
            bucket = by_start[_floor(created_at, step)]
            bucket.llm_calls += 1
            bucket.cache_hits += tier != "miss"
            bucket.cost_by_model[model] += cost
    for start, parts in histograms.items():
        by_start[start].histogram = histogram.merged(parts)
    return list(by_start.values())


# --- charts ------------------------------------------------------------------------


def _nice_max(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2, 5 x 10^n), cents and fractions of a cent included."""
    if value <= 0:
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(value))
    for factor in (1, 2, 5):
        if value <= factor * magnitude * (1 + 1e-9):
            return float(f"{factor * magnitude:.12g}")
    return float(f"{10 * magnitude:.12g}")


def _label(start: datetime, step: timedelta) -> str:
    return start.strftime("%H:%M") if step == ONE_HOUR else start.strftime("%d %b")


def requests_chart(items: list[Bucket], step: timedelta) -> dict[str, Any]:
    """Requests as bars, p95 latency as a line on its own scale."""
    count = len(items) or 1
    slot = CHART_WIDTH / count
    top = _nice_max(max((b.requests for b in items), default=0))
    p95s = [histogram.percentile(b.histogram, 0.95) for b in items]
    top_ms = _nice_max(max((p or 0 for p in p95s), default=0))
    bars, points, dots = [], [], []
    for index, (bucket, p95) in enumerate(zip(items, p95s, strict=True)):
        height = CHART_HEIGHT * bucket.requests / top
        bars.append(
            {
                "x": round(index * slot + slot * 0.15, 1),
                "y": round(CHART_HEIGHT - height, 1),
                "width": round(slot * 0.7, 1),
                "height": round(height, 1),
                "title": f"{_label(bucket.start, step)}: {bucket.requests} requests, p95 {p95 or 0:.0f} ms",
            }
        )
        if p95 is not None:
            x, y = index * slot + slot / 2, CHART_HEIGHT - CHART_HEIGHT * p95 / top_ms
            points.append(f"{x:.1f},{y:.1f}")
            # A dot per period: one busy hour alone is a point, and a one-point line draws nothing.
            dots.append(
                {"x": round(x, 1), "y": round(y, 1), "title": f"{_label(bucket.start, step)}: p95 {p95:.0f} ms"}
            )
    return {
        "bars": bars,
        "line": " ".join(points),
        "dots": dots,
        "max": int(top),
        "max_ms": int(top_ms),
        "labels": _axis_labels(items, step, slot),
    }


def rates_chart(items: list[Bucket], step: timedelta) -> dict[str, Any]:
    """Server-error rate and cache-hit ratio per period, as lines on a 0-100% scale.

    A period with no requests (no model calls) has no rate: the line skips it rather
    than drawing a misleading zero.
    """
    count = len(items) or 1
    slot = CHART_WIDTH / count
    series: dict[str, dict[str, Any]] = {
        "errors": {"points": [], "dots": []},
        "cache": {"points": [], "dots": []},
    }
    for index, bucket in enumerate(items):
        x = index * slot + slot / 2
        rates = {
            "errors": (bucket.errors / bucket.requests if bucket.requests else None, "server errors"),
            "cache": (bucket.cache_hits / bucket.llm_calls if bucket.llm_calls else None, "model calls from cache"),
        }
        for name, (rate, what) in rates.items():
            if rate is None:
                continue
            y = CHART_HEIGHT - CHART_HEIGHT * rate
            series[name]["points"].append(f"{x:.1f},{y:.1f}")
            series[name]["dots"].append(
                {"x": round(x, 1), "y": round(y, 1), "title": f"{_label(bucket.start, step)}: {rate:.0%} {what}"}
            )
    return {
        "errors": {"line": " ".join(series["errors"]["points"]), "dots": series["errors"]["dots"]},
        "cache": {"line": " ".join(series["cache"]["points"]), "dots": series["cache"]["dots"]},
        "labels": _axis_labels(items, step, slot),
    }


def _axis_labels(items: list[Bucket], step: timedelta, slot: float) -> list[dict[str, Any]]:
    every = max(1, len(items) // 6)
    return [
        {"x": round(i * slot + slot / 2, 1), "text": _label(b.start, step)}
        for i, b in enumerate(items)
        if i % every == 0
    ]


def cost_chart(items: list[Bucket], step: timedelta) -> dict[str, Any]:
    """Cost per period, stacked by model."""
    totals: dict[str, float] = defaultdict(float)
    for bucket in items:
        for model, cost in bucket.cost_by_model.items():
            totals[model] += float(cost)
    models = sorted(totals, key=lambda m: -totals[m])[:MAX_SERIES]
    count = len(items) or 1
    slot = CHART_WIDTH / count
    top = _nice_max(max((float(sum(b.cost_by_model.values(), Decimal(0))) for b in items), default=0.0))
    rects = []
    for index, bucket in enumerate(items):
        y = float(CHART_HEIGHT)
        parts = [(m, float(bucket.cost_by_model.get(m, 0))) for m in models]
        other = float(sum(bucket.cost_by_model.values(), Decimal(0))) - sum(value for _, value in parts)
        for series, (model, value) in enumerate([*parts, ("other", other)]):
            if value <= 0:
                continue
            height = CHART_HEIGHT * value / top
            y -= height
            rects.append(
                {
                    "x": round(index * slot + slot * 0.15, 1),
                    "y": round(y, 1),
                    "width": round(slot * 0.7, 1),
                    "height": round(height, 1),
                    "series": min(series, MAX_SERIES),
                    "title": f"{_label(bucket.start, step)}: {model} ${value:.4f}",
                }
            )
    legend = [{"model": m, "series": i, "total": f"{totals[m]:.4f}"} for i, m in enumerate(models)]
    return {"rects": rects, "legend": legend, "max": f"{top:g}", "labels": _axis_labels(items, step, slot)}


# --- tables ------------------------------------------------------------------------


def top_questions(*, restaurant_id: int, since: datetime, limit: int = 10) -> list[dict[str, Any]]:
    rows = (
        RecommendationRecord.objects.filter(restaurant_id=restaurant_id, created_at__gte=since)
        .annotate(normalised=Lower(Trim("question")))
        .values("normalised")
        .annotate(n=Count("id"))
        .order_by("-n", "normalised")[:limit]
    )
    return [{"question": row["normalised"], "count": row["n"]} for row in rows]


def top_wines(*, restaurant_id: int, since: datetime, limit: int = 10) -> list[dict[str, Any]]:
    counts: Counter[int] = Counter()
    records = RecommendationRecord.objects.filter(restaurant_id=restaurant_id, created_at__gte=since)
    for wine_ids in records.values_list("wine_ids", flat=True).iterator(chunk_size=5000):
        counts.update(int(w) for w in wine_ids)
    top = counts.most_common(limit)
    # Only this restaurant's wines: an id from elsewhere (never expected) shows no name.
    names = {
        wine.pk: str(wine)
        for wine in Wine.objects.filter(restaurant_id=restaurant_id, pk__in=[wine_id for wine_id, _ in top])
    }
    return [{"wine": names.get(wine_id, f"Wine #{wine_id} (removed)"), "count": n} for wine_id, n in top]


def cost_by_caller(*, restaurant_id: int, since: datetime, until: datetime, step: timedelta) -> list[Bucket]:
    """Model cost per period by who asked (each API key, or the diner page and our own work),
    from the raw calls: the hourly roll-ups do not keep the key."""
    trunc = TruncHour if step == ONE_HOUR else TruncDay
    rows = (
        LLMCall.objects.filter(restaurant_id=restaurant_id, created_at__gte=since, created_at__lt=until)
        .annotate(period=trunc("created_at", tzinfo=UTC))
        .values("period", "api_key__name")
        .annotate(cost=Sum("cost_usd"))
    )
    by_start = _empty_buckets(since, until, step)
    for row in rows:
        bucket = by_start.get(row["period"])
        if bucket is not None and row["cost"]:
            caller = f"API key: {row['api_key__name']}" if row["api_key__name"] else "diner page and own work"
            bucket.cost_by_model[caller] += row["cost"]
    return list(by_start.values())


def answers_by_writer(*, restaurant_id: int, since: datetime) -> list[dict[str, Any]]:
    """Who wrote the words diners read: the house voice or a model, and how often a model fell back."""
    rows = (
        RecommendationRecord.objects.filter(restaurant_id=restaurant_id, created_at__gte=since)
        .values("writer")
        .annotate(n=Count("id"), fallbacks=Count("id", filter=Q(fallback=True)))
        .order_by("-n", "writer")
    )
    return [
        {
            "writer": "the house voice" if row["writer"] in ("", HOUSE_WRITER) else row["writer"],
            "count": row["n"],
            "fallbacks": row["fallbacks"],
        }
        for row in rows
    ]


def spend_by_caller(
    *, restaurant_id: int, restaurant_budget: Decimal | None, since: datetime, now: datetime
) -> dict[str, Any]:
    """Model spend by who asked (the diner page and our own work, or each API key): over the
    window, and today (UTC, the budgets' day) against the daily budget that applies."""
    calls = LLMCall.objects.filter(restaurant_id=restaurant_id, created_at__gte=since)
    today = day_floor(now)
    rows = calls.values("api_key_id").annotate(
        window=Sum("cost_usd"), today=Sum("cost_usd", filter=Q(created_at__gte=today)), n=Count("id")
    )
    by_key = {row["api_key_id"]: row for row in rows}
    keys = {
        key.pk: key
        for key in apps.get_model("api", "ApiKey")._default_manager.filter(restaurant_id=restaurant_id)
        if key.pk in by_key or key.revoked_at is None
    }
    restaurant_today = calls.filter(created_at__gte=today).aggregate(total=Sum("cost_usd"))["total"] or Decimal(0)

    def line(name: str, row: dict[str, Any] | None, budget: Decimal | None) -> dict[str, Any]:
        spent_today = (row or {}).get("today") or Decimal(0)
        return {
            "caller": name,
            "calls": (row or {}).get("n", 0),
            "window": (row or {}).get("window") or Decimal(0),
            "today": spent_today,
            "budget": budget,
            "share_of_budget": float(spent_today / budget) if budget else None,
        }

    callers = [line("Diner page and the restaurant's own work", by_key.get(None), None)]
    callers += [
        line(f"API key: {key.name}", by_key.get(key.pk), key.daily_budget_usd)
        for key in sorted(keys.values(), key=lambda key: key.name)
    ]
    return {
        "restaurant": line("The whole restaurant", {"today": restaurant_today}, restaurant_budget),
        "callers": callers,
    }


def dashboard_data(
    *, restaurant_id: int, days: int, now: datetime | None = None, restaurant_budget: Decimal | None = None
) -> dict[str, Any]:
    now = now or timezone.now()
    since, until, step = _window(days, now)
    items = buckets(restaurant_id=restaurant_id, since=since, until=until, step=step)
    requests = sum(b.requests for b in items)
    calls = sum(b.llm_calls for b in items)
    hits = sum(b.cache_hits for b in items)
    merged = histogram.merged(b.histogram for b in items)
    errors = sum(b.errors for b in items)
    # Model calls that failed or were degraded, and answers whose model words were replaced by the
    # house voice's (a model answered, but its text failed the check): both are answers diners saw
    # without the model they were meant to get.
    degraded = (
        LLMCall.objects.filter(restaurant_id=restaurant_id, created_at__gte=since, outcome__in=LLM_ERROR_OUTCOMES)
        .exclude(operation="recommendation", outcome="degraded")
        .count()
        + RecommendationRecord.objects.filter(restaurant_id=restaurant_id, created_at__gte=since, fallback=True).count()
    )
    return {
        "days": days,
        "window_label": WINDOWS[days],
        "since": since,
        "totals": {
            "requests": requests,
            "error_rate": errors / requests if requests else None,
            "p95_ms": histogram.percentile(merged, 0.95),
            "llm_calls": calls,
            "cache_hit_ratio": hits / calls if calls else None,
            "cost_usd": sum((sum(b.cost_by_model.values(), Decimal(0)) for b in items), Decimal(0)),
            "degraded": degraded,
        },
        "requests_chart": requests_chart(items, step),
        "cost_chart": cost_chart(items, step),
        "caller_cost_chart": cost_chart(
            cost_by_caller(restaurant_id=restaurant_id, since=since, until=until, step=step), step
        ),
        "rates_chart": rates_chart(items, step),
        "writers": answers_by_writer(restaurant_id=restaurant_id, since=since),
        "spend": spend_by_caller(
            restaurant_id=restaurant_id, restaurant_budget=restaurant_budget, since=since, now=now
        ),
        "top_questions": top_questions(restaurant_id=restaurant_id, since=since),
        "top_wines": top_wines(restaurant_id=restaurant_id, since=since),
        # Sections the apps above contribute (chat: the diners' feedback and thumbs down).
        **{name: section(restaurant_id=restaurant_id, since=since) for name, section in _sections.items()},
        "chart_width": CHART_WIDTH,
        "chart_height": CHART_HEIGHT,
    }
