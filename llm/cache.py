"""The LLM gateway's cache: an in-process LRU in front of Redis, with single-flight.

Why it looks like this:

- Two tiers. A hit in process memory costs microseconds and no network; Redis
  shares answers between processes and survives deploys. Only small values
  live in memory, so a few huge reports cannot push out thousands of answers.
- JSON only, never pickle: Redis is shared, and unpickling what another
  process (or an attacker with Redis access) wrote runs code.
- Keys hash the text in a stream (seed 001's problem: ``json.dumps`` of a 10 MB
  text doubles memory and is several times slower than hashing it), and carry
  the operation, restaurant and wine-list version in clear, so one restaurant's
  or one operation's entries can be dropped by prefix, a new list version
  never sees an old answer, and tenants never share an entry.
- Single-flight (seed 002's stampede): identical concurrent misses cause one
  provider call. Within a process (every event loop and thread of it: sync
  views run each request on a loop of their own), waiters share one future;
  across processes, a Redis lock with a double-check, and the others poll for
  the value. The in-process part needs no Redis, so a slow or dead Redis never
  turns fifty identical requests into fifty provider calls.
- Redis is an optimisation, never a dependency: when it fails, the cache serves
  from memory, logs one warning per outage and probes again after a back-off.
"""

from __future__ import annotations

import asyncio
import fnmatch
import functools
import hashlib
import json
import logging
import re
import secrets
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from django.conf import settings
from redis.exceptions import RedisError

from config.singleflight import SingleFlight
from llm.redis_client import SOCKET_TIMEOUT_SECONDS, RedisOutage, async_redis

if TYPE_CHECKING:
    import redis.asyncio as aioredis
    from redis.asyncio.client import Pipeline

logger = logging.getLogger(__name__)

JSONValue: TypeAlias = bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"] | None
# Where a caller's value came from: "miss" means this caller ran ``compute`` (and paid for it).
Tier = Literal["memory", "redis", "miss"]

KEY_PREFIX = "llm:"
# str texts are UTF-8 encoded 64 Ki characters at a time: the encoded chunk is still
# in L2 when blake2b reads it. Sweep on this (2-core, shared) machine, ASCII text of
# 100 KB to 10 MB: 64 KiB chunks 1.0-1.1x bare blake2b over the bytes, 1 MiB chunks up
# to 1.5x. Accented text costs 1.6-2x whatever the chunk: that is the UTF-8 encoding.
KEY_TEXT_CHUNK_CHARS = 64 * 1024
# Built once: json.dumps with non-default arguments builds an encoder per call (~1.3 us of a ~10 us key).
_CANONICAL_JSON = json.JSONEncoder(sort_keys=True, separators=(",", ":"), allow_nan=False)
# Operation names are literal key segments, so no ':' and no glob characters.
_OPERATION_NAME = re.compile(r"[A-Za-z0-9_.-]+")
# Invalidation patterns use only '*' and '?', where Redis MATCH and fnmatch agree.
_UNSUPPORTED_PATTERN_CHARACTERS = frozenset("[]\\")

# One byte in front of every stored value, so either form decodes.
FORMAT_JSON = b"j"
FORMAT_ZLIB = b"z"
# Values are compressed once per provider call (hundreds of ms), so zlib's speed is
# noise: on a 4.7 KB answer level 6 took 37 us vs 21 us for level 1 and stored 4% fewer
# bytes; level 9 stored the same as 6. Decompression speed does not depend on the level.
ZLIB_LEVEL = 6

