"""Recording requests, LLM calls and recommendations off the hot path, in batches, without loss.

    caller --append--> process buffer --thread, every second--> Redis list ("spool")
           --Celery beat, every few seconds--> PostgreSQL (bulk insert, ON CONFLICT DO NOTHING)

Why it looks like this:

- The caller only appends a dict to an in-process deque (a few microseconds, no
  I/O, no lock held across I/O), so sync views, async views and the gateway's
  event loop all record the same way and never wait for a database.
- A daemon thread moves the buffer to Redis in one RPUSH per batch. Web
  processes never write analytics to PostgreSQL themselves: when PostgreSQL is
  down the records simply wait in Redis. (Without Redis, the embedded default,
  the thread writes straight to the database and keeps what it could not
  write in memory.)
- ``drain`` (the beat task ``analytics.flush_records``) claims a batch
  atomically (a Lua script moves it from the spool to an in-flight list), inserts
  it in one transaction, then deletes the in-flight list. If the database is
  unreachable the batch goes back to the head of the spool; if the drainer dies
  mid-way, a later drain finds the stale in-flight list and puts it back.
- Exactly once: every record gets a UUID when it happens and the tables have a
  unique index on it, so a batch inserted twice (committed, but the acknowledgement
  to Redis was lost) is stored once.
- A record that the database refuses (not an outage: bad data) is dropped alone
  with a log line, so one bad row cannot block the spool forever.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from typing import Any

import redis
from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections, transaction

from analytics.metrics import answer_fallback, observe_llm_call, record_dropped
from analytics.models import LLMCall, RecommendationRecord, RequestRecord
from analytics.rollups import lock_hours_for_late_records, mark_hours_dirty
from llm.types import CallRecord
from recommendations.models import Restaurant

logger = logging.getLogger(__name__)

Record = dict[str, Any]

# Moves up to ARGV[1] records from the spool's head to a new in-flight list and notes
# the claim time, in one step: two drainers never claim the same record.
_CLAIM = """
local items = redis.call('LPOP', KEYS[1], ARGV[1])
if not items then return {} end
redis.call('RPUSH', KEYS[2], unpack(items))
redis.call('ZADD', KEYS[3], ARGV[2], KEYS[2])
return items
"""
# Puts an in-flight list back at the spool's head, in its original order.
_RELEASE = """
local items = redis.call('LRANGE', KEYS[2], 0, -1)
for i = #items, 1, -1 do redis.call('LPUSH', KEYS[1], items[i]) end
redis.call('DEL', KEYS[2])
redis.call('ZREM', KEYS[3], KEYS[2])
return #items
"""

_QUESTION_LIMIT = 2000


def _clip(value: Any, limit: int) -> str:
    return str(value)[:limit]


@dataclass
class DrainResult:
    written: int = 0
    dropped: int = 0
    batches: int = 0
    database_down: bool = False


class RecordSpool:
    """A process buffer in front of a Redis list in front of the database."""

    def __init__(
        self,
        *,
        redis_url: str | None,
        namespace: str,
        database: str = "default",
        batch_size: int = 500,
        interval_seconds: float = 1.0,
        max_buffered: int = 100_000,
        stale_claim_seconds: float = 120.0,
        background: bool = True,
    ) -> None:
        self.redis_url = redis_url
        self.spool_key = f"{namespace}:spool"
        self.inflight_prefix = f"{namespace}:inflight:"
        self.claims_key = f"{namespace}:claims"
        self.database = database
        self.batch_size = batch_size
        self.interval_seconds = interval_seconds
        self.max_buffered = max_buffered
        self.stale_claim_seconds = stale_claim_seconds
        # False: no thread, the owner calls push() (tests, benchmarks).
        self.background = background
        self.buffer: deque[Record] = deque()
        self.dropped = 0
        self._client: redis.Redis | None = None
        self._thread: threading.Thread | None = None
        self._wake = threading.Event()
        self._stopping = False
        self._flush_lock = threading.Lock()
        self._pid = os.getpid()

    # --- the hot path -------------------------------------------------------------

    def submit(self, kind: str, data: Record) -> None:
        """Buffer one record; never blocks on I/O, never raises."""
        try:
            if os.getpid() != self._pid:
                self._after_fork()
            if len(self.buffer) >= self.max_buffered:
                # Redis (or, without it, the database) has been away long enough to fill
                # memory: losing the newest records beats losing the process.
                self.dropped += 1

                record_dropped()
                return
            data["k"] = kind
            data["u"] = uuid.uuid4().hex
            data.setdefault("t", time.time())
            self.buffer.append(data)
            if self._thread is None:
                if self.background:
                    self._start()
            elif len(self.buffer) >= self.batch_size:
                self._wake.set()
        except Exception:
            logger.exception("could not buffer an analytics record")

    # --- background thread --------------------------------------------------------

    def _start(self) -> None:
        with self._flush_lock:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="analytics-recorder", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while not self._stopping:
            self._wake.wait(self.interval_seconds)
            self._wake.clear()
            try:
                self.push()
            except Exception:
                logger.exception("analytics recorder loop failed")

    def stop(self) -> None:
        """Push what is buffered (at exit: records of the last second are not lost on a clean shutdown)."""
        self._stopping = True
        self._wake.set()
        try:
            self.push()
        except Exception:
            logger.exception("could not push analytics records at shutdown")

    def _after_fork(self) -> None:
        # A forked child (Celery prefork, gunicorn) inherits the parent's buffer but not its
        # thread: the parent pushes those records, the child starts empty.
        self._pid = os.getpid()
        self.buffer = deque()
        self._thread = None
        self._client = None
        self._wake = threading.Event()
        self._flush_lock = threading.Lock()

    # --- buffer -> Redis (or the database without Redis) -----------------------------

    def client(self) -> redis.Redis | None:
        if self.redis_url is None:
            return None
        if self._client is None:
            # Short timeouts: an unreachable Redis must not stall the thread for long;
            # the records stay in memory and the next tick tries again.
            self._client = redis.Redis.from_url(self.redis_url, socket_connect_timeout=1, socket_timeout=2)
        return self._client

    def _take(self) -> list[Record]:
        batch: list[Record] = []
        while self.buffer and len(batch) < self.batch_size:
            batch.append(self.buffer.popleft())
        return batch

    def _put_back(self, batch: list[Record]) -> None:
        self.buffer.extendleft(reversed(batch))

    def push(self) -> int:
        """Move the whole process buffer on; returns how many records moved."""
        moved = 0
        with self._flush_lock:
            client = self.client()
            while True:
                batch = self._take()
                if not batch:
                    return moved
                try:
                    if client is None:
                        self._write(batch)
                    else:
                        client.rpush(self.spool_key, *(json.dumps(r, default=_json_default) for r in batch))
                except (redis.RedisError, OperationalError, InterfaceError):
                    self._put_back(batch)
                    if client is None:
                        connections[self.database].close()
                    logger.warning("analytics records wait in memory (%d buffered)", len(self.buffer))
                    return moved
                moved += len(batch)

    # --- Redis -> the database --------------------------------------------------------

    def depth(self) -> int:
        client = self.client()
        return 0 if client is None else int(client.llen(self.spool_key))

    def drain(self, *, max_batches: int | None = None) -> DrainResult:
        """Write spooled records to the database until the spool is empty (or ``max_batches``)."""
        result = DrainResult()
        client = self.client()
        if client is None:
            result.written = self.push()
            return result
        self._release_stale_claims(client)
        claim = client.register_script(_CLAIM)
        release = client.register_script(_RELEASE)
        while max_batches is None or result.batches < max_batches:
            inflight = f"{self.inflight_prefix}{uuid.uuid4().hex}"
            keys = [self.spool_key, inflight, self.claims_key]
            raw: list[bytes] = claim(keys=keys, args=[self.batch_size, time.time()])
            if not raw:
                break
            result.batches += 1
            records = []
            for item in raw:
                try:
                    records.append(json.loads(item))
                except ValueError:
                    result.dropped += 1
                    logger.error("dropped an unreadable analytics record: %r", item[:200])
            try:
                written, dropped = self._write(records)
            except (OperationalError, InterfaceError):
                release(keys=keys)
                connections[self.database].close()
                result.database_down = True
                logger.warning("database unavailable: analytics records wait in Redis (%d)", self.depth())
                break
            client.delete(inflight)
            client.zrem(self.claims_key, inflight)
            result.written += written
            result.dropped += dropped
        return result

    def _release_stale_claims(self, client: redis.Redis) -> None:
        """Claims older than ``stale_claim_seconds`` belong to a drainer that died: back to the spool."""
        release = client.register_script(_RELEASE)
        stale: list[bytes] = client.zrangebyscore(self.claims_key, "-inf", time.time() - self.stale_claim_seconds)  # type: ignore[assignment]
        for inflight in stale:
            release(keys=[self.spool_key, inflight.decode(), self.claims_key])

    # --- the database write -------------------------------------------------------------

    def _write(self, records: list[Record]) -> tuple[int, int]:
        """Insert a batch in one transaction; returns (records written or already there, records dropped)."""
        if not records:
            return 0, 0
        try:
            self._insert(records)
            return len(records), 0
        except (OperationalError, InterfaceError):
            raise
        except DatabaseError:
            logger.exception("an analytics batch was refused; writing its records one by one")
        written = dropped = 0
        for record in records:
            try:
                self._insert([record])
                written += 1
            except (OperationalError, InterfaceError):
                raise
            except (DatabaseError, ValueError, TypeError, KeyError):
                dropped += 1
                logger.exception("dropped an analytics record the database refused: %r", record)
        return written, dropped

    def _insert(self, records: list[Record]) -> None:

        with transaction.atomic(using=self.database):
            rows = _rows(records, database=self.database)
            moments = [o.created_at for model, objs in rows.items() if model is not RecommendationRecord for o in objs]
            late_hours = lock_hours_for_late_records(moments, database=self.database)
            for model, objs in rows.items():
                model.objects.using(self.database).bulk_create(objs, ignore_conflicts=True)
            mark_hours_dirty(late_hours, database=self.database)


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _restaurant_ids(records: Iterable[Record], *, database: str) -> tuple[set[int], dict[str, int]]:
    """Which restaurant ids still exist, and the ids of the slugs the middleware saw."""
    ids = {int(r["restaurant_id"]) for r in records if r.get("restaurant_id") is not None}
    slugs = {str(r["restaurant_slug"]) for r in records if r.get("restaurant_slug")}
    by_slug: dict[str, int] = {}
    if slugs:
        by_slug = dict(Restaurant.objects.using(database).filter(slug__in=slugs).values_list("slug", "pk"))
    existing: set[int] = set()
    if ids:
        existing = set(Restaurant.objects.using(database).filter(pk__in=ids).values_list("pk", flat=True))
    return existing, by_slug


def _api_key_ids(records: Iterable[Record], *, database: str) -> set[int]:
    """Which of the records' API keys still exist (a restaurant's deletion takes its keys)."""
    ids = {r["api_key_id"] for r in records if isinstance(r.get("api_key_id"), int)}
    if not ids:
        return set()
    # The key model by name, not by import: analytics sits below the API app.
    keys = apps.get_model("api", "ApiKey")
    return set(keys._default_manager.using(database).filter(pk__in=ids).values_list("pk", flat=True))


def _rows(records: list[Record], *, database: str) -> dict[type[Any], list[Any]]:

    existing, by_slug = _restaurant_ids(records, database=database)
    existing_keys = _api_key_ids(records, database=database)

    def api_key_of(record: Record) -> int | None:
        key_id = record.get("api_key_id")
        return int(key_id) if isinstance(key_id, int) and key_id in existing_keys else None

    def restaurant_of(record: Record) -> int | None:
        rid = record.get("restaurant_id")
        if rid is not None:
            return int(rid) if int(rid) in existing else None
        slug = record.get("restaurant_slug")
        return by_slug.get(str(slug)) if slug else None

    rows: dict[type[Any], list[Any]] = {LLMCall: [], RequestRecord: [], RecommendationRecord: []}
    for record in records:
        at = datetime.fromtimestamp(float(record["t"]), tz=UTC)
        uid = uuid.UUID(record["u"])
        kind = record["k"]
        if kind == "request":
            rows[RequestRecord].append(
                RequestRecord(
                    uid=uid,
                    created_at=at,
                    restaurant_id=restaurant_of(record),
                    route=_clip(record["route"], 200),
                    method=_clip(record["method"], 10),
                    status=int(record["status"]),
                    latency_ms=float(record["latency_ms"]),
                )
            )
        elif kind == "llm":
            rows[LLMCall].append(
                LLMCall(
                    uid=uid,
                    created_at=at,
                    restaurant_id=restaurant_of(record),
                    operation=_clip(record["operation"], 32),
                    route_reason=_clip(record["route_reason"], 255),
                    model_used=_clip(record["model_used"], 64),
                    cascaded=bool(record["cascaded"]),
                    draft_accepted=record["draft_accepted"],
                    prompt_tokens=int(record["prompt_tokens"]),
                    completion_tokens=int(record["completion_tokens"]),
                    cost_usd=Decimal(str(record["cost_usd"])),
                    latency_ms=float(record["latency_ms"]),
                    first_token_ms=record.get("first_token_ms"),
                    cache_tier=_clip(record["cache_tier"], 16),
                    outcome=_clip(record["outcome"], 16),
                    streamed=bool(record.get("streamed", False)),
                    attempts=record.get("attempts") or [],
                    request_id=_clip(str(record.get("request_id") or ""), 64),
                    api_key_id=api_key_of(record),
                    surface=_clip(str(record.get("surface") or ""), 16),
                )
            )
        elif kind == "recommendation":
            restaurant_id = restaurant_of(record)
            if restaurant_id is None:
                continue  # the restaurant was deleted: its recommendations go with it
            rows[RecommendationRecord].append(
                RecommendationRecord(
                    uid=uid,
                    created_at=at,
                    restaurant_id=restaurant_id,
                    question=_clip(record["question"], _QUESTION_LIMIT),
                    wine_ids=[int(w) for w in record["wine_ids"]],
                    channel=_clip(record["channel"], 16),
                    message_id=record.get("message_id"),
                    writer=_clip(record.get("writer") or "", 64),
                    fallback=bool(record.get("fallback", False)),
                    fallback_reason=_clip(record.get("fallback_reason") or "", 255),
                )
            )
        else:
            logger.error("dropped an analytics record of unknown kind %r", kind)
    return {model: objs for model, objs in rows.items() if objs}


# --- the process-wide spool and the functions the rest of the project calls ----------


@cache
def get_spool() -> RecordSpool:
    spool = RecordSpool(
        redis_url=settings.REDIS_URL,
        namespace=f"{settings.CACHE_KEY_PREFIX}:analytics",
        batch_size=settings.ANALYTICS_BATCH_SIZE,
        interval_seconds=settings.ANALYTICS_PUSH_INTERVAL_SECONDS,
        max_buffered=settings.ANALYTICS_MAX_BUFFERED,
    )
    atexit.register(spool.stop)
    return spool


def record_request(
    *, route: str, method: str, status: int, latency_ms: float, restaurant_id: int | None, restaurant_slug: str | None
) -> None:
    get_spool().submit(
        "request",
        {
            "route": route,
            "method": method,
            "status": status,
            "latency_ms": round(latency_ms, 3),
            "restaurant_id": restaurant_id,
            "restaurant_slug": restaurant_slug,
        },
    )


def record_recommendation(
    *,
    restaurant_id: int,
    question: str,
    wine_ids: list[int],
    channel: str,
    message_id: int | None = None,
    writer: str = "",
    fallback_reason: str = "",
) -> None:
    """Note that ``wine_ids`` were recommended for ``question``; callable from sync and async code, never raises.

    ``fallback_reason`` says why a model that should have written the words did not (the house
    voice's were shown): such answers are counted on the dashboard and in ``/metrics``.
    """
    try:
        if fallback_reason:
            answer_fallback(fallback_reason)
        get_spool().submit(
            "recommendation",
            {
                "restaurant_id": int(restaurant_id),
                "question": str(question)[:_QUESTION_LIMIT],
                "wine_ids": [int(w) for w in wine_ids],
                "channel": str(channel)[:16],
                "message_id": None if message_id is None else int(message_id),
                "writer": str(writer)[:64],
                "fallback": bool(fallback_reason),
                "fallback_reason": str(fallback_reason)[:255],
            },
        )
    except Exception:
        logger.exception("could not record a recommendation")


def record_llm_call(record: CallRecord) -> None:
    """Buffer one gateway call and count it for /metrics; never raises."""
    try:
        observe_llm_call(
            model=record.model_used,
            operation=record.operation,
            outcome=record.outcome,
            cache_tier=record.cache_tier,
            prompt_tokens=record.prompt_tokens,
            completion_tokens=record.completion_tokens,
            cost_usd=float(record.cost_usd),
        )
        get_spool().submit(
            "llm",
            {
                "restaurant_id": record.restaurant_id,
                "operation": record.operation,
                "route_reason": record.route_reason,
                "model_used": record.model_used,
                "cascaded": record.cascaded,
                "draft_accepted": record.draft_accepted,
                "prompt_tokens": record.prompt_tokens,
                "completion_tokens": record.completion_tokens,
                "cost_usd": str(record.cost_usd),
                "latency_ms": record.latency_ms,
                "first_token_ms": record.first_token_ms,
                "cache_tier": record.cache_tier,
                "outcome": record.outcome,
                "streamed": record.streamed,
                "attempts": record.attempts,
                "request_id": record.request_id,
                "api_key_id": record.api_key_id,
                "surface": record.surface,
            },
        )
    except Exception:
        logger.exception("could not record an LLM call")


def flush_now() -> DrainResult:
    """Push this process's buffer and write everything spooled to the database, now (tests, commands, the beat task)."""
    spool = get_spool()
    spool.push()
    return spool.drain()
