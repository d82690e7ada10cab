"""API keys: creation (the raw key is returned once), revocation, and the lookup behind every request.

A lookup is a SHA-256 of the presented key and, on a miss of the small in-process cache,
one indexed query. The cache keeps a key for ``API_KEY_CACHE_SECONDS`` (5 s by default):
revoking a key takes effect at once in the process that revoked it and within that time
everywhere else (tests/api/test_keys.py), and a busy key costs no query per request. When a
busy key drops out of the cache, the requests that miss it together share one lookup.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from datetime import timedelta
from decimal import Decimal
from typing import Any

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone

from api.models import KEY_NAMESPACE, KEY_PREFIX_LENGTH, ApiKey, Scope, hash_key
from config.singleflight import SingleFlight
from recommendations.models import Restaurant

# last_used_at is written at most this often per key and process: a minute is precise
# enough to tell a live integration from a dead one, and saves a write per request.
LAST_USED_RESOLUTION_SECONDS = 60
# Enough for every live key of a large installation; a flood of random bad keys is never cached.
_CACHE_MAX_ENTRIES = 4096


class InvalidScopes(ValueError):
    pass


def clean_scopes(scopes: Iterable[str]) -> list[str]:
    cleaned = sorted(set(scopes))
    unknown = [scope for scope in cleaned if scope not in Scope.values]
    if unknown:
        raise InvalidScopes(f"Unknown scope(s): {', '.join(unknown)}. Use {', '.join(Scope.values)}.")
    if not cleaned:
        raise InvalidScopes("A key needs at least one scope.")
    return cleaned


def api_key_create(
    *,
    restaurant: Restaurant,
    name: str,
    scopes: Iterable[str],
    created_by: Any = None,
    rate_limit_per_minute: int | None = None,
    daily_budget_usd: Decimal | None = None,
) -> tuple[ApiKey, str]:
    """A new key and its raw value, which is never stored and cannot be shown again."""
    prefix = secrets.token_hex(KEY_PREFIX_LENGTH // 2)
    raw_key = f"{KEY_NAMESPACE}_{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey.objects.create(
        restaurant=restaurant,
        name=name,
        prefix=prefix,
        key_hash=hash_key(raw_key),
        scopes=clean_scopes(scopes),
        created_by=created_by,
        rate_limit_per_minute=rate_limit_per_minute,
        daily_budget_usd=daily_budget_usd,
    )
    return key, raw_key


def api_key_revoke(*, key: ApiKey) -> ApiKey:
    if key.revoked_at is None:
        ApiKey.objects.filter(pk=key.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
        key.refresh_from_db(fields=["revoked_at"])
    _key_cache.forget(key.key_hash)
    return key


class _KeyCache:
    """hash -> (key, expiry on the monotonic clock), least recently used dropped first."""

    def __init__(self) -> None:
        self._clock = time.monotonic
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, tuple[ApiKey, float]] = OrderedDict()

    def get(self, digest: str) -> ApiKey | None:
        with self._lock:
            entry = self._entries.get(digest)
            if entry is None:
                return None
            if entry[1] < self._clock():
                del self._entries[digest]
                return None
            self._entries.move_to_end(digest)
            return entry[0]

    def put(self, digest: str, key: ApiKey) -> None:
        ttl = settings.API_KEY_CACHE_SECONDS
        if ttl <= 0:
            return
        with self._lock:
            self._entries[digest] = (key, self._clock() + ttl)
            self._entries.move_to_end(digest)
            while len(self._entries) > _CACHE_MAX_ENTRIES:
                self._entries.popitem(last=False)

    def forget(self, digest: str) -> None:
        with self._lock:
            self._entries.pop(digest, None)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_key_cache = _KeyCache()


def clear_key_cache() -> None:
    _key_cache.clear()


def _plausible(raw_key: str) -> bool:
    return raw_key.startswith(f"{KEY_NAMESPACE}_") and len(raw_key) <= 200


def cached_key(raw_key: str) -> ApiKey | None:
    """The key from this process's cache, without touching the database (None: look it up)."""
    return _key_cache.get(hash_key(raw_key)) if _plausible(raw_key) else None


def api_key_lookup(raw_key: str) -> ApiKey | None:
    """The active key with this raw value (its restaurant active too), or None. Sync: call off the loop."""
    if not _plausible(raw_key):
        return None
    digest = hash_key(raw_key)
    key = _key_cache.get(digest)
    if key is None:
        key = (
            ApiKey.objects.select_related("restaurant")
            .filter(key_hash=digest, revoked_at__isnull=True, restaurant__is_active=True)
            .first()
        )
        if key is None:
            return None
        _key_cache.put(digest, key)
    touch_last_used(key)
    return key


def last_use_due(key: ApiKey) -> bool:
    """Whether ``touch_last_used`` would write (no query)."""
    return key.last_used_at is None or timezone.now() - key.last_used_at >= timedelta(
        seconds=LAST_USED_RESOLUTION_SECONDS
    )


# When a busy key drops out of the cache (every API_KEY_CACHE_SECONDS), the requests that miss
# it together wait for one query instead of each taking a thread and a pooled connection.
_lookups: SingleFlight[ApiKey | None] = SingleFlight()


async def akey_lookup(raw_key: str) -> ApiKey | None:
    """``api_key_lookup`` for async callers: the cached key without a thread hop, else one lookup per key at a time."""
    if not _plausible(raw_key):
        return None
    digest = hash_key(raw_key)
    key = _key_cache.get(digest)
    if key is not None:
        return key
    key, _ = await _lookups.run(digest, lambda: sync_to_async(api_key_lookup)(raw_key))
    return key


def touch_last_used(key: ApiKey) -> None:
    """Note the key's use, at most once a minute (a cheap check otherwise). Sync."""
    if not last_use_due(key):
        return
    now = timezone.now()
    cutoff = now - timedelta(seconds=LAST_USED_RESOLUTION_SECONDS)
    ApiKey.objects.filter(Q(last_used_at__isnull=True) | Q(last_used_at__lt=cutoff), pk=key.pk).update(last_used_at=now)
    key.last_used_at = now


def bearer_token(authorization: str) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header; None when it is not one."""
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    token = token.strip()
    return token or None


def restaurant_of_cached_key(request: HttpRequest) -> int | None:
    """The restaurant of the request's API key when this process has the key cached; no query."""
    header = str(request.META.get("HTTP_AUTHORIZATION", ""))
    token = bearer_token(header) if header else None
    key = cached_key(token) if token else None
    return int(key.restaurant_id) if key is not None else None
