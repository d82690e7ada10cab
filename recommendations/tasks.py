"""Slow wine-list work, run by Celery workers (eagerly in the embedded default)."""

from __future__ import annotations

from celery import shared_task

from recommendations import services


# A 10,000-row file parses and writes in seconds (`make bench`); ten minutes means stuck.
# acks_late: a worker that dies mid-import gets the task redelivered, and
# wine_list_import_run takes over an import left RUNNING past that limit. Its queue
# ("imports") comes from CELERY_TASK_ROUTES.
@shared_task(acks_late=True, soft_time_limit=540, time_limit=600)
def wine_list_import_task(import_id: int) -> None:
    services.wine_list_import_run(import_id=import_id)
