"""Input that cannot hurt others: bad text, lost bodies and oversized bodies end at the HTTP edge.

- A lone surrogate or NUL anywhere in a JSON body (keys included), NUL in a query string,
  and blank text where text is required are a 400 in the one error shape on every family
  of endpoints, before any model or table sees them (a surrogate used to reach the model
  provider, raise there, and open the shared circuit breaker for every restaurant).
- Error bodies carry our words, never a provider's or an exception's text.
- Chunked bodies (no Content-Length) are read like sized ones and limited by the bytes
  received, over real HTTP to uvicorn (Django's test client always sends a Content-Length).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from asgiref.sync import async_to_sync
from django.conf import settings
from django.test import override_settings
from rest_framework.renderers import JSONRenderer

from analytics.models import Threshold
from api.http import drf_exception_handler
from api.models import SentimentPrediction
from api.ratelimit import capped_receive
from chat.models import Message
from config.api import BAD_TEXT_MESSAGE
from llm.budgets import BudgetExceeded
from llm.gateway import get_gateway
from llm.resilience import BreakerState
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant
from tests.api.conftest import REMOTE_MODELS, ApiCaller, caller, stock_list
from tests.live import gateway_on_test_server, live_api

SURROGATE = "\ud800"
NUL = "\x00"
THRESHOLDS = "/api/v1/metrics/thresholds"
SETTINGS = {"p95_latency_ms": 1500.0, "error_rate": 0.2, "daily_cost_usd": Decimal("12.50"), "cache_hit_ratio": 0.3}


def send(api: ApiCaller, method: str, path: str, body: str | bytes) -> Any:
    """``body`` as it is on the wire (json.dumps writes a lone surrogate as the escape \\ud800)."""
    return api.client.generic(method, path, body, content_type="application/json", headers=api.auth())


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"}
    # The one shape; /v1 adds OpenAI's type and param to it for OpenAI's clients.
    request = response.request  # Django's test client: the WSGI environ; httpx: a Request
    path = request["PATH_INFO"] if isinstance(request, dict) else request.url.path
    openai_fields = {"type", "param"} if path.startswith("/v1/") else set()
    assert set(body["error"]) == {"code", "message", "details"} | openai_fields
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str)
    assert body["error"]["message"]
    return dict(body["error"])


# Every endpoint family that reads JSON: (method, path, a valid body with TEXT where text goes, its field).
TEXT = "<text>"
ENDPOINTS = {
    "recommendations": ("POST", "/api/v1/restaurants/bistro-a/recommendations", {"query": TEXT}, "query"),
    "search": ("POST", "/api/v1/restaurants/bistro-a/search", {"query": TEXT}, "query"),
    "chat": ("POST", "/api/v1/chat", {"message": TEXT}, "message"),
    "chat_stream": ("POST", "/api/v1/chat/stream", {"message": TEXT}, "message"),
    "text_process": ("POST", "/api/v1/text/process", {"operation": "summarize", "text": TEXT}, "text"),
    "text_batch": ("POST", "/api/v1/text/batch", {"items": [{"operation": "summarize", "text": TEXT}]}, "items"),
    "predict": ("POST", "/api/v1/predict", {"text": TEXT}, "text"),
    "metrics_aggregated": ("POST", "/api/v1/metrics/aggregated", {"kind": TEXT}, "kind"),
    "metrics_thresholds": ("PUT", THRESHOLDS, {"error_rate": 0.5, "note": TEXT}, "note"),
    "openai_chat": (
        "POST",
        "/v1/chat/completions",
        {"model": "auto", "messages": [{"role": "user", "content": TEXT}]},
        "messages",
    ),
}


def with_text(body: Any, text: str) -> Any:
    return json.loads(json.dumps(body).replace(json.dumps(TEXT)[1:-1], json.dumps(text)[1:-1]))


def nothing_reached_a_model_or_a_table(server: LLMTestServer, restaurant: Restaurant) -> None:
    assert server.state.total_calls() == 0
    assert not Message.objects.exists()
    assert not SentimentPrediction.objects.exists()
    assert not Threshold.objects.filter(restaurant=restaurant).exists()


# --- Bad text in JSON bodies ----------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", list(ENDPOINTS))
@pytest.mark.parametrize("bad", [f"a red {SURROGATE} please", f"a red {NUL} please", SURROGATE, NUL])
def test_a_lone_surrogate_or_nul_in_a_value_is_a_400_everywhere(
    api_a: ApiCaller, restaurant_a: Restaurant, llm_server: LLMTestServer, endpoint: str, bad: str
) -> None:
    stock_list(restaurant_a)
    method, path, body, field = ENDPOINTS[endpoint]

    response = send(api_a, method, path, json.dumps(with_text(body, bad)))

    error = assert_error(response, 400, "invalid")
    # The path to the string is named; the string itself is not echoed.
    assert [key.split(".")[0].split("[")[0] for key in error["details"]] == [field], error
    assert list(error["details"].values()) == [[BAD_TEXT_MESSAGE]]
    assert "please" not in response.content.decode()
    nothing_reached_a_model_or_a_table(llm_server, restaurant_a)


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", list(ENDPOINTS))
@pytest.mark.parametrize("bad_key", [f"x{SURROGATE}", f"x{NUL}"])
def test_a_lone_surrogate_or_nul_in_a_key_is_a_400_everywhere(
    api_a: ApiCaller, restaurant_a: Restaurant, llm_server: LLMTestServer, endpoint: str, bad_key: str
) -> None:
    stock_list(restaurant_a)
    method, path, body, _ = ENDPOINTS[endpoint]
    # Otherwise valid: without the key every one of these bodies would be taken.
    valid = with_text(body, "a red for the lamb")

    response = send(api_a, method, path, json.dumps({**valid, bad_key: 1}))

    # A bad key is reported at its object (here the body itself), and not echoed.
    assert assert_error(response, 400, "invalid")["details"] == {"non_field_errors": [BAD_TEXT_MESSAGE]}
    nothing_reached_a_model_or_a_table(llm_server, restaurant_a)


@pytest.mark.django_db
def test_bad_text_deep_inside_is_found_and_its_path_named(api_a: ApiCaller, llm_server: LLMTestServer) -> None:
    body = {
        "model": "auto",
        "messages": [
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": [{"type": "text", "text": "fine"}, {"type": "text", "text": SURROGATE}]},
        ],
    }

    response = send(api_a, "POST", "/v1/chat/completions", json.dumps(body))

    assert assert_error(response, 400, "invalid")["details"] == {"messages[1].content[1].text": [BAD_TEXT_MESSAGE]}
    assert llm_server.state.total_calls() == 0


@pytest.mark.django_db
def test_a_surrogate_pair_is_one_character_and_welcome(api_a: ApiCaller) -> None:
    # \ud83c\udf77 is the wine glass: paired halves are not the lone surrogates refused above.
    response = send(api_a, "POST", "/api/v1/predict", json.dumps({"text": "lovely wine \U0001f377"}))

    assert response.status_code == 201, response.content
    assert SentimentPrediction.objects.get().text == "lovely wine \U0001f377"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v1/predict", "/api/v1/chat", "/v1/chat/completions"])
@pytest.mark.parametrize(
    "raw",
    [b'{"text": "caf\xe9"}', b'{"text": NaN}', b'{"text": Infinity}', b"\xef\xbb\xbf{}", b'{"text": "a\x00b"}'],
)
def test_bodies_that_are_not_json_are_invalid_json_on_both_kinds_of_view(
    api_a: ApiCaller, path: str, raw: bytes
) -> None:
    # Latin-1 bytes, NaN and Infinity, a byte-order mark, a raw NUL: the DRF views and the
    # async views parse with the same function and answer the same.
    response = send(api_a, "POST", path, raw)

    error = assert_error(response, 400, "invalid_json")
    assert error["message"].startswith("The body is not valid")
    assert not SentimentPrediction.objects.exists()


# --- Blank text ------------------------------------------------------------------------------


BLANK_BODIES = {
    "recommendations": ("/api/v1/restaurants/bistro-a/recommendations", {"query": "   "}),
    "search": ("/api/v1/restaurants/bistro-a/search", {"query": "\n\t "}),
    "chat": ("/api/v1/chat", {"message": "  "}),
    "text_process": ("/api/v1/text/process", {"operation": "summarize", "text": ""}),
    "text_qa": ("/api/v1/text/process", {"operation": "qa", "text": "The menu changes.", "question": "  "}),
    "text_batch": ("/api/v1/text/batch", {"items": [{"operation": "summarize", "text": " "}]}),
    "predict": ("/api/v1/predict", {"text": " "}),
    "openai_content": ("/v1/chat/completions", {"model": "auto", "messages": [{"role": "user", "content": "  "}]}),
    "openai_parts": (
        "/v1/chat/completions",
        {"model": "auto", "messages": [{"role": "user", "content": [{"type": "text", "text": " "}]}]},
    ),
    "openai_system": (
        "/v1/chat/completions",
        {"model": "auto", "messages": [{"role": "system", "content": ""}, {"role": "user", "content": "hi"}]},
    ),
    "openai_model": ("/v1/chat/completions", {"model": " ", "messages": [{"role": "user", "content": "hi"}]}),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(BLANK_BODIES))
def test_blank_text_where_text_is_required_is_a_400(
    api_a: ApiCaller, restaurant_a: Restaurant, llm_server: LLMTestServer, case: str
) -> None:
    stock_list(restaurant_a)
    path, body = BLANK_BODIES[case]

    response = api_a.post(path, body)

    assert assert_error(response, 400, "invalid")["details"]
    nothing_reached_a_model_or_a_table(llm_server, restaurant_a)


# --- Query strings and the renderer ---------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/api/v1/metrics/count?start=%00", "/api/v1/metrics/count?%00=1", "/v1/models?user=a%00b", "/api/v1/stats?x=%00"],
)
def test_nul_in_a_query_string_is_a_400(api_a: ApiCaller, path: str) -> None:
    error = assert_error(api_a.get(path), 400, "invalid")

    assert list(error["details"]) == ["query_string"]


@pytest.mark.django_db
def test_a_query_string_cannot_bring_a_surrogate(api_a: ApiCaller) -> None:
    # %ED%A0%80 is a surrogate's UTF-8 form, which is not UTF-8: decoded as U+FFFD, then refused as a date.
    error = assert_error(api_a.get("/api/v1/metrics/count?start=%ED%A0%80"), 400, "invalid")

    assert "start" in error["details"]


def test_the_api_renderer_never_raises_on_a_character_utf8_cannot_encode() -> None:
    # Before UNICODE_JSON was turned off, DRF rendered with ensure_ascii=False and encode() raised.
    rendered = JSONRenderer().render({"detail": f'"{SURROGATE}" is not a valid choice.'})

    assert json.loads(rendered) == {"detail": f'"{SURROGATE}" is not a valid choice.'}


@pytest.mark.django_db
def test_an_echoed_non_ascii_choice_renders_as_escaped_json(api_a: ApiCaller) -> None:
    response = api_a.post("/api/v1/metrics/aggregated", {"kind": "rosé"})

    error = assert_error(response, 400, "invalid")
    assert error["details"]["kind"] == ['"rosé" is not a valid choice.']
    assert response.content.isascii()


# --- The breaker is not the caller's to open -------------------------------------------------


@pytest.mark.django_db
def test_surrogates_sent_to_the_openai_endpoint_cannot_open_the_breaker_for_others(
    api_a: ApiCaller, restaurant_b: Restaurant, llm_server: LLMTestServer
) -> None:
    # Five: the breaker's failure threshold (the fault probe's count).
    for _ in range(5):
        body = {"model": "auto", "messages": [{"role": "user", "content": f"hi {SURROGATE}"}]}
        assert_error(send(api_a, "POST", "/v1/chat/completions", json.dumps(body)), 400, "invalid")
    assert llm_server.state.total_calls() == 0

    other = caller(restaurant_b, ["chat"]).post(
        "/api/v1/text/process", {"operation": "summarize", "text": "Our tasting menu changes every week."}
    )

    assert other.status_code == 200, other.content
    assert other.json()["model_used"] in {"draft", "strong"}
    assert all(breaker.state is BreakerState.CLOSED for breaker in get_gateway().breakers.values())


# --- Error bodies carry our words ------------------------------------------------------------


@pytest.fixture
def failing_server() -> Iterator[LLMTestServer]:
    """Both models answer 500, with retries kept quick (their schedule has tests of its own)."""
    with gateway_on_test_server(
        REMOTE_MODELS, LLM_RETRY_BASE_DELAY_SECONDS=0.01, LLM_RETRY_MAX_DELAY_SECONDS=0.02
    ) as server:
        for model in ("draft", "strong"):
            server.state.queue_faults(model, ["500"] * 40)
        yield server


@pytest.mark.django_db
def test_no_model_answering_is_a_503_without_the_providers_text(
    api_a: ApiCaller, failing_server: LLMTestServer
) -> None:
    text_op = api_a.post(
        "/api/v1/text/process", {"operation": "summarize", "text": "The menu changes weekly.", "method": "model"}
    )
    openai = api_a.post(
        "/v1/chat/completions", {"model": "auto", "max_tokens": 20, "messages": [{"role": "user", "content": "hi"}]}
    )

    expected = {"code": "upstream_unavailable", "message": "No language model could answer right now.", "details": {}}
    assert assert_error(text_op, 503, "upstream_unavailable") == expected
    assert assert_error(openai, 503, "upstream_unavailable") == {**expected, "type": "server_error", "param": None}
    assert failing_server.state.total_calls() > 0  # the models were asked, and failed


@pytest.mark.django_db
def test_degraded_answers_say_why_without_the_providers_text(
    api_a: ApiCaller, restaurant_a: Restaurant, failing_server: LLMTestServer
) -> None:
    stock_list(restaurant_a)
    # Budget enough for the strong model's reservations: the models' failure is the only reason.
    Restaurant.objects.filter(pk=restaurant_a.pk).update(daily_llm_budget_usd=Decimal("1000"))

    recommended = api_a.post("/api/v1/restaurants/bistro-a/recommendations", {"query": "a red for the lamb?"})
    chatted = api_a.post("/api/v1/chat", {"message": "a red for the lamb?"})
    report = api_a.post("/api/v1/analyze/performance")

    assert (recommended.status_code, chatted.status_code, report.status_code) == (200, 200, 200)
    assert recommended.json()["degraded_reason"] == "no model could answer"
    assert chatted.json()["degraded_reason"] == "no model could answer"
    assert report.json()["fallback_reason"] == "no model could answer"
    for response in (recommended, chatted, report):
        # The test server's 500 says "injected server error"; the SDK wraps it as "Error code: 500".
        assert "injected" not in response.content.decode()
        assert "Error code" not in response.content.decode()
    assert failing_server.state.total_calls() > 0


@pytest.mark.django_db
def test_a_budget_402_names_no_internal_scope(restaurant_a: Restaurant, llm_server: LLMTestServer) -> None:
    Restaurant.objects.filter(pk=restaurant_a.pk).update(daily_llm_budget_usd=Decimal("0"))
    thrifty = caller(restaurant_a, ["chat"], daily_budget_usd=Decimal("0"))

    response = thrifty.post(
        "/api/v1/text/process", {"operation": "summarize", "text": "The menu changes weekly.", "method": "model"}
    )

    error = assert_error(response, 402, "budget_exceeded")
    assert "restaurant:" not in error["message"]
    assert "apikey:" not in error["message"]
    assert error["details"]["limit_usd"] == "0.00"
    assert error["details"]["budget"] in {"restaurant", "api_key"}


def test_a_budget_raised_in_a_drf_view_is_the_same_402() -> None:
    """The configured DRF handler (the HTTP edge's, config.api knows no app) words it like the async views."""
    exceeded = BudgetExceeded(
        scope="apikey:7", limit_usd=Decimal("5"), spent_usd=Decimal("4.5"), requested_usd=Decimal("1")
    )

    response = drf_exception_handler(exceeded, {})

    assert settings.REST_FRAMEWORK["EXCEPTION_HANDLER"] == "api.http.drf_exception_handler"
    assert response is not None
    assert response.status_code == 402
    assert response.data == {
        "error": {
            "code": "budget_exceeded",
            "message": "Over this API key's daily LLM budget: $4.50 of $5.00 already spent today, "
            "and this call needs up to $1.00.",
            "details": {"budget": "api_key", "limit_usd": "5.00", "spent_usd": "4.50", "requested_usd": "1.00"},
        }
    }


# --- Lost bodies do not change stored data ---------------------------------------------------


@pytest.fixture
def stored(restaurant_a: Restaurant) -> Threshold:
    return Threshold.objects.create(restaurant=restaurant_a, **SETTINGS)


def thresholds_of(restaurant: Restaurant) -> dict[str, Any]:
    threshold = Threshold.objects.get(restaurant=restaurant)
    return {name: getattr(threshold, name) for name in SETTINGS}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "invalid_json"),
        (b"{", "invalid_json"),
        (b'{"error_rate": NaN}', "invalid_json"),
        (b"null", "invalid"),
        (b"[]", "invalid"),
        (b'{"error_rate": 0.9, "x\\ud800": 1}', "invalid"),
        (b'{"error_rate": 0.9, "p95_latency_ms": "\\u0000"}', "invalid"),
        (b'{"error_rate": 2}', "invalid"),
    ],
)
def test_a_malformed_thresholds_put_changes_nothing(
    api_a: ApiCaller, restaurant_a: Restaurant, stored: Threshold, raw: bytes, code: str
) -> None:
    response = send(api_a, "PUT", THRESHOLDS, raw)

    assert_error(response, 400, code)
    assert thresholds_of(restaurant_a) == SETTINGS


