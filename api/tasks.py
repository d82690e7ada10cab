"""Housekeeping for the API's tables."""

from __future__ import annotations

from celery import shared_task

from api.ratelimit import prune_finished_windows


@shared_task(name="api.prune_rate_limit_buckets", ignore_result=True, time_limit=60)
def prune_rate_limit_buckets() -> int:
    """Delete rate-limit counts of finished windows (beat, every minute); idempotent."""
    return prune_finished_windows()
