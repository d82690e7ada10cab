"""The gateway cache: keys, tiers, compression, single-flight, outages and invalidation, on real Redis.

Time is a fake clock handed to the cache, and concurrency is released
explicitly (events, counters), so nothing here waits for a TTL to pass.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import subprocess
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from typing import Any, TypeVar

import pytest
import redis
import redis.asyncio as aioredis
from django.conf import settings
from pytest_django.fixtures import Settings as SettingsFixture

from llm.cache import (
    CacheHit,
    GatewayCache,
    JSONValue,
    cache_key,
    get_gateway_cache,
    ttl_for,
)
from llm.redis_client import RedisOutage, async_redis
from llm.testing.server import free_port

T = TypeVar("T")
KEY_ARGS: dict[str, Any] = {
    "operation": "pairing",
    "restaurant_id": 12,
    "list_version": 3,
    "options": {"model": "draft", "temperature": 0.2},
    "text": "Roast lamb with rosemary, and a table of four.",
}
TASTING_NOTE = "Medium-bodied, red cherry and forest floor, fine tannins; Cuvée Éloïse from Morgon. "


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def run(coroutine: Coroutine[Any, Any, T], *redis_urls: str) -> T:
    """asyncio.run, closing this loop's Redis clients so no connection outlives its loop."""

    async def main() -> T:
        try:
            return await coroutine
        finally:
            for url in {settings.REDIS_URL, *redis_urls}:
                client = async_redis(url)
                if client is not None:
                    await client.aclose()

    return asyncio.run(main())


def constant(value: JSONValue) -> Callable[[], Awaitable[JSONValue]]:
    async def compute() -> JSONValue:
        return value

    return compute


@pytest.fixture
def redis_sync() -> Iterator[redis.Redis]:
    assert settings.REDIS_URL, "the test settings require REDIS_URL"
    client = redis.Redis.from_url(settings.REDIS_URL)
    yield client
    client.close()


@pytest.fixture
def namespace(redis_sync: redis.Redis) -> Iterator[str]:
    name = f"test-{uuid.uuid4().hex}"
    yield name
    for key in redis_sync.scan_iter(match=f"{name}:*", count=500):
        redis_sync.delete(key)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def cache(namespace: str, clock: FakeClock) -> GatewayCache:
    return GatewayCache(redis_url=settings.REDIS_URL, namespace=namespace, clock=clock)


def fresh(cache_namespace: str, **kwargs: Any) -> GatewayCache:
    """Another process, as far as the cache can tell: its own memory and single-flight tables."""
    return GatewayCache(redis_url=settings.REDIS_URL, namespace=cache_namespace, **kwargs)


# --- keys -----------------------------------------------------------------------


def test_it_builds_the_same_key_for_the_same_inputs() -> None:
    reordered = {**KEY_ARGS, "options": {"temperature": 0.2, "model": "draft"}}

    assert cache_key(**KEY_ARGS) == cache_key(**KEY_ARGS) == cache_key(**reordered)


@pytest.mark.parametrize(
    "change",
    [
        {"operation": "chat"},
        {"restaurant_id": 13},
        {"restaurant_id": None},
        {"list_version": 4},
        {"list_version": None},
        {"options": {"model": "strong", "temperature": 0.2}},
        {"options": {"model": "draft", "temperature": 0.2, "max_tokens": 200}},
        {"text": "Roast lamb with rosemary, and a table of five."},
        {"text": ""},
    ],
)
def test_it_changes_the_key_when_any_input_changes(change: dict[str, Any]) -> None:
    assert cache_key(**{**KEY_ARGS, **change}) != cache_key(**KEY_ARGS)


def test_it_does_not_let_options_run_into_the_text() -> None:
    first = cache_key(**{**KEY_ARGS, "options": {"a": "b"}, "text": "c"})
    second = cache_key(**{**KEY_ARGS, "options": {"a": "bc"}, "text": ""})

    assert first != second


def test_it_hashes_a_str_like_its_utf8_bytes() -> None:
    text = TASTING_NOTE * 3

    assert cache_key(**{**KEY_ARGS, "text": text}) == cache_key(**{**KEY_ARGS, "text": text.encode()})


