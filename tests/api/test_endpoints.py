"""Chat (plain and SSE), conversations, text operations, predictions and stats, through the real gateway."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from django.test import AsyncClient

from analytics.models import LLMCall
from analytics.recording import flush_now
from api.models import SentimentPrediction
from chat.models import Conversation, Message
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant
from tests.api.conftest import ApiCaller, caller, stock_list

pytestmark = pytest.mark.django_db


def stream_post(api: ApiCaller, path: str, body: Any) -> tuple[Any, str]:
    """POST over Django's ASGI test path, reading the whole stream on the loop that produced it."""

    async def call() -> tuple[Any, str]:
        response: Any = await AsyncClient().post(
            path, json.dumps(body), content_type="application/json", headers={"Authorization": f"Bearer {api.raw}"}
        )
        if not response.streaming:
            return response, ""
        chunks: Any = response.streaming_content
        return response, b"".join([chunk async for chunk in chunks]).decode()

    return async_to_sync(call)()


def sse_events(text: str) -> list[tuple[str, dict[str, Any]]]:
    events = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


# --- Chat -----------------------------------------------------------------------------------


def test_chat_answers_from_the_list_with_the_gateways_numbers(
    api_a: ApiCaller, restaurant_a: Restaurant, llm_server: LLMTestServer
) -> None:
    stock_list(restaurant_a)

    response = api_a.post("/api/v1/chat", {"message": "a red under $60 for the lamb?"})

    body = response.json()
    assert response.status_code == 200, body
    assert body["wines"][0]["name"] == "Syrah Cornas"
    assert "Syrah Cornas" in body["message"]
    assert body["model_used"] == "draft"
    assert (body["cascaded"], body["draft_accepted"], body["cached"], body["degraded"]) == (False, True, False, False)
    assert body["prompt_tokens"] > 0
    assert body["completion_tokens"] > 0
    assert Decimal(body["cost_usd"]) > 0
    conversation = Conversation.objects.get(public_id=body["conversation_id"])
    assert (conversation.channel, conversation.owner) == ("api", f"key:{api_a.key.pk}")


def test_a_follow_up_in_the_same_conversation_keeps_its_context(
    api_a: ApiCaller, restaurant_a: Restaurant, llm_server: LLMTestServer
) -> None:
    stock_list(restaurant_a)
    first = api_a.post("/api/v1/chat", {"message": "a red under $60 for the lamb?"}).json()

    second = api_a.post("/api/v1/chat", {"message": "and a white?", "conversation_id": first["conversation_id"]})

    assert second.status_code == 200
    assert second.json()["conversation_id"] == first["conversation_id"]
    history = api_a.get(f"/api/v1/conversations/{first['conversation_id']}").json()
    assert [m["role"] for m in history["messages"]] == ["user", "assistant", "user", "assistant"]


def test_the_same_question_again_is_answered_from_the_cache(
    api_a: ApiCaller, restaurant_a: Restaurant, llm_server: LLMTestServer
) -> None:
    stock_list(restaurant_a)
    api_a.post("/api/v1/chat", {"message": "a red under $60 for the lamb?"})
    calls = llm_server.state.total_calls()

    again = api_a.post("/api/v1/chat", {"message": "A red under $60 for the lamb"}).json()

    assert again["cached"] is True
    assert llm_server.state.total_calls() == calls


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"message": ""},
        {"message": "x" * 501},
        {"message": "red", "max_tokens": 0},
        {"message": "red", "max_tokens": 4001},
        {"message": "red", "temperature": -0.1},
        {"message": "red", "temperature": 2.1},
        {"message": "red", "sensitivity": "secret"},
        {"message": "red", "conversation_id": "not-a-uuid"},
        ["not", "an", "object"],
    ],
)
def test_chat_rejects_bad_input_with_a_400(api_a: ApiCaller, body: Any) -> None:
    response = api_a.post("/api/v1/chat", body)

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"
    assert not Message.objects.exists()


def test_invalid_json_is_a_400(api_a: ApiCaller) -> None:
    response = api_a.client.post("/api/v1/chat", "{nope", content_type="application/json", headers=api_a.auth())

    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_json")


def test_another_keys_conversation_is_a_404(
    api_a: ApiCaller, restaurant_a: Restaurant, llm_server: LLMTestServer
) -> None:
    stock_list(restaurant_a)
    mine = api_a.post("/api/v1/chat", {"message": "a red?"}).json()["conversation_id"]
    colleague = caller(restaurant_a, ["chat"])

    follow_up = colleague.post("/api/v1/chat", {"message": "cheaper?", "conversation_id": mine})
    reading = colleague.get(f"/api/v1/conversations/{mine}")

    assert follow_up.status_code == 404
    assert reading.status_code == 404


def test_a_restaurant_over_its_budget_gets_a_402(
    api_a: ApiCaller, restaurant_a: Restaurant, llm_server: LLMTestServer
) -> None:
    stock_list(restaurant_a)
    Restaurant.objects.filter(pk=restaurant_a.pk).update(daily_llm_budget_usd=Decimal("0"))

    plain = api_a.post("/api/v1/chat", {"message": "a red under $60 for the lamb?"})
    streamed, _ = stream_post(api_a, "/api/v1/chat/stream", {"message": "a red for the lamb, please"})

    assert (plain.status_code, plain.json()["error"]["code"]) == (402, "budget_exceeded")
    assert (streamed.status_code, streamed.json()["error"]["code"]) == (402, "budget_exceeded")
    assert llm_server.state.total_calls() == 0


