"""Ingress limits: per key, per IP, bad keys; exact under real concurrency; proxies trusted only when configured."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest
from asgiref.sync import sync_to_async
from django.db import connection
from django.test import Client, RequestFactory, override_settings

from api import ratelimit
from api.keys import clear_key_cache
from config.http import client_ip
from ratelimits import counters
from ratelimits.models import RateLimitBucket
from recommendations.models import Restaurant
from tests.api.conftest import ApiCaller, caller
from tests.live import live_api

# The middle of a minute: a test's requests never straddle two windows.
PINNED_NOW = 1_800_000_030.0


@pytest.fixture(autouse=True)
def _pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ratelimit, "_now", lambda: PINNED_NOW)


def parallel(count: int, call: object) -> Counter[int]:
    """``count`` threads released together, each making one request; their status codes."""
    start = threading.Barrier(count)
    statuses: list[int] = []
    lock = threading.Lock()

    def run() -> None:
        start.wait()
        status = call()  # type: ignore[operator]
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Counter(statuses)


@pytest.fixture
def live(transactional_db: None) -> Iterator[str]:
    with live_api() as base_url:
        yield base_url
    clear_key_cache()


def test_fifty_parallel_requests_against_a_limit_of_ten_admit_exactly_ten(live: str, restaurant_a: Restaurant) -> None:
    api = caller(restaurant_a, ["chat"])

    def call() -> int:
        return httpx.get(f"{live}/v1/models", headers={"Authorization": f"Bearer {api.raw}"}, timeout=30).status_code

    with override_settings(API_RATE_LIMIT_PER_MINUTE=10):
        statuses = parallel(50, call)

    assert statuses == Counter({200: 10, 429: 40})
    assert RateLimitBucket.objects.get(bucket=f"key:{api.key.pk}").count == 50


def test_the_increment_is_exact_across_threads_on_their_own_connections(transactional_db: None) -> None:
    counts: list[int] = []

    def call() -> int:
        try:
            counts.append(counters.increment(["ip:203.0.113.9"], now=PINNED_NOW)["ip:203.0.113.9"])
        finally:
            connection.close()  # each thread opened its own
        return 0

    parallel(50, call)

    assert sorted(counts) == list(range(1, 51))


def test_a_rejection_says_when_to_retry_in_the_one_error_shape(api_a: ApiCaller) -> None:
    with override_settings(API_RATE_LIMIT_PER_MINUTE=2):
        statuses = [api_a.get("/api/v1/stats").status_code for _ in range(3)]
        rejected = api_a.get("/api/v1/stats")

    assert statuses == [200, 200, 429]
    assert rejected.status_code == 429
    assert rejected["Retry-After"] == "30"  # the pinned clock is half-way through its minute
    assert rejected.json()["error"]["code"] == "rate_limited"
    assert rejected.json()["error"]["details"] == {"layer": "key", "limit": 2, "retry_after": 30}


def test_a_key_may_have_its_own_limit(restaurant_a: Restaurant) -> None:
    api = caller(restaurant_a, ["read"], rate_limit_per_minute=1)

    assert [api.get("/api/v1/stats").status_code for _ in range(2)] == [200, 429]


def test_one_key_spending_its_limit_leaves_other_keys_alone(api_a: ApiCaller, api_b: ApiCaller) -> None:
    with override_settings(API_RATE_LIMIT_PER_MINUTE=1):
        api_a.get("/api/v1/stats")

        assert api_a.get("/api/v1/stats").status_code == 429
        assert api_b.get("/api/v1/stats").status_code == 200


def test_an_address_is_limited_whatever_the_keys(restaurant_a: Restaurant) -> None:
    keys = [caller(restaurant_a, ["read"]) for _ in range(3)]

    with override_settings(API_RATE_LIMIT_PER_IP_PER_MINUTE=2):
        statuses = [api.get("/api/v1/stats").status_code for api in keys]

    assert statuses == [200, 200, 429]


def test_guessing_keys_is_limited_before_the_address_limit(client: Client, db: None) -> None:
    with override_settings(API_RATE_LIMIT_BAD_KEYS_PER_MINUTE=3):
        statuses = [client.get("/v1/models", HTTP_AUTHORIZATION=f"Bearer som_guess_{n}").status_code for n in range(5)]
        limited = client.get("/v1/models", HTTP_AUTHORIZATION="Bearer som_guess_x")

    assert statuses == [401, 401, 401, 429, 429]
    assert limited.json()["error"]["details"]["layer"] == "bad_key"


def test_the_limit_applies_to_drf_views_and_requests_without_keys(client: Client, db: None) -> None:
    with override_settings(API_RATE_LIMIT_PER_IP_PER_MINUTE=1):
        assert client.get("/api/v1/stats").status_code == 401
        assert client.get("/api/v1/stats").status_code == 429


def test_pages_outside_the_api_are_not_counted(client: Client, db: None) -> None:
    with override_settings(API_RATE_LIMIT_PER_IP_PER_MINUTE=1):
        client.get("/liveness")
        client.get("/liveness")

    assert not RateLimitBucket.objects.exists()


@pytest.mark.parametrize(
    ("remote", "forwarded", "proxies", "expected"),
    [
        ("198.51.100.7", "203.0.113.9", [], "198.51.100.7"),  # no proxy configured: the header is ignored
        ("198.51.100.7", "203.0.113.9", ["10.0.0.0/8"], "198.51.100.7"),  # not from our proxy: ignored
        ("10.0.0.2", "203.0.113.9", ["10.0.0.0/8"], "203.0.113.9"),
        ("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.5", ["10.0.0.0/8"], "203.0.113.9"),  # spoofed left part skipped
        ("10.0.0.2", "garbage", ["10.0.0.0/8"], "10.0.0.2"),
        ("10.0.0.2", "", ["10.0.0.0/8"], "10.0.0.2"),
    ],
)
def test_x_forwarded_for_is_trusted_only_from_configured_proxies(
    remote: str, forwarded: str, proxies: list[str], expected: str
) -> None:
    request = RequestFactory().get("/api/v1/stats", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)

    with override_settings(TRUSTED_PROXIES=proxies):
        assert client_ip(request) == expected


def test_finished_windows_are_pruned(db: None) -> None:
    counters.increment(["ip:a"], now=PINNED_NOW - 120)
    counters.increment(["ip:a"], now=PINNED_NOW)

    assert counters.prune_finished_windows(now=PINNED_NOW) == 1
    assert list(RateLimitBucket.objects.values_list("count", flat=True)) == [1]


def test_a_body_over_the_limit_is_a_413_before_anything_else(api_a: ApiCaller) -> None:
    with override_settings(API_MAX_BODY_BYTES=1024):
        response = api_a.post("/api/v1/predict", {"text": "x" * 2000})

    assert (response.status_code, response.json()["error"]["code"]) == (413, "payload_too_large")


# --- counted on the event loop (production: API_RATE_LIMIT_THREAD_SENSITIVE=false) -----------------


@pytest.fixture
def counted_on_the_loop(transactional_db: None) -> Iterator[None]:
    with override_settings(API_RATE_LIMIT_THREAD_SENSITIVE=False):
        yield
    counters.close_loop_connections()


def test_on_the_loop_fifty_parallel_requests_against_a_limit_of_ten_admit_exactly_ten(
    counted_on_the_loop: None, live: str, restaurant_a: Restaurant
) -> None:
    api = caller(restaurant_a, ["chat"])

    def call() -> int:
        response = httpx.get(f"{live}/v1/models", headers={"Authorization": f"Bearer {api.raw}"}, timeout=30)
        return response.status_code

    with override_settings(API_RATE_LIMIT_PER_MINUTE=10):
        statuses = parallel(50, call)

    assert statuses == Counter({200: 10, 429: 40})
    assert RateLimitBucket.objects.get(bucket=f"key:{api.key.pk}").count == 50


def test_increments_waiting_together_go_in_one_statement_and_each_gets_its_own_count(
    counted_on_the_loop: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    statements: list[int] = []
    execute = counters._LoopCounter._execute

    async def counted(self: counters._LoopCounter, amounts: Counter[counters.Slot]) -> dict[counters.Slot, int]:
        statements.append(sum(amounts.values()))
        return await execute(self, amounts)

    monkeypatch.setattr(counters._LoopCounter, "_execute", counted)

    async def fifty_at_once() -> list[dict[str, int]]:
        buckets = ["ip:203.0.113.9", "key:7"]
        return list(await asyncio.gather(*(counters.aincrement(buckets, now=PINNED_NOW) for _ in range(50))))

    counts = asyncio.run(fifty_at_once())

    assert statements == [100]  # 50 requests, 2 buckets each, one round trip
    assert sorted(count["ip:203.0.113.9"] for count in counts) == list(range(1, 51))
    assert all(count["ip:203.0.113.9"] == count["key:7"] for count in counts)
    assert dict(RateLimitBucket.objects.values_list("bucket", "count")) == {"ip:203.0.113.9": 50, "key:7": 50}


def test_a_connection_the_database_dropped_is_replaced_without_refusing_the_request(counted_on_the_loop: None) -> None:
    def drop_the_counting_connection() -> None:
        try:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND application_name = %s",
                    [counters.COUNTING_APPLICATION_NAME],
                )
                assert cursor.fetchone() == (1,)
        finally:
            connection.close()  # this thread's own

    async def around_a_restart() -> tuple[dict[str, int], dict[str, int]]:
        first = await counters.aincrement(["ip:203.0.113.9"], now=PINNED_NOW)
        await sync_to_async(drop_the_counting_connection)()
        return first, await counters.aincrement(["ip:203.0.113.9"], now=PINNED_NOW)

    assert asyncio.run(around_a_restart()) == ({"ip:203.0.113.9": 1}, {"ip:203.0.113.9": 2})


def test_the_counts_skip_the_write_ahead_log(db: None) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT relpersistence FROM pg_class WHERE relname = %s", [RateLimitBucket._meta.db_table])
        assert cursor.fetchone() == ("u",)  # UNLOGGED
