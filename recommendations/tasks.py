"""Slow wine-list work, run by Celery workers (eagerly in the embedded default)."""

from __future__ import annotations

import logging

from asgiref.sync import async_to_sync
from celery import shared_task
from django.conf import settings

from recommendations import services
from recommendations.documents import document_index_sync
from recommendations.leases import LeaseKind, lease
from recommendations.models import Restaurant
from recommendations.notes import notes_warm_up
from recommendations.retrieval.vector_index import wine_index_sync
from recommendations.winelist import imports

logger = logging.getLogger(__name__)


# A 10,000-row file parses and writes in seconds (`make bench`); ten minutes means stuck.
# acks_late and reject_on_worker_lost (settings): a worker process that dies mid-import
# gets the task redelivered, and wine_list_import_run takes over the import its dead
# owner left RUNNING (the lease died with it). Its queue ("imports") comes from
# CELERY_TASK_ROUTES.
@shared_task(
    acks_late=True,
    soft_time_limit=settings.WINE_IMPORT_TIME_LIMIT_SECONDS - 60,
    time_limit=settings.WINE_IMPORT_TIME_LIMIT_SECONDS,
)
def wine_list_import_task(import_id: int) -> None:
    services.requeued_work_started("import", import_id)
    imports.wine_list_import_run(import_id=import_id)


INDEX_RETRY_BACKOFF_MAX = 600

# The decorator shared by the two indexing tasks (wines, documents).
index_task = shared_task(
    acks_late=True,
    soft_time_limit=settings.INDEX_TIME_LIMIT_SECONDS - 60,
    time_limit=settings.INDEX_TIME_LIMIT_SECONDS,
    autoretry_for=(Exception,),
    retry_backoff=30,
    retry_backoff_max=INDEX_RETRY_BACKOFF_MAX,
    max_retries=5,
)


# Embedding runs at 38-150 wines/s on 2 cores (`bench/bench_retrieval.py`; the
# low end on a busy machine), so re-embedding a whole 10,000-wine list takes
# 1-5 minutes; twenty means stuck. The sync is idempotent and keeps every batch
# it wrote, so a retry or a redelivered task (acks_late) does only what is
# left: retrying on any error (Chroma server briefly away) is safe.
@index_task
def wine_index_task(restaurant_id: int) -> None:
    services.requeued_work_started("wine-index", restaurant_id)
    try:
        with services.work_crash_guard("wine-index", restaurant_id) as go:
            if not go:
                return
            summary = wine_index_sync(restaurant_id=restaurant_id)
    except Restaurant.DoesNotExist:
        logger.info("restaurant %s is gone; nothing to index", restaurant_id)
        return
    except Exception:
        # Celery retries it (index_task's autoretry): the sweeper must not start a second chain.
        services.requeue_hold("wine-index", restaurant_id, seconds=INDEX_RETRY_BACKOFF_MAX)
        raise
    logger.info(
        "indexed restaurant %s: %s embedded, %s removed, %s unchanged",
        restaurant_id,
        summary.embedded,
        summary.removed,
        summary.unchanged,
    )


# One gateway call per wine and per style on a new list: minutes with a remote model,
# so the same limits as imports.
@shared_task(
    acks_late=True,
    soft_time_limit=settings.WINE_IMPORT_TIME_LIMIT_SECONDS - 60,
    time_limit=settings.WINE_IMPORT_TIME_LIMIT_SECONDS,
)
def wine_notes_warm_up_task(restaurant_id: int) -> None:
    async_to_sync(notes_warm_up)(restaurant_id=restaurant_id)


# A 5 MB text file is ~7,000 chunks: 1-3 minutes of embedding at 38-150 texts/s
# on 2 cores; a menu is a handful of chunks and takes well under a second.
# Twenty minutes means stuck. The sync is idempotent (content hash per chunk,
# deterministic chunk ids), so a retry or redelivered task (acks_late) is safe.
@index_task
def document_index_task(document_id: int) -> None:
    services.requeued_work_started("document-index", document_id)
    try:
        with services.work_crash_guard("document-index", document_id) as go:
            if not go:
                return
            with lease(LeaseKind.DOCUMENT_INDEX, document_id, wait=True):
                summary = document_index_sync(document_id=document_id)
    except Exception:
        services.requeue_hold("document-index", document_id, seconds=INDEX_RETRY_BACKOFF_MAX)
        raise
    logger.info("indexed document %s: %s chunks embedded, %s removed", document_id, summary.embedded, summary.removed)


# Beat runs it every WORK_SWEEP_EVERY_SECONDS on the default queue (CELERY_TASK_ROUTES).
@shared_task(name="recommendations.sweep_stalled_work", soft_time_limit=50, time_limit=60, ignore_result=True)
def sweep_stalled_work() -> None:
    requeued = services.stalled_work_requeue()
    if requeued.imports or requeued.wine_indexes or requeued.documents:
        logger.warning(
            "re-queued stalled work: imports %s, wine indexes %s, documents %s",
            requeued.imports,
            requeued.wine_indexes,
            requeued.documents,
        )
