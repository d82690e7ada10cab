"""API test fixtures: keys for the shared restaurants, clients that send them, the gateway on the test server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import openai
import pytest
from django.test import Client, override_settings

from api.keys import api_key_create, clear_key_cache
from api.models import ApiKey
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant, WineColour
from tests.factories import MenuItemFactory, WineFactory
from tests.live import gateway_on_test_server, live_api

ALL_SCOPES = ["read", "chat", "recommend", "admin"]
REMOTE_MODELS = [
    {"name": "draft", "provider": "openai", "model": "draft", "cost_in_per_1k": "0.5", "cost_out_per_1k": "1.5", "tier": "draft"},
    {"name": "strong", "provider": "openai", "model": "strong", "cost_in_per_1k": "5", "cost_out_per_1k": "15", "tier": "strong"},
]  # fmt: skip


@dataclass
class ApiCaller:
    """A Django test client that sends one API key."""

    key: ApiKey
    raw: str
    client: Client

    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.raw}"}

    def get(self, path: str) -> Any:
        return self.client.get(path, headers=self.auth())

    def post(self, path: str, body: Any = None) -> Any:
        return self.client.post(path, json.dumps(body), content_type="application/json", headers=self.auth())

    def delete(self, path: str) -> Any:
        return self.client.delete(path, headers=self.auth())


def caller(restaurant: Restaurant, scopes: list[str] | None = None, **options: Any) -> ApiCaller:
    key, raw = api_key_create(restaurant=restaurant, name="test key", scopes=scopes or ALL_SCOPES, **options)
    return ApiCaller(key=key, raw=raw, client=Client())


@pytest.fixture(autouse=True)
def _generous_limits_and_fresh_key_cache() -> Iterator[None]:
    # The rate-limit tests set their own limits; everything else must never meet them.
    with override_settings(
        API_RATE_LIMIT_THREAD_SENSITIVE=True,
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
def llm_server() -> Iterator[LLMTestServer]:
    """The gateway pointed at our OpenAI-compatible test server (draft and strong), no local model."""
    with gateway_on_test_server(REMOTE_MODELS) as server:
        yield server


def stock_list(restaurant: Restaurant) -> None:
    """A small list with a lamb dish, enough for the recommender to choose from."""
    WineFactory.create(restaurant=restaurant, name="Syrah Cornas", producer="Domaine Test", grapes=["Syrah"],
                       bottle_price=Decimal("55"), description="Full-bodied Syrah, smoky, for lamb.")  # fmt: skip
    WineFactory.create(restaurant=restaurant, name="Sancerre", producer="Domaine Blanc", grapes=["Sauvignon Blanc"],
                       colour=WineColour.WHITE, bottle_price=Decimal("48"), description="Crisp white for oysters.")  # fmt: skip
    MenuItemFactory.create(restaurant=restaurant, name="Roast lamb", tags=["lamb", "roasted"])


@pytest.fixture
def live(transactional_db: None, llm_server: LLMTestServer) -> Iterator[str]:
    with live_api() as base_url:
        yield base_url
    clear_key_cache()


@pytest.fixture
def sdk(live: str, restaurant_a: Restaurant) -> openai.OpenAI:
    api = caller(restaurant_a, ["chat"])
    return openai.OpenAI(base_url=f"{live}/v1", api_key=api.raw, max_retries=0, timeout=30)