def test_a_key_over_its_own_budget_gets_a_402_on_chat(restaurant_a: Restaurant, llm_server: LLMTestServer) -> None:
    stock_list(restaurant_a)
    thrifty = caller(restaurant_a, ["chat"], daily_budget_usd=Decimal("0"))
    generous = caller(restaurant_a, ["chat"])

    plain = thrifty.post("/api/v1/chat", {"message": "a red under $60 for the lamb?"})
    streamed, _ = stream_post(thrifty, "/api/v1/chat/stream", {"message": "a red for the lamb, please"})
    allowed = generous.post("/api/v1/chat", {"message": "a white for the oysters?"})

    assert (plain.status_code, plain.json()["error"]["code"]) == (402, "budget_exceeded")
    assert (streamed.status_code, streamed.json()["error"]["code"]) == (402, "budget_exceeded")
    assert allowed.status_code == 200
    assert llm_server.state.total_calls() == 1


def test_the_stream_sends_route_tokens_and_one_done(
    api_a: ApiCaller, restaurant_a: Restaurant, llm_server: LLMTestServer
) -> None:
    stock_list(restaurant_a)

    response, text = stream_post(
        api_a, "/api/v1/chat/stream", {"message": "a red under $60 for the lamb?", "max_tokens": 200}
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "text/event-stream"
    events = sse_events(text)
    kinds = [kind for kind, _ in events]
    assert kinds[0] == "route"
    assert kinds[-1] == "done"
    assert kinds.count("done") == 1
    assert "token" in kinds
    done = events[-1][1]
    assert "".join(data["text"] for kind, data in events if kind == "token") == done["message"]
    assert done["wines"][0]["name"] == "Syrah Cornas"


# --- Text operations ------------------------------------------------------------------------

REVIEW = "The lamb was superb and the Syrah was a perfect match. Service was slow, though."


# --- Predictions and stats ------------------------------------------------------------------


def test_predict_stores_each_prediction_with_its_latency(api_a: ApiCaller) -> None:
    response = api_a.post("/api/v1/predict", {"text": "The wine was wonderful!"})

    body = response.json()
    stored = SentimentPrediction.objects.get(pk=body["id"])
    assert response.status_code == 201
    assert body["label"] == "positive"
    assert (stored.restaurant_id, stored.api_key_id, stored.label) == (
        api_a.key.restaurant_id,
        api_a.key.pk,
        "positive",
    )
    assert stored.latency_ms == body["latency_ms"]
    assert stored.latency_ms >= 0


@pytest.mark.parametrize("body", [{}, {"text": ""}, {"text": "x" * 5001}, {"text": ["a list"]}])
def test_predict_rejects_bad_input(api_a: ApiCaller, body: dict[str, Any]) -> None:
    assert api_a.post("/api/v1/predict", body).status_code == 400


def test_stats_count_only_the_callers_restaurant(
    api_a: ApiCaller, api_b: ApiCaller, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    common = {"operation": "chat", "route_reason": "", "latency_ms": 5.0, "outcome": "ok"}
    LLMCall.objects.create(restaurant=restaurant_a, model_used="draft", cost_usd=Decimal("0.002"), **common)
    LLMCall.objects.create(restaurant=restaurant_a, model_used="draft", cache_tier="memory", **common)
    LLMCall.objects.create(restaurant=restaurant_a, model_used="strong", cost_usd=Decimal("0.010"), **common)
    LLMCall.objects.create(restaurant=restaurant_b, model_used="strong", cost_usd=Decimal("5"), **common)

    body = api_a.get("/api/v1/stats").json()

    assert body["total_queries"] == 3
    assert body["total_cost_usd"] == "0.012000"
    assert body["average_cost_usd"] == "0.004000"
    assert body["models_used"] == {"draft": 2, "strong": 1}
    assert body["cache_hit_ratio"] == pytest.approx(1 / 3, abs=1e-4)
    assert body["uptime_seconds"] >= 0


def test_calls_made_through_the_api_show_up_in_the_stats(api_a: ApiCaller, llm_server: LLMTestServer) -> None:
    llm_server.state.set_reply("draft", "A short summary here.")
    api_a.post("/api/v1/text/process", {"operation": "summarize", "text": REVIEW})
    api_a.post("/api/v1/text/process", {"operation": "summarize", "text": REVIEW})
    flush_now()

    body = api_a.get("/api/v1/stats").json()

    assert body["total_queries"] == 2
    assert body["cache_hit_ratio"] == 0.5


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"message": "a red?", "temperature": True}, "temperature"),
        ({"message": "a red?", "temperature": "0.5"}, "temperature"),
        ({"message": "a red?", "max_tokens": "50"}, "max_tokens"),
        ({"message": "a red?", "max_tokens": 50.0}, "max_tokens"),
        ({"message": "a red?", "force_direct": "yes"}, "force_direct"),
        ({"message": 12}, "message"),
    ],
)
def test_json_bodies_get_json_types(api_a: ApiCaller, body: dict[str, Any], field: str) -> None:
    """What the schema refuses is refused: DRF alone would coerce all of these."""
    response = api_a.post("/api/v1/chat", body)

    assert response.status_code == 400
    assert field in response.json()["error"]["details"]
