"""Deadlines, per-attempt breaker counting and input errors, against the real test LLM server over HTTP.

Upstream hangs are real (the server holds the request until the client gives up); the
gateway sleeps for real too, with short timeouts. Time is never asserted, except as a
generous bound that catches a hang; what is asserted is what the deadline decided: how
many attempts reached the server, which error ended the call, what the breaker saw.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.test import override_settings

from analytics.health import check_llm
from api.http import gateway_error
from llm import gateway as gateway_module
from llm import registry as registry_module
from llm.budgets import BudgetLedger
from llm.cache import GatewayCache
from llm.egress import EgressQuota
from llm.gateway import Gateway
from llm.providers import LocalLlamaProvider, OpenAICompatibleProvider, Provider
from llm.registry import parse_model_specs
from llm.resilience import BreakerState, DeadlinePolicy, RetryPolicy
from llm.testing.server import LLMTestServer
from llm.types import (
    CallRecord,
    DeadlineExceeded,
    GatewayError,
    GatewayRequest,
    GatewayResult,
    InvalidInput,
    StreamEvent,
)

# A bound that only a hang would cross: every call below is meant to end within a few seconds.
HANG_GUARD_SECONDS = 20.0
HOUSE_VOICE = "From the list: Jean Foillard Morgon, $58."

DRAFT = {"name": "draft", "provider": "openai", "model": "draft", "context_window": 8000, "tier": "draft"}
STRONG = {"name": "strong", "provider": "openai", "model": "strong", "context_window": 8000, "tier": "strong"}
LOCAL = {"name": "local", "provider": "local", "model": "local", "context_window": 2048, "tier": "local"}
# Retries as often as the deadline lets them: any limit on attempts below comes from the deadline.
EAGER_RETRIES = RetryPolicy(attempts=10, base_delay=0.1, multiplier=1.0, max_delay=0.1, jitter=0.0)


@pytest.fixture(autouse=True)
def _fresh_servers(remote: LLMTestServer, local: LLMTestServer) -> None:
    remote.state.reset()
    local.state.reset()
    local.state.set_reply("local", "Local says: Jean Foillard Morgon.")


def build(
    remote: LLMTestServer,
    local: LLMTestServer | None = None,
    *,
    models: tuple[dict[str, Any], ...] = (DRAFT,),
    local_provider: Provider | None = None,
    records: list[CallRecord] | None = None,
    **options: Any,
) -> Gateway:
    """A gateway on the test servers with real sleeps; ``local`` (a second server) stands in for the local tier."""
    namespace = f"test-{uuid.uuid4().hex}"

    async def record(call: CallRecord) -> None:
        if records is not None:
            records.append(call)

    providers: dict[str, Provider] = {
        "openai": OpenAICompatibleProvider(base_url=remote.base_url, api_key="test", timeout=60.0)
    }
    if local_provider is not None:
        providers["local"] = local_provider
    elif local is not None:
        providers["local"] = OpenAICompatibleProvider(base_url=local.base_url, api_key="test", timeout=60.0)
    return Gateway(
        registry=parse_model_specs(list(models)),
        providers=providers,
        cache=GatewayCache(redis_url=settings.REDIS_URL, namespace=namespace),
        ledger=BudgetLedger(redis_url=settings.REDIS_URL, namespace=namespace),
        quota=EgressQuota(redis_url=settings.REDIS_URL, namespace=namespace, limit=10_000, policy="reject"),
        retry_policy=options.pop("retry_policy", EAGER_RETRIES),
        recorder=record,
        **options,
    )


def ask(text: str = "a red for the lamb?", **options: Any) -> GatewayRequest:
    defaults: dict[str, Any] = {"restaurant_id": 1, "list_version": 1, "max_tokens": 60, "use_cache": False}
    return GatewayRequest(messages=({"role": "user", "content": text},), **{**defaults, **options})


def timed(coroutine: Any) -> tuple[Any, float]:
    """Run ``coroutine``; its result (or the exception it raised) and how long it took."""

    async def run() -> Any:
        try:
            return await coroutine
        except Exception as error:  # noqa: BLE001 - handed back to the test to assert on
            return error

    started = time.monotonic()
    outcome = asyncio.run(run())
    return outcome, time.monotonic() - started


def collect(gateway: Gateway, request: GatewayRequest, **kwargs: Any) -> list[StreamEvent]:
    async def run() -> list[StreamEvent]:
        events = [event async for event in gateway.stream(request, **kwargs)]
        await gateway.drain()
        return events

    return asyncio.run(run())


# --- complete(): the deadline bounds attempts and backoff ---------------------------------------


def test_a_hanging_upstream_fails_within_its_deadline_after_as_many_attempts_as_fit(remote: LLMTestServer) -> None:
    remote.state.queue_faults("draft", ["timeout"] * 10)
    gateway = build(remote, timeout_seconds=0.5, deadlines={"api": DeadlinePolicy(1.6, 1.6)}, min_attempt_seconds=0.3)

    error, took = timed(gateway.complete(ask()))

    assert isinstance(error, DeadlineExceeded), error
    assert "deadline of 1.6 s passed" in str(error)
    # Ten attempts allowed; each hang takes its 0.5 s timeout plus 0.1 s of backoff, so at
    # most three fit in 1.6 s (a fourth would start with under 0.3 s left).
    assert 2 <= remote.state.calls["draft"] <= 3
    # Every hung attempt was cut by its own timeout and counted as one.
    snapshot = gateway.breakers["openai"].snapshot()
    assert snapshot.timeouts == snapshot.failures == remote.state.calls["draft"]
    assert took < HANG_GUARD_SECONDS


def test_an_attempt_is_cut_at_the_deadline_when_its_own_timeout_is_longer(remote: LLMTestServer) -> None:
    """The operator's 132 s: four 30 s attempts plus backoff. Now the deadline ends the first one."""
    remote.state.queue_faults("draft", ["timeout"] * 4)
    gateway = build(remote, timeout_seconds=30.0, deadlines={"api": DeadlinePolicy(1.0, 1.0)})

    error, took = timed(gateway.complete(ask()))

    assert isinstance(error, DeadlineExceeded), error
    assert remote.state.calls["draft"] == 1
    # The attempt's own timeout was cut to the deadline: a timed-out attempt, counted for the breaker.
    assert "attempt 1 failed with TimeoutError" in str(error)
    assert gateway.breakers["openai"].snapshot().timeouts == 1
    assert took < HANG_GUARD_SECONDS


