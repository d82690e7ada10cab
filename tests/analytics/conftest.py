"""Analytics fixtures: API keys, records with known numbers, a spool of one's own, the gateway on the test server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.conf import settings

from analytics.models import LLMCall, RequestRecord
from analytics.recording import RecordSpool
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant

# The API's fixtures: generous rate limits and a fresh key cache for every test, keys for A and B.
from tests.api.conftest import (  # noqa: F401
    REMOTE_MODELS,
    ApiCaller,
    _generous_limits_and_fresh_key_cache,
    api_a,
    api_b,
    caller,
)
from tests.live import gateway_on_test_server


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
    with gateway_on_test_server(
        REMOTE_MODELS, LLM_RETRY_BASE_DELAY_SECONDS=0.0, LLM_RETRY_MAX_DELAY_SECONDS=0.0
    ) as server:
        yield server


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
