"""The official openai SDK, unchanged, as a client of /v1 on a real server (uvicorn, ASGI)."""

from __future__ import annotations

import threading
from collections import Counter
from decimal import Decimal

import openai
import pytest
from django.test import override_settings

from llm import gateway as gateway_module
from llm import registry as registry_module
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant
from tests.api.conftest import ApiCaller, caller


def test_a_plain_completion(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    llm_server.state.set_reply("draft", "A Syrah from the Rhône would suit it well.")

    completion = sdk.chat.completions.create(
        model="auto", messages=[{"role": "user", "content": "What goes with lamb?"}], max_tokens=50
    )

    assert completion.choices[0].message.content == "A Syrah from the Rhône would suit it well."
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None
    assert completion.usage.completion_tokens == 9
    assert completion.model == "auto"


def test_a_streamed_completion_ends_with_done(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    llm_server.state.set_reply("draft", "A Syrah from the Rhône would suit it well.")

    stream = sdk.chat.completions.create(
        model="auto",
        messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Lamb?"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)

    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert text == "A Syrah from the Rhône would suit it well."
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == 9


def test_the_same_request_twice_is_served_from_the_cache(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    llm_server.state.set_reply("draft", "A Syrah from the Rhône would suit it well.")
    messages: list[dict[str, str]] = [{"role": "user", "content": "What goes with lamb?"}]

    sdk.chat.completions.create(model="auto", messages=messages)  # type: ignore[arg-type]
    again = sdk.chat.completions.with_raw_response.create(model="auto", messages=messages)  # type: ignore[arg-type]

    assert again.http_response.json()["sommelier"]["cached"] is True
    assert llm_server.state.calls["draft"] == 1


def test_models_are_listed_and_strong_skips_the_draft(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    llm_server.state.set_reply("strong", "The strong model recommends the Syrah.")

    names = [model.id for model in sdk.models.list()]
    completion = sdk.chat.completions.create(
        model="strong", messages=[{"role": "user", "content": "Lamb?"}], max_tokens=20
    )

    assert names == ["auto", "draft", "strong", "minilm"]
    assert completion.choices[0].message.content == "The strong model recommends the Syrah."
    assert llm_server.state.calls["draft"] == 0


def test_sdk_errors_map_to_its_exceptions(live: str, sdk: openai.OpenAI) -> None:
    anonymous = openai.OpenAI(base_url=f"{live}/v1", api_key="som_wrong_key", max_retries=0)

    with pytest.raises(openai.AuthenticationError):
        anonymous.models.list()
    with pytest.raises(openai.NotFoundError, match=r"does not exist"):
        sdk.chat.completions.create(model="gpt-9", messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(openai.BadRequestError):
        sdk.chat.completions.create(model="auto", messages=[{"role": "user", "content": "hi"}], temperature=5)
    with pytest.raises(openai.BadRequestError):
        sdk.chat.completions.create(model="auto", messages=[])


def test_a_keys_daily_budget_admits_exactly_what_it_pays_for(live: str, restaurant_a: Restaurant) -> None:
    """30 concurrent uncached calls at $5 each against a key's $50: exactly 10 answered, 20 refused (402)."""
    Restaurant.objects.filter(pk=restaurant_a.pk).update(daily_llm_budget_usd=None)
    api: ApiCaller = caller(restaurant_a, ["chat"], daily_budget_usd=Decimal("50"))
    # $1 a completion token, nothing for the prompt; every reply is five tokens and max_tokens is 5,
    # so the reservation equals the real cost and the answer does not depend on timing.
    priced = [{"name": "draft", "provider": "openai", "model": "draft", "cost_in_per_1k": "0",
               "cost_out_per_1k": "1000", "tier": "draft"}]  # fmt: skip
    with override_settings(LLM_MODELS=priced):
        registry_module.model_registry.cache_clear()
        gateway_module.get_gateway.cache_clear()
        statuses: Counter[int] = Counter()
        lock = threading.Lock()
        start = threading.Barrier(30)

        def call(n: int) -> None:
            client = openai.OpenAI(base_url=f"{live}/v1", api_key=api.raw, max_retries=0, timeout=30)
            start.wait()
            try:
                client.chat.completions.create(
                    model="auto", messages=[{"role": "user", "content": f"question {n}"}], max_tokens=5
                )
                status = 200
            except openai.APIStatusError as error:
                status = error.status_code
            with lock:
                statuses[status] += 1

        threads = [threading.Thread(target=call, args=(n,)) for n in range(30)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    registry_module.model_registry.cache_clear()
    gateway_module.get_gateway.cache_clear()

    assert statuses == Counter({200: 10, 402: 20})