def test_the_surface_picks_the_deadline(remote: LLMTestServer) -> None:
    remote.state.queue_faults("draft", ["timeout", "ok"])
    gateway = build(
        remote,
        timeout_seconds=0.5,
        deadlines={"diner": DeadlinePolicy(0.3, 0.3), "background": DeadlinePolicy(5.0, 5.0)},
        min_attempt_seconds=0.1,
    )

    diner, _ = timed(gateway.complete(ask(surface="diner")))
    background, took = timed(gateway.complete(ask(surface="background")))

    assert isinstance(diner, DeadlineExceeded)  # 0.3 s: the hang was cut, no time for a retry
    assert isinstance(background, GatewayResult)  # 5 s: the retry answered
    assert background.model_used == "draft"
    assert remote.state.calls["draft"] == 2
    assert took < HANG_GUARD_SECONDS


def test_out_of_time_the_diner_gets_the_fallback_and_no_other_model_is_started(
    remote: LLMTestServer, local: LLMTestServer
) -> None:
    remote.state.queue_faults("draft", ["timeout"] * 4)
    records: list[CallRecord] = []
    gateway = build(
        remote,
        local,
        models=(DRAFT, STRONG, LOCAL),
        records=records,
        timeout_seconds=30.0,
        deadlines={"diner": DeadlinePolicy(1.0, 1.0)},
    )

    async def answer() -> GatewayResult:
        try:
            return await gateway.complete(ask(surface="diner"), fallback=lambda: HOUSE_VOICE)
        finally:
            await gateway.drain()

    result, took = timed(answer())

    assert isinstance(result, GatewayResult), result
    assert (result.degraded, result.model_used, result.text) == (True, "none", HOUSE_VOICE)
    assert "DeadlineExceeded" in result.degraded_reason
    assert (remote.state.calls["strong"], local.state.calls["local"]) == (0, 0)
    assert records[-1].outcome == "degraded"
    assert took < HANG_GUARD_SECONDS


def test_a_caller_waiting_on_anothers_identical_call_still_keeps_its_own_deadline(remote: LLMTestServer) -> None:
    remote.state.queue_faults("draft", ["timeout"] * 10)
    gateway = build(
        remote,
        timeout_seconds=30.0,
        deadlines={"background": DeadlinePolicy(4.0, 4.0), "diner": DeadlinePolicy(0.5, 0.5)},
    )
    finished: list[str] = []

    async def call(surface: str, delay: float) -> Exception | GatewayResult:
        await asyncio.sleep(delay)
        try:
            # The cache is on: the second caller waits on the first one's computation (single flight).
            return await gateway.complete(ask(surface=surface, use_cache=True))
        except Exception as error:  # noqa: BLE001 - handed back to the test to assert on
            return error
        finally:
            finished.append(surface)

    async def both() -> list[Exception | GatewayResult]:
        return list(await asyncio.gather(call("background", 0.0), call("diner", 0.1)))

    (background, diner), took = timed(both())

    assert isinstance(diner, DeadlineExceeded), diner
    assert isinstance(background, DeadlineExceeded), background
    assert finished == ["diner", "background"]
    assert remote.state.calls["draft"] == 1  # one upstream call for both callers
    assert took < HANG_GUARD_SECONDS