# Lock waiters poll Redis for the value: 5 ms first (a value stored just before we
# looked shows up at once), doubling to 50 ms. Only one task per process polls (the
# others wait on its future), so that is at most ~20 GET + SET NX a second per waiting
# process. With the 100 ms cap first tried, waiters on a 200 ms call in other processes
# saw 283 ms p50 (polls land at 5, 15, 35, 75, 155, 255 ms): the cap bounds the delay.
LOCK_POLL_FIRST_SECONDS = 0.005
LOCK_POLL_MAX_SECONDS = 0.05
# Compare-and-delete: only the holder's token releases the lock, never a lock that
# expired and was taken by another process meanwhile.
RELEASE_LOCK_SCRIPT = (
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end"
)
# The value and its remaining TTL, or else the lock (1 if taken, 0 if another process holds it).
LOOK_OR_LOCK_SCRIPT = """
local value = redis.call('GET', KEYS[1])
if value then return {value, redis.call('PTTL', KEYS[1])} end
if redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return {false, 1} end
return {false, 0}
"""
# SCAN hint: ~500 keys per round trip keeps each SCAN/UNLINK well under a millisecond
# of Redis time, so invalidating a large restaurant never blocks other clients.
SCAN_COUNT = 500

# Long enough not to hammer a dead Redis (each probe may wait out the 0.5 s socket
# timeout of redis_client), short enough that recovery goes unnoticed by users.
REDIS_RETRY_AFTER_SECONDS = 5.0
# Memory entries live at most this long, whatever their TTL: invalidate_prefix clears
# only this process's memory, so other processes see an invalidation within a minute.
L1_TTL_CAP_SECONDS = 60.0

_REDIS_FAILURES = (RedisError, OSError)


# More writes for the round trip that stores a computed value: given the pipeline, queues its
# commands and returns what to call with their replies (or with the error that ended the round trip).
WithValue: TypeAlias = "Callable[[Pipeline], Callable[[list[Any] | BaseException], None]]"


@dataclass(frozen=True)
class CacheHit:
    value: JSONValue
    tier: Tier


class _KeyTimings:
    """Key time is spent in the free function ``cache_key``, so it is counted per process."""

    count = 0
    nanoseconds = 0


def cache_key(
    *,
    operation: str,
    restaurant_id: int | None,
    list_version: int | None,
    options: Mapping[str, Any],
    text: str | bytes,
) -> str:
    """``llm:{operation}:r{restaurant_id|-}:v{list_version|-}:{blake2b-128 hex}``.

    The digest covers the canonical JSON of ``options`` (sorted keys, compact;
    options are small) and then the text, hashed chunk by chunk: the text is
    never copied whole or JSON-escaped, and a ``str`` hashes like its UTF-8
    bytes. Restaurant and operation stay readable for ``invalidate_prefix``.
    """
    if not _OPERATION_NAME.fullmatch(operation):
        raise ValueError(f"operation {operation!r} must match {_OPERATION_NAME.pattern}")
    started = time.perf_counter_ns()
    canonical_options = _CANONICAL_JSON.encode(options).encode()
    digest = hashlib.blake2b(digest_size=16)
    # The length prefix keeps (options, text) pairs from running into each other.
    digest.update(len(canonical_options).to_bytes(8, "big"))
    digest.update(canonical_options)
    if isinstance(text, str):
        for start in range(0, len(text), KEY_TEXT_CHUNK_CHARS):
            # surrogatepass: a lone surrogate (from a broken upload) hashes instead of raising.
            digest.update(text[start : start + KEY_TEXT_CHUNK_CHARS].encode("utf-8", "surrogatepass"))
    else:
        digest.update(text)
    restaurant = "-" if restaurant_id is None else restaurant_id
    version = "-" if list_version is None else list_version
    key = f"{KEY_PREFIX}{operation}:r{restaurant}:v{version}:{digest.hexdigest()}"
    _KeyTimings.count += 1
    _KeyTimings.nanoseconds += time.perf_counter_ns() - started
    return key


def _text(redis_key: bytes | str) -> str:
    return redis_key.decode() if isinstance(redis_key, bytes) else redis_key


def _redis_glob_escape(literal: str) -> str:
    return re.sub(r"([*?\[\]\\])", r"\\\1", literal)


