"""Text operations over HTTP: grounded by default, a model's words only when they pass the text's check.

Without ``llm_server`` the gateway has only the bundled local model (the embedded default);
with it, a draft and a strong model on our OpenAI-compatible test server.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest
from django.test import override_settings

from api.keys import clear_key_cache
from llm import gateway as gateway_module
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant
from tests.api.conftest import ApiCaller

pytestmark = pytest.mark.django_db

HARBOUR = (
    "Harbour Table opened in 2019 in a former bakery on the harbour. Its chef, Ana Ruiz, trained in Lyon "
    "before coming home. The wine list favours small growers from the Loire and Galicia, with twelve wines "
    "by the glass. Corkage is EUR 25 per bottle, and the restaurant is closed on Mondays. "
    "Desserts are simple: a lemon tart and a cheese board from the market."
)


def process(api: ApiCaller, **body: Any) -> Any:
    response = api.post("/api/v1/text/process", body)
    assert response.status_code == 200, response.json()
    return response.json()


def spans_of(result: dict[str, Any]) -> list[dict[str, Any]]:
    body = result["result"]
    if "sources" in body:
        return list(body["sources"])
    if "points" in body:
        return [point["source"] for point in body["points"]]
    if "questions" in body:
        return [question["source"] for question in body["questions"]]
    return [body["source"]] if body.get("source") else []


# --- The embedded default: extractive, no model call -----------------------------------------


def test_the_issue_question_is_answered_from_the_text_with_its_span(api_a: ApiCaller) -> None:
    result = process(api_a, operation="qa", text=HARBOUR, question="Which regions does the wine list favour?")

    answer = result["result"]
    assert answer["found"] is True
    assert "Loire and Galicia" in answer["answer"]
    assert HARBOUR[answer["source"]["start"] : answer["source"]["end"]] == answer["answer"]
    assert 0 < answer["score"] <= 1
    assert (result["method"], result["degraded"], result["model_used"]) == ("extractive", False, None)


def test_a_question_the_text_does_not_answer_says_so_instead_of_guessing(api_a: ApiCaller) -> None:
    answer = process(api_a, operation="qa", text=HARBOUR, question="Is there a vegan tasting menu?")["result"]

    assert (answer["found"], answer["answer"], answer["source"]) == (False, "The text does not say.", None)
    assert answer["score"] < 0.3


@pytest.mark.parametrize(
    ("operation", "options"),
    [("summarize", {"max_words": 30}), ("key_points", {"count": 3}), ("questions", {"count": 2})],
)
def test_every_extractive_result_is_the_texts_own_words_at_their_offsets(
    api_a: ApiCaller, operation: str, options: dict[str, int]
) -> None:
    result = process(api_a, operation=operation, text=HARBOUR, options=options)

    spans = spans_of(result)
    assert spans
    assert all(HARBOUR[span["start"] : span["end"]] == span["text"] for span in spans)
    assert result["method"] == "extractive"
    if operation == "summarize":
        assert len(result["result"]["summary"].split()) <= 30
        assert "Harbour Table opened in 2019" in result["result"]["summary"]
    if operation == "key_points":
        assert 1 <= len(result["result"]["points"]) <= 3
    if operation == "questions":
        assert result["result"]["declined"] is False
        assert all(question["text"].endswith("?") for question in result["result"]["questions"])


def test_questions_on_a_text_in_another_language_are_declined_in_words(api_a: ApiCaller) -> None:
    text = "Le restaurant a ouvert en 2019 dans une ancienne boulangerie. La carte des vins favorise la Loire."

    asked = process(api_a, operation="questions", text=text)["result"]
    summary = process(api_a, operation="summarize", text=text, options={"max_words": 12})["result"]

    assert (asked["declined"], asked["questions"]) == (True, [])
    assert "English" in asked["reason"]
    assert summary["summary"]
    assert summary["summary"] in text


def test_sentiment_is_lexical_and_never_calls_a_model(api_a: ApiCaller, llm_server: LLMTestServer) -> None:
    result = process(api_a, operation="sentiment", text="The lamb was superb, but service was painfully slow.")

    assert result["method"] == "lexicon"
    assert set(result["result"]) == {"label", "compound"}
    assert (result["prompt_tokens"], result["completion_tokens"], result["cost_usd"]) == (0, 0, "0")
    assert sum(llm_server.state.calls.values()) == 0


def test_extractive_on_request_makes_no_model_call_even_with_models(
    api_a: ApiCaller, llm_server: LLMTestServer
) -> None:
    result = process(api_a, operation="summarize", text=HARBOUR, method="extractive")

    assert result["method"] == "extractive"
    assert sum(llm_server.state.calls.values()) == 0


def test_a_restaurant_that_keeps_text_local_gets_extractive_results(
    api_a: ApiCaller, restaurant_a: Restaurant, llm_server: LLMTestServer
) -> None:
    Restaurant.objects.filter(pk=restaurant_a.pk).update(llm_policy="local_only")
    clear_key_cache()

    result = process(api_a, operation="qa", text=HARBOUR, question="How much is corkage?")

    assert (result["method"], result["degraded"]) == ("extractive", False)
    assert "EUR 25" in result["result"]["answer"]
    assert sum(llm_server.state.calls.values()) == 0


# --- With a capable model: its words, checked ------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "reply", "check"),
    [
        ("summarize", "Harbour Table opened in 2019 in a former bakery; its list favours the Loire and Galicia.",
         lambda body: body["summary"].startswith("Harbour Table opened in 2019")),
        ("key_points", "- Harbour Table opened in 2019 in a former bakery\n- Twelve wines are poured by the glass",
         lambda body: [point["text"] for point in body["points"]] == [
             "Harbour Table opened in 2019 in a former bakery", "Twelve wines are poured by the glass"]),
        ("questions", "Here are two questions:\n1. When did Harbour Table open?\n2. Where did the chef train?",
         lambda body: [question["text"] for question in body["questions"]] == [
             "When did Harbour Table open?", "Where did the chef train?"]),
        ("qa", "It favours small growers from the Loire and Galicia.",
         lambda body: body["found"] and "Loire" in body["source"]["text"]),
    ],
)  # fmt: skip
def test_a_models_grounded_words_are_the_result_with_evidence(
    api_a: ApiCaller, llm_server: LLMTestServer, operation: str, reply: str, check: Any
) -> None:
    llm_server.state.set_reply("draft", reply)

    result = process(api_a, operation=operation, text=HARBOUR, question="Which regions does the wine list favour?")

    assert (result["method"], result["degraded"], result["model_used"]) == ("draft", False, "draft")
    assert check(result["result"]), result["result"]
    assert all(HARBOUR[span["start"] : span["end"]] == span["text"] for span in spans_of(result))


@pytest.mark.parametrize(
    ("operation", "reply", "reason"),
    [
        ("summarize", "Harbour Table, in the heart of Paris since 2017, is family-run.", "'Paris'"),
        ("key_points", "- Opened in 2019\n- Fifteen wines by the glass", "'15'"),
        ("qa", "The wine list does not mention any specific region.", "the text answers it"),
        ("questions", "Here's a revised version of the text with some suggested edits:\nHarbour Table opened.",
         "did not write questions"),
    ],
)  # fmt: skip
def test_a_model_that_invents_or_denies_falls_back_to_the_text_and_says_why(
    api_a: ApiCaller, llm_server: LLMTestServer, operation: str, reply: str, reason: str
) -> None:
    llm_server.state.set_reply("draft", reply)

    result = process(api_a, operation=operation, text=HARBOUR, question="Which regions does the wine list favour?")

    assert (result["method"], result["degraded"], result["model_used"]) == ("extractive", True, "draft")
    assert reason in result["degraded_reason"]
    assert reply not in str(result["result"])
    assert all(HARBOUR[span["start"] : span["end"]] == span["text"] for span in spans_of(result))


def test_the_same_text_operation_twice_costs_one_model_call(api_a: ApiCaller, llm_server: LLMTestServer) -> None:
    llm_server.state.set_reply("draft", "Harbour Table opened in 2019 in a former bakery on the harbour.")
    body = {"operation": "summarize", "text": HARBOUR, "options": {"max_words": 20}}

    first = process(api_a, **body)
    second = process(api_a, **body)

    assert (first["cached"], second["cached"]) == (False, True)
    assert second["result"] == first["result"]
    assert llm_server.state.calls["draft"] == 1


def test_text_caches_are_per_restaurant(api_a: ApiCaller, api_b: ApiCaller, llm_server: LLMTestServer) -> None:
    llm_server.state.set_reply("draft", "Harbour Table opened in 2019 in a former bakery on the harbour.")

    process(api_a, operation="summarize", text=HARBOUR)
    other = process(api_b, operation="summarize", text=HARBOUR)

    assert other["cached"] is False


def test_auto_falls_back_to_the_text_when_no_model_answers(api_a: ApiCaller, llm_server: LLMTestServer) -> None:
    llm_server.state.queue_faults("draft", ["timeout"])
    llm_server.state.queue_faults("strong", ["timeout"])
    with override_settings(LLM_TIMEOUT_SECONDS=0.3, LLM_RETRY_ATTEMPTS=1):
        gateway_module.get_gateway.cache_clear()
        result = process(api_a, operation="qa", text=HARBOUR, question="How much is corkage?")
    gateway_module.get_gateway.cache_clear()

    assert (result["method"], result["degraded"]) == ("extractive", True)
    assert result["degraded_reason"]
    assert "EUR 25" in result["result"]["answer"]


def test_method_model_lets_upstream_timeouts_through_as_a_504(api_a: ApiCaller, llm_server: LLMTestServer) -> None:
    llm_server.state.queue_faults("draft", ["timeout"])
    llm_server.state.queue_faults("strong", ["timeout"])
    with override_settings(LLM_TIMEOUT_SECONDS=0.3, LLM_RETRY_ATTEMPTS=1):
        gateway_module.get_gateway.cache_clear()
        response = api_a.post(
            "/api/v1/text/process", {"operation": "summarize", "text": "Slow upstream.", "method": "model"}
        )
    gateway_module.get_gateway.cache_clear()

    assert (response.status_code, response.json()["error"]["code"]) == (504, "upstream_timeout")


def test_an_exhausted_egress_quota_is_a_429_with_retry_after_for_method_model(
    api_a: ApiCaller, llm_server: LLMTestServer
) -> None:
    llm_server.state.set_reply("draft", "A short summary here.")
    # Its own namespace: no other test's calls in this minute's window.
    with override_settings(
        LLM_EGRESS_PER_MINUTE=1, LLM_EGRESS_POLICY="reject", CACHE_KEY_PREFIX=f"egress-test-{uuid.uuid4().hex}"
    ):
        gateway_module.get_gateway.cache_clear()
        first = api_a.post("/api/v1/text/process", {"operation": "summarize", "text": "One.", "method": "model"})
        second = api_a.post("/api/v1/text/process", {"operation": "summarize", "text": "Two.", "method": "model"})
    gateway_module.get_gateway.cache_clear()

    assert first.status_code == 200, first.json()
    assert (second.status_code, second.json()["error"]["code"]) == (429, "llm_quota_exceeded")
    assert 1 <= int(second["Retry-After"]) <= 60


# --- Bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        {"operation": "translate", "text": "x"},
        {"operation": "qa", "text": "x"},
        {"operation": "summarize", "text": ""},
        {"operation": "summarize", "text": " \n\t "},
        {"operation": "summarize", "text": 42},
        {"operation": "summarize", "text": ["a", "b"]},
        {"operation": "summarize", "text": "???!!! ... ---"},
        {"operation": "summarize", "text": "x", "method": "guess"},
        {"operation": "summarize", "text": "x", "max_tokens": 4001},
        {"operation": "summarize", "text": "x", "temperature": 3},
        {"operation": "key_points", "text": "x", "options": {"count": 0}},
    ],
)
def test_text_operations_reject_bad_input(api_a: ApiCaller, body: dict[str, Any]) -> None:
    response = api_a.post("/api/v1/text/process", body)

    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid")


def test_a_text_over_the_limit_is_a_413_naming_the_item(api_a: ApiCaller, llm_server: LLMTestServer) -> None:
    single = api_a.post("/api/v1/text/process", {"operation": "summarize", "text": "x" * 50_001})
    batch = api_a.post(
        "/api/v1/text/batch",
        {"items": [{"operation": "summarize", "text": "Fine."}, {"operation": "summarize", "text": "x" * 50_001}]},
    )

    assert (single.status_code, single.json()["error"]["code"]) == (413, "text_too_long")
    assert (batch.status_code, list(batch.json()["error"]["details"])) == (413, ["items[1].text"])
    assert sum(llm_server.state.calls.values()) == 0


@pytest.mark.parametrize(
    "text",
    [
        "¿Tienen menú infantil? Sí: pasta o pescado a 12 euros, para menores de 10 años.",
        "Ресторан открылся в 2019 году. Винная карта большая.",
        "寿司とワイン。",
        "a",
        "12.50",
    ],
)
def test_any_text_gets_an_answer_never_a_500(api_a: ApiCaller, text: str) -> None:
    for operation, extra in (("summarize", {}), ("key_points", {}), ("questions", {}), ("qa", {"question": "Cuánto?"})):
        response = api_a.post("/api/v1/text/process", {"operation": operation, "text": text, **extra})
        assert response.status_code == 200, (operation, response.json())


# --- Batches ---------------------------------------------------------------------------------


def test_a_batch_answers_each_item_on_its_own_with_the_same_shape(api_a: ApiCaller) -> None:
    items = [
        {"operation": "qa", "text": HARBOUR, "question": "How much is corkage?"},
        {"operation": "sentiment", "text": "Superb lamb."},
        {"operation": "key_points", "text": HARBOUR, "options": {"count": 2}},
    ]

    response = api_a.post("/api/v1/text/batch", {"items": items})

    results = response.json()["results"]
    assert response.status_code == 200
    assert [(r["index"], r["ok"], r["result"]["method"]) for r in results] == [
        (0, True, "extractive"),
        (1, True, "lexicon"),
        (2, True, "extractive"),
    ]
    assert "EUR 25" in results[0]["result"]["result"]["answer"]
    assert len(results[2]["result"]["result"]["points"]) == 2


def test_a_batch_item_over_budget_falls_back_alone_or_fails_alone_for_method_model(
    api_a: ApiCaller, restaurant_a: Restaurant, llm_server: LLMTestServer
) -> None:
    llm_server.state.set_reply("draft", "Harbour Table opened in 2019 in a former bakery on the harbour.")
    api_a.post("/api/v1/text/process", {"operation": "summarize", "text": HARBOUR})  # now cached
    Restaurant.objects.filter(pk=restaurant_a.pk).update(daily_llm_budget_usd=Decimal("0"))
    clear_key_cache()  # other processes see the new budget within API_KEY_CACHE_SECONDS

    results = api_a.post(
        "/api/v1/text/batch",
        {
            "items": [
                {"operation": "summarize", "text": HARBOUR},
                {"operation": "summarize", "text": "Other text, not cached."},
                {"operation": "summarize", "text": "Other text, not cached.", "method": "model"},
            ]
        },
    ).json()["results"]

    assert (results[0]["ok"], results[0]["result"]["cached"], results[0]["result"]["method"]) == (True, True, "draft")
    assert (results[1]["ok"], results[1]["result"]["degraded"]) == (True, True)
    assert "BudgetExceeded" in results[1]["result"]["degraded_reason"]
    assert (results[2]["ok"], results[2]["error"]["code"]) == (False, "budget_exceeded")


def test_a_batch_is_bounded(api_a: ApiCaller) -> None:
    items = [{"operation": "summarize", "text": "x"}] * 21

    response = api_a.post("/api/v1/text/batch", {"items": items})

    assert response.status_code == 400