def test_it_keys_a_10_mb_text_across_chunk_boundaries() -> None:
    text = (TASTING_NOTE * (10_000_000 // len(TASTING_NOTE) + 1))[:10_000_000]

    as_str = cache_key(**{**KEY_ARGS, "text": text})

    assert as_str == cache_key(**{**KEY_ARGS, "text": text.encode()})
    assert as_str != cache_key(**{**KEY_ARGS, "text": text[:-1] + "!"})


def test_it_puts_operation_restaurant_and_version_in_the_key() -> None:
    key = cache_key(**KEY_ARGS)
    anonymous = cache_key(**{**KEY_ARGS, "restaurant_id": None, "list_version": None})

    assert key.startswith("llm:pairing:r12:v3:")
    assert len(key.rsplit(":", 1)[1]) == 32
    assert anonymous.startswith("llm:pairing:r-:v-:")


@pytest.mark.parametrize("operation", ["chat:x", "chat*", "", "tasting note"])
def test_it_refuses_an_operation_that_would_break_the_key_layout(operation: str) -> None:
    with pytest.raises(ValueError, match="must match"):
        cache_key(**{**KEY_ARGS, "operation": operation})


# --- tiers, values, expiry --------------------------------------------------------


def test_it_reads_another_process_value_from_redis_then_from_memory(cache: GatewayCache, namespace: str) -> None:
    key = cache_key(**KEY_ARGS)
    run(cache.set(key, {"wine": "Foillard Morgon", "price": 58}, 3_600))
    reader = fresh(namespace)

    first, second = run(reader.get(key)), run(reader.get(key))

    assert first == CacheHit({"wine": "Foillard Morgon", "price": 58}, "redis")
    assert second == CacheHit({"wine": "Foillard Morgon", "price": 58}, "memory")
    assert (reader.stats()["hits_redis"], reader.stats()["hits_memory"], reader.stats()["misses"]) == (1, 1, 0)


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        0,
        -(2**80),
        0.1,
        -0.0,
        1e308,
        "",
        "Cuvée Éloïse — 🍷",
        "lone \ud83c surrogate",
        [],
        {},
        {"nested": [1, 2.5, {"deep": [None, False, "x" * 5_000]}], "ünïcode": "ok"},
    ],
)
def test_it_round_trips_json_values_exactly(cache: GatewayCache, namespace: str, value: JSONValue) -> None:
    key = cache_key(**KEY_ARGS)
    run(cache.set(key, value, 60))

    hit = run(fresh(namespace).get(key))

    assert hit is not None
    assert hit.value == value
    assert type(hit.value) is type(value)
    assert repr(hit.value) == repr(value)


def test_it_gives_each_caller_its_own_copy(cache: GatewayCache) -> None:
    key = cache_key(**KEY_ARGS)
    run(cache.set(key, {"wines": ["Morgon"]}, 60))
    first = run(cache.get(key))
    assert first is not None
    assert isinstance(first.value, dict)
    assert isinstance(first.value["wines"], list)

    first.value["wines"].append("mutated by a caller")

    assert run(cache.get(key)) == CacheHit({"wines": ["Morgon"]}, "memory")


def test_it_keeps_a_promoted_value_in_memory_only_for_its_remaining_redis_ttl(
    cache: GatewayCache, namespace: str, redis_sync: redis.Redis, clock: FakeClock
) -> None:
    key = cache_key(**KEY_ARGS)
    redis_sync.set(f"{namespace}:{key}", b'j{"wine":"Morgon"}', px=1_500)

    assert run(cache.get(key)) == CacheHit({"wine": "Morgon"}, "redis")
    # Redis expires its copy on its own clock; removing it stands in for that without sleeping.
    redis_sync.delete(f"{namespace}:{key}")
    clock.advance(1.0)
    assert run(cache.get(key)) == CacheHit({"wine": "Morgon"}, "memory")
    clock.advance(0.6)
    assert run(cache.get(key)) is None
    assert cache.stats()["l1_expired"] == 1


def test_it_expires_memory_entries_at_their_ttl(namespace: str, clock: FakeClock) -> None:
    memory_only = GatewayCache(redis_url=None, namespace=namespace, clock=clock)
    key = cache_key(**KEY_ARGS)
    run(memory_only.set(key, "Morgon", 10))

    clock.advance(9.9)
    assert run(memory_only.get(key)) == CacheHit("Morgon", "memory")
    clock.advance(0.1)
    assert run(memory_only.get(key)) is None