class _CacheOutage(RedisOutage):
    """The cache's outage, logged in its own words: it serves from process memory meanwhile."""

    def log_down(self, error: BaseException) -> None:
        logger.warning(
            "LLM cache: Redis unavailable (%s: %s); serving from process memory only, retrying every %.0f s",
            type(error).__name__,
            error,
            self.probe_interval_seconds,
        )

    def log_back(self) -> None:
        logger.info("LLM cache: Redis is back; using it again")


class GatewayCache:
    """Memory LRU + Redis for JSON values, with single-flight ``get_or_compute``.

    ``redis_url=None`` gives a memory-only cache (the embedded default). Redis
    keys are ``{namespace}:{key}``; locks are ``{namespace}:lock:{key}``.
    ``clock`` (monotonic seconds) drives memory expiry and the Redis back-off,
    so tests move time instead of sleeping. A TTL of 0 or less means "do not
    cache": the value is still computed once for concurrent callers.

    Safe to share between event loops and threads: the memory tier and the
    single-flight table are locked (one computation per key in the whole
    process), and Redis clients are per event loop. Counters are
    plain attributes, updated without a lock (cheap, possibly a little low
    under heavy multi-threading).
    """

    def __init__(
        self,
        *,
        redis_url: str | None,
        namespace: str,
        l1_max_entries: int = 2048,
        l1_max_value_bytes: int = 65536,
        compress_threshold: int = 1024,
        lock_ttl_seconds: float = 30.0,
        wait_timeout_seconds: float = 30.0,
        redis_retry_after_seconds: float = REDIS_RETRY_AFTER_SECONDS,
        l1_ttl_cap_seconds: float = L1_TTL_CAP_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        redis_timeout_seconds: float = SOCKET_TIMEOUT_SECONDS,
    ) -> None:
        if not namespace:
            raise ValueError("namespace must not be empty: it keeps our keys apart from everything else in Redis")
        self._redis_url = redis_url
        self._namespace = namespace
        self._l1_max_entries = l1_max_entries
        self._l1_max_value_bytes = l1_max_value_bytes
        self._compress_threshold = compress_threshold
        # Must outlast the slowest model call, or a second process starts computing too.
        self._lock_ttl_ms = max(1, int(lock_ttl_seconds * 1000))
        self._wait_timeout = wait_timeout_seconds
        self._l1_ttl_cap = l1_ttl_cap_seconds
        self._clock = clock
        # Short in production: a slow Redis must degrade the cache, not stall answers.
        self._redis_timeout = redis_timeout_seconds

        self._l1: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self._l1_lock = threading.Lock()
        self._inflight: SingleFlight[tuple[JSONValue, bytes, Tier]] = SingleFlight(wait_timeout=wait_timeout_seconds)
        self._outage = (
            _CacheOutage(what="LLM cache", redis_url=redis_url, probe_interval_seconds=redis_retry_after_seconds)
            if redis_url is not None
            else None
        )

        self.hits_memory = 0
        self.hits_redis = 0
        self.misses = 0
        self.computes = 0
        self.lock_polls = 0
        self.lock_waits = 0
        self.lock_timeouts = 0
        self.redis_errors = 0
        self.redis_outages = 0
        self.corrupt_entries = 0
        self.l1_evictions = 0
        self.l1_expired = 0
        self.invalidated = 0
        self.bytes_raw = 0
        self.bytes_stored = 0
        self.values_compressed = 0
        self.serialise_ns = 0
        self.deserialise_ns = 0

    # --- public interface -----------------------------------------------------

    async def get(self, key: str) -> CacheHit | None:
        raw = self._l1_get(key)
        if raw is not None:
            self.hits_memory += 1
            return CacheHit(self._decode(raw), "memory")
        raw = await self._redis_lookup(key)
        if raw is None:
            self.misses += 1
            return None
        self.hits_redis += 1
        return CacheHit(self._decode(raw), "redis")

    async def set(self, key: str, value: JSONValue, ttl_seconds: int) -> None:
        if ttl_seconds <= 0:
            return
        await self._store(key, self._encode(value), ttl_seconds)

    async def get_or_compute(
        self,
        key: str,
        ttl_seconds: int,
        compute: Callable[[], Awaitable[JSONValue]],
        *,
        with_value: WithValue | None = None,
    ) -> tuple[JSONValue, Tier]:
        """The cached value, or ``compute()``'s, computed once however many callers miss together.

        Callers that waited on another caller's computation in this process get
        tier "memory"; those served by another process's computation "redis";
        only the caller that ran ``compute`` gets "miss". If ``compute`` raises,
        every waiter in this process gets that exception and nothing is cached.

        ``with_value``: more writes for the round trip that stores the computed value in Redis
        (see ``WithValue``); not called when the value is not stored there.
        """
        raw = self._l1_get(key)
        if raw is not None:
            self.hits_memory += 1
            return self._decode(raw), "memory"

        def waited_too_long() -> None:
            logger.warning(
                "LLM cache: waited %.1f s for %s in this process; computing it here", self._wait_timeout, key
            )

        (value, raw, tier), computed_here = await self._inflight.run(
            key, lambda: self._fill(key, ttl_seconds, compute, with_value), on_timeout=waited_too_long
        )
        # A waiter decodes its own copy: JSON values are mutable and each caller owns its result.
        return (value, tier) if computed_here else (self._decode(raw), "memory")

    @property
    def singleflight_waits(self) -> int:
        return self._inflight.waits

    async def invalidate_prefix(self, prefix: str) -> int:
        """Drop every entry whose key matches ``prefix`` + ``*``; the number of entries removed.

        ``prefix`` starts with ``llm:`` and may use ``*`` (any run of characters,
        colons included) and ``?``: ``llm:chat:`` (one operation), ``llm:*:r12:``
        (one restaurant), ``llm:chat:r12:`` (both), ``llm:*:r12:v3:`` (one list
        version), ``llm:`` (everything). Redis is walked with SCAN + UNLINK, never
        KEYS. Only this process's memory tier is cleared; other processes drop
        their copies within ``l1_ttl_cap_seconds``.
        """
        if not prefix.startswith(KEY_PREFIX):
            raise ValueError(f"invalidation prefixes start with {KEY_PREFIX!r}, got {prefix!r}")
        if _UNSUPPORTED_PATTERN_CHARACTERS & set(prefix):
            raise ValueError(f"only '*' and '?' are supported in invalidation prefixes, got {prefix!r}")
        matches = re.compile(fnmatch.translate(prefix + "*")).match
        with self._l1_lock:
            # Keys removed only from memory; those Redis also held are counted once, below.
            memory_only = {key for key in self._l1 if matches(key)}
            for key in memory_only:
                del self._l1[key]

        removed_from_redis = 0
        client = self._client()
        if client is None and self._redis_url is not None:
            # Not silent: entries left in Redis are served again once it is back.
            logger.warning("LLM cache: Redis unavailable, %r invalidated in this process's memory only", prefix)
        if client is not None:
            namespace_length = len(self._namespace) + 1
            pattern = f"{_redis_glob_escape(self._namespace)}:{prefix}*"
            cursor = 0
            try:
                while True:
                    cursor, batch = await client.scan(cursor, match=pattern, count=SCAN_COUNT)
                    if batch:
                        removed_from_redis += await client.unlink(*batch)
                        memory_only.difference_update(_text(raw_key)[namespace_length:] for raw_key in batch)
                    if cursor == 0:
                        break
            except _REDIS_FAILURES as exc:
                self._redis_failed(exc)
                logger.warning("LLM cache: invalidating %r in Redis failed part-way; call it again", prefix)
            else:
                self._redis_ok()
        removed = removed_from_redis + len(memory_only)
        self.invalidated += removed
        return removed

    def stats(self) -> dict[str, int | float]:
        """Counters since start. Key counts and times are per process (``cache_key`` is a free function)."""
        with self._l1_lock:
            l1_entries = len(self._l1)
        return {
            "hits_memory": self.hits_memory,
            "hits_redis": self.hits_redis,
            "misses": self.misses,
            "computes": self.computes,
            "singleflight_waits": self.singleflight_waits,
            "lock_polls": self.lock_polls,
            "lock_waits": self.lock_waits,
            "lock_timeouts": self.lock_timeouts,
            "redis_errors": self.redis_errors,
            "redis_outages": self.redis_outages,
            "corrupt_entries": self.corrupt_entries,
            "l1_entries": l1_entries,
            "l1_evictions": self.l1_evictions,
            "l1_expired": self.l1_expired,
            "invalidated": self.invalidated,
            "bytes_raw": self.bytes_raw,
            "bytes_stored": self.bytes_stored,
            "compression_ratio": self.bytes_raw / self.bytes_stored if self.bytes_stored else 1.0,
            "values_compressed": self.values_compressed,
            "keys_computed": _KeyTimings.count,
            "key_seconds": _KeyTimings.nanoseconds / 1e9,
            "serialise_seconds": self.serialise_ns / 1e9,
            "deserialise_seconds": self.deserialise_ns / 1e9,
        }

    # --- filling --------------------------------------------------------------

    async def _fill(
        self,
        key: str,
        ttl_seconds: int,
        compute: Callable[[], Awaitable[JSONValue]],
        with_value: WithValue | None = None,
    ) -> tuple[JSONValue, bytes, Tier]:
        """Redis, then the cross-process lock, then ``compute``. Runs once per key per loop.

        A miss costs two round trips: the value or else the lock (one script, so a holder that
        stored the value and left cannot slip between our look and our lock), then the value
        stored together with the lock's release.
        """
        if ttl_seconds <= 0:
            # Nothing will be stored, so other processes have nothing to wait for: no lock.
            raw = await self._redis_lookup(key)
            if raw is not None:
                self.hits_redis += 1
                return self._decode(raw), raw, "redis"
            self.misses += 1
            return await self._compute_and_store(key, ttl_seconds, compute)

        lock = (f"{self._namespace}:lock:{key}", secrets.token_hex(16))
        acquired, raw = await self._look_or_lock(key, *lock)
        if raw is not None:
            self.hits_redis += 1
            return self._decode(raw), raw, "redis"
        self.misses += 1
        deadline = time.monotonic() + self._wait_timeout
        delay = LOCK_POLL_FIRST_SECONDS
        while acquired is False:
            if time.monotonic() >= deadline:
                self.lock_timeouts += 1
                logger.warning(
                    "LLM cache: waited %.1f s for another process to compute %s; computing it here too",
                    self._wait_timeout,
                    key,
                )
                break
            self.lock_polls += 1
            await asyncio.sleep(delay)
            delay = min(delay * 2, LOCK_POLL_MAX_SECONDS)
            # The value, or (the holder failed: its lock is gone, no value) the lock: we take over.
            acquired, raw = await self._look_or_lock(key, *lock)
            if raw is not None:
                self.lock_waits += 1
                return self._decode(raw), raw, "redis"
        if not acquired:
            return await self._compute_and_store(key, ttl_seconds, compute, with_value=with_value)
        try:
            return await self._compute_and_store(key, ttl_seconds, compute, lock=lock, with_value=with_value)
        except BaseException:
            await self._release_lock(*lock)
            raise

    async def _compute_and_store(
        self,
        key: str,
        ttl_seconds: int,
        compute: Callable[[], Awaitable[JSONValue]],
        *,
        lock: tuple[str, str] | None = None,
        with_value: WithValue | None = None,
    ) -> tuple[JSONValue, bytes, Tier]:
        """``compute()``'s value, stored (with ``lock``, when held, released and ``with_value``'s writes in the
        same round trip)."""
        self.computes += 1
        value = await compute()
        raw = self._encode(value)
        if ttl_seconds > 0:
            await self._store(key, raw, ttl_seconds, release=lock, with_value=with_value)
        elif lock is not None:
            await self._release_lock(*lock)
        return value, raw, "miss"

    async def _store(
        self,
        key: str,
        raw: bytes,
        ttl_seconds: int,
        *,
        release: tuple[str, str] | None = None,
        with_value: WithValue | None = None,
    ) -> None:
        self._l1_put(key, raw, ttl_seconds)
        client = self._client()
        if client is None:
            return  # a lock expires on its own after lock_ttl_seconds
        payload = self._pack(raw)
        settle: Callable[[list[Any] | BaseException], None] | None = None
        try:
            async with client.pipeline(transaction=False) as pipe:
                pipe.set(f"{self._namespace}:{key}", payload, px=ttl_seconds * 1000)
                if release is not None:
                    pipe.eval(RELEASE_LOCK_SCRIPT, 1, *release)
                own = len(pipe)
                settle = with_value(pipe) if with_value is not None else None
                replies = await pipe.execute(raise_on_error=False)
        except _REDIS_FAILURES as exc:
            self._redis_failed(exc)
            if settle is not None:
                settle(exc)
            return
        except BaseException as exc:
            if settle is not None:
                settle(exc)
            raise
        if settle is not None:
            settle(replies[own:])
        failed = next((reply for reply in replies[:own] if isinstance(reply, BaseException)), None)
        if failed is not None:
            self._redis_failed(failed)
        else:
            self._redis_ok()

    # --- Redis ----------------------------------------------------------------

    def _client(self) -> aioredis.Redis | None:
        """This loop's Redis client, or None without Redis or while backing off from an outage."""
        # One probe per back-off window; everyone else keeps serving from memory meanwhile.
        if self._redis_url is None or self._outage is None or not self._outage.should_try(self._clock(), claim=True):
            return None
        return async_redis(self._redis_url, timeout=self._redis_timeout)

    def _redis_failed(self, exc: BaseException) -> None:
        self.redis_errors += 1
        if self._outage is not None and self._outage.failed(exc, self._clock()):
            self.redis_outages += 1

    def _redis_ok(self) -> None:
        if self._outage is not None:
            self._outage.recovered()

    async def _redis_lookup(self, key: str) -> bytes | None:
        """The JSON bytes stored in Redis for ``key``, promoted into memory with their remaining TTL."""
        client = self._client()
        if client is None:
            return None
        redis_key = f"{self._namespace}:{key}"
        remaining_ms = -1
        try:
            if self._l1_max_entries:
                # One round trip for the value and its TTL, which the memory copy must not outlive.
                async with client.pipeline(transaction=False) as pipe:
                    pipe.get(redis_key)
                    pipe.pttl(redis_key)
                    payload, remaining_ms = await pipe.execute()
            else:
                payload = await client.get(redis_key)
        except _REDIS_FAILURES as exc:
            self._redis_failed(exc)
            return None
        self._redis_ok()
        return self._found(key, payload, remaining_ms)

    async def _look_or_lock(self, key: str, lock_key: str, token: str) -> tuple[bool | None, bytes | None]:
        """The stored value, or else the cross-process lock, in one round trip: (lock taken?, value).

        The lock is None (not known) when Redis is unavailable: then this process computes alone.
        """
        client = self._client()
        if client is None:
            return None, None
        try:
            found, extra = await client.register_script(LOOK_OR_LOCK_SCRIPT)(
                keys=[f"{self._namespace}:{key}", lock_key], args=[token, self._lock_ttl_ms]
            )
        except _REDIS_FAILURES as exc:
            self._redis_failed(exc)
            return None, None
        self._redis_ok()
        if found is None:
            return bool(extra), None
        raw = self._found(key, found, int(extra))
        # An unreadable entry is a miss that nobody is computing: computed here and overwritten.
        return (False, raw) if raw is not None else (None, None)

    def _found(self, key: str, payload: bytes | None, remaining_ms: int) -> bytes | None:
        """A stored payload as JSON bytes, promoted into memory with its remaining TTL (None: none, or unreadable)."""
        if payload is None:
            return None
        try:
            raw = self._unpack(payload)
        except (ValueError, zlib.error) as exc:
            self.corrupt_entries += 1
            logger.warning("LLM cache: unreadable entry %s (%s); treating it as a miss", key, exc)
            return None
        if remaining_ms > 0:
            self._l1_put(key, raw, remaining_ms / 1000)
        return raw

    async def _release_lock(self, lock_key: str, token: str) -> None:
        client = self._client()
        if client is None:
            return  # the lock expires on its own after lock_ttl_seconds
        try:
            await client.eval(RELEASE_LOCK_SCRIPT, 1, lock_key, token)
        except _REDIS_FAILURES as exc:
            self._redis_failed(exc)
        else:
            self._redis_ok()

    # --- memory tier ----------------------------------------------------------

    def _l1_get(self, key: str) -> bytes | None:
        if not self._l1_max_entries:
            return None
        with self._l1_lock:
            entry = self._l1.get(key)
            if entry is None:
                return None
            expires_at, raw = entry
            if expires_at <= self._clock():
                del self._l1[key]
                self.l1_expired += 1
                return None
            self._l1.move_to_end(key)
            return raw

    def _l1_put(self, key: str, raw: bytes, ttl_seconds: float) -> None:
        if not self._l1_max_entries:
            return
        with self._l1_lock:
            if len(raw) > self._l1_max_value_bytes or ttl_seconds <= 0:
                # A new value too large for memory must not leave the old one behind.
                self._l1.pop(key, None)
                return
            self._l1[key] = (self._clock() + min(ttl_seconds, self._l1_ttl_cap), raw)
            self._l1.move_to_end(key)
            while len(self._l1) > self._l1_max_entries:
                self._l1.popitem(last=False)
                self.l1_evictions += 1

    # --- encoding -------------------------------------------------------------

    def _encode(self, value: JSONValue) -> bytes:
        """Compact JSON as UTF-8; ``surrogatepass`` so any Python str round-trips exactly."""
        started = time.perf_counter_ns()
        raw = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        self.serialise_ns += time.perf_counter_ns() - started
        return raw

    def _decode(self, raw: bytes) -> JSONValue:
        """A fresh object per caller: nobody can mutate another caller's (or the cache's) copy."""
        started = time.perf_counter_ns()
        value: JSONValue = json.loads(raw.decode("utf-8", "surrogatepass"))
        self.deserialise_ns += time.perf_counter_ns() - started
        return value

    def _pack(self, raw: bytes) -> bytes:
        payload = FORMAT_JSON + raw
        if len(raw) > self._compress_threshold:
            compressed = zlib.compress(raw, ZLIB_LEVEL)
            if len(compressed) < len(raw):
                payload = FORMAT_ZLIB + compressed
                self.values_compressed += 1
        self.bytes_raw += len(raw)
        self.bytes_stored += len(payload)
        return payload

    @staticmethod
    def _unpack(payload: bytes) -> bytes:
        marker = payload[:1]
        if marker == FORMAT_JSON:
            return payload[1:]
        if marker == FORMAT_ZLIB:
            return zlib.decompress(payload[1:])
        raise ValueError(f"unknown format marker {marker!r}")


@functools.cache
def get_gateway_cache() -> GatewayCache:
    """The process-wide cache, built from settings on first use (``cache_clear()`` rebuilds it)."""
    return GatewayCache(
        redis_url=settings.REDIS_URL,
        namespace=settings.CACHE_KEY_PREFIX,
        l1_max_entries=settings.LLM_CACHE_L1_MAX_ENTRIES,
        l1_max_value_bytes=settings.LLM_CACHE_L1_MAX_VALUE_BYTES,
        compress_threshold=settings.LLM_CACHE_COMPRESS_THRESHOLD_BYTES,
    )


def ttl_for(operation: str) -> int:
    """Seconds to cache ``operation``'s results (0: not cached); unknown operations are a bug, not a default."""
    ttls: dict[str, int] = settings.LLM_CACHE_TTLS
    try:
        return ttls[operation]
    except KeyError:
        raise ValueError(f"no cache TTL for operation {operation!r}; known: {', '.join(sorted(ttls))}") from None
