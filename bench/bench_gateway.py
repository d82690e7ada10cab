"""The whole gateway: stampede, cache hits and the bundled model, each against a baseline in the same run.

    make bench
    python scripts/test_services.py -- python bench/bench_gateway.py --callers 1000

1. Stampede: N concurrent identical questions through ``Gateway.complete`` against
   the OpenAI-compatible test server at 200 ms latency: upstream calls and p50/p99,
   against the same questions through a gateway without a cache.
2. A cache hit through ``Gateway.complete`` (route, key, cache, result, record
   scheduling), memory tier and Redis tier, against a bare redis-py GET.
3. The bundled local model: time to first token and tokens/s for a typical
   prompt, against the gateway's own overhead on a cache hit (for scale).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.conf import settings  # noqa: E402

from llm.budgets import BudgetLedger  # noqa: E402
from llm.cache import GatewayCache  # noqa: E402
from llm.egress import EgressQuota  # noqa: E402
from llm.gateway import Gateway  # noqa: E402
from llm.providers import LocalLlamaProvider, OpenAICompatibleProvider, local_model_path  # noqa: E402
from llm.redis_client import async_redis  # noqa: E402
from llm.registry import parse_model_specs  # noqa: E402
from llm.resilience import RetryPolicy  # noqa: E402
from llm.testing.server import LLMTestServer  # noqa: E402
from llm.types import GatewayRequest  # noqa: E402

REMOTE = parse_model_specs(
    [
        {
            "name": "draft",
            "provider": "openai",
            "model": "draft",
            "cost_in_per_1k": "0.00015",
            "cost_out_per_1k": "0.0006",
            "tier": "draft",
        },
        {
            "name": "strong",
            "provider": "openai",
            "model": "strong",
            "cost_in_per_1k": "0.0025",
            "cost_out_per_1k": "0.01",
            "tier": "strong",
        },
    ]
)
LOCAL = parse_model_specs(
    [{"name": "local", "provider": "local", "model": "", "context_window": 2048, "tier": "local"}]
)
ANSWER = "The Jean Foillard Morgon at $58: juicy Gamay with granite lift, it loves lamb."
TYPICAL_PROMPT = (
    {"role": "system", "content": "You are a sommelier. Recommend only wines from the list. Answer in 2 sentences."},
    {
        "role": "user",
        "content": "Wines: 1) Domaine Tempier Bandol Rouge 2019, red, Mourvèdre, $95, full-bodied, tannic. "
        "2) Jean Foillard Morgon 2021, red, Gamay, $58, light, juicy, cherries. "
        "3) Cloudy Bay Sauvignon Blanc 2023, white, $52, crisp, citrus. Question: a red under $60 for the lamb?",
    },
)


def question(text: str = "a red under $60 for the lamb?") -> GatewayRequest:
    return GatewayRequest(
        messages=({"role": "user", "content": text},),
        restaurant_id=1,
        list_version=1,
        allowed_names=("Jean Foillard Morgon",),
        max_tokens=100,
    )


def gateway(server: LLMTestServer | None, *, namespace: str, cached: bool, l1_entries: int = 2048) -> Gateway:
    return Gateway(
        registry=REMOTE if server else LOCAL,
        providers={
            "openai": OpenAICompatibleProvider(base_url=server.base_url if server else None, api_key="x", timeout=30),
            "local": LocalLlamaProvider(context=2048, threads=settings.LOCAL_LLM_THREADS),
        },
        cache=GatewayCache(redis_url=settings.REDIS_URL, namespace=namespace, l1_max_entries=l1_entries)
        if cached
        else None,
        ledger=BudgetLedger(redis_url=settings.REDIS_URL, namespace=namespace),
        quota=EgressQuota(redis_url=settings.REDIS_URL, namespace=namespace, limit=1_000_000, policy="reject"),
        retry_policy=RetryPolicy(attempts=1),
        timeout_seconds=300,
    )


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def stampede(target: Gateway, callers: int, text: str) -> list[float]:
    async def one() -> float:
        started = time.perf_counter()
        await target.complete(question(text))
        return (time.perf_counter() - started) * 1000

    return list(await asyncio.gather(*(one() for _ in range(callers))))


def bench_stampede(callers: int, baseline_callers: int) -> None:
    print("1. stampede: identical concurrent questions, test server at 200 ms latency")
    print(f"{'case':<38}{'callers':>8}{'upstream':>10}{'p50 ms':>9}{'p99 ms':>9}")
    with LLMTestServer() as server:
        server.state.latency_ms = 200
        server.state.set_reply("draft", ANSWER)
        for case, cached, count in (
            ("gateway without cache (baseline)", False, baseline_callers),
            ("gateway with cache", True, callers),
        ):
            server.state.calls.clear()
            target = gateway(server, namespace=f"bench-{uuid.uuid4().hex}", cached=cached)
            latencies = asyncio.run(stampede(target, count, f"stampede {uuid.uuid4().hex}"))
            print(
                f"{case:<38}{count:>8}{server.state.total_calls():>10}"
                f"{percentile(latencies, 0.5):>9.0f}{percentile(latencies, 0.99):>9.0f}"
            )


async def hit_latencies(server: LLMTestServer, calls: int) -> list[tuple[str, list[float]]]:
    results: list[tuple[str, list[float]]] = []
    namespace = f"bench-{uuid.uuid4().hex}"
    memory = gateway(server, namespace=namespace, cached=True)
    redis_only = gateway(server, namespace=namespace, cached=True, l1_entries=0)
    await memory.complete(question())  # the one miss that fills the cache
    client = async_redis()
    assert client is not None
    key = next(iter([k async for k in client.scan_iter(match=f"{namespace}:llm:*")]))

    async def bare_get() -> None:
        await client.get(key)

    for case, call in (
        ("bare redis-py GET of the cached entry", bare_get),
        ("Gateway.complete, redis tier", lambda: redis_only.complete(question())),
        ("Gateway.complete, memory tier", lambda: memory.complete(question())),
    ):
        samples = []
        for _ in range(calls):
            started = time.perf_counter()
            await call()
            samples.append((time.perf_counter() - started) * 1_000_000)
        results.append((case, samples))
    return results


_HIT_P50_US: list[float] = []


def percentile_hit_us() -> float:
    return _HIT_P50_US[0] if _HIT_P50_US else float("nan")


def bench_hits(calls: int) -> None:
    print(f"\n2. cache hits through the whole gateway: microseconds per call, {calls} sequential calls")
    print(f"{'case':<40}{'p50 us':>9}{'p99 us':>9}{'p50 / GET':>11}")
    with LLMTestServer() as server:
        server.state.set_reply("draft", ANSWER)
        results = asyncio.run(hit_latencies(server, calls))
    baseline = percentile(results[0][1], 0.5)
    _HIT_P50_US.append(percentile(results[-1][1], 0.5))
    for case, samples in results:
        p50 = percentile(samples, 0.5)
        print(f"{case:<40}{p50:>9.0f}{percentile(samples, 0.99):>9.0f}{p50 / baseline:>10.2f}x")


async def local_run(target: Gateway, run: int) -> tuple[float, float, int]:
    # A different table number each run: llama.cpp reuses a repeated prompt prefix, and a
    # repeated question would time only that reuse. The system prompt stays shared, as in use.
    system, user = TYPICAL_PROMPT
    asked = {"role": "user", "content": f"Table {run}. {user['content']}"}
    request = GatewayRequest(messages=(system, asked), max_tokens=64, temperature=0.0, use_cache=False)
    started = time.perf_counter()
    first: float | None = None
    completion_tokens = 0
    async for event in target.stream(request):
        if event.type == "token" and first is None:
            first = time.perf_counter() - started
        if event.type == "done":
            completion_tokens = int(event.data["completion_tokens"])
    total = time.perf_counter() - started
    assert first is not None
    return first, total, completion_tokens


def bench_local(repeat: int) -> None:
    print("\n3. the bundled local model (llama.cpp, in-process), typical sommelier prompt, 64 tokens max")
    path = local_model_path()
    if path is None:
        print("   no local model installed")
        return
    target = gateway(None, namespace=f"bench-{uuid.uuid4().hex}", cached=False)
    asyncio.run(local_run(target, 0))  # load the model and warm up
    runs = [asyncio.run(local_run(target, run)) for run in range(1, repeat + 1)]
    ttft = statistics.median(run[0] for run in runs) * 1000
    rate = statistics.median(run[2] / max(run[1] - run[0], 1e-6) for run in runs)
    print(f"   model {path.name}, {settings.LOCAL_LLM_THREADS} threads, median of {repeat}")
    print(f"   time to first token {ttft:.0f} ms, generation {rate:.1f} tokens/s, {runs[0][2]} tokens")
    overhead = percentile_hit_us()
    print(
        f"   for scale: a memory-tier cache hit through the gateway costs {overhead:.0f} us, {ttft * 1000 / overhead:.0f}x less"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--callers", type=int, default=1000)
    parser.add_argument("--baseline-callers", type=int, default=100)
    parser.add_argument("--hits", type=int, default=5000)
    parser.add_argument("--local-repeat", type=int, default=3)
    parser.add_argument("--skip-local", action="store_true")
    args = parser.parse_args()
    bench_stampede(args.callers, args.baseline_callers)
    bench_hits(args.hits)
    if not args.skip_local:
        bench_local(args.local_repeat)


if __name__ == "__main__":
    main()