def test_it_rereads_redis_after_the_memory_cap_so_other_processes_invalidations_arrive(
    cache: GatewayCache, clock: FakeClock
) -> None:
    key = cache_key(**KEY_ARGS)
    run(cache.set(key, "Morgon", 30 * 86_400))

    clock.advance(59)
    assert run(cache.get(key)) == CacheHit("Morgon", "memory")
    clock.advance(1)
    assert run(cache.get(key)) == CacheHit("Morgon", "redis")


def test_it_evicts_the_least_recently_used_entry(namespace: str) -> None:
    small = GatewayCache(redis_url=None, namespace=namespace, l1_max_entries=2)

    async def scenario() -> list[CacheHit | None]:
        await small.set("llm:chat:r1:v1:a", "a", 60)
        await small.set("llm:chat:r1:v1:b", "b", 60)
        await small.get("llm:chat:r1:v1:a")
        await small.set("llm:chat:r1:v1:c", "c", 60)
        return [await small.get(f"llm:chat:r1:v1:{name}") for name in "abc"]

    assert run(scenario()) == [CacheHit("a", "memory"), None, CacheHit("c", "memory")]
    assert small.stats()["l1_evictions"] == 1


def test_it_keeps_large_values_out_of_memory(namespace: str) -> None:
    cache = fresh(namespace, l1_max_value_bytes=100)
    key = cache_key(**KEY_ARGS)

    async def scenario() -> tuple[CacheHit | None, CacheHit | None]:
        await cache.set(key, "x" * 101, 60)
        return await cache.get(key), await cache.get(key)

    assert run(scenario()) == (CacheHit("x" * 101, "redis"), CacheHit("x" * 101, "redis"))
    assert cache.stats()["l1_entries"] == 0


def test_it_does_not_keep_an_old_value_in_memory_when_the_new_one_is_too_large(namespace: str) -> None:
    cache = fresh(namespace, l1_max_value_bytes=100)
    key = cache_key(**KEY_ARGS)

    async def scenario() -> CacheHit | None:
        await cache.set(key, "small", 60)
        await cache.set(key, "x" * 200, 60)
        return await cache.get(key)

    assert run(scenario()) == CacheHit("x" * 200, "redis")


def test_it_does_not_cache_with_a_zero_ttl(cache: GatewayCache, namespace: str, redis_sync: redis.Redis) -> None:
    key = cache_key(**KEY_ARGS)

    async def scenario() -> list[tuple[JSONValue, str]]:
        return [await cache.get_or_compute(key, 0, constant("fresh")) for _ in range(2)]

    assert run(scenario()) == [("fresh", "miss"), ("fresh", "miss")]
    assert redis_sync.exists(f"{namespace}:{key}") == 0


