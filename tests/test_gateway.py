"""The gateway end to end: real HTTP to our OpenAI-compatible test servers, real Redis, no sleeping.

Two test servers stand in for the two kinds of endpoint: ``remote`` (a paid
provider) and ``local`` (a llama.cpp server on our own machine), so tests can
prove what never leaves the building.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from django.conf import settings

from llm.budgets import BudgetExceeded, BudgetLedger
from llm.cache import GatewayCache
from llm.egress import EgressQuota
from llm.gateway import Gateway, providers_for, publish_call
from llm.model_limits import ModelLimits
from llm.providers import OpenAICompatibleProvider
from llm.registry import parse_model_specs
from llm.resilience import BreakerState, RetryPolicy
from llm.testing.server import LLMTestServer
from llm.types import (
    BudgetScope,
    CallRecord,
    GatewayError,
    GatewayRequest,
    GatewayResult,
    QuotaExhausted,
    StreamEvent,
)

WINES = ("Jean Foillard Morgon", "Domaine Tempier Bandol")
GOOD_ANSWER = "The Jean Foillard Morgon at $58: juicy Gamay that loves lamb."
REGISTRY = parse_model_specs(
    [
        {
            "name": "draft",
            "provider": "openai",
            "model": "draft",
            "cost_in_per_1k": "0.5",
            "cost_out_per_1k": "1.5",
            "context_window": 8000,
            "tier": "draft",
        },
        {
            "name": "strong",
            "provider": "openai",
            "model": "strong",
            "cost_in_per_1k": "5",
            "cost_out_per_1k": "15",
            "context_window": 100000,
            "tier": "strong",
        },
        {"name": "local", "provider": "local", "model": "local", "context_window": 2048, "tier": "local"},
    ]
)


@pytest.fixture(autouse=True)
def _fresh_servers(remote: LLMTestServer, local: LLMTestServer) -> None:
    remote.state.reset()
    local.state.reset()
    remote.state.set_reply("draft", GOOD_ANSWER)
    remote.state.set_reply("strong", "Strong says: Domaine Tempier Bandol, a full red for the lamb.")
    local.state.set_reply("local", "Local says: Jean Foillard Morgon.")


class Harness:
    """A gateway wired to the test servers, with the sleeps it asked for recorded instead of slept."""

    def __init__(self, remote: LLMTestServer, local: LLMTestServer, **options: Any) -> None:
        namespace = f"test-{uuid.uuid4().hex}"
        self.slept: list[float] = []
        self.records: list[CallRecord] = []
        self.ledger = BudgetLedger(redis_url=settings.REDIS_URL, namespace=namespace)
        self.cache = GatewayCache(redis_url=settings.REDIS_URL, namespace=namespace)

        async def fake_sleep(seconds: float) -> None:
            self.slept.append(seconds)

        async def record(call: CallRecord) -> None:
            self.records.append(call)

        self.gateway = Gateway(
            registry=options.pop("registry", REGISTRY),
            providers={
                "openai": OpenAICompatibleProvider(
                    base_url=remote.base_url, api_key="test", timeout=options.pop("timeout", 5.0)
                ),
                "local": OpenAICompatibleProvider(base_url=local.base_url, api_key="test", timeout=5.0),
            },
            cache=self.cache,
            ledger=self.ledger,
            quota=options.pop(
                "quota", EgressQuota(redis_url=settings.REDIS_URL, namespace=namespace, limit=10_000, policy="reject")
            ),
            retry_policy=RetryPolicy(),
            sleep=fake_sleep,
            recorder=record,
            **options,
        )

    def complete(self, request: GatewayRequest, **kwargs: Any) -> Any:
        async def complete() -> Any:
            try:
                return await self.gateway.complete(request, **kwargs)
            finally:
                await self.gateway.drain()

        return asyncio.run(complete())

    def stream(self, request: GatewayRequest, **kwargs: Any) -> list[StreamEvent]:
        async def collect() -> list[StreamEvent]:
            events = [event async for event in self.gateway.stream(request, **kwargs)]
            await self.gateway.drain()
            return events

        return asyncio.run(collect())


def ask(text: str = "a red under $60 for the lamb?", **options: Any) -> GatewayRequest:
    defaults: dict[str, Any] = {"restaurant_id": 1, "list_version": 1, "allowed_names": WINES, "max_tokens": 100}
    return GatewayRequest(messages=({"role": "user", "content": text},), **{**defaults, **options})


@pytest.fixture
def harness(remote: LLMTestServer, local: LLMTestServer) -> Harness:
    return Harness(remote, local)


def test_it_keeps_a_good_draft_answer_and_prices_it_from_the_usage(harness: Harness, remote: LLMTestServer) -> None:
    result = harness.complete(ask())

    assert (result.text, result.model_used, result.cascaded, result.draft_accepted) == (
        GOOD_ANSWER,
        "draft",
        False,
        True,
    )
    # 7 prompt words at $0.5/1K and 11 answer words at $1.5/1K
    assert (result.prompt_tokens, result.completion_tokens) == (7, 11)
    assert result.cost_usd == Decimal("0.02")
    assert result.route_reason == "complexity low (estimated): draft, escalate if it fails the check"
    assert remote.state.calls == {"draft": 1}


@pytest.mark.parametrize(
    ("draft_reply", "schema", "reason"),
    [
        ("I'm sorry, I can't recommend wines.", None, "refusal"),
        ("", None, "empty answer"),
        ("Try the Opus One 2019, stunning with lamb.", None, "names no wine from the list"),
        ('{"wines": ["Opus One"]}', {"type": "object", "required": ["wines"]}, "names wines not on the list: Opus One"),
        ("not json at all", {"type": "object"}, "not valid JSON"),
    ],
)
def test_it_escalates_a_draft_that_fails_the_check(
    harness: Harness, remote: LLMTestServer, draft_reply: str, schema: dict[str, Any] | None, reason: str
) -> None:
    remote.state.set_reply("draft", draft_reply)
    remote.state.set_reply(
        "strong",
        json.dumps({"wines": ["Domaine Tempier Bandol"]}) if schema else "Domaine Tempier Bandol, full and savoury.",
    )

    result = harness.complete(ask(json_schema=schema))

    assert (result.model_used, result.cascaded, result.draft_accepted) == ("strong", True, False)
    assert result.attempts[0] == {"model": "draft", "outcome": "rejected", "reason": reason}
    assert result.prompt_tokens == 7 + 7  # both calls are paid for
    assert remote.state.calls == {"draft": 1, "strong": 1}


def test_force_direct_skips_the_draft(harness: Harness, remote: LLMTestServer) -> None:
    result = harness.complete(ask(force_direct=True))

    assert (result.model_used, result.cascaded, result.draft_accepted) == ("strong", False, None)
    assert remote.state.calls == {"strong": 1}


def test_high_complexity_goes_straight_to_the_strong_model(harness: Harness, remote: LLMTestServer) -> None:
    result = harness.complete(ask(complexity="high"))

    assert result.model_used == "strong"
    assert result.route_reason == "complexity high (given): strong model directly"


@pytest.mark.parametrize("options", [{"sensitivity": "confidential"}, {"local_only": True}])
def test_confidential_requests_never_reach_a_remote_provider(
    harness: Harness, remote: LLMTestServer, local: LLMTestServer, options: dict[str, Any]
) -> None:
    remote.state.queue_faults("draft", ["500"])
    complete = harness.complete(ask(**options))
    events = harness.stream(ask("another question", **options))
    local.state.queue_faults("local", ["500"] * 4)
    degraded = harness.complete(ask("and a third", **options), fallback=lambda: "Retrieval-only picks.")

    assert complete.model_used == "local"
    assert events[-1].data["model_used"] == "local"
    assert degraded.degraded is True
    assert remote.state.total_calls() == 0
    assert local.state.calls["local"] == 6


def test_it_retries_429_and_5xx_with_backoff_then_succeeds(harness: Harness, remote: LLMTestServer) -> None:
    remote.state.queue_faults("draft", ["429", "503", "500"])

    result = harness.complete(ask())

    assert result.model_used == "draft"
    assert remote.state.calls["draft"] == 4
    assert len(harness.slept) == 3
    for slept, (low, high) in zip(harness.slept, [(1, 2), (2, 4), (4, 8)], strict=True):
        assert low <= slept <= high


@pytest.mark.parametrize(
    ("header", "asked"),
    [(("retry-after", "6"), 6.0), (("retry-after-ms", "5500"), 5.5), (("retry-after", "600"), None)],
)
def test_a_retry_waits_at_least_what_the_upstream_asked(
    harness: Harness, remote: LLMTestServer, header: tuple[str, str], asked: float | None
) -> None:
    remote.state.retry_after = header
    remote.state.queue_faults("draft", ["429"])

    result = harness.complete(ask())

    assert result.model_used == "draft"
    (slept,) = harness.slept
    if asked is None:  # ten minutes: not waited for; our own 1-2 s schedule applies
        assert 1 <= slept <= 2
    else:
        assert slept == asked


def test_it_retries_a_timeout(remote: LLMTestServer, local: LLMTestServer) -> None:
    harness = Harness(remote, local, timeout=0.3)
    remote.state.queue_faults("draft", ["timeout"])

    result = harness.complete(ask())

    assert result.model_used == "draft"
    assert remote.state.calls["draft"] == 2


def test_it_falls_back_along_the_chain_when_a_model_keeps_failing(harness: Harness, remote: LLMTestServer) -> None:
    remote.state.queue_faults("draft", ["500"] * 4)

    result = harness.complete(ask())

    assert (result.model_used, result.cascaded, result.draft_accepted) == ("strong", True, False)
    assert result.attempts[0]["outcome"] == "failed"
    assert result.attempts[0]["reason"].startswith("InternalServerError")


def test_when_every_model_fails_it_gives_the_labelled_degraded_answer(
    harness: Harness, remote: LLMTestServer, local: LLMTestServer
) -> None:
    remote.state.queue_faults("draft", ["500"] * 4)
    remote.state.queue_faults("strong", ["500"] * 4)
    local.state.queue_faults("local", ["500"] * 4)

    result = harness.complete(ask(), fallback=lambda: "From the list (no AI): Jean Foillard Morgon, $58.")

    assert result.degraded is True
    assert result.model_used == "none"
    assert result.text == "From the list (no AI): Jean Foillard Morgon, $58."
    assert [attempt["model"] for attempt in result.attempts] == ["draft", "strong", "local"]
    assert harness.records[-1].outcome == "degraded"


def test_a_degraded_answer_is_never_cached(remote: LLMTestServer, local: LLMTestServer) -> None:
    # Room for all eight failed attempts without the breaker opening: the second call must reach the draft.
    harness = Harness(remote, local, breaker_failures=20)
    for server, model in ((remote, "draft"), (remote, "strong"), (local, "local")):
        server.state.queue_faults(model, ["500"] * 4)
    harness.complete(ask(), fallback=lambda: "degraded")

    again = harness.complete(ask(), fallback=lambda: "degraded")

    assert (again.degraded, again.cached, again.model_used) == (False, False, "draft")


def test_without_a_fallback_it_raises_a_gateway_error(
    harness: Harness, remote: LLMTestServer, local: LLMTestServer
) -> None:
    for server, model in ((remote, "draft"), (remote, "strong"), (local, "local")):
        server.state.queue_faults(model, ["500"] * 4)

    with pytest.raises(GatewayError, match="draft: InternalServerError"):
        harness.complete(ask())


def test_the_breaker_stops_calling_a_failing_provider(remote: LLMTestServer, local: LLMTestServer) -> None:
    harness = Harness(remote, local, breaker_failures=2)
    remote.state.queue_faults("draft", ["500"] * 4)
    remote.state.queue_faults("strong", ["500"] * 4)

    first = harness.complete(ask("first"), fallback=lambda: "degraded")
    calls_after_first = remote.state.total_calls()
    second = harness.complete(ask("second"))

    assert first.model_used == "local"
    assert harness.gateway.breakers["openai"].state is BreakerState.OPEN
    # Every failed attempt counts: two of the draft's, then no retry and no strong call.
    assert remote.state.total_calls() == calls_after_first == 2
    assert second.model_used == "local"
    assert second.attempts[0]["reason"].startswith("CircuitOpen")


def test_an_exhausted_egress_quota_sends_the_call_to_the_local_model(
    remote: LLMTestServer, local: LLMTestServer
) -> None:
    quota = EgressQuota(redis_url=settings.REDIS_URL, namespace=f"test-{uuid.uuid4().hex}", limit=1, policy="reject")
    harness = Harness(remote, local, quota=quota)

    harness.complete(ask("first"))
    second = harness.complete(ask("second"))

    assert second.model_used == "local"
    assert [attempt["reason"].split(":")[0] for attempt in second.attempts[:2]] == ["QuotaExceeded", "QuotaExceeded"]
    assert remote.state.total_calls() == 1


def test_a_chain_the_quota_refused_everywhere_raises_quota_exhausted_with_the_wait(
    remote: LLMTestServer, local: LLMTestServer
) -> None:
    quota = EgressQuota(redis_url=settings.REDIS_URL, namespace=f"test-{uuid.uuid4().hex}", limit=1, policy="reject")
    harness = Harness(remote, local, quota=quota)
    harness.complete(ask("first"))

    # Draft or strong models only (as text operations ask): no local model to fall to.
    with pytest.raises(QuotaExhausted) as raised:
        harness.complete(ask("second", capable_only=True))

    assert 0 < raised.value.retry_after_seconds <= 60
    assert local.state.total_calls() == 0


def test_capable_only_requests_never_reach_the_local_model(harness: Harness, local: LLMTestServer) -> None:
    result = harness.complete(ask(capable_only=True))

    assert result.model_used == "draft"
    assert "draft or strong models only" in result.route_reason
    with pytest.raises(GatewayError, match="stay local"):
        harness.complete(ask("secret", capable_only=True, sensitivity="confidential"))
    assert local.state.total_calls() == 0


def test_it_reserves_budget_before_and_reconciles_to_the_real_cost(harness: Harness) -> None:
    budget = BudgetScope("restaurant:1", Decimal("1.00"))

    result = harness.complete(ask(budgets=(budget,)))

    assert asyncio.run(harness.ledger.spent(scope="restaurant:1")) == result.cost_usd == Decimal("0.02")


def test_it_writes_the_real_cost_in_the_round_trip_that_caches_the_answer(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    separate: list[Decimal] = []
    reconcile = harness.ledger.reconcile

    async def counted(reservation: Any, *, actual_usd: Decimal) -> None:
        separate.append(actual_usd)
        await reconcile(reservation, actual_usd=actual_usd)

    monkeypatch.setattr(harness.ledger, "reconcile", counted)

    cached = harness.complete(ask(budgets=(BudgetScope("restaurant:1", Decimal("1.00")),)))
    uncached = harness.complete(ask("not cached", use_cache=False, budgets=(BudgetScope("restaurant:2", None),)))

    assert separate == [uncached.cost_usd]  # the cached answer's cost went with its cache entry
    assert asyncio.run(harness.ledger.spent(scope="restaurant:1")) == cached.cost_usd == Decimal("0.02")
    assert asyncio.run(harness.ledger.spent(scope="restaurant:2")) == uncached.cost_usd


def test_the_strong_model_of_a_cascade_sees_what_the_draft_really_cost(harness: Harness, remote: LLMTestServer) -> None:
    remote.state.set_reply("draft", "A lovely red.")  # names no wine from the list: escalated
    remote.state.set_reply("strong", "Domaine Tempier Bandol, full and savoury.")
    # Estimates: draft $0.1535, strong $1.535, together over $1.60; with the draft's real $0.008 the strong fits.
    budget = BudgetScope("restaurant:1", Decimal("1.60"))

    result = harness.complete(ask(budgets=(budget,)))

    assert (result.model_used, result.cascaded) == ("strong", True)
    assert asyncio.run(harness.ledger.spent(scope="restaurant:1")) == result.cost_usd


def test_over_budget_raises_before_any_call(harness: Harness, remote: LLMTestServer) -> None:
    budget = BudgetScope(
        "restaurant:1", Decimal("0.01")
    )  # the estimate, 7 tokens in + 100 out at draft prices, is $0.1535

    with pytest.raises(BudgetExceeded):
        harness.complete(ask(budgets=(budget,)))
    events = harness.stream(ask("streamed", budgets=(budget,)))

    assert remote.state.total_calls() == 0
    assert events[-1].type == "error"
    assert events[-1].data["code"] == "budget_exceeded"
    assert asyncio.run(harness.ledger.spent(scope="restaurant:1")) == Decimal(0)
    assert harness.records[0].outcome == "budget_exceeded"


def test_a_second_identical_question_comes_from_the_cache(harness: Harness, remote: LLMTestServer) -> None:
    first = harness.complete(ask())
    second = harness.complete(ask())
    other_version = harness.complete(ask(list_version=2))
    other_restaurant = harness.complete(ask(restaurant_id=2))

    assert (first.cached, second.cached, second.cache_tier) == (False, True, "memory")
    assert second.text == first.text
    assert (other_version.cached, other_restaurant.cached) == (False, False)
    assert remote.state.calls["draft"] == 3
    assert harness.records[1].cost_usd == 0  # a hit spends nothing


def test_concurrent_identical_questions_cost_one_call(harness: Harness, remote: LLMTestServer) -> None:
    remote.state.latency_ms = 100

    async def many() -> list[Any]:
        results = await asyncio.gather(*(harness.gateway.complete(ask()) for _ in range(50)))
        await harness.gateway.drain()
        return results

    results = asyncio.run(many())

    assert remote.state.calls["draft"] == 1
    assert {result.text for result in results} == {GOOD_ANSWER}


def test_it_streams_tokens_then_done_with_usage_and_cost(harness: Harness, remote: LLMTestServer) -> None:
    events = harness.stream(ask())

    assert events[0].type == "route"
    assert events[0].data["models"] == ["draft", "strong", "local"]
    tokens = [event.data["text"] for event in events if event.type == "token"]
    assert len(tokens) == 11
    assert "".join(tokens) == GOOD_ANSWER
    done = events[-1]
    assert done.type == "done"
    assert (done.data["model_used"], done.data["completion_tokens"]) == ("draft", 11)
    assert Decimal(done.data["cost_usd"]) == Decimal("0.02")
    assert done.data["first_token_ms"] <= done.data["latency_ms"]
    assert [event.type for event in events].count("done") == 1


def test_a_stream_cut_half_way_ends_with_an_error_and_no_other_model(harness: Harness, remote: LLMTestServer) -> None:
    remote.state.queue_faults("draft", ["cut"])

    events = harness.stream(ask())

    assert [event.type for event in events][-1] == "error"
    assert events[-1].data == {
        "code": "stream_interrupted",
        "message": "The answer was cut off. Please ask again.",
        "partial": True,
    }
    assert [event.type for event in events].count("token") == 5
    assert remote.state.calls == {"draft": 1}
    assert harness.records[-1].outcome == "error"


def test_a_stream_failing_before_its_first_token_falls_back(harness: Harness, remote: LLMTestServer) -> None:
    remote.state.queue_faults("draft", ["500"] * 4)

    events = harness.stream(ask())

    assert events[-1].type == "done"
    assert events[-1].data["model_used"] == "strong"
    assert remote.state.calls == {"draft": 4, "strong": 1}


def test_a_stream_with_no_model_left_ends_with_the_degraded_answer_or_an_error(
    harness: Harness, remote: LLMTestServer, local: LLMTestServer
) -> None:
    for server, model in ((remote, "draft"), (remote, "strong"), (local, "local")):
        server.state.queue_faults(model, ["500"] * 8)

    degraded = harness.stream(ask(), fallback=lambda: "Retrieval-only: Jean Foillard Morgon.")
    failed = harness.stream(ask("again"))

    assert [event.type for event in degraded][-2:] == ["token", "done"]
    assert degraded[-1].data["degraded"] is True
    assert failed[-1].type == "error"
    assert failed[-1].data["code"] == "no_model"


def test_a_streamed_answer_is_cached_and_replayed_through_the_stream(harness: Harness, remote: LLMTestServer) -> None:
    harness.stream(ask())
    again = harness.stream(ask())

    assert [event.type for event in again] == ["route", "token", "done"]
    assert again[1].data["text"] == GOOD_ANSWER
    assert again[-1].data["cached"] is True
    assert remote.state.calls == {"draft": 1}


def test_long_inputs_go_to_the_long_context_model(harness: Harness) -> None:
    result = harness.complete(ask("lamb " * 7000))

    assert result.model_used == "strong"
    assert "long input" in result.route_reason


@pytest.mark.django_db
def test_calls_are_recorded_in_the_database(restaurant_a: Any, remote: LLMTestServer, local: LLMTestServer) -> None:
    from analytics.models import LLMCall
    from analytics.recording import flush_now

    harness = Harness(remote, local)
    harness.gateway.recorder = publish_call

    # async_to_sync, as sync callers (tasks, commands) use the gateway: the ORM write
    # then runs on this thread, inside the test's transaction.
    async def complete_and_record() -> None:
        await harness.gateway.complete(ask(restaurant_id=restaurant_a.pk))
        await harness.gateway.drain()

    async_to_sync(complete_and_record)()
    # Records are written in batches off the hot path; the test writes the batch now.
    flush_now()

    # The flush also writes what earlier tests left in the shared spool: look at ours.
    call = LLMCall.objects.get(restaurant_id=restaurant_a.pk)
    assert (call.restaurant_id, call.operation, call.model_used, call.outcome) == (
        restaurant_a.pk,
        "chat",
        "draft",
        "ok",
    )
    assert call.cost_usd == Decimal("0.02")
    assert call.attempts == [{"model": "draft", "outcome": "accepted"}]


@pytest.mark.django_db
def test_a_local_only_restaurant_is_answered_locally_and_charged_to_its_budget(
    restaurant_a: Any, harness: Harness, remote: LLMTestServer, local: LLMTestServer
) -> None:
    from recommendations.llm_options import restaurant_request_options
    from recommendations.models import LLMPolicy

    restaurant_a.llm_policy = LLMPolicy.LOCAL_ONLY
    restaurant_a.wine_list_version = 7
    options = restaurant_request_options(restaurant_a)

    result = harness.complete(GatewayRequest(messages=({"role": "user", "content": "a red?"},), **options))

    assert options["budgets"] == (BudgetScope(f"restaurant:{restaurant_a.pk}", Decimal("5.00")),)
    assert options["list_version"] == 7
    assert result.model_used == "local"
    assert remote.state.total_calls() == 0


def test_an_over_budget_request_during_the_half_open_probe_does_not_lock_the_breaker(
    remote: LLMTestServer, local: LLMTestServer
) -> None:
    harness = Harness(remote, local, breaker_failures=1, breaker_reset_seconds=0.01)
    remote.state.queue_faults("draft", ["500"])  # one failed attempt opens it: no retry, no strong call
    assert harness.complete(ask("first")).model_used == "local"  # the breaker opened
    asyncio.run(asyncio.sleep(0.02))  # the reset timeout of the real clock passes: half-open

    with pytest.raises(BudgetExceeded):
        harness.complete(ask("second", budgets=(BudgetScope("restaurant:1", Decimal("0.0001")),)))
    third = harness.complete(ask("third"))

    assert third.model_used == "draft"
    assert harness.gateway.breakers["openai"].state is BreakerState.CLOSED


def test_quota_refusals_do_not_open_the_breaker(remote: LLMTestServer, local: LLMTestServer) -> None:
    quota = EgressQuota(redis_url=settings.REDIS_URL, namespace=f"test-{uuid.uuid4().hex}", limit=1, policy="reject")
    harness = Harness(remote, local, quota=quota, breaker_failures=2)

    models = [harness.complete(ask(f"question {n}")).model_used for n in range(5)]

    assert models == ["draft", "local", "local", "local", "local"]
    assert harness.gateway.breakers["openai"].state is BreakerState.CLOSED


def test_a_reader_that_stops_at_done_still_gets_the_answer_cached_and_recorded(
    harness: Harness, remote: LLMTestServer
) -> None:
    async def read_until_done() -> None:
        async with contextlib.aclosing(harness.gateway.stream(ask())) as events:
            async for event in events:
                if event.type == "done":
                    break
        await harness.gateway.drain()

    asyncio.run(read_until_done())
    again = harness.stream(ask())

    assert [record.outcome for record in harness.records] == ["ok", "ok"]
    assert again[-1].data["cached"] is True
    assert remote.state.calls == {"draft": 1}


def test_the_registry_refuses_a_local_tier_model_behind_the_remote_endpoint() -> None:
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="a local-tier model must use provider 'local'"):
        parse_model_specs([{"name": "sneaky", "provider": "openai", "model": "gpt-4o", "tier": "local"}])


# --- models with their own endpoints: a model server of ours, a second provider ---------------------


def self_hosted_registry(local: LLMTestServer) -> dict[str, Any]:
    """The draft tier on the shared (paid) endpoint, the local tier on a model server of ours over HTTP."""
    return parse_model_specs(
        [
            {"name": "draft", "provider": "openai", "model": "draft", "tier": "draft", "context_window": 8000},
            {
                "name": "local",
                "provider": "openai",
                "model": "local",
                "base_url": local.base_url,
                "self_hosted": True,
                "tier": "local",
                "context_window": 2048,
            },
        ]
    )


def test_a_self_hosted_model_server_takes_confidential_requests_outside_the_paid_egress_quota(
    remote: LLMTestServer, local: LLMTestServer, settings: Any
) -> None:
    settings.LLM_BASE_URL = remote.base_url
    registry = self_hosted_registry(local)
    quota = EgressQuota(redis_url=settings.REDIS_URL, namespace=f"test-{uuid.uuid4().hex}", limit=1, policy="reject")
    harness = Harness(remote, local, registry=registry, quota=quota)
    harness.gateway.providers = providers_for(registry)

    confidential = [harness.complete(ask(f"secret {n}", sensitivity="confidential")) for n in range(3)]
    harness.complete(ask("a paid call takes the quota's one slot", capable_only=True))
    with pytest.raises(QuotaExhausted):
        harness.complete(ask("a second paid call is refused", capable_only=True))

    assert [result.model_used for result in confidential] == ["local"] * 3
    assert local.state.calls["local"] == 3
    assert remote.state.calls == {"draft": 1}
    assert registry["local"].is_remote is False
    # Its own breaker: an outage of the model server never opens the paid provider's.
    assert sorted(harness.gateway.breakers) == sorted({"openai", f"openai@{local.base_url}"})


def test_a_model_with_its_own_endpoint_reads_its_key_from_the_variable_it_names(
    monkeypatch: pytest.MonkeyPatch, local: LLMTestServer
) -> None:
    monkeypatch.setenv("SECOND_PROVIDER_KEY", "sk-from-the-environment")
    registry = parse_model_specs(
        [
            {"name": "draft", "model": "draft", "tier": "draft"},
            {
                "name": "strong",
                "model": "strong",
                "tier": "strong",
                "base_url": local.base_url,
                "api_key_env": "SECOND_PROVIDER_KEY",
            },
        ]
    )

    providers = providers_for(registry)

    second = providers[registry["strong"].endpoint]
    assert isinstance(second, OpenAICompatibleProvider)
    assert (second.base_url, second.api_key) == (local.base_url, "sk-from-the-environment")
    assert registry["draft"].endpoint == "openai"
    # The registry names the variable, never the key.
    assert "sk-from" not in repr(registry)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"provider": "openai", "tier": "local", "base_url": "http://10.0.0.5:8080/v1"}, "be self_hosted"),
        ({"provider": "openai", "tier": "local", "self_hosted": True}, "with its own base_url"),
        ({"base_url": "ftp://models.example/v1"}, "base_url must be an http"),
        ({"base_url": "http://models.example/v1", "api_key_env": "sk-live-123"}, "names an environment variable"),
        ({"self_hosted": "yes"}, "expected true or false"),
    ],
)
def test_the_registry_refuses_an_endpoint_it_cannot_trust(entry: dict[str, Any], message: str) -> None:
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match=message):
        parse_model_specs([{"name": "m", "model": "m", **entry}])


# --- one model at several deployments; per-model requests and tokens a minute ----------------------


def two_deployments(remote: LLMTestServer, local: LLMTestServer, **limits: Any) -> dict[str, Any]:
    """``draft`` served at two endpoints (two accounts, or two vLLM servers), ``strong`` behind it."""
    draft = {"name": "draft", "model": "draft", "tier": "draft", "context_window": 8000, **limits}
    return parse_model_specs(
        [
            {**draft, "base_url": remote.base_url},
            {**draft, "base_url": local.base_url},
            {"name": "strong", "model": "strong", "tier": "strong", "context_window": 100000},
        ]
    )


def balanced_harness(remote: LLMTestServer, local: LLMTestServer, registry: dict[str, Any], **options: Any) -> Harness:
    local.state.set_reply("draft", GOOD_ANSWER)
    harness = Harness(remote, local, registry=registry, **options)
    harness.gateway.providers = providers_for(registry)
    return harness


def test_a_model_at_two_deployments_is_balanced_between_them(
    remote: LLMTestServer, local: LLMTestServer, settings: Any
) -> None:
    settings.LLM_BASE_URL = remote.base_url
    harness = balanced_harness(remote, local, two_deployments(remote, local))
    remote.state.latency_ms = local.state.latency_ms = 200

    async def two_at_once() -> list[Any]:
        results = await asyncio.gather(*(harness.gateway.complete(ask(f"together {n}")) for n in range(2)))
        await harness.gateway.drain()
        return list(results)

    together = asyncio.run(two_at_once())
    # While one deployment is busy the other takes the call; then turns by use.
    assert (remote.state.calls["draft"], local.state.calls["draft"]) == (1, 1)
    remote.state.latency_ms = local.state.latency_ms = 0
    in_turn = [harness.complete(ask(f"in turn {n}")) for n in range(4)]

    assert [result.model_used for result in together + in_turn] == ["draft"] * 6
    assert (remote.state.calls["draft"], local.state.calls["draft"]) == (3, 3)


def test_a_deployment_whose_breaker_is_open_is_skipped_while_the_other_serves(
    remote: LLMTestServer, local: LLMTestServer, settings: Any
) -> None:
    settings.LLM_BASE_URL = remote.base_url
    harness = balanced_harness(remote, local, two_deployments(remote, local), breaker_failures=2)
    local.state.queue_faults("draft", ["500"] * 2)

    results = [harness.complete(ask(f"question {n}")) for n in range(6)]

    assert [result.model_used for result in results] == ["draft"] * 6
    assert harness.gateway.breakers[f"openai@{local.base_url}"].state is BreakerState.OPEN
    # The failing deployment saw its two failures and nothing after its breaker opened.
    assert local.state.calls["draft"] == 2
    assert remote.state.calls["draft"] == 6
    assert remote.state.calls["strong"] == 0


def test_a_models_requests_a_minute_are_shared_by_every_process_and_the_chain_goes_on(
    remote: LLMTestServer, local: LLMTestServer
) -> None:
    namespace = f"test-{uuid.uuid4().hex}"
    registry = parse_model_specs(
        [
            {"name": "draft", "model": "draft", "tier": "draft", "rpm": 2},
            {"name": "strong", "model": "strong", "tier": "strong"},
        ]
    )
    # Two gateways, as two web workers: one Redis window between them.
    first, second = (
        Harness(
            remote,
            local,
            registry=registry,
            model_limits=ModelLimits(redis_url=settings.REDIS_URL, namespace=namespace),
        )
        for _ in range(2)
    )

    answers = [first.complete(ask("one")), second.complete(ask("two")), second.complete(ask("three"))]

    assert [answer.model_used for answer in answers] == ["draft", "draft", "strong"]
    assert answers[2].attempts[0]["reason"].startswith("QuotaExceeded")
    assert remote.state.calls == {"draft": 2, "strong": 1}


def _mid_minute() -> float:
    """A fixed instant 30 s into a clock minute: the calls of one test never straddle two token windows."""
    return 1_800_000_030.0


def test_a_models_tokens_a_minute_count_the_prompt_and_the_whole_allowance(
    remote: LLMTestServer, local: LLMTestServer
) -> None:
    registry = parse_model_specs(
        [
            {"name": "draft", "model": "draft", "tier": "draft", "tpm": 250},
            {"name": "strong", "model": "strong", "tier": "strong"},
        ]
    )
    limits = ModelLimits(redis_url=settings.REDIS_URL, namespace=f"test-{uuid.uuid4().hex}", clock=_mid_minute)
    harness = Harness(remote, local, registry=registry, model_limits=limits)

    # Each asks for 100 tokens beside a short prompt: two fit in 250 a minute, the third does not.
    answers = [harness.complete(ask(f"question {n}", max_tokens=100)) for n in range(3)]

    assert [answer.model_used for answer in answers] == ["draft", "draft", "strong"]


def test_a_request_larger_than_a_whole_minutes_tokens_still_goes_through_an_empty_window(
    remote: LLMTestServer, local: LLMTestServer
) -> None:
    registry = parse_model_specs([{"name": "draft", "model": "draft", "tier": "draft", "tpm": 50}])
    limits = ModelLimits(redis_url=settings.REDIS_URL, namespace=f"test-{uuid.uuid4().hex}", clock=_mid_minute)
    harness = Harness(remote, local, registry=registry, model_limits=limits)

    first = harness.complete(ask("a long one", max_tokens=400))
    with pytest.raises(QuotaExhausted) as refused:
        harness.complete(ask("and another", max_tokens=10))

    assert first.model_used == "draft"
    assert 0 < refused.value.retry_after_seconds <= 60


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([{"tier": "draft"}, {"tier": "strong", "base_url": "http://b.example/v1"}], "disagree on tier"),
        ([{"cost_in_per_1k": "1"}, {"cost_in_per_1k": "2", "base_url": "http://b.example/v1"}], "disagree on cost"),
        ([{"base_url": "http://a.example/v1"}, {"base_url": "http://a.example/v1"}], "twice at the same endpoint"),
        ([{"rpm": 0}], "a limit is a whole number"),
        ([{"tpm": "100"}], "a limit is a whole number"),
    ],
)
def test_deployments_of_one_model_must_agree_on_what_the_model_is(entries: list[dict[str, Any]], message: str) -> None:
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match=message):
        parse_model_specs([{"name": "m", "model": "m", **entry} for entry in entries])


def test_a_stream_whose_deployment_fails_before_its_first_word_is_answered_by_the_other(
    remote: LLMTestServer, local: LLMTestServer, settings: Any
) -> None:
    settings.LLM_BASE_URL = remote.base_url
    harness = balanced_harness(remote, local, two_deployments(remote, local))
    # The first pick (least used, in order) is the remote deployment: every attempt there fails.
    remote.state.queue_faults("draft", ["500"] * 4)

    events = harness.stream(ask("stream it"))

    assert events[-1].type == "done"
    assert events[-1].data["model_used"] == "draft"
    assert "".join(event.data["text"] for event in events if event.type == "token") == GOOD_ANSWER
    assert (remote.state.calls["draft"], local.state.calls["draft"]) == (4, 1)
    assert remote.state.calls["strong"] == 0


def test_a_result_as_a_dict_is_asdicts_with_the_cost_as_text_and_its_own_lists() -> None:
    result = GatewayResult(
        "Yes.",
        "draft",
        "auto",
        False,
        None,
        5,
        1,
        Decimal("0.0025"),
        12.5,
        attempts=[{"model": "draft", "outcome": "accepted"}],
        tool_calls=[{"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
    )

    data = result.as_dict()

    assert data == {**dataclasses.asdict(result), "cost_usd": "0.0025"}
    assert data["attempts"][0] is not result.attempts[0]
    assert data["tool_calls"][0]["function"] is not result.tool_calls[0]["function"]
    assert GatewayResult.from_dict(data) == result
