"""Diner questions are limited per diner, per address and per restaurant; a refusal is friendly and stores nothing."""

from __future__ import annotations

import pytest
from django.test import override_settings

from chat import diner_limits
from chat.models import Message
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant
from tests.chat.test_diner_pages import Diner
from tests.factories import RestaurantFactory

# The middle of a minute: every request of a test falls in the same window.
PINNED_NOW = 1_800_000_030.0


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diner_limits, "_now", lambda: PINNED_NOW)


def questions_stored(restaurant: Restaurant) -> int:
    return Message.objects.filter(conversation__restaurant=restaurant, role=Message.Role.USER).count()


@override_settings(DINER_QUESTIONS_PER_DINER_PER_MINUTE=2)
def test_a_diner_asking_too_fast_is_told_to_wait_and_nothing_is_stored(
    asgi_url: str, harbor: Restaurant, llm_server: LLMTestServer
) -> None:
    diner = Diner(asgi_url, harbor.slug)
    diner.open()
    assert [diner.ask("A white for the fish?").status_code for _ in range(2)] == [200, 200]

    refused = diner.ask("And a red for the lamb?")
    no_javascript = diner.ask("And a red for the lamb?", htmx=False)

    assert refused.status_code == no_javascript.status_code == 429
    assert refused.headers["Retry-After"] == "30"
    assert "asking faster than I can pour" in refused.text
    assert "Please wait 30 s" in no_javascript.text
    assert questions_stored(harbor) == 2
    # Another diner at the same restaurant is not held back by this one.
    other = Diner(asgi_url, harbor.slug)
    other.open()
    assert other.ask("A white for the fish?").status_code == 200


@override_settings(DINER_QUESTIONS_PER_ADDRESS_PER_MINUTE=3, DINER_QUESTIONS_PER_RESTAURANT_PER_MINUTE=5)
def test_a_script_changing_cookies_meets_the_address_and_restaurant_limits(
    asgi_url: str, harbor: Restaurant, llm_server: LLMTestServer
) -> None:
    statuses = []
    for _ in range(4):
        fresh = Diner(asgi_url, harbor.slug)  # a new cookie each time
        fresh.open()
        statuses.append(fresh.ask("A white for the fish?").status_code)
    assert statuses == [200, 200, 200, 429]

    # The restaurant's own limit holds across addresses (behind a trusted proxy, each its own).
    with override_settings(TRUSTED_PROXIES=["127.0.0.1/32"], DINER_QUESTIONS_PER_ADDRESS_PER_MINUTE=100):
        answered = []
        for number in range(3):
            fresh = Diner(asgi_url, harbor.slug)
            fresh.client.headers["X-Forwarded-For"] = f"203.0.113.{number + 1}"
            fresh.open()
            answered.append(fresh.ask("A white for the fish?").status_code)
    # 3 admitted above (the refused one is not the restaurant's), so of these 3 two fit under 5.
    assert answered == [200, 200, 429]
    assert "very busy" in fresh.ask("A white for the fish?").text
    # Another restaurant's diners are untouched.
    elsewhere = RestaurantFactory.create(slug="elsewhere")
    other = Diner(asgi_url, elsewhere.slug)
    other.open()
    with override_settings(TRUSTED_PROXIES=["127.0.0.1/32"]):
        other.client.headers["X-Forwarded-For"] = "198.51.100.7"
        assert other.ask("A white for the fish?").status_code == 200
