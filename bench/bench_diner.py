"""The diner page: the house voice's time to first token, a model's overhead, and what a first visit weighs.

    make bench
    python scripts/test_services.py -- python bench/bench_diner.py --questions 30

1. The embedded default (no capable model: the house voice writes). Time from the SSE GET
   of a stored question to its first ``event: token``: claiming the answer, reading the
   conversation, parsing, the dialogue rules, retrieval, ranking and the house voice's
   words. Every question is new, so the answer cache does not answer. The baseline is the
   same stream for an answer already given (a replay: the same HTTP path with no work), so
   the difference is what understanding and writing cost. The same question asked again in
   a new conversation is answered from the cache, and must read byte for byte the same.
2. With a model (the OpenAI-compatible test server at ``--latency-ms``): the gateway's own
   time to first token on the rewrite request (baseline) against the whole diner path
   (POST + SSE) that drafts and asks the model; the difference is the overhead we add.
3. First visit: the page and every asset it links (CSS, htmx, its SSE extension, our
   script, the icon), as served and gzip-compressed, against htmx alone.

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
# One bench diner asks dozens of questions a minute; the diners' limits (8 a minute) would refuse
# them. The bench measures latency, not the limits (tests/chat/test_diner_limits.py does).
os.environ.setdefault("DINER_QUESTIONS_PER_DINER_PER_MINUTE", "100000")
os.environ.setdefault("DINER_QUESTIONS_PER_ADDRESS_PER_MINUTE", "100000")
os.environ.setdefault("DINER_QUESTIONS_PER_RESTAURANT_PER_MINUTE", "100000")

import django

django.setup()

import httpx  # noqa: E402
import uvicorn  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from chat.answering import AnswerOptions, compose, rewrite_request  # noqa: E402
from chat.models import Conversation, Message  # noqa: E402
from llm import gateway as gateway_module  # noqa: E402
from llm import registry as registry_module  # noqa: E402
from llm.cache import get_gateway_cache  # noqa: E402
from llm.testing.server import LLMTestServer, free_port  # noqa: E402
from recommendations.demo import demo_data_load  # noqa: E402
from recommendations.models import Restaurant  # noqa: E402

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
    composition = compose(restaurant=restaurant, question=text, state=None)
    request = rewrite_request(restaurant, composition, AnswerOptions())

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

    def ask(self, text: str) -> str:
        """Store a question (the htmx POST); returns its answer's id."""
        posted = self.client.post(
            f"/r/{self.slug}/messages",
            data={"text": text, "client_id": str(uuid.uuid4())},
            headers={"HX-Request": "true", "X-CSRFToken": str(self.client.cookies["csrftoken"])},
        )
        answer_id = re.search(r'id="answer-(\d+)"', posted.text)
        assert answer_id, posted.text[:300]
        return answer_id.group(1)

    def stream(self, answer_id: str, started: float | None = None) -> tuple[float, str]:
        """(ms from ``started``, by default the GET, to the first token event; the whole stream)."""
        started = time.perf_counter() if started is None else started
        elapsed = float("nan")
        body = ""
        with self.client.stream("GET", f"/r/{self.slug}/answers/{answer_id}/stream") as response:
            for chunk in response.iter_text():
                body += chunk
                if elapsed != elapsed and "event: token" in body:
                    elapsed = (time.perf_counter() - started) * 1000
        return elapsed, body

    def page_ttft_ms(self, text: str) -> float:
        """POST + SSE to the first token: the whole diner path."""
        started = time.perf_counter()
        return self.stream(self.ask(text), started)[0]


def done_text(body: str) -> str:
    """The answer's words as the done event's swapped-in text, or the tokens joined."""
    tokens = re.findall(r"event: token\ndata: (.*)\n", body)
    return "".join(tokens)


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