@pytest.mark.django_db
def test_an_empty_json_object_still_clears_the_thresholds(
    api_a: ApiCaller, restaurant_a: Restaurant, stored: Threshold
) -> None:
    # {} sent on purpose is the documented "watch nothing"; only a missing body is refused.
    response = send(api_a, "PUT", THRESHOLDS, b"{}")

    assert response.status_code == 200, response.content
    assert thresholds_of(restaurant_a) == dict.fromkeys(SETTINGS)


# --- Chunked bodies over real HTTP -----------------------------------------------------------


@pytest.fixture
def live(transactional_db: None) -> Iterator[str]:
    with live_api() as base_url:
        yield base_url


def chunked(*parts: bytes) -> Iterator[bytes]:
    """A body httpx sends with Transfer-Encoding: chunked and no Content-Length."""
    yield from parts


def put_chunked(live: str, key: str | None, *parts: bytes) -> httpx.Response:
    headers = {"Content-Type": "application/json"}
    if key is not None:
        headers["Authorization"] = f"Bearer {key}"
    response = httpx.put(f"{live}{THRESHOLDS}", content=chunked(*parts), headers=headers, timeout=60)
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert "content-length" not in response.request.headers
    return response


@pytest.mark.django_db(transaction=True)
def test_a_chunked_put_applies_like_a_sized_one(live: str, restaurant_a: Restaurant, stored: Threshold) -> None:
    key = caller(restaurant_a).raw

    response = put_chunked(
        live,
        key,
        b'{"p95_latency_ms": 900, "error_rate": ',
        b"0.05, ",
        b'"daily_cost_usd": "7.25", "cache_hit_ratio": null}',
    )

    assert response.status_code == 200, response.text
    assert response.json()["thresholds"]["error_rate"] == 0.05
    assert thresholds_of(restaurant_a) == {
        "p95_latency_ms": 900.0,
        "error_rate": 0.05,
        "daily_cost_usd": Decimal("7.25"),
        "cache_hit_ratio": None,
    }


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("parts", "code"),
    [((), "invalid_json"), ((b"",), "invalid_json"), ((b'{"error_rate": ', b'"\\ud800"}'), "invalid")],
)
def test_a_chunked_put_that_is_empty_or_malformed_changes_nothing(
    live: str, restaurant_a: Restaurant, stored: Threshold, parts: tuple[bytes, ...], code: str
) -> None:
    key = caller(restaurant_a).raw

    response = put_chunked(live, key, *parts)

    assert_error(response, 400, code)
    assert thresholds_of(restaurant_a) == SETTINGS


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("keyed", [True, False], ids=["api-stack", "full-stack"])
def test_a_chunked_body_over_the_limit_is_a_413(
    live: str, restaurant_a: Restaurant, stored: Threshold, keyed: bool
) -> None:
    key = caller(restaurant_a).raw if keyed else None
    megabyte = b" " * (1024 * 1024)

    response = put_chunked(live, key, b'{"error_rate": 0.9', *([megabyte] * 20), b"}")

    error = assert_error(response, 413, "payload_too_large")
    assert error["details"] == {"limit": 1024 * 1024}
    assert thresholds_of(restaurant_a) == SETTINGS


