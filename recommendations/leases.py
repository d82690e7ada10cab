"""Leases on slow work (an import, a restaurant's index sync) that die with their owner.

A lease is a PostgreSQL session-level advisory lock held on the owner's own
database connection for as long as the work runs. When the owner's process
dies (SIGKILL, OOM, a lost machine) its connection closes and PostgreSQL
releases the lock at once: whoever looks next knows the work is orphaned
within a second, with no heartbeat to tune and no clock to trust. A status
column that says "running" while nobody holds the lease is therefore a lie,
and the sweeper (recommendations.tasks.sweep_stalled_work) acts on it.

The embedded default (SQLite, eager Celery) runs in one process, where a
thread lock per key is the same guarantee.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum

from django.db import connection

logger = logging.getLogger(__name__)


class LeaseKind(IntEnum):
    """The advisory lock's first key: one key space per kind of work ("WINE", "IMPT" in ASCII)."""

    WINE_INDEX = 0x57494E45
    WINE_IMPORT = 0x494D5054
    DOCUMENT_INDEX = 0x444F4358


_local_locks: dict[tuple[int, int], threading.Lock] = {}
_local_locks_guard = threading.Lock()


def _key(kind: LeaseKind, object_id: int) -> tuple[int, int]:
    return (int(kind), object_id % 2**31)


def _local_lock(key: tuple[int, int]) -> threading.Lock:
    with _local_locks_guard:
        return _local_locks.setdefault(key, threading.Lock())


@contextmanager
def lease(kind: LeaseKind, object_id: int, *, wait: bool) -> Iterator[bool]:
    """Hold the lease on ``object_id`` for the block; yields whether it was obtained.

    ``wait=True`` blocks until the current holder lets go (always yields True);
    ``wait=False`` yields False at once when someone else holds it.
    """
    key = _key(kind, object_id)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            if wait:
                cursor.execute("SELECT pg_advisory_lock(%s, %s)", key)
                obtained = True
            else:
                cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", key)
                row = cursor.fetchone()
                obtained = bool(row and row[0])
        try:
            yield obtained
        finally:
            if obtained:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s, %s)", key)
                    row = cursor.fetchone()
                if not (row and row[0]):
                    # The session that took it is gone (its connection was closed or handed
                    # back to the pool inside the block): the lock died with it or is stranded
                    # there. Say so loudly; the sweeper would otherwise see a live owner.
                    logger.error("lease %s on %s was not held at release", kind.name, object_id)
        return
    lock = _local_lock(key)
    obtained = lock.acquire(blocking=wait)
    try:
        yield obtained
    finally:
        if obtained:
            lock.release()


def lease_is_held(kind: LeaseKind, object_id: int) -> bool:
    """Whether a live owner is working on ``object_id`` right now."""
    with lease(kind, object_id, wait=False) as obtained:
        return not obtained
