"""Analytics fixtures: API keys, records with known numbers, a spool of one's own, the gateway on the test server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.conf import settings
from django.test import override_settings

from analytics.models import LLMCall, RequestRecord
from analytics.recording import RecordSpool
from api.keys import clear_key_cache
from chat.gateway import gateway as gateway_module
from chat.gateway import registry as registry_module
from chat.gateway.testserver import LLMTestServer
from recommendations.models import Restaurant
from tests.api.conftest import REMOTE_MODELS, ApiCaller, caller


@pytest.fixture(autouse=True)
def _generous_api_limits() -> Iterator[None]:
    with override_settings(
        API_RATE_LIMIT_PER_MINUTE=100_000,
        API_RATE_LIMIT_PER_IP_PER_MINUTE=100_000,
        API_RATE_LIMIT_BAD_KEYS_PER_MINUTE=100_000,
    ):
        clear_key_cache()
        yield
    clear_key_cache()


@pytest.fixture
def api_a(restaurant_a: Restaurant) -> ApiCaller:
    return caller(restaurant_a)


@pytest.fixture
def api_b(restaurant_b: Restaurant) -> ApiCaller:
    return caller(restaurant_b)


@pytest.fixture
def reader_a(restaurant_a: Restaurant) -> ApiCaller:
    return caller(restaurant_a, scopes=["read"])


@pytest.fixture
def spool() -> Iterator[RecordSpool]:
    """A spool in its own Redis namespace: other tests' records never mix in."""
    namespace = f"{settings.CACHE_KEY_PREFIX}:analytics-test-{uuid.uuid4().hex}"
    own = RecordSpool(redis_url=settings.REDIS_URL, namespace=namespace, batch_size=50, background=False)
    yield own
    client = own.client()
    assert client is not None
    for key in client.scan_iter(match=f"{namespace}:*"):
        client.delete(key)


@pytest.fixture
def llm_server() -> Iterator[LLMTestServer]:
    with (
        LLMTestServer() as server,
        override_settings(
            LLM_BASE_URL=server.base_url,
            LLM_MODELS=REMOTE_MODELS,
            LLM_EGRESS_PER_MINUTE=100_000,
            LLM_RETRY_BASE_DELAY_SECONDS=0.0,
            LLM_RETRY_MAX_DELAY_SECONDS=0.0,
        ),
    ):
        registry_module.model_registry.cache_clear()
        gateway_module.get_gateway.cache_clear()
        yield server
    registry_module.model_registry.cache_clear()
    gateway_module.get_gateway.cache_clear()


def llm_call(restaurant: Restaurant | None, at: datetime, **fields: Any) -> LLMCall:
    defaults: dict[str, Any] = {
        "operation": "chat",
        "model_used": "draft",
        "latency_ms": 100.0,
        "outcome": "ok",
        "cache_tier": "miss",
        "prompt_tokens": 10,
        "completion_tokens": 5,
        "cost_usd": Decimal("0.001"),
    }
    return LLMCall(uid=uuid.uuid4(), restaurant=restaurant, created_at=at, **{**defaults, **fields})


def request_record(restaurant: Restaurant | None, at: datetime, **fields: Any) -> RequestRecord:
    defaults: dict[str, Any] = {"route": "api/v1/metrics/count", "method": "GET", "status": 200, "latency_ms": 20.0}
    return RequestRecord(uid=uuid.uuid4(), restaurant=restaurant, created_at=at, **{**defaults, **fields})
