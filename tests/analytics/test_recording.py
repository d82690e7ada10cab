"""Recording: batched, off the hot path, and nothing lost or doubled when PostgreSQL or Redis goes away."""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.db import connection, connections
from django.test import AsyncClient, Client, RequestFactory

from analytics.middleware import restaurant_of
from analytics.models import LLMCall, RecommendationRecord, RequestRecord
from analytics.recording import RecordSpool, flush_now, record_recommendation
from recommendations.models import Restaurant
from tests.api.conftest import ApiCaller


def recommendation(spool: RecordSpool, restaurant: Restaurant, n: int) -> None:
    spool.submit(
        "recommendation",
        {
            "restaurant_id": restaurant.pk,
            "question": f"question {n}",
            "wine_ids": [n],
            "channel": "api",
            "message_id": None,
        },
    )


def closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def database_down() -> Iterator[Any]:
    """Points the default connection at a closed port until the returned callable restores it."""
    original = connection.settings_dict["PORT"]

    def restore() -> None:
        connection.close()
        connection.settings_dict["PORT"] = original

    connection.close()
    connection.settings_dict["PORT"] = str(closed_port())
    yield restore
    restore()


@pytest.mark.django_db
def test_it_records_a_recommendation(restaurant_a: Restaurant) -> None:
    record_recommendation(restaurant_id=restaurant_a.pk, question="A red for lamb?", wine_ids=[3, 1], channel="diner")

    flush_now()

    record = RecommendationRecord.objects.get(restaurant=restaurant_a)
    assert (record.question, record.wine_ids, record.channel, record.message_id) == (
        "A red for lamb?",
        [3, 1],
        "diner",
        None,
    )


def test_recording_never_raises_into_the_caller() -> None:
    record_recommendation(restaurant_id="not a number", question="q", wine_ids=[1], channel="api")  # type: ignore[arg-type]


@pytest.mark.django_db(transaction=True)
def test_records_wait_in_redis_while_postgres_is_down_and_arrive_exactly_once(
    restaurant_a: Restaurant, spool: RecordSpool, database_down: Any
) -> None:
    for n in range(120):
        recommendation(spool, restaurant_a, n)
    assert spool.push() == 120
    assert spool.depth() == 120

    result = spool.drain()

    assert result.database_down is True
    assert result.written == 0
    assert spool.depth() == 120  # the claimed batch went back to the spool
    database_down()  # PostgreSQL is back
    assert RecommendationRecord.objects.count() == 0

    result = spool.drain()

    assert (result.written, result.database_down, spool.depth()) == (120, False, 0)
    questions = sorted(RecommendationRecord.objects.values_list("question", flat=True))
    assert questions == sorted(f"question {n}" for n in range(120))


@pytest.mark.django_db(transaction=True)
def test_a_connection_killed_mid_flush_loses_nothing(restaurant_a: Restaurant, spool: RecordSpool) -> None:
    for n in range(30):
        recommendation(spool, restaurant_a, n)
    spool.push()
    connection.ensure_connection()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    killer_connection = connections.create_connection("default")  # a second, separate connection
    with killer_connection.cursor() as killer:
        killer.execute("SELECT pg_terminate_backend(%s)", [pid])
    killer_connection.close()

    first = spool.drain()
    second = spool.drain()

    assert first.database_down is True
    assert (second.written, spool.depth()) == (30, 0)
    assert RecommendationRecord.objects.count() == 30


@pytest.mark.django_db(transaction=True)
def test_a_batch_written_twice_is_stored_once(restaurant_a: Restaurant, spool: RecordSpool) -> None:
    for n in range(10):
        recommendation(spool, restaurant_a, n)
    spool.push()
    client = spool.client()
    assert client is not None
    items = client.lrange(spool.spool_key, 0, -1)

    spool.drain()
    # The database committed, but the acknowledgement to Redis was lost: the batch comes back.
    client.rpush(spool.spool_key, *items)
    spool.drain()

    assert RecommendationRecord.objects.count() == 10


@pytest.mark.django_db(transaction=True)
def test_a_claim_left_by_a_dead_drainer_is_taken_over(restaurant_a: Restaurant, spool: RecordSpool) -> None:
    for n in range(5):
        recommendation(spool, restaurant_a, n)
    spool.push()
    client = spool.client()
    assert client is not None
    claim = client.register_script(
        "local items = redis.call('LPOP', KEYS[1], 10) redis.call('RPUSH', KEYS[2], unpack(items)) "
        "redis.call('ZADD', KEYS[3], 0, KEYS[2]) return #items"
    )
    claim(keys=[spool.spool_key, f"{spool.inflight_prefix}dead", spool.claims_key])
    assert spool.depth() == 0

    spool.drain()

    assert RecommendationRecord.objects.count() == 5
    assert client.exists(f"{spool.inflight_prefix}dead") == 0


def test_records_wait_in_memory_while_redis_is_down(restaurant_a: Restaurant, spool: RecordSpool) -> None:
    spool.redis_url = f"redis://127.0.0.1:{closed_port()}/0"
    spool._client = None
    for n in range(7):
        recommendation(spool, restaurant_a, n)

    assert spool.push() == 0
    assert len(spool.buffer) == 7

    spool.redis_url = settings.REDIS_URL
    spool._client = None
    assert spool.push() == 7
    assert (len(spool.buffer), spool.depth()) == (0, 7)