# --- stream(): first-token and total deadlines ----------------------------------------------------


def test_a_stream_that_never_starts_is_cut_at_the_first_token_deadline(remote: LLMTestServer) -> None:
    remote.state.queue_faults("draft", ["timeout"] * 4)
    gateway = build(remote, timeout_seconds=30.0, deadlines={"api": DeadlinePolicy(1.0, 30.0)})

    started = time.monotonic()
    events = collect(gateway, ask())

    assert [event.type for event in events] == ["route", "error"]
    assert events[-1].data["code"] == "deadline_exceeded"
    assert "first-token deadline of 1 s passed" in events[-1].data["reason"]
    assert remote.state.calls["draft"] == 1
    assert time.monotonic() - started < HANG_GUARD_SECONDS


def test_a_diner_stream_that_never_starts_falls_back_to_the_house_voice(remote: LLMTestServer) -> None:
    remote.state.queue_faults("draft", ["timeout"] * 4)
    gateway = build(remote, timeout_seconds=30.0, deadlines={"diner": DeadlinePolicy(1.0, 30.0)})

    started = time.monotonic()
    events = collect(gateway, ask(surface="diner"), fallback=lambda: HOUSE_VOICE)

    assert time.monotonic() - started < HANG_GUARD_SECONDS
    assert [event.type for event in events] == ["route", "token", "done"]
    assert events[1].data["text"] == HOUSE_VOICE
    assert events[2].data["degraded"] is True
    assert "DeadlineExceeded" in events[2].data["degraded_reason"]


def test_a_stream_retries_a_hung_attempt_when_the_first_token_deadline_leaves_time(remote: LLMTestServer) -> None:
    remote.state.queue_faults("draft", ["timeout", "ok"])
    gateway = build(remote, timeout_seconds=0.3, deadlines={"api": DeadlinePolicy(5.0, 30.0)})

    events = collect(gateway, ask())

    assert events[-1].type == "done"
    assert events[-1].data["model_used"] == "draft"
    assert [attempt["outcome"] for attempt in events[-1].data["attempts"]] == ["retried"]
    assert remote.state.calls["draft"] == 2


def test_a_stream_that_stalls_after_its_first_words_is_cut_at_the_total_deadline(remote: LLMTestServer) -> None:
    remote.state.set_reply("draft", "The Jean Foillard Morgon at $58 is juicy and bright with the lamb.")
    remote.state.queue_faults("draft", ["stall"])
    records: list[CallRecord] = []
    gateway = build(remote, records=records, timeout_seconds=30.0, deadlines={"api": DeadlinePolicy(1.0, 1.5)})

    started = time.monotonic()
    events = collect(gateway, ask())

    kinds = [event.type for event in events]
    assert kinds[0] == "route"
    assert kinds[-1] == "error"
    assert "token" in kinds
    assert events[-1].data == {
        "code": "stream_interrupted",
        "message": "The answer was cut off. Please ask again.",
        "partial": True,
    }
    assert remote.state.calls["draft"] == 1  # words were shown: never retried
    assert records[-1].outcome == "error"
    # The stall counts for the breaker, as a timeout.
    snapshot = gateway.breakers["openai"].snapshot()
    assert (snapshot.failures, snapshot.timeouts) == (1, 1)
    assert time.monotonic() - started < HANG_GUARD_SECONDS


# --- the breaker counts every failed attempt ------------------------------------------------------


