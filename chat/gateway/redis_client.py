"""Async Redis clients for the gateway, one per event loop.

redis.asyncio connections belong to the loop that opened them: the ASGI server
runs one loop per process, but Celery tasks and management commands run the
gateway through ``asyncio.run`` with a fresh loop each time.
"""

from __future__ import annotations

import asyncio
import weakref

import redis.asyncio as aioredis
from django.conf import settings

# Short timeouts for the cache: a slow or dead Redis must degrade it, not stall answers.
SOCKET_TIMEOUT_SECONDS = 0.5
# Budgets and quotas fail open when Redis does not answer, so their timeout must not
# mistake a busy machine for an outage: with 0.5 s, four threads reserving on a loaded
# two-core CI machine timed out and let 20 of 100 reservations through a budget for 10.
LIMITS_SOCKET_TIMEOUT_SECONDS = 5.0

_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple[str, float], aioredis.Redis]] = (
    weakref.WeakKeyDictionary()
)


def async_redis(url: str | None = None, *, timeout: float = SOCKET_TIMEOUT_SECONDS) -> aioredis.Redis | None:
    """The client for ``url`` (default ``settings.REDIS_URL``) on the running loop; None without Redis."""
    url = url or settings.REDIS_URL
    if not url:
        return None
    loop = asyncio.get_running_loop()
    per_loop = _clients.setdefault(loop, {})
    client = per_loop.get((url, timeout))
    if client is None:
        client = aioredis.Redis.from_url(
            url,
            socket_connect_timeout=timeout,
            socket_timeout=timeout,
            health_check_interval=30,
        )
        per_loop[(url, timeout)] = client
    return client
