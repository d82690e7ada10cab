"""Analytics work run by Celery beat and workers. Every task is idempotent and takes ids or times."""

from __future__ import annotations

import logging
from datetime import datetime

from celery import shared_task

from analytics import alerts, recording, rollups
from analytics.models import Threshold

logger = logging.getLogger(__name__)


# Every few seconds from beat. A 500-record batch inserts in ~25 ms, so even a backlog
# of 100,000 records after an outage drains in ~5 s; the limit only catches a hang.
@shared_task(name="analytics.flush_records", soft_time_limit=50, time_limit=60, ignore_result=True)
def flush_records() -> int:
    result = recording.flush_now()
    if result.database_down:
        logger.warning("analytics flush stopped: the database is unavailable; records wait in Redis")
    return result.written


@shared_task(name="analytics.rollup_period", soft_time_limit=240, time_limit=300, ignore_result=True)
def rollup_period(period: str, start: str) -> int:
    """Rebuild one hour's or day's roll-up (``start`` in ISO 8601); running it again changes nothing."""
    moment = datetime.fromisoformat(start)
    if period == "hour":
        return rollups.rollup_hour(moment)
    if period == "day":
        return rollups.rollup_day(moment)
    raise ValueError(f"unknown period {period!r}")


# Every five minutes from beat: the hours (and then days) that closed or got late records.
@shared_task(name="analytics.rollup_closed_periods", soft_time_limit=540, time_limit=600, ignore_result=True)
def rollup_closed_periods() -> None:
    hours, days = rollups.closed_periods_to_roll()
    for hour in hours:
        rollups.rollup_hour(hour)
    for day in days:
        rollups.rollup_day(day)
    if hours or days:
        logger.info("rolled up %d hours and %d days", len(hours), len(days))


@shared_task(name="analytics.evaluate_thresholds", soft_time_limit=240, time_limit=300, ignore_result=True)
def evaluate_thresholds() -> int:
    raised = 0
    for restaurant_id in Threshold.objects.values_list("restaurant_id", flat=True):
        raised += len(alerts.alerts_raise(restaurant_id=restaurant_id))
    return raised


@shared_task(name="analytics.deliver_alert", soft_time_limit=30, time_limit=40, ignore_result=True)
def deliver_alert(alert_id: int) -> None:
    alerts.alert_deliver(alert_id=alert_id)
