"""Async Redis clients for the gateway, one per event loop, and how its limits live through an outage.

redis.asyncio connections belong to the loop that opened them: the ASGI server
runs one loop per process, but Celery tasks and management commands run the
gateway through ``asyncio.run`` with a fresh loop each time.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import weakref

import redis.asyncio as aioredis
from django.conf import settings
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Short timeouts for the cache: a slow or dead Redis must degrade it, not stall answers.
SOCKET_TIMEOUT_SECONDS = 0.5
# Budgets and quotas fail open when Redis does not answer, so their timeout must not
# mistake a busy machine for an outage: with 0.5 s, four threads reserving on a loaded
# two-core CI machine timed out and let 20 of 100 reservations through a budget for 10.
LIMITS_SOCKET_TIMEOUT_SECONDS = 5.0
# Connections per client and event loop; more callers wait (up to POOL_WAIT_SECONDS) for one.
MAX_CONNECTIONS_PER_LOOP = 64
POOL_WAIT_SECONDS = 2.0

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
        # A bounded pool that makes a burst wait for a connection: 1,000 concurrent cache
        # misses opening 1,000 connections at once timed out connecting on a loaded machine,
        # and the cache then took Redis for down.
        pool = aioredis.BlockingConnectionPool.from_url(
            url,
            max_connections=MAX_CONNECTIONS_PER_LOOP,
            timeout=max(timeout, POOL_WAIT_SECONDS),
            socket_connect_timeout=timeout,
            socket_timeout=timeout,
            health_check_interval=30,
        )
        client = aioredis.Redis(connection_pool=pool)
        per_loop[(url, timeout)] = client
    return client


# A blackholed Redis costs a 0.5 s connect timeout (SOCKET_TIMEOUT_SECONDS) per
# attempt: probing once a second during an outage keeps that off almost every call, and a
# recovered Redis is back in use within a second.
REDIS_PROBE_INTERVAL_SECONDS = 1.0
# What an unreachable or failing Redis raises through redis.asyncio; everything else is a bug
# and must propagate.
REDIS_ERRORS = (RedisError, OSError, asyncio.TimeoutError)


class RedisOutage:
    """Tracks whether Redis is reachable, to warn once per outage and to pace the probes.

    After a failure Redis is left alone for ``probe_interval_seconds``. The limits fall back
    to their in-process stores meanwhile; the cache (``llm.cache``) to process memory, in its
    own words (a subclass overrides ``log_down`` and ``log_back``).
    """

    def __init__(
        self, *, what: str, redis_url: str, probe_interval_seconds: float = REDIS_PROBE_INTERVAL_SECONDS
    ) -> None:
        self.what = what
        self.redis_url = redis_url
        self.probe_interval_seconds = probe_interval_seconds
        self._lock = threading.Lock()
        self._down = False
        self._next_probe = 0.0

    def should_try(self, now: float, *, claim: bool = False) -> bool:
        """Whether to use Redis now. ``claim``: a due probe is this caller's alone, and everyone
        else keeps to the fallback until the next window (only for a caller sure to make the call)."""
        with self._lock:
            if not self._down:
                return True
            # Also probe if the clock stepped back past the last failure, or an outage could last for hours.
            if self._next_probe - self.probe_interval_seconds <= now < self._next_probe:
                return False
            if claim:
                self._next_probe = now + self.probe_interval_seconds
            return True

    def failed(self, error: BaseException, now: float) -> bool:
        """Record a failure; True when it began an outage (then logged once)."""
        with self._lock:
            self._next_probe = now + self.probe_interval_seconds
            if self._down:
                return False
            self._down = True
        self.log_down(error)
        return True

    def recovered(self) -> None:
        with self._lock:
            if not self._down:
                return
            self._down = False
        self.log_back()

    def log_down(self, error: BaseException) -> None:
        logger.warning(
            "%s: Redis at %s is unreachable (%s); enforcing limits in this process only until it returns.",
            self.what,
            redacted_url(self.redis_url),
            error,
        )

    def log_back(self) -> None:
        logger.info("%s: Redis is reachable again.", self.what)


def redacted_url(url: str) -> str:
    """The URL without its password, for the log."""
    scheme, sep, rest = url.partition("://")
    if sep and "@" in rest:
        return f"{scheme}://***@{rest.rpartition('@')[2]}"
    return url


def limits_client(redis_url: str | None) -> aioredis.Redis | None:
    # async_redis(None) would fall back to settings.REDIS_URL: None here means "no Redis".
    return async_redis(redis_url, timeout=LIMITS_SOCKET_TIMEOUT_SECONDS) if redis_url else None