def house_voice(base_url: str, slug: str, count: int) -> dict[str, object]:
    """The embedded default: the house voice writes, no model is called."""
    diner = Diner(base_url, slug)
    diner.stream(diner.ask(question(20_000)))  # warm the embedding model and the connections
    fresh, replayed = [], []
    for i in range(count):
        answer_id = diner.ask(question(30_000 + i))
        fresh.append(diner.stream(answer_id)[0])
        replayed.append(diner.stream(answer_id)[0])  # the same answer again: a replay, no work
    first = Diner(base_url, slug)
    _, original = first.stream(first.ask(QUESTIONS[0]))
    again = Diner(base_url, slug)  # a new conversation: the answer cache answers
    cached_ms, repeat = again.stream(again.ask(QUESTIONS[0]))
    return {
        "fresh": fresh,
        "replayed": replayed,
        "cached_ms": cached_ms,
        "identical": done_text(original) == done_text(repeat) and "Straight from our list" not in original,
        "words": done_text(original),
    }


def with_model(base_url: str, restaurant: Restaurant, count: int) -> tuple[list[float], list[float]]:
    diner = Diner(base_url, restaurant.slug)
    # Warm both paths (embedding model, connections) before measuring.
    gateway_ttft_ms(restaurant, question(10_000))
    diner.page_ttft_ms(question(10_001))
    baseline, ours = [], []
    for i in range(count):
        # Interleaved, so a noisy moment hits both alike.
        baseline.append(gateway_ttft_ms(restaurant, question(2 * i)))
        ours.append(diner.page_ttft_ms(question(2 * i + 1)))
    return baseline, ours


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
        restaurant = load_harbor()
        server, base_url = start_uvicorn()
        house = house_voice(base_url, restaurant.slug, args.questions)
        with (
            LLMTestServer() as llm,
            override_settings(LLM_BASE_URL=llm.base_url, LLM_MODELS=models, LLM_EGRESS_PER_MINUTE=100_000),
        ):
            registry_module.model_registry.cache_clear()
            gateway_module.get_gateway.cache_clear()
            get_gateway_cache.cache_clear()
            llm.state.latency_ms = args.latency_ms
            llm.state.token_delay_ms = args.token_delay_ms
            baseline, ours = with_model(base_url, restaurant, args.questions)
            calls = llm.state.total_calls()
        registry_module.model_registry.cache_clear()
        gateway_module.get_gateway.cache_clear()
        rows, htmx_gzip = first_visit(base_url, restaurant.slug)
        server.should_exit = True
        answers = Message.objects.filter(role="assistant").count()
        Conversation.objects.all().delete()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    fresh, replayed = house["fresh"], house["replayed"]
    assert isinstance(fresh, list)
    assert isinstance(replayed, list)
    print(f"House voice, embedded default ({args.questions} new questions, no model call; {answers} answers in all)")
    print(
        f"  replay of a given answer (baseline)  p50 {statistics.median(replayed):7.1f} ms   p90 {pct(replayed, 0.9):7.1f} ms"
    )
    print(
        f"  new question to first token        p50 {statistics.median(fresh):7.1f} ms   p90 {pct(fresh, 0.9):7.1f} ms"
    )
    print(
        f"  understanding and writing add       p50 {statistics.median(fresh) - statistics.median(replayed):7.1f} ms   "
        f"ratio {statistics.median(fresh) / statistics.median(replayed):.2f}x the replay"
    )
    print(f"  the same question, new conversation: {house['cached_ms']:.1f} ms from the answer cache, "
          f"byte for byte the same words: {house['identical']}")  # fmt: skip
    print(
        f"\nWith a model (test server at {args.latency_ms:.0f} ms + {args.token_delay_ms:.0f} ms/token; {calls} calls)"
    )
    print(f"  gateway alone (baseline)   p50 {statistics.median(baseline):7.1f} ms   p90 {pct(baseline, 0.9):7.1f} ms")
    print(f"  through our page (POST+SSE) p50 {statistics.median(ours):7.1f} ms   p90 {pct(ours, 0.9):7.1f} ms")
    overhead = statistics.median(ours) - statistics.median(baseline)
    print(
        f"  overhead we add            p50 {overhead:7.1f} ms   ratio ours/baseline "
        f"{statistics.median(ours) / statistics.median(baseline):.2f}x"
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
