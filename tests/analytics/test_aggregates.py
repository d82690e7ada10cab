"""Aggregates over raw records (percentile_cont) and over roll-ups; roll-ups are idempotent and catch late records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from analytics import rollups
from analytics.aggregates import aggregate
from analytics.models import LLMCall, MetricRollup, RequestRecord, RollupRun
from analytics.recording import RecordSpool
from recommendations.models import Restaurant
from tests.analytics.conftest import llm_call, request_record

HOUR = datetime(2026, 3, 1, 10, tzinfo=UTC)


@pytest.fixture
def calls(restaurant_a: Restaurant, restaurant_b: Restaurant) -> None:
    """A's draft model: latencies 1..100 ms, 10 errors, 40 cache hits; A's strong model: 4 calls; B: 3 calls."""
    rows = [
        llm_call(
            restaurant_a,
            HOUR + timedelta(seconds=n),
            latency_ms=float(n),
            outcome="error" if n <= 10 else "ok",
            cache_tier="redis" if n > 60 else "miss",
        )
        for n in range(1, 101)
    ]
    rows += [
        llm_call(
            restaurant_a, HOUR + timedelta(minutes=70), model_used="strong", latency_ms=1000.0, cost_usd=Decimal("0.25")
        )
        for _ in range(4)
    ]
    rows += [llm_call(restaurant_b, HOUR, model_used="draft", latency_ms=5000.0) for _ in range(3)]
    LLMCall.objects.bulk_create(rows)


@pytest.mark.django_db
@pytest.mark.usefixtures("calls")
def test_it_aggregates_raw_calls_by_model_with_exact_percentiles(restaurant_a: Restaurant) -> None:
    rows = aggregate(
        kind="llm", since=HOUR, until=HOUR + timedelta(hours=2), group_by=["model"], restaurant_id=restaurant_a.pk
    )

    assert [row.group for row in rows] == [{"model": "draft"}, {"model": "strong"}]
    draft, strong = rows
    assert draft.count == 100
    # percentile_cont over 1..100: linear interpolation between ranks.
    assert (draft.p50_ms, draft.p95_ms, draft.p99_ms) == pytest.approx((50.5, 95.05, 99.01))
    assert (draft.error_rate, draft.cache_hit_ratio) == (0.10, 0.40)
    assert (draft.prompt_tokens, draft.completion_tokens, draft.cost_usd) == (1000, 500, Decimal("0.1"))
    assert (strong.count, strong.p95_ms, strong.cost_usd) == (4, 1000.0, Decimal("1.0"))


@pytest.mark.django_db
@pytest.mark.usefixtures("calls")
def test_it_never_counts_another_restaurants_calls(restaurant_b: Restaurant) -> None:
    (row,) = aggregate(kind="llm", since=HOUR, until=HOUR + timedelta(hours=2), restaurant_id=restaurant_b.pk)

    assert (row.count, row.p50_ms) == (3, 5000.0)


@pytest.mark.django_db
@pytest.mark.usefixtures("calls")
def test_the_window_bounds_what_is_counted(restaurant_a: Restaurant) -> None:
    (row,) = aggregate(
        kind="llm", since=HOUR + timedelta(minutes=60), until=HOUR + timedelta(hours=2), restaurant_id=restaurant_a.pk
    )

    assert row.count == 4


@pytest.mark.django_db
def test_request_errors_are_5xx(restaurant_a: Restaurant) -> None:
    RequestRecord.objects.bulk_create(
        [request_record(restaurant_a, HOUR, status=status) for status in (200, 404, 500, 503)]
    )

    (row,) = aggregate(kind="request", since=HOUR, until=HOUR + timedelta(hours=1), group_by=["route"])

    assert (row.group, row.count, row.error_rate, row.cache_hit_ratio) == (
        {"route": "api/v1/metrics/count"},
        4,
        0.5,
        None,
    )


def test_requests_cannot_be_grouped_by_model() -> None:
    with pytest.raises(ValueError, match="model"):
        aggregate(kind="request", since=HOUR, until=HOUR, group_by=["model"])


@pytest.mark.django_db
@pytest.mark.usefixtures("calls")
def test_rolling_an_hour_twice_does_not_double_count(restaurant_a: Restaurant) -> None:
    rollups.rollup_hour(HOUR)
    first = list(MetricRollup.objects.order_by("pk").values("restaurant_id", "model", "count", "latency_histogram"))
    rollups.rollup_hour(HOUR)
    second = list(MetricRollup.objects.order_by("pk").values("restaurant_id", "model", "count", "latency_histogram"))

    assert sorted(map(str, first)) == sorted(map(str, second))
    assert sum(row["count"] for row in second) == 103  # A's 100 draft calls and B's 3; strong is in the next hour


@pytest.mark.django_db
@pytest.mark.usefixtures("calls")
def test_rollups_agree_with_raw_records(restaurant_a: Restaurant) -> None:
    rollups.rollup_hour(HOUR)
    rollups.rollup_hour(HOUR + timedelta(hours=1))
    window: dict[str, Any] = {"since": HOUR, "until": HOUR + timedelta(hours=2), "restaurant_id": restaurant_a.pk}

    raw = aggregate(kind="llm", group_by=["model"], **window)
    rolled = aggregate(kind="llm", group_by=["model"], source="rollups", **window)

    for exact, approximate in zip(raw, rolled, strict=True):
        assert (exact.group, exact.count, exact.error_rate, exact.cache_hit_ratio, exact.cost_usd) == (
            approximate.group,
            approximate.count,
            approximate.error_rate,
            approximate.cache_hit_ratio,
            approximate.cost_usd,
        )
        for name in ("p50_ms", "p95_ms", "p99_ms"):
            assert getattr(approximate, name) == pytest.approx(getattr(exact, name), rel=0.1)


@pytest.mark.django_db
@pytest.mark.usefixtures("calls")
def test_a_day_merges_its_hours(restaurant_a: Restaurant) -> None:
    rollups.rollup_hour(HOUR)
    rollups.rollup_hour(HOUR + timedelta(hours=1))

    rollups.rollup_day(HOUR)

    day = MetricRollup.objects.filter(period="day", kind="llm", restaurant_id=restaurant_a.pk)
    assert {row.model: row.count for row in day} == {"draft": 100, "strong": 4}


@pytest.mark.django_db
@pytest.mark.usefixtures("calls")
def test_the_beat_rolls_closed_hours_then_days_and_nothing_twice(restaurant_a: Restaurant) -> None:
    now = HOUR + timedelta(days=1, hours=1)

    hours, days = rollups.closed_periods_to_roll(now=now)
    for hour in hours:
        rollups.rollup_hour(hour)
    for day in days:
        rollups.rollup_day(day)

    assert hours[0] == HOUR
    assert days == [HOUR.replace(hour=0)]
    assert rollups.closed_periods_to_roll(now=now) == ([], [])


@pytest.mark.django_db
def test_a_late_record_makes_its_hour_and_day_roll_again(restaurant_a: Restaurant, spool: RecordSpool) -> None:
    LLMCall.objects.bulk_create([llm_call(restaurant_a, HOUR)])
    rollups.rollup_hour(HOUR)
    rollups.rollup_day(HOUR)

    # A record that waited in Redis through an outage arrives after its hour was rolled.
    spool.submit("llm", {**_llm_fields(restaurant_a.pk), "t": (HOUR + timedelta(minutes=5)).timestamp()})
    spool.push()
    spool.drain()

    assert not RollupRun.objects.filter(period="hour", bucket_start=HOUR).exists()
    rollups.rollup_hour(HOUR)
    assert not RollupRun.objects.filter(period="day", bucket_start=HOUR.replace(hour=0)).exists()
    rows = MetricRollup.objects.filter(period="hour", bucket_start=HOUR, restaurant_id=restaurant_a.pk)
    assert sum(row.count for row in rows) == 2


def _llm_fields(restaurant_id: int) -> dict[str, object]:
    return {
        "restaurant_id": restaurant_id,
        "operation": "chat",
        "route_reason": "short question",
        "model_used": "draft",
        "cascaded": False,
        "draft_accepted": None,
        "prompt_tokens": 1,
        "completion_tokens": 1,
        "cost_usd": "0.001",
        "latency_ms": 50.0,
        "first_token_ms": None,
        "cache_tier": "miss",
        "outcome": "ok",
    }
