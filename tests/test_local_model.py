"""The bundled model itself, through llama.cpp, as `make run` serves it (no network, no key)."""

from __future__ import annotations

import asyncio
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest
from django.conf import settings

from llm.budgets import BudgetLedger
from llm.cache import GatewayCache
from llm.egress import EgressQuota
from llm.gateway import Gateway
from llm.providers import LocalLlamaProvider, local_model_path
from llm.registry import parse_model_specs
from llm.resilience import RetryPolicy
from llm.types import GatewayRequest, StreamEvent

LOCAL_ONLY = parse_model_specs(
    [{"name": "local", "provider": "local", "model": "", "context_window": 2048, "tier": "local"}]
)
# Short answers keep these tests to seconds on two cores.
# A phrasing task, the kind the tiny model is for (asked for recommendations, it tends to refuse).
QUESTION = GatewayRequest(
    messages=({"role": "user", "content": "Describe Jean Foillard Morgon, a light red Gamay, in one sentence."},),
    max_tokens=24,
    temperature=0.0,
    use_cache=False,
)


@pytest.fixture(scope="module")
def gateway() -> Gateway:
    assert local_model_path() is not None, "the model package (requirements-model.txt) is not installed"
    namespace = f"test-{uuid.uuid4().hex}"
    return Gateway(
        registry=LOCAL_ONLY,
        providers={"local": LocalLlamaProvider(context=2048, threads=settings.LOCAL_LLM_THREADS)},
        cache=GatewayCache(redis_url=settings.REDIS_URL, namespace=namespace),
        ledger=BudgetLedger(redis_url=settings.REDIS_URL, namespace=namespace),
        quota=EgressQuota(redis_url=settings.REDIS_URL, namespace=namespace, limit=1),
        retry_policy=RetryPolicy(attempts=1),
        # Generous: two cores shared with the rest of the suite.
        timeout_seconds=120,
    )


def test_the_local_model_answers_and_counts_its_tokens(gateway: Gateway) -> None:
    result = asyncio.run(gateway.complete(QUESTION))

    assert result.model_used == "local"
    assert result.text.strip() != ""
    assert result.prompt_tokens > 10
    assert 0 < result.completion_tokens <= 24
    assert result.cost_usd == Decimal(0)
    assert result.route_reason == "complexity low (estimated): local model"


def test_the_local_model_streams_token_by_token(gateway: Gateway) -> None:
    async def collect() -> list[StreamEvent]:
        return [event async for event in gateway.stream(QUESTION)]

    events = asyncio.run(collect())

    tokens = [event for event in events if event.type == "token"]
    assert len(tokens) > 1
    assert events[-1].type == "done"
    assert events[-1].data["model_used"] == "local"
    assert events[-1].data["completion_tokens"] > 0


def test_the_local_model_keeps_to_a_json_schema(gateway: Gateway) -> None:
    schema: dict[str, Any] = {
        "type": "object",
        # Bounded, so the grammar ends the answer in a few tokens (constrained decoding is
        # about a second a token for this model on two cores).
        "properties": {"wine_numbers": {"type": "array", "items": {"type": "integer", "enum": [1, 2]}, "maxItems": 2}},
        "required": ["wine_numbers"],
        "additionalProperties": False,
    }
    request = GatewayRequest(
        messages=(
            {"role": "system", "content": "Pick wines by number. Reply in JSON."},
            {"role": "user", "content": "1) Morgon, red, $58. 2) Sancerre, white, $52. A red for lamb?"},
        ),
        max_tokens=40,
        temperature=0.0,
        json_schema=schema,
        use_cache=False,
    )

    result = asyncio.run(gateway.complete(request))

    assert result.degraded is False
    data = json.loads(result.text)
    assert isinstance(data["wine_numbers"], list)
    assert set(data["wine_numbers"]) <= {1, 2}