def test_the_breaker_opens_after_n_timed_out_attempts_within_one_call(
    remote: LLMTestServer, local: LLMTestServer
) -> None:
    remote.state.queue_faults("draft", ["timeout"] * 10)
    gateway = build(
        remote,
        local,
        models=(DRAFT, LOCAL),
        timeout_seconds=0.3,
        breaker_failures=3,
        deadlines={"api": DeadlinePolicy(20.0, 20.0)},
    )

    first, took = timed(gateway.complete(ask("first")))
    second, _ = timed(gateway.complete(ask("second")))

    # Three timed-out attempts opened it mid-call: no fourth, and the local model answered.
    assert remote.state.calls["draft"] == 3
    assert gateway.breakers["openai"].state is BreakerState.OPEN
    assert isinstance(first, GatewayResult)
    assert first.model_used == "local"
    assert first.attempts[0]["reason"].startswith("CircuitOpen")
    snapshot = gateway.breakers["openai"].snapshot()
    assert (snapshot.attempts, snapshot.failures, snapshot.timeouts) == (3, 3, 3)
    # The next call does not reach the failing provider at all.
    assert isinstance(second, GatewayResult)
    assert second.model_used == "local"
    assert remote.state.calls["draft"] == 3
    assert took < HANG_GUARD_SECONDS


def test_thirty_percent_of_calls_hanging_opens_the_breaker_quickly(remote: LLMTestServer) -> None:
    # 3 attempts in 10 hang, never two in a row: five failures in a row never happen.
    remote.state.queue_faults("draft", ["ok", "ok", "ok", "timeout", "ok", "ok", "timeout", "ok", "ok", "timeout"] * 3)
    # 1 s: an answering call on a loaded CI machine must not time out too (it would be a sixth
    # failure, and the breaker would open early); a hanging one still fails within the second.
    gateway = build(remote, timeout_seconds=1.0, deadlines={"api": DeadlinePolicy(30.0, 30.0)})

    calls = 0
    started = time.monotonic()
    while gateway.breakers.get("openai") is None or gateway.breakers["openai"].state is BreakerState.CLOSED:
        calls += 1
        timed(gateway.complete(ask(f"question {calls}")))
        assert calls < 20, "the breaker should have opened by now"

    # The fifth hang is the 17th attempt: 5 of 17 (29%) failed, over the 25% limit.
    assert remote.state.calls["draft"] == 17
    assert gateway.breakers["openai"].state is BreakerState.OPEN
    assert time.monotonic() - started < HANG_GUARD_SECONDS


# --- the caller's own input -------------------------------------------------------------------------


def test_an_upstream_400_is_the_callers_input_not_retried_and_never_counted(
    remote: LLMTestServer, local: LLMTestServer
) -> None:
    remote.state.queue_faults("draft", ["400", "422"] * 3)
    gateway = build(remote, local, models=(DRAFT, STRONG, LOCAL), breaker_failures=2)

    errors = [timed(gateway.complete(ask(f"bad input {n}")))[0] for n in range(6)]
    after = timed(gateway.complete(ask("good input")))[0]

    assert all(isinstance(error, InvalidInput) for error in errors), errors
    assert {error.public_message for error in errors} == {
        "The language model refused the request as invalid (HTTP 400).",
        "The language model refused the request as invalid (HTTP 422).",
    }
    # One attempt each: no retry, no other model (the same words would go to it).
    assert (remote.state.calls["draft"], remote.state.calls["strong"], local.state.calls["local"]) == (7, 0, 0)
    snapshot = gateway.breakers["openai"].snapshot()
    assert (snapshot.state, snapshot.failures) == (BreakerState.CLOSED, 0)
    assert isinstance(after, GatewayResult)
    assert after.model_used == "draft"


def test_a_lone_surrogate_is_refused_before_any_model_and_the_diner_gets_the_fallback(
    remote: LLMTestServer,
) -> None:
    gateway = build(remote, breaker_failures=1)

    refused, _ = timed(gateway.complete(ask("a red for \ud800 the lamb?")))
    degraded, _ = timed(gateway.complete(ask("a red for \ud800 the lamb?"), fallback=lambda: HOUSE_VOICE))
    events = collect(gateway, ask("a red for \ud800 the lamb?"))

    assert isinstance(refused, InvalidInput)
    assert "lone surrogate" in refused.public_message
    assert isinstance(degraded, GatewayResult)
    assert (degraded.degraded, degraded.text) == (True, HOUSE_VOICE)
    assert events[-1].type == "error"
    assert events[-1].data["code"] == "invalid_input"
    assert remote.state.total_calls() == 0
    assert "openai" not in gateway.breakers  # no model was asked, so no verdict either


local_model = pytest.mark.skipif(not LocalLlamaProvider.available(), reason="no local model runtime or GGUF file")