@pytest.mark.django_db
def test_a_record_the_database_refuses_is_dropped_alone(restaurant_a: Restaurant, spool: RecordSpool) -> None:
    recommendation(spool, restaurant_a, 1)
    spool.submit("request", {"route": "x", "method": "GET", "status": 99_999_999, "latency_ms": 1.0})
    recommendation(spool, restaurant_a, 2)
    spool.push()

    result = spool.drain()

    assert (result.written, result.dropped) == (2, 1)
    assert RecommendationRecord.objects.count() == 2


@pytest.mark.django_db
def test_the_middleware_records_the_url_pattern_status_and_restaurant(
    restaurant_a: Restaurant, api_a: ApiCaller
) -> None:
    Client().get("/liveness")
    api_a.get("/api/v1/metrics/count")
    Client().post(f"/api/v1/restaurants/{restaurant_a.slug}/search", {}, content_type="application/json")
    Client().get("/no/such/page/42")

    flush_now()

    recorded = {(r.route, r.method, r.status, r.restaurant_id) for r in RequestRecord.objects.all()}
    assert ("liveness", "GET", 200, None) in recorded
    assert ("api/v1/metrics/count", "GET", 200, restaurant_a.pk) in recorded
    # No API key: refused, but the slug in the URL still names the restaurant (never in the route).
    search = [r for r in recorded if "search" in r[0]]
    assert search
    assert {(r[0], r[3]) for r in search} == {("api/v1/restaurants/<slug:slug>/search", restaurant_a.pk)}
    assert ("<unmatched>", "GET", 404, None) in recorded


@pytest.mark.django_db
def test_a_request_that_never_reached_its_view_is_known_by_its_cached_key(
    restaurant_a: Restaurant, api_a: ApiCaller
) -> None:
    assert api_a.get("/api/v1/metrics/count").status_code == 200  # the key is now cached here
    refused = RequestFactory().get("/no/such/page", headers=api_a.auth())
    stranger = RequestFactory().get("/no/such/page", headers={"Authorization": "Bearer som_00000000_nothing"})

    # The API registered its cached-key lookup with analytics (api.apps): no query, no import upward.
    assert restaurant_of(refused) == (restaurant_a.pk, None)
    assert restaurant_of(stranger) == (None, None)


@pytest.mark.django_db(transaction=True)
def test_the_middleware_records_under_asgi() -> None:
    from asgiref.sync import async_to_sync

    async def get() -> int:
        response = await AsyncClient().get("/liveness")
        return int(response.status_code)

    assert async_to_sync(get)() == 200
    flush_now()

    assert RequestRecord.objects.filter(route="liveness").count() >= 1


@pytest.mark.django_db
def test_gateway_calls_are_recorded_through_the_spool(restaurant_a: Restaurant, llm_server: Any) -> None:
    from asgiref.sync import async_to_sync

    from llm.gateway import get_gateway
    from llm.types import GatewayRequest

    llm_server.state.set_reply("draft", "Jean Foillard Morgon at $58 loves lamb.")

    async def ask() -> None:
        gateway = get_gateway()
        await gateway.complete(
            GatewayRequest(
                messages=({"role": "user", "content": "hi"},), restaurant_id=restaurant_a.pk, use_cache=False
            )
        )
        await gateway.drain()

    async_to_sync(ask)()
    flush_now()

    call = LLMCall.objects.get(restaurant=restaurant_a)
    assert (call.operation, call.model_used, call.outcome, call.cache_tier) == ("chat", "draft", "ok", "miss")
    assert call.uid is not None


def test_every_response_carries_a_request_id(api_a: ApiCaller) -> None:
    first = Client().get("/liveness")["X-Request-ID"]
    second = Client().get("/liveness")["X-Request-ID"]
    assert len(first) == 32
    assert first != second
    assert api_a.client.get("/api/v1/metrics/count", headers=api_a.auth())["X-Request-ID"]


@pytest.mark.parametrize(
    ("sent", "kept"),
    [("checkout-7f3a", True), ("a" * 64, True), ("a" * 65, False), ("bad id\r\nX-Evil: 1", False), ("", False)],
)
def test_a_sane_client_request_id_is_kept_and_anything_else_replaced(sent: str, kept: bool) -> None:
    returned = Client().get("/liveness", headers={"X-Request-ID": sent})["X-Request-ID"]

    assert (returned == sent) is kept
    assert len(returned) == (len(sent) if kept else 32)


@pytest.mark.django_db
def test_a_gateway_call_records_its_request_its_api_key_and_its_surface(api_a: ApiCaller, llm_server: Any) -> None:
    from asgiref.sync import async_to_sync

    from config.context import request_id_bind, request_id_reset
    from llm.gateway import get_gateway
    from llm.types import BudgetScope, GatewayRequest

    llm_server.state.set_reply("draft", "Morgon.")

    async def ask() -> None:
        gateway = get_gateway()
        await gateway.complete(
            GatewayRequest(
                messages=({"role": "user", "content": "hi"},),
                restaurant_id=api_a.key.restaurant_id,
                use_cache=False,
                budgets=(BudgetScope(f"apikey:{api_a.key.pk}", None),),
                surface="api",
            )
        )
        await gateway.drain()

    token = request_id_bind("req-42")
    try:
        async_to_sync(ask)()
    finally:
        request_id_reset(token)
    # Outside any request: a background call, no id. Run in a fresh context, as a Celery task or
    # a command starts: a streamed response served to an earlier test through Django's sync test
    # client leaves its id bound in this thread (async_to_sync copies context changes back).
    contextvars.Context().run(async_to_sync(ask))
    flush_now()

    calls = list(LLMCall.objects.order_by("created_at"))
    assert [(call.request_id, call.api_key_id, call.surface) for call in calls] == [
        ("req-42", api_a.key.pk, "api"),
        ("", api_a.key.pk, "api"),
    ]
