"""Thresholds and the alerts that crossing one raises.

Watched per restaurant, over its LLM calls: p95 latency and error rate and
cache hit ratio of the last hour, and today's cost (UTC). One alert per metric
and period (the hour, or the day for cost): evaluating again does not repeat
it. With ``ANALYTICS_ALERT_WEBHOOK_URL`` set, each new alert is POSTed there
as JSON by a Celery task enqueued on commit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import httpx
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from analytics.aggregates import ONE_HOUR, aggregate, day_floor, hour_floor
from analytics.models import Alert, Threshold
from config.celery_app import enqueue

logger = logging.getLogger(__name__)

# analytics/tasks.py's task, enqueued by name: the tasks import this module.
DELIVER_ALERT_TASK = "analytics.deliver_alert"

THRESHOLD_FIELDS = ("p95_latency_ms", "error_rate", "daily_cost_usd", "cache_hit_ratio")


def threshold_set(*, restaurant_id: int, values: dict[str, Any]) -> Threshold:
    """Set the given thresholds (None clears one; fields not given keep their value)."""
    unknown = set(values) - set(THRESHOLD_FIELDS)
    if unknown:
        raise ValueError(f"unknown thresholds: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        threshold, _ = Threshold.objects.select_for_update().get_or_create(restaurant_id=restaurant_id)
        for name, value in values.items():
            setattr(threshold, name, value)
        threshold.save()
    return threshold


def threshold_of(*, restaurant_id: int) -> Threshold:
    return Threshold.objects.filter(restaurant_id=restaurant_id).first() or Threshold(restaurant_id=restaurant_id)


@dataclass(frozen=True)
class Crossing:
    metric: str
    period_start: datetime
    value: float
    threshold: float
    message: str


def crossings(threshold: Threshold, *, now: datetime | None = None) -> list[Crossing]:
    """Which of the restaurant's thresholds its current numbers cross."""
    now = now or timezone.now()
    found: list[Crossing] = []
    hour = hour_floor(now)
    last_hour = aggregate(kind="llm", since=now - ONE_HOUR, until=now, restaurant_id=threshold.restaurant_id)
    row = last_hour[0] if last_hour else None
    enough = row is not None and row.count >= settings.ANALYTICS_ALERT_MIN_SAMPLES
    if row is not None and enough:
        if threshold.p95_latency_ms is not None and row.p95_ms is not None and row.p95_ms > threshold.p95_latency_ms:
            found.append(
                Crossing(
                    Alert.Metric.P95_LATENCY,
                    hour,
                    row.p95_ms,
                    threshold.p95_latency_ms,
                    f"p95 latency {row.p95_ms:.0f} ms over the last hour is above {threshold.p95_latency_ms:.0f} ms",
                )
            )
        if threshold.error_rate is not None and row.error_rate is not None and row.error_rate > threshold.error_rate:
            found.append(
                Crossing(
                    Alert.Metric.ERROR_RATE,
                    hour,
                    row.error_rate,
                    threshold.error_rate,
                    f"error rate {row.error_rate:.1%} over the last hour is above {threshold.error_rate:.1%}",
                )
            )
        if (
            threshold.cache_hit_ratio is not None
            and row.cache_hit_ratio is not None
            and row.cache_hit_ratio < threshold.cache_hit_ratio
        ):
            found.append(
                Crossing(
                    Alert.Metric.CACHE_HIT_RATIO,
                    hour,
                    row.cache_hit_ratio,
                    threshold.cache_hit_ratio,
                    f"cache hit ratio {row.cache_hit_ratio:.1%} over the last hour is below {threshold.cache_hit_ratio:.1%}",
                )
            )
    if threshold.daily_cost_usd is not None:
        day = day_floor(now)
        today = aggregate(kind="llm", since=day, until=now, restaurant_id=threshold.restaurant_id)
        cost = today[0].cost_usd if today else Decimal(0)
        if cost > threshold.daily_cost_usd:
            found.append(
                Crossing(
                    Alert.Metric.DAILY_COST,
                    day,
                    float(cost),
                    float(threshold.daily_cost_usd),
                    f"today's LLM cost ${cost:.2f} is above ${threshold.daily_cost_usd:.2f}",
                )
            )
    return found


def alerts_raise(*, restaurant_id: int, now: datetime | None = None) -> list[Alert]:
    """Store an alert for each threshold crossed (once per metric and period); returns the new ones."""
    threshold = Threshold.objects.filter(restaurant_id=restaurant_id).first()
    if threshold is None:
        return []
    created: list[Alert] = []
    webhook = settings.ANALYTICS_ALERT_WEBHOOK_URL is not None
    for crossing in crossings(threshold, now=now):
        alert, was_created = Alert.objects.get_or_create(
            restaurant_id=restaurant_id,
            metric=crossing.metric,
            period_start=crossing.period_start,
            defaults={
                "value": crossing.value,
                "threshold": crossing.threshold,
                "message": crossing.message[:300],
                "webhook": Alert.Delivery.PENDING if webhook else Alert.Delivery.NOT_CONFIGURED,
            },
        )
        if was_created:
            created.append(alert)
            if webhook:
                alert_id = alert.pk
                transaction.on_commit(lambda alert_id=alert_id: enqueue(DELIVER_ALERT_TASK, alert_id))  # type: ignore[misc]
    return created


def alert_payload(alert: Alert) -> dict[str, Any]:
    return {
        "alert": {
            "id": alert.pk,
            "restaurant": {"id": alert.restaurant_id, "slug": alert.restaurant.slug, "name": alert.restaurant.name},
            "metric": alert.metric,
            "value": alert.value,
            "threshold": alert.threshold,
            "period_start": alert.period_start.isoformat(),
            "message": alert.message,
            "created_at": alert.created_at.isoformat(),
        }
    }


def alert_deliver(*, alert_id: int) -> None:
    """POST the alert to the webhook; the alert notes whether it arrived. Quiet if the alert is gone."""
    url = settings.ANALYTICS_ALERT_WEBHOOK_URL
    alert = Alert.objects.select_related("restaurant").filter(pk=alert_id).first()
    if alert is None or url is None or alert.webhook == Alert.Delivery.SENT:
        return
    try:
        response = httpx.post(url, json=alert_payload(alert), timeout=settings.ANALYTICS_ALERT_WEBHOOK_TIMEOUT_SECONDS)
        delivered = response.is_success
        if not delivered:
            logger.warning("alert webhook answered %s for alert %s", response.status_code, alert_id)
    except httpx.HTTPError as error:
        logger.warning("alert webhook failed for alert %s: %s", alert_id, error)
        delivered = False
    Alert.objects.filter(pk=alert_id).update(webhook=Alert.Delivery.SENT if delivered else Alert.Delivery.FAILED)
