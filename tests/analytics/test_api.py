"""The metrics API: validated input, one error shape, scoped to the key's restaurant."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from django.db import connections
from django.test import override_settings
from django.utils import timezone

from analytics.models import Alert, LLMCall, RecommendationRecord, Threshold
from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant
from tests.analytics.conftest import llm_call
from tests.api.conftest import ApiCaller


def put_thresholds(api: ApiCaller, body: dict[str, Any]) -> Any:
    return api.client.put(
        "/api/v1/metrics/thresholds",
        json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {api.raw}",
    )


@pytest.fixture
def recent_calls(restaurant_a: Restaurant, restaurant_b: Restaurant) -> None:
    now = timezone.now()
    LLMCall.objects.bulk_create(
        [llm_call(restaurant_a, now - timedelta(minutes=5), latency_ms=float(100 * n)) for n in range(1, 21)]
        + [llm_call(restaurant_a, now - timedelta(minutes=5), model_used="strong", outcome="error") for _ in range(5)]
        + [llm_call(restaurant_b, now - timedelta(minutes=5)) for _ in range(7)]
    )


@pytest.mark.django_db
@pytest.mark.usefixtures("recent_calls")
def test_it_aggregates_the_keys_restaurant_by_model(api_a: ApiCaller) -> None:
    response = api_a.post("/api/v1/metrics/aggregated", {"group_by": ["model"]})

    assert response.status_code == 200
    body = response.json()
    assert [(row["group"], row["count"]) for row in body["rows"]] == [
        ({"model": "draft"}, 20),
        ({"model": "strong"}, 5),
    ]
    assert body["rows"][0]["p50_ms"] == 1050.0
    assert body["rows"][1]["error_rate"] == 1.0
    assert (body["kind"], body["source"]) == ("llm", "raw")


@pytest.mark.django_db
@pytest.mark.usefixtures("recent_calls")
def test_grouping_by_restaurant_still_shows_only_the_keys_own(api_b: ApiCaller, restaurant_b: Restaurant) -> None:
    response = api_b.post("/api/v1/metrics/aggregated", {"group_by": ["restaurant"]})

    assert [(row["group"], row["count"]) for row in response.json()["rows"]] == [({"restaurant": restaurant_b.pk}, 7)]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"group_by": ["colour"]}, "group_by"),
        ({"kind": "request", "group_by": ["model"]}, "group_by"),
        ({"group_by": ["model", "model"]}, "group_by"),
        ({"start": "2026-03-02T00:00:00Z", "end": "2026-03-01T00:00:00Z"}, "start"),
        ({"start": "2020-01-01T00:00:00Z", "end": "2026-03-01T00:00:00Z"}, "start"),
        ({"source": "guess"}, "source"),
        ({"start": "yesterday"}, "start"),
        ({"end": "0001-01-01T00:00:00Z"}, "end"),
    ],
)
def test_bad_input_is_a_400_in_the_one_error_shape(api_a: ApiCaller, body: dict[str, Any], field: str) -> None:
    response = api_a.post("/api/v1/metrics/aggregated", body)

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert field in error["details"]


@pytest.mark.django_db
def test_a_body_that_is_not_an_object_is_a_400(api_a: ApiCaller) -> None:
    response = api_a.post("/api/v1/metrics/aggregated", [1, 2])

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"


@pytest.mark.django_db
def test_without_a_key_it_is_a_401(client: Any) -> None:
    response = client.post("/api/v1/metrics/aggregated", "{}", content_type="application/json")

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


@pytest.mark.django_db
@pytest.mark.usefixtures("recent_calls")
def test_it_counts_the_keys_restaurant_only(api_a: ApiCaller, restaurant_a: Restaurant) -> None:
    RecommendationRecord.objects.create(
        uid="00000000-0000-0000-0000-000000000001", restaurant=restaurant_a, question="q", wine_ids=[1], channel="api"
    )

    response = api_a.get("/api/v1/metrics/count")

    assert response.status_code == 200
    body = response.json()
    assert (body["llm_calls"], body["recommendations"]) == (25, 1)


@pytest.mark.django_db
def test_count_refuses_a_bad_window(api_a: ApiCaller) -> None:
    response = api_a.get("/api/v1/metrics/count?start=soon")

    assert response.status_code == 400
    assert "start" in response.json()["error"]["details"]


@pytest.mark.django_db
@pytest.mark.usefixtures("recent_calls")
def test_crossing_a_threshold_raises_one_stored_alert(api_a: ApiCaller, restaurant_a: Restaurant) -> None:
    body = {"p95_latency_ms": 500, "error_rate": 0.5, "daily_cost_usd": "100.00", "cache_hit_ratio": None}

    response = put_thresholds(api_a, body)
    again = put_thresholds(api_a, body)

    assert response.status_code == 200
    assert response.json()["thresholds"] == {
        "p95_latency_ms": 500.0,
        "error_rate": 0.5,
        "daily_cost_usd": "100.00",
        "cache_hit_ratio": None,
    }
    assert [alert["metric"] for alert in response.json()["alerts_raised"]] == ["p95_latency_ms"]
    assert again.json()["alerts_raised"] == []  # one alert per metric and hour
    alert = Alert.objects.get(restaurant=restaurant_a)
    assert (alert.metric, alert.threshold, alert.webhook) == ("p95_latency_ms", 500.0, "none")


@pytest.mark.django_db
def test_thresholds_need_the_admin_scope(reader_a: ApiCaller) -> None:
    response = put_thresholds(reader_a, {})

    assert response.status_code == 403
    assert not Threshold.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body", [{"error_rate": 1.5}, {"p95_latency_ms": -1}, {"daily_cost_usd": "abc"}, {"cache_hit_ratio": "x"}]
)
def test_thresholds_out_of_range_are_refused(api_a: ApiCaller, body: dict[str, Any]) -> None:
    response = put_thresholds(api_a, body)

    assert response.status_code == 400
    assert next(iter(body)) in response.json()["error"]["details"]


class _Webhook(BaseHTTPRequestHandler):
    received: list[dict[str, Any]] = []
    status = 204

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        type(self).received.append(json.loads(self.rfile.read(length)))
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def webhook() -> Iterator[tuple[str, type[_Webhook]]]:
    handler = type("Webhook", (_Webhook,), {"received": [], "status": 204})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/alerts", handler
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
@pytest.mark.usefixtures("recent_calls")
def test_a_new_alert_is_posted_to_the_webhook(
    api_a: ApiCaller,
    restaurant_a: Restaurant,
    webhook: tuple[str, type[_Webhook]],
    django_capture_on_commit_callbacks: Any,
) -> None:
    url, handler = webhook
    with override_settings(ANALYTICS_ALERT_WEBHOOK_URL=url), django_capture_on_commit_callbacks(execute=True):
        put_thresholds(api_a, {"error_rate": 0.1})

    (payload,) = handler.received
    assert payload["alert"]["metric"] == "error_rate"
    assert payload["alert"]["restaurant"]["slug"] == restaurant_a.slug
    assert payload["alert"]["value"] == 0.2
    assert Alert.objects.get().webhook == "sent"


@pytest.mark.django_db
@pytest.mark.usefixtures("recent_calls")
def test_a_webhook_that_fails_is_noted_on_the_alert(
    api_a: ApiCaller, webhook: tuple[str, type[_Webhook]], django_capture_on_commit_callbacks: Any
) -> None:
    url, handler = webhook
    handler.status = 500
    with override_settings(ANALYTICS_ALERT_WEBHOOK_URL=url), django_capture_on_commit_callbacks(execute=True):
        put_thresholds(api_a, {"error_rate": 0.1})

    assert len(handler.received) == 1
    assert Alert.objects.get().webhook == "failed"


REPORT = "What is slow: the strong model at 1000 ms p95. What costs most: strong. What to change: cache more."


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_reports_make_one_model_call(
    restaurant_a: Restaurant, api_a: ApiCaller, llm_server: LLMTestServer
) -> None:
    LLMCall.objects.bulk_create([llm_call(restaurant_a, timezone.now() - timedelta(hours=1)) for _ in range(5)])
    for model in ("draft", "strong"):
        llm_server.state.set_reply(model, REPORT)
    llm_server.state.latency_ms = 300  # long enough for all fifty to arrive while the first is asked

    def ask(_: int) -> Any:
        try:
            return api_a.post("/api/v1/analyze/performance")
        finally:
            connections.close_all()  # this thread's connection, or the test database cannot be dropped

    with ThreadPoolExecutor(max_workers=50) as pool:
        responses = list(pool.map(ask, range(50)))

    assert {response.status_code for response in responses} == {200}
    assert llm_server.state.total_calls() == 1
    bodies = [response.json() for response in responses]
    assert {body["report"] for body in bodies} == {REPORT}
    assert {body["source"] for body in bodies} == {"model"}
    assert bodies[0]["metrics"]["llm_overall"]["count"] == 5


@pytest.mark.django_db
def test_the_report_falls_back_to_rules_when_the_model_is_down(
    restaurant_a: Restaurant, api_a: ApiCaller, llm_server: LLMTestServer
) -> None:
    LLMCall.objects.bulk_create([llm_call(restaurant_a, timezone.now() - timedelta(hours=1), latency_ms=4000.0)])
    for model in ("draft", "strong"):
        llm_server.state.queue_faults(model, ["503"] * 10)

    response = api_a.post("/api/v1/analyze/performance")

    assert response.status_code == 200
    body = response.json()
    assert body["source"] == "rules"
    assert body["report"].startswith("Rule-based report (the AI model was unavailable)")
    assert "Slowest model: draft with p95 4000 ms" in body["report"]
    assert body["fallback_reason"]
    assert llm_server.state.total_calls() >= 2  # retried, then the fallback chain


@pytest.mark.django_db
def test_the_report_needs_the_admin_scope(reader_a: ApiCaller) -> None:
    assert reader_a.post("/api/v1/analyze/performance").status_code == 403
