"""Housekeeping for the request counters."""

from __future__ import annotations

from celery import shared_task

from ratelimits.counters import prune_finished_windows


@shared_task(name="ratelimits.prune_finished_windows", ignore_result=True, time_limit=60)
def prune_rate_limit_buckets() -> int:
    """Delete the counts of finished windows (beat, every minute); idempotent."""
    return prune_finished_windows()