@pytest.mark.django_db(transaction=True)
def test_a_chunked_body_just_under_the_limit_is_read_whole(live: str, restaurant_a: Restaurant) -> None:
    key = caller(restaurant_a).raw
    text = "Lovely evening, the wine was superb. "
    padding = b" " * (1024 * 1024 - 200)

    response = httpx.post(
        f"{live}/api/v1/predict",
        content=chunked(b'{"text": ', json.dumps(text).encode(), padding, b"}"),
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
        timeout=60,
    )

    assert response.status_code == 201, response.text
    assert response.json()["label"] == "positive"
    assert SentimentPrediction.objects.get().text == text.strip()


@pytest.mark.django_db(transaction=True)
def test_a_chunked_body_reaches_an_async_view_like_a_sized_one(
    live: str, restaurant_a: Restaurant, llm_server: LLMTestServer
) -> None:
    key = caller(restaurant_a).raw
    body = json.dumps({"operation": "summarize", "text": "Our tasting menu changes every week."}).encode()
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}

    sized = httpx.post(f"{live}/api/v1/text/process", content=body, headers=headers, timeout=60)
    streamed = httpx.post(
        f"{live}/api/v1/text/process", content=chunked(body[:10], body[10:]), headers=headers, timeout=60
    )

    assert sized.status_code == streamed.status_code == 200, streamed.text
    assert streamed.json()["result"] == sized.json()["result"]
    assert streamed.json()["cached"] is True  # the same request: same text, same cache key


# --- The ASGI receive cap --------------------------------------------------------------------


def test_the_asgi_receive_keeps_one_byte_over_the_limit_and_drains_the_rest() -> None:
    chunk = b"x" * 300_000
    messages = [{"type": "http.request", "body": chunk, "more_body": True} for _ in range(10)]
    messages.append({"type": "http.request", "body": b"", "more_body": False})
    scope = {"type": "http", "path": THRESHOLDS, "headers": [(b"content-type", b"application/json")]}

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def read_all() -> tuple[int, int]:
        capped = capped_receive(scope, receive)
        kept, seen = 0, 0
        while True:
            message = await capped()
            kept += len(message.get("body", b""))
            seen += 1
            if not message.get("more_body"):
                return kept, seen

    with override_settings(API_MAX_BODY_BYTES=1_000_000):
        kept, seen = async_to_sync(read_all)()

    assert kept == 1_000_001
    assert (seen, messages) == (11, [])  # every message was received: the client was read to the end


def test_the_asgi_receive_cap_is_only_for_the_api() -> None:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"x" * 10, "more_body": False}

    page = {"type": "http", "path": "/admin/", "headers": []}

    assert capped_receive(page, receive) is receive
