"""Periodic upkeep of conversations, run by Celery beat."""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings

from chat.answering import abandoned_answers_close

logger = logging.getLogger(__name__)


@shared_task(name="chat.close_abandoned_answers", soft_time_limit=50, time_limit=60, ignore_result=True)
def close_abandoned_answers() -> None:
    closed = abandoned_answers_close(older_than=timedelta(seconds=settings.STREAM_ABANDONED_AFTER_SECONDS))
    if closed:
        logger.info("closed %s answers nobody came back for", closed)