@local_model
def test_the_local_model_refusing_malformed_text_is_an_input_error() -> None:
    provider = LocalLlamaProvider(context=512, threads=1)
    spec = parse_model_specs([{**LOCAL, "context_window": 512}])["local"]

    async def both() -> list[BaseException]:
        errors: list[BaseException] = []
        try:
            await provider.complete(spec, ask("hi \ud800 there"))
        except Exception as error:  # noqa: BLE001 - asserted below
            errors.append(error)
        try:
            async for _ in provider.stream(spec, ask("hi \ud800 there")):
                pass
        except Exception as error:  # noqa: BLE001 - asserted below
            errors.append(error)
        return errors

    errors = asyncio.run(both())

    assert [type(error) for error in errors] == [InvalidInput, InvalidInput]
    assert all(isinstance(error.__cause__, UnicodeError) for error in errors)


@local_model
def test_text_too_long_for_the_local_model_never_touches_its_breaker(remote: LLMTestServer) -> None:
    # llama.cpp raises ValueError on a prompt past its context: the input's fault.
    gateway = build(
        remote,
        models=({**LOCAL, "context_window": 256},),
        local_provider=LocalLlamaProvider(context=256, threads=1),
        breaker_failures=1,
    )
    too_long = " ".join(["tannin"] * 600)

    error, _ = timed(gateway.complete(ask(too_long)))
    events = collect(gateway, ask(too_long))

    assert isinstance(error, InvalidInput), error
    assert events[-1].type == "error"
    assert events[-1].data["code"] == "invalid_input"
    assert events[-1].data["reason"].count("local:") == 1  # one attempt: no retry
    snapshot = gateway.breakers["local"].snapshot()
    assert (snapshot.state, snapshot.attempts) == (BreakerState.CLOSED, 0)


def test_the_api_maps_input_errors_to_400_and_deadlines_to_504() -> None:
    invalid = gateway_error(InvalidInput("upstream said: bad token at 12", public_message="Not valid."))
    late = gateway_error(DeadlineExceeded("draft: the total deadline of 60 s passed: no time left"))

    assert (invalid.status, invalid.code, invalid.message) == (400, "invalid_input", "Not valid.")
    assert (late.status, late.code) == (504, "upstream_timeout")


# --- /health -------------------------------------------------------------------------------------------


@pytest.fixture
def process_gateway(remote: LLMTestServer) -> Iterator[None]:
    """The process-wide gateway (the one /health reads), on the test server, built afresh."""
    with override_settings(
        LLM_BASE_URL=remote.base_url,
        LLM_API_KEY="test",
        LLM_MODELS=[DRAFT],
        LLM_TIMEOUT_SECONDS=0.2,
        LLM_RETRY_ATTEMPTS=1,
        LLM_EGRESS_PER_MINUTE=100_000,
        CACHE_KEY_PREFIX=f"deadline-test-{uuid.uuid4().hex}",
    ):
        registry_module.model_registry.cache_clear()
        gateway_module.get_gateway.cache_clear()
        try:
            yield
        finally:
            registry_module.model_registry.cache_clear()
            gateway_module.get_gateway.cache_clear()


def ask_process_gateway(count: int) -> None:
    async def run() -> None:
        gateway = gateway_module.get_gateway()
        for n in range(count):
            # Failures are the point: the breaker records them.
            with contextlib.suppress(GatewayError):
                await gateway.complete(ask(f"health question {n}"))
        await gateway.drain()

    asyncio.run(run())


def test_health_turns_degraded_when_the_breaker_is_open(remote: LLMTestServer, process_gateway: None) -> None:
    with override_settings(LLM_BREAKER_FAILURES=2):
        gateway_module.get_gateway.cache_clear()
        ask_process_gateway(1)
        healthy = check_llm()
        remote.state.queue_faults("draft", ["timeout"] * 2)
        ask_process_gateway(3)
        unhealthy = check_llm()

    assert healthy == ("ok", f"{remote.base_url} answers (200)")
    status, detail = unhealthy
    assert status == "degraded"
    # /models still answers: only the real calls tell.
    assert detail.startswith(
        f"{remote.base_url} answers (200); openai: breaker open, 2 of 3 attempts failed (2 timed out)"
    )
    assert remote.state.calls["draft"] == 3  # the third call was refused by the breaker


def test_health_turns_degraded_on_a_high_recent_failure_rate_with_the_breaker_closed(
    remote: LLMTestServer, process_gateway: None
) -> None:
    # Never opens by count (100 failures needed), so the rate alone must tell.
    with override_settings(LLM_BREAKER_FAILURES=100):
        gateway_module.get_gateway.cache_clear()
        remote.state.queue_faults("draft", ["500", "ok", "ok", "500", "ok", "ok", "500", "ok", "ok", "500"])
        ask_process_gateway(10)
        status, detail = check_llm()

    assert status == "degraded"
    assert "openai: breaker closed, 4 of 10 attempts failed (0 timed out)" in detail