def test_it_treats_an_unreadable_entry_as_a_miss(
    cache: GatewayCache, namespace: str, redis_sync: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    key = cache_key(**KEY_ARGS)
    redis_sync.set(f"{namespace}:{key}", b"\x80\x04pickled?", px=60_000)

    assert run(cache.get(key)) is None
    assert cache.stats()["corrupt_entries"] == 1
    assert "unreadable entry" in caplog.text


# --- compression ------------------------------------------------------------------


def test_it_compresses_large_values_in_redis(cache: GatewayCache, namespace: str, redis_sync: redis.Redis) -> None:
    key = cache_key(**KEY_ARGS)
    value: JSONValue = {"note": TASTING_NOTE * 200, "wines": [{"sku": f"SKU-{n}", "price": n * 1.5} for n in range(50)]}
    run(cache.set(key, value, 60))

    stored = redis_sync.get(f"{namespace}:{key}")
    stats = cache.stats()

    assert isinstance(stored, bytes)
    assert stored[:1] == b"z"
    assert len(stored) < stats["bytes_raw"] / 5
    assert stats["values_compressed"] == 1
    assert stats["compression_ratio"] > 5
    assert run(fresh(namespace).get(key)) == CacheHit(value, "redis")


def test_it_stores_small_values_as_plain_json(cache: GatewayCache, namespace: str, redis_sync: redis.Redis) -> None:
    key = cache_key(**KEY_ARGS)
    run(cache.set(key, {"wine": "Cuvée", "price": 58}, 60))

    assert redis_sync.get(f"{namespace}:{key}") == b'j{"wine":"Cuv\xc3\xa9e","price":58}'
    assert cache.stats()["values_compressed"] == 0


def test_it_stores_a_value_plain_when_compression_would_not_shrink_it(namespace: str, redis_sync: redis.Redis) -> None:
    cache = fresh(namespace, compress_threshold=0)
    key = cache_key(**KEY_ARGS)
    run(cache.set(key, "a", 60))

    assert redis_sync.get(f"{namespace}:{key}") == b'j"a"'
    assert run(fresh(namespace).get(key)) == CacheHit("a", "redis")


# --- single-flight ----------------------------------------------------------------


def test_a_miss_is_two_round_trips_and_leaves_no_lock(
    cache: GatewayCache, namespace: str, redis_sync: redis.Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = cache_key(**KEY_ARGS)
    other = cache_key(**{**KEY_ARGS, "text": "warms the scripts"})
    trips: list[str] = []
    execute_command: Callable[..., Awaitable[Any]] = aioredis.Redis.execute_command
    execute_pipeline: Callable[..., Awaitable[Any]] = aioredis.client.Pipeline.execute

    async def command(self: aioredis.Redis, *args: Any, **options: Any) -> Any:
        trips.append(str(args[0]))
        return await execute_command(self, *args, **options)

    async def pipeline(self: aioredis.client.Pipeline, *args: Any, **options: Any) -> Any:
        trips.append("pipeline")
        return await execute_pipeline(self, *args, **options)

    async def two_misses() -> None:
        await cache.get_or_compute(other, 60, constant("loads the script into Redis"))
        trips.clear()
        await cache.get_or_compute(key, 60, constant(TASTING_NOTE))

    monkeypatch.setattr(aioredis.Redis, "execute_command", command)
    monkeypatch.setattr(aioredis.client.Pipeline, "execute", pipeline)
    run(two_misses())

    assert trips == ["EVALSHA", "pipeline"]  # the value or the lock; the value stored and the lock released
    assert redis_sync.get(f"{namespace}:lock:{key}") is None
    assert fresh(namespace).stats()["computes"] == 0
    assert run(fresh(namespace).get(key)) == CacheHit(TASTING_NOTE, "redis")


def test_it_computes_once_for_1000_concurrent_misses(namespace: str, clock: FakeClock) -> None:
    # Single-flight, not Redis latency, is under test: 1,000 tasks keep the loop busy, and on a
    # loaded machine a reply may take longer than production's 0.5 s before it is read.
    cache = GatewayCache(redis_url=settings.REDIS_URL, namespace=namespace, clock=clock, redis_timeout_seconds=10)
    key = cache_key(**KEY_ARGS)
    calls = 0

    async def scenario() -> list[tuple[JSONValue, str]]:
        release = asyncio.Event()

        async def compute() -> JSONValue:
            nonlocal calls
            calls += 1
            await release.wait()
            return {"wine": "Foillard Morgon"}

        tasks = [asyncio.create_task(cache.get_or_compute(key, 60, compute)) for _ in range(1_000)]
        async with asyncio.timeout(10):
            while cache.singleflight_waits < 999:
                await asyncio.sleep(0)
        release.set()
        return await asyncio.gather(*tasks)

    results = run(scenario())

    assert calls == 1
    assert {str(value) for value, _ in results} == {str({"wine": "Foillard Morgon"})}
    assert sorted(tier for _, tier in results).count("memory") == 999
    assert [tier for _, tier in results].count("miss") == 1
    assert run(fresh(namespace).get(key)) == CacheHit({"wine": "Foillard Morgon"}, "redis")


def test_it_computes_once_across_processes(namespace: str, redis_sync: redis.Redis) -> None:
    key = cache_key(**KEY_ARGS)
    caches = [fresh(namespace), fresh(namespace)]
    start = threading.Barrier(2)
    calls: list[int] = []
    results: dict[int, tuple[JSONValue, str]] = {}

    def process(number: int) -> None:
        other = caches[1 - number]

        async def compute() -> JSONValue:
            calls.append(number)
            # Finish only once the other "process" is provably waiting on our lock.
            async with asyncio.timeout(10):
                while other.stats()["lock_polls"] == 0:
                    await asyncio.sleep(0.001)
            return {"computed_by": number}

        start.wait()
        results[number] = run(caches[number].get_or_compute(key, 60, compute))

    threads = [threading.Thread(target=process, args=(number,)) for number in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)

    assert len(calls) == 1
    computed_by = calls[0]
    assert results[computed_by] == ({"computed_by": computed_by}, "miss")
    assert results[1 - computed_by] == ({"computed_by": computed_by}, "redis")
    assert caches[1 - computed_by].stats()["lock_waits"] == 1
    assert redis_sync.exists(f"{namespace}:lock:{key}") == 0


def test_it_gives_the_exception_to_every_waiter_and_caches_nothing(
    cache: GatewayCache, namespace: str, redis_sync: redis.Redis
) -> None:
    key = cache_key(**KEY_ARGS)

    async def scenario() -> list[BaseException | tuple[JSONValue, str]]:
        release = asyncio.Event()

        async def failing() -> JSONValue:
            await release.wait()
            raise RuntimeError("provider down")

        tasks = [asyncio.create_task(cache.get_or_compute(key, 60, failing)) for _ in range(10)]
        async with asyncio.timeout(10):
            while cache.singleflight_waits < 9:
                await asyncio.sleep(0)
        release.set()
        return await asyncio.gather(*tasks, return_exceptions=True)

    outcomes = run(scenario())

    assert [str(outcome) for outcome in outcomes] == ["provider down"] * 10
    assert all(isinstance(outcome, RuntimeError) for outcome in outcomes)
    assert redis_sync.exists(f"{namespace}:{key}", f"{namespace}:lock:{key}") == 0
    assert run(cache.get_or_compute(key, 60, constant("recovered"))) == ("recovered", "miss")
    assert cache.stats()["computes"] == 2


def test_it_lets_a_waiter_take_over_when_the_computing_task_is_cancelled(cache: GatewayCache) -> None:
    key = cache_key(**KEY_ARGS)

    async def scenario() -> tuple[tuple[JSONValue, str], bool]:
        started = asyncio.Event()

        async def never() -> JSONValue:
            started.set()
            await asyncio.Event().wait()
            return None

        owner = asyncio.create_task(cache.get_or_compute(key, 60, never))
        await started.wait()
        waiter = asyncio.create_task(cache.get_or_compute(key, 60, constant("from the waiter")))
        async with asyncio.timeout(10):
            while cache.singleflight_waits < 1:
                await asyncio.sleep(0)
        owner.cancel()
        result = await waiter
        await asyncio.gather(owner, return_exceptions=True)
        return result, owner.cancelled()

    assert run(scenario()) == (("from the waiter", "miss"), True)


def test_it_takes_over_when_another_process_gives_up_its_lock(
    cache: GatewayCache, namespace: str, redis_sync: redis.Redis
) -> None:
    key = cache_key(**KEY_ARGS)
    redis_sync.set(f"{namespace}:lock:{key}", b"another-process", px=30_000)

    async def scenario() -> tuple[JSONValue, str]:
        task = asyncio.create_task(cache.get_or_compute(key, 60, constant("ours")))
        async with asyncio.timeout(10):
            while cache.lock_polls == 0:
                await asyncio.sleep(0.001)
        # The other process failed: it released its lock without storing a value.
        await asyncio.to_thread(redis_sync.delete, f"{namespace}:lock:{key}")
        return await task

    assert run(scenario()) == ("ours", "miss")
    assert redis_sync.exists(f"{namespace}:lock:{key}") == 0


def test_it_computes_itself_when_the_lock_holder_takes_too_long(
    namespace: str, redis_sync: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    cache = fresh(namespace, wait_timeout_seconds=0.05)
    key = cache_key(**KEY_ARGS)
    redis_sync.set(f"{namespace}:lock:{key}", b"a-stuck-process", px=30_000)

    assert run(cache.get_or_compute(key, 60, constant("degraded but answered"))) == ("degraded but answered", "miss")
    assert cache.stats()["lock_timeouts"] == 1
    assert "computing it here too" in caplog.text
    # Someone else's lock is never released by us.
    assert redis_sync.get(f"{namespace}:lock:{key}") == b"a-stuck-process"


# --- Redis outages ----------------------------------------------------------------


def test_it_works_from_memory_when_redis_is_down(
    namespace: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"redis://127.0.0.1:{free_port()}/0"
    cache = GatewayCache(redis_url=url, namespace=namespace, clock=clock)
    key, other = cache_key(**KEY_ARGS), cache_key(**{**KEY_ARGS, "text": "other"})
    caplog.set_level(logging.WARNING, logger="llm.cache")

    async def scenario() -> list[object]:
        await cache.set(key, "Morgon", 60)
        outcomes: list[object] = [
            await cache.get(key),
            await cache.get_or_compute(other, 60, constant("computed")),
            await cache.get_or_compute(other, 60, constant("not again")),
            await cache.get(cache_key(**{**KEY_ARGS, "text": "absent"})),
        ]
        clock.advance(5.0)
        outcomes.append(await cache.get(cache_key(**{**KEY_ARGS, "text": "still absent"})))
        return outcomes

    assert run(scenario(), url) == [
        CacheHit("Morgon", "memory"),
        ("computed", "miss"),
        ("computed", "memory"),
        None,
        None,
    ]
    warnings = [record for record in caplog.records if record.name == "llm.cache"]
    assert len(warnings) == 1
    assert "Redis unavailable" in warnings[0].getMessage()
    # The first write failed, then nothing touched Redis until the back-off passed, then one probe failed.
    assert (cache.stats()["redis_errors"], cache.stats()["redis_outages"]) == (2, 1)


def test_it_leaves_a_due_probe_to_the_one_caller_that_claims_it() -> None:
    """The cache claims each probe (a dead Redis costs one timeout per window, not one per request
    in flight); the limits, which may not make the call they ask about, do not."""
    claimed, unclaimed = (
        RedisOutage(what=what, redis_url="redis://127.0.0.1:1/0", probe_interval_seconds=5.0)
        for what in ("LLM cache", "Budget ledger")
    )
    for outage in (claimed, unclaimed):
        outage.failed(OSError("connection refused"), 100.0)

    assert [
        claimed.should_try(104.9),
        claimed.should_try(105.0, claim=True),
        claimed.should_try(105.1, claim=True),
    ] == [
        False,
        True,
        False,
    ]
    assert [unclaimed.should_try(104.9), unclaimed.should_try(105.0), unclaimed.should_try(105.1)] == [
        False,
        True,
        True,
    ]


def test_it_computes_once_for_concurrent_misses_while_redis_is_down(namespace: str) -> None:
    url = f"redis://127.0.0.1:{free_port()}/0"
    cache = GatewayCache(redis_url=url, namespace=namespace)
    key = cache_key(**KEY_ARGS)
    calls = 0

    async def scenario() -> list[tuple[JSONValue, str]]:
        release = asyncio.Event()

        async def compute() -> JSONValue:
            nonlocal calls
            calls += 1
            await release.wait()
            return "once"

        tasks = [asyncio.create_task(cache.get_or_compute(key, 60, compute)) for _ in range(100)]
        async with asyncio.timeout(10):
            while cache.singleflight_waits < 99:
                await asyncio.sleep(0)
        release.set()
        return await asyncio.gather(*tasks)

    results = run(scenario(), url)

    assert calls == 1
    assert {value for value, _ in results} == {"once"}


def test_it_computes_once_for_misses_on_many_threads_each_with_its_own_loop_while_redis_is_down(
    namespace: str,
) -> None:
    # Sync views run each request on an event loop of its own: single-flight must span loops and
    # threads without Redis, or fifty identical reports become fifty provider calls.
    url = f"redis://127.0.0.1:{free_port()}/0"
    cache = GatewayCache(redis_url=url, namespace=namespace)
    key = cache_key(**KEY_ARGS)
    calls = 0
    release = threading.Event()
    threads_count = 20

    async def compute() -> JSONValue:
        nonlocal calls
        calls += 1
        await asyncio.to_thread(release.wait, 10)
        return "once"

    def ask() -> tuple[JSONValue, str]:
        return run(cache.get_or_compute(key, 60, compute), url)

    results: list[tuple[JSONValue, str]] = []
    threads = [threading.Thread(target=lambda: results.append(ask())) for _ in range(threads_count)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 10
    while cache.singleflight_waits < threads_count - 1 and time.monotonic() < deadline:
        time.sleep(0.005)  # waiting for the other threads to queue behind the first, not for the code under test
    release.set()
    for thread in threads:
        thread.join(timeout=10)

    assert calls == 1
    assert sorted(tier for _, tier in results) == ["memory"] * (threads_count - 1) + ["miss"]
    assert {value for value, _ in results} == {"once"}


def test_it_gives_up_waiting_on_a_computation_in_this_process_after_the_wait_timeout(namespace: str) -> None:
    cache = GatewayCache(redis_url=None, namespace=namespace, wait_timeout_seconds=0.05)
    key = cache_key(**KEY_ARGS)

    async def scenario() -> tuple[JSONValue, str]:
        stuck = asyncio.Event()

        async def never() -> JSONValue:
            await stuck.wait()
            return "never"

        async def quick() -> JSONValue:
            return "here"

        first = asyncio.create_task(cache.get_or_compute(key, 60, never))
        await asyncio.sleep(0)
        try:
            return await cache.get_or_compute(key, 60, quick)
        finally:
            first.cancel()

    assert run(scenario()) == ("here", "miss")


class PrivateRedis:
    """A redis-server of our own on a fixed port, so the test can stop it and start it again."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.exceptions.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.01)  # waiting for a server process to listen, not for the code under test
        client.close()

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def raw(self, key: str) -> bytes | None:
        with redis.Redis(port=self.port) as client:
            value = client.get(key)
        assert value is None or isinstance(value, bytes)
        return value


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not on PATH: the outage-and-recovery test needs a Redis it may stop and restart")
    server = PrivateRedis(binary)
    server.start()
    yield server
    server.stop()


def test_it_recovers_when_redis_comes_back(
    private_redis: PrivateRedis, namespace: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    cache = GatewayCache(redis_url=private_redis.url, namespace=namespace, clock=clock)
    before, during, after = (cache_key(**{**KEY_ARGS, "text": phase}) for phase in ("before", "during", "after"))
    caplog.set_level(logging.INFO, logger="llm.cache")

    async def scenario() -> list[object]:
        # One event loop throughout, like a long-running server process with its pooled connections.
        await cache.set(before, "stored in Redis", 60)
        await asyncio.to_thread(private_redis.stop)
        outcomes: list[object] = [await cache.get_or_compute(during, 60, constant("from memory"))]
        await asyncio.to_thread(private_redis.start)
        outcomes.append(await cache.get_or_compute(during, 60, constant("not again")))  # still backing off
        clock.advance(5.0)
        outcomes.append(await cache.get_or_compute(after, 60, constant("back in Redis")))
        return outcomes

    outcomes = run(scenario(), private_redis.url)

    assert outcomes == [("from memory", "miss"), ("from memory", "memory"), ("back in Redis", "miss")]
    assert private_redis.raw(f"{namespace}:{before}") is None  # the restarted server starts empty
    assert private_redis.raw(f"{namespace}:{after}") == b'j"back in Redis"'
    messages = [record.getMessage() for record in caplog.records if record.name == "llm.cache"]
    assert len(messages) == 2
    assert messages[0].startswith("LLM cache: Redis unavailable")
    assert messages[1] == "LLM cache: Redis is back; using it again"
    assert cache.stats()["redis_errors"] >= 1
    assert cache.stats()["redis_outages"] == 1


# --- invalidation -------------------------------------------------------------------


def test_it_invalidates_one_restaurant_and_then_one_operation(
    cache: GatewayCache, namespace: str, redis_sync: redis.Redis
) -> None:
    keys = {
        (operation, restaurant): cache_key(**{**KEY_ARGS, "operation": operation, "restaurant_id": restaurant})
        for operation in ("chat", "pairing")
        for restaurant in (1, 12)
    }

    async def fill() -> None:
        for (operation, restaurant), key in keys.items():
            await cache.set(key, f"{operation} for {restaurant}", 60)

    def remaining() -> set[tuple[str, int]]:
        in_redis = {name for name, key in keys.items() if redis_sync.exists(f"{namespace}:{key}")}
        in_memory = {name for name, key in keys.items() if run(cache.get(key)) is not None}
        assert in_memory == in_redis
        return in_redis

    run(fill())

    assert run(cache.invalidate_prefix("llm:*:r1:")) == 2
    assert remaining() == {("chat", 12), ("pairing", 12)}
    assert run(cache.invalidate_prefix("llm:chat:")) == 1
    assert remaining() == {("pairing", 12)}
    assert cache.stats()["invalidated"] == 3


def test_it_counts_entries_held_only_in_memory_or_only_in_redis_once(
    cache: GatewayCache, namespace: str, redis_sync: redis.Redis
) -> None:
    in_both, memory_only, redis_only = (cache_key(**{**KEY_ARGS, "text": text}) for text in ("a", "b", "c"))

    async def fill() -> None:
        for key in (in_both, memory_only):
            await cache.set(key, "x", 60)
        await fresh(namespace).set(redis_only, "x", 60)

    run(fill())
    redis_sync.delete(f"{namespace}:{memory_only}")

    assert run(cache.invalidate_prefix("llm:pairing:r12:")) == 3


def test_it_invalidates_more_keys_than_one_scan_batch_returns(
    cache: GatewayCache, namespace: str, redis_sync: redis.Redis
) -> None:
    with redis_sync.pipeline(transaction=False) as pipe:
        for number in range(1_200):
            pipe.set(f"{namespace}:{cache_key(**{**KEY_ARGS, 'text': str(number)})}", b'j"x"', px=60_000)
            pipe.set(
                f"{namespace}:{cache_key(**{**KEY_ARGS, 'restaurant_id': 120, 'text': str(number)})}",
                b'j"x"',
                px=60_000,
            )
        pipe.execute()

    assert run(cache.invalidate_prefix("llm:*:r12:")) == 1_200
    assert sum(1 for _ in redis_sync.scan_iter(match=f"{namespace}:llm:*", count=500)) == 1_200


def test_it_invalidates_memory_and_says_so_when_redis_is_down(
    namespace: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"redis://127.0.0.1:{free_port()}/0"
    cache = GatewayCache(redis_url=url, namespace=namespace, clock=clock)
    key = cache_key(**KEY_ARGS)

    async def scenario() -> tuple[int, CacheHit | None]:
        await cache.set(key, "Morgon", 60)
        return await cache.invalidate_prefix("llm:*:r12:"), await cache.get(key)

    assert run(scenario(), url) == (1, None)
    assert "invalidated in this process's memory only" in caplog.text


@pytest.mark.parametrize("prefix", ["chat:", "", "llm:[ab]", "llm:chat\\"])
def test_it_refuses_invalidation_patterns_it_cannot_honour(cache: GatewayCache, prefix: str) -> None:
    with pytest.raises(ValueError, match="invalidation prefixes"):
        run(cache.invalidate_prefix(prefix))


# --- settings -----------------------------------------------------------------------


def test_it_knows_each_operation_ttl_and_refuses_unknown_ones(settings: SettingsFixture) -> None:
    settings.LLM_CACHE_TTLS = {"chat": 3_600, "tasting_note": 30 * 86_400}

    assert (ttl_for("chat"), ttl_for("tasting_note")) == (3_600, 2_592_000)
    with pytest.raises(ValueError, match="no cache TTL for operation 'sonnet'; known: chat, tasting_note"):
        ttl_for("sonnet")


def test_it_builds_the_process_wide_cache_from_settings(
    settings: SettingsFixture, namespace: str, redis_sync: redis.Redis
) -> None:
    settings.CACHE_KEY_PREFIX = namespace
    settings.LLM_CACHE_COMPRESS_THRESHOLD_BYTES = 4
    get_gateway_cache.cache_clear()
    try:
        cache = get_gateway_cache()
        run(cache.set("llm:chat:r1:v1:abc", "aaaaaaaaaaaa", 60))

        assert get_gateway_cache() is cache
        stored = redis_sync.get(f"{namespace}:llm:chat:r1:v1:abc")
        assert isinstance(stored, bytes)
        assert stored[:1] == b"z"
    finally:
        get_gateway_cache.cache_clear()
