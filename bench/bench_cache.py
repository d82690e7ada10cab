"""LLM cache: stampede, key cost and hit latency, each against its baseline, same run, same Redis.

    make bench            # through scripts/test_services.py: real Redis
    python scripts/test_services.py -- python bench/bench_cache.py --stampede 1000

1. Stampede: N concurrent identical misses through ``get_or_compute`` against the
   OpenAI-compatible test server (200 ms latency): upstream calls and waiters'
   p50/p99, against the same requests sent without the cache.
2. Keys: ``cache_key`` and seed 001's ``md5(json.dumps({...text...}))``, each
   divided by a bare blake2b over the same bytes (the floor; lower is better).
3. Hits: ``GatewayCache.get`` from memory and from Redis (memory tier off),
   against a bare redis-py GET of the same key (microseconds, per call).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import logging
import os
import statistics
import sys
import threading
import time
import tracemalloc
import uuid
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

import openai  # noqa: E402
import redis  # noqa: E402
from django.conf import settings  # noqa: E402

from llm.cache import GatewayCache, JSONValue, cache_key  # noqa: E402
from llm.redis_client import async_redis  # noqa: E402
from llm.testing.server import LLMTestServer  # noqa: E402

NAMESPACE = f"bench-{uuid.uuid4().hex[:12]}"
QUESTION = "A red for the roast lamb, under $70?"
# Wine-list prose with the accents real lists have (a few percent non-ASCII).
PROSE = "Cuvée Éloïse, Domaine Foillard, Morgon Côte du Py 2021: red cherry, granite, fine tannins. "
ASCII_PROSE = "Cuvee Eloise, Domaine Foillard, Morgon Cote du Py 2021: red cherry, granite, fine tannins. "
ANSWER: JSONValue = {
    "text": "The Jean Foillard Morgon at $58: juicy Gamay with granite lift, it loves lamb.",
    "model_used": "draft",
    "route_reason": "complexity low (estimated): draft, escalate if it fails the check",
    "cascaded": False,
    "draft_accepted": True,
    "prompt_tokens": 212,
    "completion_tokens": 48,
    "cost_usd": "0.0004",
    "latency_ms": 455.2,
    "wines": [{"sku": f"SKU-{n}", "name": f"Cuvée {n}", "price": 40 + n} for n in range(3)],
}
REPORT: JSONValue = {
    "title": "Wine sales, last 30 days",
    "rows": [{"sku": f"SKU-{n}", "name": f"Cuvée {n}", "bottles": n * 3 % 17, "revenue": n * 41.5} for n in range(300)],
}


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def sized(prose: str, size: int) -> str:
    return (prose * (size // len(prose) + 1))[:size]


# --- 1. stampede ---------------------------------------------------------------


def ask(client: openai.AsyncOpenAI) -> Callable[[], Awaitable[JSONValue]]:
    async def compute() -> JSONValue:
        completion = await client.chat.completions.create(
            model="bench", messages=[{"role": "user", "content": QUESTION}]
        )
        return completion.choices[0].message.content

    return compute


def llm_client(server: LLMTestServer) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=server.base_url, api_key="x", max_retries=0, timeout=60)


async def timed(call: Callable[[], Awaitable[object]]) -> float:
    started = time.perf_counter()
    await call()
    return (time.perf_counter() - started) * 1000


async def stampede_with_cache(server: LLMTestServer, callers: int, cache: GatewayCache, key: str) -> list[float]:
    compute = ask(llm_client(server))
    try:
        return await asyncio.gather(*(timed(lambda: cache.get_or_compute(key, 60, compute)) for _ in range(callers)))
    finally:
        await close_redis()


async def stampede_without_cache(server: LLMTestServer, callers: int) -> list[float]:
    compute = ask(llm_client(server))
    return await asyncio.gather(*(timed(compute) for _ in range(callers)))


def stampede_across_processes(server: LLMTestServer, processes: int, callers: int, key: str) -> list[float]:
    """``processes`` threads, each with its own event loop and its own cache (memory, single-flight table)."""
    start = threading.Barrier(processes)
    latencies: list[float] = []
    lock = threading.Lock()

    def process() -> None:
        cache = GatewayCache(redis_url=settings.REDIS_URL, namespace=NAMESPACE)
        start.wait()
        mine = asyncio.run(stampede_with_cache(server, callers // processes, cache, key))
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=process) for _ in range(processes)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies


def bench_stampede(args: argparse.Namespace) -> None:
    print(f"\n1. stampede: identical concurrent misses, test server at {args.latency_ms:.0f} ms latency")
    print(f"{'case':<44}{'callers':>8}{'upstream':>10}{'p50 ms':>9}{'p99 ms':>9}")
    with LLMTestServer() as server:
        server.state.latency_ms = args.latency_ms

        def row(case: str, callers: int, latencies: list[float]) -> None:
            upstream = server.state.calls["bench"]
            p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
            print(f"{case:<44}{callers:>8}{upstream:>10}{p50:>9.0f}{p99:>9.0f}")
            server.state.calls.clear()

        latencies = asyncio.run(stampede_without_cache(server, args.baseline))
        row("no cache (baseline)", args.baseline, latencies)

        cache = GatewayCache(redis_url=settings.REDIS_URL, namespace=NAMESPACE)
        key = cache_key(operation="chat", restaurant_id=1, list_version=1, options={"n": 1}, text=QUESTION)
        latencies = asyncio.run(stampede_with_cache(server, args.stampede, cache, key))
        row("GatewayCache.get_or_compute, one process", args.stampede, latencies)
        assert cache.stats()["computes"] == 1

        key = cache_key(operation="chat", restaurant_id=1, list_version=1, options={"n": 2}, text=QUESTION)
        latencies = stampede_across_processes(server, 4, args.stampede, key)
        row("get_or_compute, 4 caches in 4 threads/loops", len(latencies), latencies)


# --- 2. keys ---------------------------------------------------------------------


def floor_key(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def our_key(text: str) -> str:
    return cache_key(operation="text", restaurant_id=12, list_version=3, options={"model": "draft"}, text=text)


def seed_key(text: str) -> str:
    """Seed 001: the whole request, text included, through json.dumps, then md5."""
    payload = {"operation": "text", "restaurant_id": 12, "list_version": 3, "options": {"model": "draft"}, "text": text}
    # md5 is the seed's choice, measured here as it was, not a recommendation.
    return hashlib.md5(json.dumps(payload, sort_keys=True).encode()).hexdigest()  # noqa: S324


def repeated(key: Callable[[Any], str], text: Any, batch: int) -> None:
    for _ in range(batch):
        key(text)


def median_seconds(calls: list[Callable[[], object]], repeat: int) -> list[float]:
    """Median seconds of each call; the calls take turns in every round, so machine drift hits them alike."""
    samples: list[list[float]] = [[] for _ in calls]
    for _ in range(repeat):
        for call, own in zip(calls, samples, strict=True):
            started = time.perf_counter()
            call()
            own.append(time.perf_counter() - started)
    return [statistics.median(own) for own in samples]


def peak_bytes(call: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def bench_keys(args: argparse.Namespace) -> None:
    print(f"\n2. cache keys: time / bare blake2b over the same UTF-8 bytes (the floor), median of {args.repeat}")
    header = f"{'text':<16}{'floor ms':>10}{'ours ms':>9}{'ours/floor':>12}{'seed ms':>9}{'seed/floor':>12}"
    print(f"{header}{'seed/ours':>11}{'ours peak':>11}{'seed peak':>11}")
    for size, label in ((1_000, "1 KB"), (100_000, "100 KB"), (1_000_000, "1 MB"), (10_000_000, "10 MB")):
        for kind, prose in (("ascii", ASCII_PROSE), ("accents", PROSE)):
            text = sized(prose, size)
            data = text.encode()
            # Small texts take microseconds: time batches so the clock's resolution does not matter.
            batch = max(1, 2_000_000 // size)

            floor, ours, seed = (
                seconds / batch
                for seconds in median_seconds(
                    [
                        partial(repeated, floor_key, data, batch),
                        partial(repeated, our_key, text, batch),
                        partial(repeated, seed_key, text, batch),
                    ],
                    args.repeat,
                )
            )
            ours_peak = peak_bytes(partial(our_key, text))
            seed_peak = peak_bytes(partial(seed_key, text))
            print(
                f"{label + ' ' + kind:<16}{floor * 1e3:>10.3f}{ours * 1e3:>9.3f}{ours / floor:>11.2f}x"
                f"{seed * 1e3:>9.3f}{seed / floor:>11.2f}x{seed / ours:>10.2f}x"
                f"{human(ours_peak):>11}{human(seed_peak):>11}"
            )


def human(size: int) -> str:
    if size < 1_000:
        return f"{size} B"
    if size < 1_000_000:
        return f"{size / 1e3:.1f} KB"
    return f"{size / 1e6:.1f} MB"


# --- 3. hits ---------------------------------------------------------------------


async def per_call_us(call: Callable[[], Awaitable[object]], calls: int) -> list[float]:
    for _ in range(min(calls, 500)):
        await call()  # warm-up: connections, code paths
    samples = []
    for _ in range(calls):
        started = time.perf_counter_ns()
        await call()
        samples.append((time.perf_counter_ns() - started) / 1000)
    return samples


async def hit_latencies(calls: int) -> list[tuple[str, list[float]]]:
    with_memory = GatewayCache(redis_url=settings.REDIS_URL, namespace=NAMESPACE)
    redis_only = GatewayCache(redis_url=settings.REDIS_URL, namespace=NAMESPACE, l1_max_entries=0)
    client = async_redis(settings.REDIS_URL)
    assert client is not None
    rows: list[tuple[str, list[float]]] = []
    try:
        for label, value in (("answer", ANSWER), ("report", REPORT)):
            key = cache_key(operation="chat", restaurant_id=1, list_version=1, options={}, text=label)
            await with_memory.set(key, value, 600)
            stored = await client.get(f"{NAMESPACE}:{key}")
            assert stored is not None
            size = f"{len(json.dumps(value, ensure_ascii=False).encode()) / 1000:.1f} KB JSON, {len(stored) / 1000:.1f} KB stored"

            async def memory_hit(key: str = key) -> None:
                hit = await with_memory.get(key)
                assert hit is not None
                assert hit.tier == "memory"

            async def redis_hit(key: str = key) -> None:
                hit = await redis_only.get(key)
                assert hit is not None
                assert hit.tier == "redis"

            async def bare_get(key: str = key) -> None:
                assert await client.get(f"{NAMESPACE}:{key}") is not None

            rows.append((f"{label}: bare redis-py GET ({size})", await per_call_us(bare_get, calls)))
            rows.append((f"{label}: GatewayCache.get, redis tier", await per_call_us(redis_hit, calls)))
            rows.append((f"{label}: GatewayCache.get, memory tier", await per_call_us(memory_hit, calls)))
    finally:
        await close_redis()
    return rows


def bench_hits(args: argparse.Namespace) -> None:
    print(f"\n3. cache hits: microseconds per call, {args.hits} sequential calls each, same key, same Redis")
    print(f"{'case':<66}{'p50 us':>9}{'p99 us':>9}{'p50 / bare GET':>16}")
    bare_p50 = 0.0
    for case, samples in asyncio.run(hit_latencies(args.hits)):
        p50, p99 = percentile(samples, 0.5), percentile(samples, 0.99)
        if "bare" in case:
            bare_p50 = p50
        print(f"{case:<66}{p50:>9.1f}{p99:>9.1f}{p50 / bare_p50:>15.2f}x")


# --- main ------------------------------------------------------------------------


async def close_redis() -> None:
    client = async_redis(settings.REDIS_URL)
    if client is not None:
        await client.aclose()


def remove_bench_keys() -> None:
    assert settings.REDIS_URL
    with redis.Redis.from_url(settings.REDIS_URL) as client:
        for key in client.scan_iter(match=f"{NAMESPACE}:*", count=500):
            client.unlink(key)


def main() -> None:
    # The settings log at INFO; a line per HTTP request would bury the figures.
    logging.getLogger().setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--stampede", type=int, default=1000, help="concurrent callers through the cache")
    parser.add_argument("--baseline", type=int, default=100, help="concurrent callers without the cache")
    parser.add_argument("--latency-ms", type=float, default=200.0)
    parser.add_argument("--repeat", type=int, default=7, help="runs per key measurement (median)")
    parser.add_argument("--hits", type=int, default=20_000, help="calls per hit measurement")
    args = parser.parse_args()
    print(f"LLM cache benchmark, Redis at {settings.REDIS_URL}, Python {sys.version.split()[0]}")
    try:
        bench_stampede(args)
        bench_keys(args)
        bench_hits(args)
    finally:
        remove_bench_keys()


if __name__ == "__main__":
    main()
