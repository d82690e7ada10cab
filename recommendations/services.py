"""Every write to restaurants and wine lists goes through these functions.

The admin, the management commands, Celery tasks and the API all call them, so a
wine-list change always bumps the list version the same way. A whole file of wines
comes in through ``recommendations.winelist.imports``, which ends here too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import transaction
from django.db.models import F, QuerySet
from django.utils import timezone

from config.celery_app import enqueue
from recommendations import task_names
from recommendations.leases import LeaseKind, lease_is_held
from recommendations.models import (
    Document,
    ImportStatus,
    MenuItem,
    Restaurant,
    StaffMembership,
    StaffRole,
    Wine,
    WineListImport,
)

logger = logging.getLogger(__name__)

# Items of each kind one sweep queues at most: a backlog drains over a few sweeps instead of
# flooding the queue at once.
SWEEP_BATCH = 50


def wine_list_mark_changed(*, restaurant_id: int) -> None:
    # F() makes the bump atomic: two concurrent edits both move the version on.
    Restaurant.objects.filter(pk=restaurant_id).update(
        wine_list_version=F("wine_list_version") + 1, updated_at=timezone.now()
    )
    # Re-index after commit, so the worker sees the change; the task embeds only what changed.
    # robust: a broker outage must not undo or fail the edit itself (the next change re-indexes).
    transaction.on_commit(lambda: _enqueue_index(restaurant_id), robust=True)


def restaurant_save(*, restaurant: Restaurant, answers_changed: bool) -> None:
    """Save a restaurant's settings. A setting the answers read ("anything local?" reads
    ``local_wines_from``) marks the list changed, so no cached answer outlives it."""
    with transaction.atomic():
        restaurant.save()
        if answers_changed:
            wine_list_mark_changed(restaurant_id=restaurant.pk)


def wine_index_rebuild_request(*, restaurant_ids: list[int]) -> None:
    """Queue the index sync for these restaurants (staff's "rebuild the search index"): it
    embeds every wine whose vector is missing or outdated and deletes orphans."""
    for restaurant_id in restaurant_ids:
        transaction.on_commit(partial(enqueue, task_names.WINE_INDEX, restaurant_id), robust=True)


def _enqueue_index(restaurant_id: int) -> None:
    enqueue(task_names.WINE_INDEX, restaurant_id)
    # Notes for new or changed wines; cached ones cost nothing (30-day cache, single-flight).
    enqueue(task_names.WINE_NOTES_WARM_UP, restaurant_id)


def wine_save(*, wine: Wine) -> bool:
    """Save a wine created or edited by hand; returns whether its content changed."""
    new_hash = wine.compute_content_hash()
    changed = wine._state.adding or new_hash != wine.content_hash
    wine.content_hash = new_hash
    with transaction.atomic():
        wine.save()
        if changed:
            wine_list_mark_changed(restaurant_id=wine.restaurant_id)
    return changed


def wines_delete(*, wines: QuerySet[Wine]) -> int:
    with transaction.atomic():
        restaurant_ids = set(wines.values_list("restaurant_id", flat=True))
        deleted, _ = wines.delete()
        for restaurant_id in restaurant_ids:
            wine_list_mark_changed(restaurant_id=restaurant_id)
    return deleted


def menu_item_save(*, item: MenuItem) -> None:
    # Pairings read the menu, so a menu change must not serve answers cached before it.
    with transaction.atomic():
        item.save()
        wine_list_mark_changed(restaurant_id=item.restaurant_id)


def menu_items_delete(*, items: QuerySet[MenuItem]) -> int:
    with transaction.atomic():
        restaurant_ids = set(items.values_list("restaurant_id", flat=True))
        deleted, _ = items.delete()
        for restaurant_id in restaurant_ids:
            wine_list_mark_changed(restaurant_id=restaurant_id)
    return deleted


def wines_set_in_stock(*, wines: QuerySet[Wine], in_stock: bool) -> int:
    """Mark wines in or out of stock; returns how many actually changed."""
    changed: dict[int, list[Wine]] = {}
    with transaction.atomic():
        for wine in wines.select_for_update().exclude(in_stock=in_stock):
            wine.in_stock = in_stock
            wine.content_hash = wine.compute_content_hash()
            wine.updated_at = timezone.now()
            changed.setdefault(wine.restaurant_id, []).append(wine)
        for restaurant_id, restaurant_wines in changed.items():
            Wine.objects.bulk_update(restaurant_wines, ["in_stock", "content_hash", "updated_at"])
            wine_list_mark_changed(restaurant_id=restaurant_id)
    return sum(len(restaurant_wines) for restaurant_wines in changed.values())


@dataclass(frozen=True)
class RequeuedWork:
    imports: list[int]
    wine_indexes: list[int]
    documents: list[int]


def stalled_work_requeue() -> RequeuedWork:
    """Queue again the slow work that a lost worker or a lost message left behind.

    Celery redelivers a task whose worker process died (``task_reject_on_worker_lost``),
    but not one whose whole worker died: that message waits out the broker's visibility
    timeout (tied to the longest task limit, so most of half an hour). And a message
    lost with the broker is never delivered. This finds the work itself: imports not
    finished and nobody holding their lease, restaurants whose index is behind their
    list with no sync running, documents never indexed. Each is queued at most once
    per ``WORK_REQUEUE_EVERY_SECONDS``; the tasks are idempotent, so a duplicate costs
    a lookup.
    """
    quiet_since = timezone.now() - timedelta(seconds=settings.WORK_STALL_GRACE_SECONDS)
    requeued = RequeuedWork(imports=[], wine_indexes=[], documents=[])
    unfinished = WineListImport.objects.filter(
        status__in=(ImportStatus.PENDING, ImportStatus.RUNNING), created_at__lt=quiet_since
    ).values_list("pk", flat=True)[:SWEEP_BATCH]
    for import_id in unfinished:
        if not lease_is_held(LeaseKind.WINE_IMPORT, import_id) and _requeue_due("import", import_id):
            enqueue(task_names.WINE_LIST_IMPORT, import_id)
            requeued.imports.append(import_id)
    behind = Restaurant.objects.filter(
        wine_index_version__lt=F("wine_list_version"), updated_at__lt=quiet_since
    ).values_list("pk", flat=True)[:SWEEP_BATCH]
    for restaurant_id in behind:
        if not lease_is_held(LeaseKind.WINE_INDEX, restaurant_id) and _requeue_due("wine-index", restaurant_id):
            enqueue(task_names.WINE_INDEX, restaurant_id)
            requeued.wine_indexes.append(restaurant_id)
    never_indexed = Document.objects.filter(indexed_at__isnull=True, created_at__lt=quiet_since).values_list(
        "pk", flat=True
    )[:SWEEP_BATCH]
    for document_id in never_indexed:
        if not lease_is_held(LeaseKind.DOCUMENT_INDEX, document_id) and _requeue_due("document-index", document_id):
            enqueue(task_names.DOCUMENT_INDEX, document_id)
            requeued.documents.append(document_id)
    return requeued


def _requeue_key(kind: str, object_id: int) -> str:
    return f"requeued:{kind}:{object_id}"


def _requeue_due(kind: str, object_id: int) -> bool:
    # cache.add is atomic: two sweepers (two beats by mistake) queue it once.
    return bool(cache.add(_requeue_key(kind, object_id), 1, timeout=settings.WORK_REQUEUE_EVERY_SECONDS))


# How long a crash counts against work (see work_crash_guard).
CRASH_MEMORY_SECONDS = 3600


@contextmanager
def work_crash_guard(kind: str, object_id: int) -> Iterator[bool]:
    """Yields whether to do the work: False once it has taken its worker down WORK_MAX_ATTEMPTS times within the hour.

    A start is counted before the work and taken back when the work ends in any way a
    process survives (success or an exception Celery retries). Only starts whose process
    died stay counted: a task that kills its worker (say, out of memory on a huge document)
    would otherwise come back forever, redelivered by task_reject_on_worker_lost and
    re-queued by the sweeper. Imports count their attempts in the database instead.
    """
    key = f"crashes:{kind}:{object_id}"
    cache.add(key, 0, timeout=CRASH_MEMORY_SECONDS)
    try:
        started = int(cache.incr(key))
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=CRASH_MEMORY_SECONDS)
        started = 1
    if started > settings.WORK_MAX_ATTEMPTS:
        cache.decr(key)
        logger.error("%s %s took its worker down %s times within the hour; skipped", kind, object_id, started - 1)
        yield False
        return
    try:
        yield True
    finally:
        cache.decr(key)


def requeue_hold(kind: str, object_id: int, *, seconds: int) -> None:
    """A task failed and Celery will retry it (after up to ``seconds``): the sweeper leaves it to that retry."""
    cache.set(_requeue_key(kind, object_id), 1, timeout=seconds)


def requeued_work_started(kind: str, object_id: int) -> None:
    """A task picked the work up: if its worker dies too, the next sweep may queue it again at once.

    The mark only stops a sweep from queueing work that already waits in the queue; kept
    after the task started, it would hold back the re-queue after a second crash for up
    to WORK_REQUEUE_EVERY_SECONDS.
    """
    cache.delete(_requeue_key(kind, object_id))


def staff_membership_grant(*, user: User, restaurant: Restaurant, role: str = StaffRole.MANAGER) -> StaffMembership:
    """Give a user a role at a restaurant; they can then log in to the admin."""
    membership, _ = StaffMembership.objects.update_or_create(user=user, restaurant=restaurant, defaults={"role": role})
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    return membership
