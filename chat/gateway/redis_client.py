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

# Short timeouts: a slow or dead Redis must degrade the cache, not stall answers.
SOCKET_TIMEOUT_SECONDS = 0.5

_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, aioredis.Redis]] = weakref.WeakKeyDictionary()


def async_redis(url: str | None = None) -> aioredis.Redis | None:
    """The client for ``url`` (default ``settings.REDIS_URL``) on the running loop; None without Redis."""
    url = url or settings.REDIS_URL
    if not url:
        return None
    loop = asyncio.get_running_loop()
    per_loop = _clients.setdefault(loop, {})
    client = per_loop.get(url)
    if client is None:
        client = aioredis.Redis.from_url(
            url,
            socket_connect_timeout=SOCKET_TIMEOUT_SECONDS,
            socket_timeout=SOCKET_TIMEOUT_SECONDS,
            health_check_interval=30,
        )
        per_loop[url] = client
    return client
