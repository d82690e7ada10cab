"""The diner page: what our stream adds to the model's time to first token, and what a first visit weighs.

    make bench
    python scripts/test_services.py -- python bench/bench_diner.py --questions 30

1. Time to first token. The baseline is the gateway's own: ``Gateway.stream`` on the
   sommelier's explanation request, to the first ``token`` event, against the
   OpenAI-compatible test server (``--latency-ms``). Ours is the whole diner path over
   HTTP through uvicorn: the htmx POST that stores the question, then the SSE GET, to
   its first ``event: token`` (claiming the answer, reading the conversation, parsing,
   retrieval and ranking, the prompt, the gateway). Every question is new, so neither
   the answer cache nor the gateway's cache answers. The difference is the overhead we
   add; a cached answer through the same stream is printed beside it.
2. First visit: the page and every asset it links (CSS, htmx, its SSE extension, our
   script, the icon), as served and gzip-compressed (what WhiteNoise's compressed
   static files send in production), against htmx alone.

Runs in a throwaway database with one demo restaurant.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import os
import re
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

import httpx  # noqa: E402
import uvicorn  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from chat.gateway import gateway as gateway_module  # noqa: E402
from chat.gateway import registry as registry_module  # noqa: E402
from chat.gateway.cache import get_gateway_cache  # noqa: E402
from chat.gateway.testserver import LLMTestServer, free_port  # noqa: E402
from chat.models import Conversation, Message  # noqa: E402
from recommendations.demo import demo_data_load  # noqa: E402
from recommendations.models import Restaurant  # noqa: E402
from recommendations.recommender import explanation_request, recommend  # noqa: E402

QUESTIONS = [
    "A red under $60 for the lamb?",
    "Something crisp and white for the oysters",
    "What goes with the salmon, under $70?",
    "A light red for the mushroom risotto",
    "Something sparkling to start",
    "A rich white for the halibut",
    "A red by the glass for the burger",
    "What would you pour with the duck?",
]


def start_uvicorn() -> tuple[uvicorn.Server, str]:
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config("config.asgi:application", host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def load_harbor() -> Restaurant:
    (loaded,) = demo_data_load(slugs={"harbor-and-vine"}, with_users=False)
    return loaded.restaurant


def question(i: int) -> str:
    # A number makes every question new to both caches; the parser ignores "(guest 12)".
    return f"{QUESTIONS[i % len(QUESTIONS)]} (guest {i})"


def gateway_ttft_ms(restaurant: Restaurant, text: str) -> float:
    request = explanation_request(restaurant, recommend(restaurant=restaurant, query=text))

    async def first_token() -> float:
        gateway = gateway_module.get_gateway()
        started = time.perf_counter()
        elapsed = float("nan")
        async for event in gateway.stream(request):
            if event.type == "token" and elapsed != elapsed:
                elapsed = (time.perf_counter() - started) * 1000
        await gateway.drain()
        return elapsed

    return asyncio.run(first_token())


class Diner:
    def __init__(self, base_url: str, slug: str) -> None:
        self.client = httpx.Client(base_url=base_url, timeout=60)
        self.slug = slug
        self.client.get(f"/r/{slug}/")

    def page_ttft_ms(self, text: str) -> float:
        started = time.perf_counter()
        posted = self.client.post(
            f"/r/{self.slug}/messages",
            data={"text": text, "client_id": str(uuid.uuid4())},
            headers={"HX-Request": "true", "X-CSRFToken": str(self.client.cookies["csrftoken"])},
        )
        answer_id = re.search(r'id="answer-(\d+)"', posted.text)
        assert answer_id, posted.text[:300]
        elapsed = float("nan")
        with self.client.stream("GET", f"/r/{self.slug}/answers/{answer_id.group(1)}/stream") as response:
            for chunk in response.iter_text():
                if elapsed != elapsed and "event: token" in chunk:
                    elapsed = (time.perf_counter() - started) * 1000
        return elapsed


def first_visit(base_url: str, slug: str) -> tuple[list[tuple[str, int, int]], int]:
    with httpx.Client(base_url=base_url) as client:
        page = client.get(f"/r/{slug}/")
        rows = [("page", len(page.content), len(gzip.compress(page.content, 9)))]
        for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text):
            body = client.get(asset).content
            rows.append((asset.rsplit("/", 1)[-1], len(body), len(gzip.compress(body, 9))))
        htmx = client.get(next(a for a in re.findall(r'src="(/static/[^"]+)"', page.text) if "htmx.min" in a))
    return rows, len(gzip.compress(htmx.content, 9))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=int, default=24)
    parser.add_argument("--latency-ms", type=float, default=100.0)
    parser.add_argument("--token-delay-ms", type=float, default=15.0)
    args = parser.parse_args()

    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    models = [{"name": "draft", "provider": "openai", "model": "draft", "tier": "draft"}]
    try:
        with (
            LLMTestServer() as llm,
            override_settings(LLM_BASE_URL=llm.base_url, LLM_MODELS=models, LLM_EGRESS_PER_MINUTE=100_000),
        ):
            registry_module.model_registry.cache_clear()
            gateway_module.get_gateway.cache_clear()
            get_gateway_cache.cache_clear()
            llm.state.latency_ms = args.latency_ms
            llm.state.token_delay_ms = args.token_delay_ms
            restaurant = load_harbor()
            server, base_url = start_uvicorn()
            diner = Diner(base_url, restaurant.slug)
            # Warm both paths (embedding model, connections) before measuring.
            gateway_ttft_ms(restaurant, question(10_000))
            diner.page_ttft_ms(question(10_001))

            baseline, ours = [], []
            for i in range(args.questions):
                # Interleaved, so a noisy moment hits both alike.
                baseline.append(gateway_ttft_ms(restaurant, question(2 * i)))
                ours.append(diner.page_ttft_ms(question(2 * i + 1)))
            cached = [diner.page_ttft_ms(question(1)) for _ in range(max(5, args.questions // 3))]
            calls = llm.state.total_calls()
            rows, htmx_gzip = first_visit(base_url, restaurant.slug)
            server.should_exit = True
            answers = Message.objects.filter(role="assistant").count()
            Conversation.objects.all().delete()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    print(
        f"Diner page time to first token ({args.questions} new questions each, test server at "
        f"{args.latency_ms:.0f} ms + {args.token_delay_ms:.0f} ms/token; {answers} answers, {calls} model calls)"
    )
    print(f"  gateway alone (baseline)   p50 {statistics.median(baseline):7.1f} ms   p90 {pct(baseline, 0.9):7.1f} ms")
    print(f"  through our page (POST+SSE) p50 {statistics.median(ours):7.1f} ms   p90 {pct(ours, 0.9):7.1f} ms")
    overhead = statistics.median(ours) - statistics.median(baseline)
    print(
        f"  overhead we add            p50 {overhead:7.1f} ms   ratio ours/baseline "
        f"{statistics.median(ours) / statistics.median(baseline):.2f}x"
    )
    print(
        f"  cached answer, same stream  p50 {statistics.median(cached):7.1f} ms   "
        f"({statistics.median(baseline) / statistics.median(cached):.1f}x faster than the gateway's first token)"
    )
    print("\nFirst visit (bytes: as served / gzip -9, what compressed static files send)")
    for name, raw, packed in rows:
        print(f"  {name:<36} {raw:>8,} {packed:>8,}")
    total_raw, total_gzip = sum(r for _, r, _ in rows), sum(p for _, _, p in rows)
    print(
        f"  {'total':<36} {total_raw:>8,} {total_gzip:>8,}   = {total_gzip / htmx_gzip:.2f}x htmx alone "
        f"({htmx_gzip:,} gzipped)"
    )
    print(f"  settings: {settings.SETTINGS_MODULE}")


if __name__ == "__main__":
    main()
