"""/v1 is faithful: a named model's answer as it is, the cascade only for "auto" and only when a
stronger model exists, the caller's parameters honoured or refused by name, finish_reason true."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import openai
import pytest
from asgiref.sync import async_to_sync
from openai.types.chat import ChatCompletionMessageFunctionToolCall

from api.keys import clear_key_cache
from llm.budgets import budget_ledger
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant
from tests.api.conftest import REMOTE_MODELS, caller
from tests.live import gateway_on_test_server, live_api

YES_OR_NO: list[Any] = [{"role": "user", "content": "Is Chablis a white wine? Answer yes or no."}]
POUR: Any = {
    "type": "function",
    "function": {
        "name": "pour",
        "description": "Pour a wine from the list by the glass.",
        "parameters": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]},
    },
}


def raw(sdk: openai.OpenAI, **arguments: Any) -> dict[str, Any]:
    response = sdk.chat.completions.with_raw_response.create(**arguments)
    data: dict[str, Any] = response.http_response.json()
    return data


def test_a_named_model_gets_its_answer_as_it_is(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    llm_server.state.set_reply("draft", "Yes.")

    data = raw(sdk, model="draft", messages=YES_OR_NO)

    assert data["choices"][0]["message"]["content"] == "Yes."
    assert data["choices"][0]["finish_reason"] == "stop"
    assert llm_server.state.calls["strong"] == 0  # no quality check, so no escalation


def test_auto_escalates_a_refused_draft_and_keeps_the_last_answer_when_none_passes(
    sdk: openai.OpenAI, llm_server: LLMTestServer
) -> None:
    llm_server.state.set_reply("draft", "Yes.")
    llm_server.state.set_reply("strong", "Yes.")

    data = raw(sdk, model="auto", messages=YES_OR_NO, max_tokens=20)

    assert data["choices"][0]["message"]["content"] == "Yes."
    assert data["sommelier"]["model_used"] == "strong"
    assert data["sommelier"]["draft_accepted"] is False
    assert llm_server.state.calls["draft"] == llm_server.state.calls["strong"] == 1


@pytest.fixture
def draft_only(transactional_db: None, restaurant_a: Restaurant) -> Iterator[openai.OpenAI]:
    with gateway_on_test_server(REMOTE_MODELS[:1]) as server, live_api() as base_url:
        server.state.set_reply("draft", "Yes.")
        api = caller(restaurant_a, ["chat"])
        yield openai.OpenAI(base_url=f"{base_url}/v1", api_key=api.raw, max_retries=0, timeout=30)
    clear_key_cache()


def test_with_no_stronger_model_auto_returns_the_drafts_valid_short_answer(draft_only: openai.OpenAI) -> None:
    data = raw(draft_only, model="auto", messages=YES_OR_NO)

    assert data["choices"][0]["message"]["content"] == "Yes."
    assert data["sommelier"]["draft_accepted"] is False
    assert "no stronger model accepted it" in data["sommelier"]["route_reason"]


def test_finish_reason_is_length_when_max_tokens_cut_the_answer(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    llm_server.state.set_reply("draft", "A Syrah from the Rhône would suit the lamb very well indeed.")

    plain = sdk.chat.completions.create(model="draft", messages=YES_OR_NO, max_tokens=4)
    chunks = list(sdk.chat.completions.create(model="draft", messages=YES_OR_NO, max_tokens=3, stream=True))

    assert plain.choices[0].message.content == "A Syrah from the"
    assert plain.choices[0].finish_reason == "length"
    assert [chunk.choices[0].finish_reason for chunk in chunks if chunk.choices][-1] == "length"


def test_stop_seed_top_p_and_json_mode_reach_the_upstream(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    llm_server.state.set_reply("draft", '{"wine": "Syrah"} and more')

    completion = sdk.chat.completions.create(
        model="draft",
        messages=YES_OR_NO,
        stop=[" and"],
        seed=42,
        top_p=0.5,
        response_format={"type": "json_object"},
        user="table-7",
    )

    sent = llm_server.state.requests[-1]
    assert (sent["stop"], sent["seed"], sent["top_p"]) == ([" and"], 42, 0.5)
    assert sent["response_format"] == {"type": "json_object"}
    assert completion.choices[0].message.content == '{"wine": "Syrah"}'


@pytest.mark.parametrize(
    ("arguments", "param"),
    [
        ({"logprobs": True}, "logprobs"),
        ({"functions": [{"name": "pour", "parameters": {}}]}, "functions"),
        ({"tool_choice": "required"}, "tool_choice"),
        ({"tools": [POUR, POUR]}, "tools"),
        ({"tools": [POUR], "tool_choice": {"type": "function", "function": {"name": "decant"}}}, "tool_choice"),
        ({"tools": [{"type": "function", "function": {"name": "pour wine"}}]}, "tools"),
        ({"n": 2}, "n"),
        ({"top_p": 1.5}, "top_p"),
        ({"stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ({"response_format": {"type": "xml"}}, "response_format"),
        ({"response_format": {"type": "json_schema"}}, "response_format"),
    ],
)
def test_a_parameter_we_cannot_honour_is_a_400_naming_it(
    sdk: openai.OpenAI, llm_server: LLMTestServer, arguments: dict[str, Any], param: str
) -> None:
    with pytest.raises(openai.BadRequestError) as raised:
        sdk.chat.completions.create(model="draft", messages=YES_OR_NO, **arguments)

    assert param in raised.value.response.json()["error"]["details"]
    assert llm_server.state.total_calls() == 0


def test_v1_errors_carry_openai_type_and_param(sdk: openai.OpenAI, llm_server: LLMTestServer, live: str) -> None:
    with pytest.raises(openai.NotFoundError) as missing:
        sdk.chat.completions.create(model="gpt-9", messages=YES_OR_NO)
    with pytest.raises(openai.BadRequestError) as invalid:
        sdk.chat.completions.create(model="draft", messages=YES_OR_NO, temperature=7)
    anonymous = openai.OpenAI(base_url=f"{live}/v1", api_key="som_wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as refused:
        anonymous.models.list()

    assert missing.value.type == "invalid_request_error"
    assert missing.value.param == "model"
    assert missing.value.code == "model_not_found"
    assert (invalid.value.type, invalid.value.param) == ("invalid_request_error", "temperature")
    assert refused.value.type == "authentication_error"


def test_every_api_answer_says_how_many_requests_are_left(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    llm_server.state.set_reply("draft", "Yes.")

    first = sdk.models.with_raw_response.list().http_response.headers
    second = sdk.chat.completions.with_raw_response.create(model="draft", messages=YES_OR_NO).http_response.headers

    limit = int(first["x-ratelimit-limit-requests"])
    assert int(first["x-ratelimit-remaining-requests"]) == limit - 1
    assert int(second["x-ratelimit-remaining-requests"]) == limit - 2
    assert first["x-ratelimit-reset-requests"].endswith("s")
    assert len(second["x-request-id"]) == 32


# --- tools: passed through to the upstream, its calls passed back ------------------------------------


def test_tools_reach_the_upstream_and_its_tool_calls_come_back(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    completion = sdk.chat.completions.create(
        model="draft", messages=YES_OR_NO, tools=[POUR], tool_choice="auto", parallel_tool_calls=False
    )

    sent = llm_server.state.requests[-1]
    assert sent["tools"] == [POUR]
    assert (sent["tool_choice"], sent["parallel_tool_calls"]) == ("auto", False)
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    assert choice.message.tool_calls is not None
    call = choice.message.tool_calls[0]
    assert isinstance(call, ChatCompletionMessageFunctionToolCall)
    assert call.function.name == "pour"
    assert json.loads(call.function.arguments) == {"query": YES_OR_NO[0]["content"]}


def test_a_tool_result_sent_back_gets_the_models_answer_in_words(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    first = sdk.chat.completions.create(model="draft", messages=YES_OR_NO, tools=[POUR])
    assert first.choices[0].message.tool_calls is not None
    call = first.choices[0].message.tool_calls[0]
    llm_server.state.set_reply("draft", "Yes: a white, and the Chablis is poured.")

    second = sdk.chat.completions.create(
        model="draft",
        tools=[POUR],
        messages=[
            *YES_OR_NO,
            {"role": "assistant", "content": None, "tool_calls": [call.model_dump()]},  # type: ignore[list-item]
            {"role": "tool", "tool_call_id": call.id, "content": '{"poured": "Chablis 2022"}'},
        ],
    )

    sent = llm_server.state.requests[-1]["messages"]
    assert sent[1]["tool_calls"][0]["id"] == call.id
    assert (sent[2]["role"], sent[2]["tool_call_id"]) == ("tool", call.id)
    assert second.choices[0].message.content == "Yes: a white, and the Chablis is poured."
    assert second.choices[0].finish_reason == "stop"


def test_streamed_tool_calls_arrive_whole_with_their_finish_reason(
    sdk: openai.OpenAI, llm_server: LLMTestServer
) -> None:
    chunks = list(sdk.chat.completions.create(model="draft", messages=YES_OR_NO, tools=[POUR], stream=True))

    calls = [call for chunk in chunks if chunk.choices for call in chunk.choices[0].delta.tool_calls or []]
    assert len(calls) == 1
    assert calls[0].function is not None
    assert calls[0].function.name == "pour"
    assert json.loads(calls[0].function.arguments or "") == {"query": YES_OR_NO[0]["content"]}
    assert [chunk.choices[0].finish_reason for chunk in chunks if chunk.choices][-1] == "tool_calls"


def test_a_request_kept_on_our_own_servers_is_offered_no_tools(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    # Confidential: the local tier only, and the in-process model calls no tools.
    with pytest.raises(openai.BadRequestError) as raised:
        sdk.chat.completions.create(
            model="draft", messages=YES_OR_NO, tools=[POUR], extra_body={"sensitivity": "confidential"}
        )

    assert raised.value.param == "tools"
    assert "local model does not call tools" in raised.value.message
    assert llm_server.state.total_calls() == 0


def test_a_tool_message_must_name_the_call_it_answers(sdk: openai.OpenAI, llm_server: LLMTestServer) -> None:
    with pytest.raises(openai.BadRequestError) as raised:
        sdk.chat.completions.create(
            model="draft",
            tools=[POUR],
            messages=[*YES_OR_NO, {"role": "tool", "content": "poured"}],  # type: ignore[list-item,misc]
        )

    assert "tool_call_id" in str(raised.value.response.json()["error"]["details"])
    assert llm_server.state.total_calls() == 0


def test_a_stream_the_client_cuts_gives_its_budget_reservation_back(
    live: str, llm_server: LLMTestServer, restaurant_a: Restaurant
) -> None:
    api = caller(restaurant_a, ["chat"], daily_budget_usd=Decimal("5.00"))
    scope = f"apikey:{api.key.pk}"
    llm_server.state.set_reply("draft", " ".join(f"word{n}" for n in range(60)))
    llm_server.state.token_delay_ms = 100  # six seconds of words: the client leaves long before
    body = {"model": "draft", "messages": YES_OR_NO, "stream": True, "max_tokens": 200}

    with (
        httpx.Client(base_url=live, timeout=30) as client,
        client.stream(
            "POST", "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {api.raw}"}
        ) as response,
    ):
        lines = response.iter_lines()
        words = next(line for line in lines if '"content": "word' in line)
        during = async_to_sync(budget_ledger().spent)(scope=scope)
    # The connection is closed: the server notices at its next word and ends the stream.

    deadline = time.monotonic() + 10
    after = during
    while time.monotonic() < deadline and after != 0:
        time.sleep(0.1)
        after = async_to_sync(budget_ledger().spent)(scope=scope)

    assert words
    assert during > 0  # the reservation held while words flowed
    assert after == 0
    assert llm_server.state.calls["draft"] == 1
