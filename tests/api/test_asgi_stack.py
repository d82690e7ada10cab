"""config/asgi.py and MIDDLEWARE: keyed API requests pass the cookie middleware by, the rest take it; request threads are reused."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase, StreamingHttpResponse
from django.test import Client, RequestFactory

from config import asgi
from config.middleware import FirstChunkMiddleware
from recommendations.models import Restaurant
from tests.api.conftest import caller
from tests.live import live_api

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def live(transactional_db: None) -> Iterator[str]:
    with live_api() as base_url:
        yield base_url


def test_a_keyed_api_request_skips_the_cookie_middleware_but_keeps_security_headers(
    live: str, restaurant_a: Restaurant
) -> None:
    key = caller(restaurant_a, ["chat"]).raw

    keyed = httpx.get(f"{live}/v1/models", headers={"Authorization": f"Bearer {key}"})
    page = httpx.get(f"{live}/r/{restaurant_a.slug}/")

    assert keyed.status_code == 200
    assert keyed.headers["x-content-type-options"] == "nosniff"
    assert keyed.headers["x-frame-options"] == "DENY"
    # No session, CSRF or Vary: Cookie from the cookie middleware on the keyed path...
    assert "set-cookie" not in keyed.headers
    assert "cookie" not in keyed.headers.get("vary", "").lower()
    # ...which the diner page still has.
    assert "csrftoken" in page.headers.get("set-cookie", "")
    # Without a key the same API URL goes through the full stack and is refused all the same.
    refused = httpx.get(f"{live}/v1/models")
    assert refused.status_code == 401
    assert refused.json()["error"]["code"]


def test_the_cookie_middleware_steps_aside_for_keyed_requests_under_a_sync_handler_too(
    client: Client, restaurant_a: Restaurant
) -> None:
    key = caller(restaurant_a, ["chat"]).raw

    keyed = client.get("/v1/models", headers={"Authorization": f"Bearer {key}"})
    page = client.get(f"/r/{restaurant_a.slug}/")

    assert keyed.status_code == 200
    assert (keyed.headers["X-Content-Type-Options"], keyed.headers["X-Frame-Options"]) == ("nosniff", "DENY")
    assert not keyed.cookies
    assert "Cookie" not in keyed.headers.get("Vary", "")
    # The opener policy is Django's SecurityMiddleware's, for pages: a keyed request has its own headers.
    assert "Cross-Origin-Opener-Policy" not in keyed.headers
    assert page.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "csrftoken" in page.cookies


def _settled(count: int) -> set[int]:
    """The idle pool once the last request has handed its thread back (just after its response)."""
    deadline = time.monotonic() + 5
    while len(asgi._idle_request_threads) < count and time.monotonic() < deadline:
        time.sleep(0.005)
    return {id(executor) for executor in asgi._idle_request_threads}


def test_requests_reuse_pooled_threads_for_their_sync_work(live: str, restaurant_a: Restaurant) -> None:
    assert httpx.get(f"{live}/r/{restaurant_a.slug}/").status_code == 200
    pooled = _settled(1)
    assert pooled  # the first request's thread went back to the pool

    for _ in range(20):
        assert httpx.get(f"{live}/r/{restaurant_a.slug}/").status_code == 200
        # One request at a time takes the idle thread and gives it back: never a new one.
        assert _settled(len(pooled)) == pooled
    assert all(executor._max_workers == 1 for executor in asgi._idle_request_threads)


def test_api_errors_outside_the_views_keep_the_error_shape(live: str, restaurant_a: Restaurant) -> None:
    key = caller(restaurant_a, ["chat"]).raw

    for headers in ({"Authorization": f"Bearer {key}"}, {}):
        missing = httpx.get(f"{live}/api/v1/no-such-endpoint", headers=headers)
        assert missing.status_code == 404
        assert missing.json()["error"]["code"] == "not_found"
    # Pages keep Django's HTML 404.
    assert httpx.get(f"{live}/no-such-page/").headers["content-type"].startswith("text/html")


def test_the_keyed_stack_still_checks_the_host(live: str, restaurant_a: Restaurant) -> None:
    key = caller(restaurant_a, ["chat"]).raw

    response = httpx.get(f"{live}/v1/models", headers={"Authorization": f"Bearer {key}", "Host": "evil.example"})

    assert response.status_code == 400


def test_every_request_has_its_streams_first_chunk_read_before_its_headers_go_out() -> None:
    assert settings.MIDDLEWARE[0] == "config.middleware.FirstChunkMiddleware"


def test_a_stream_that_fails_before_its_first_chunk_becomes_an_error_status() -> None:
    async def failing_stream(request: HttpRequest) -> HttpResponseBase:
        async def body() -> AsyncIterator[bytes]:
            raise RuntimeError("failed before the first chunk")
            yield b""  # an async generator

        return StreamingHttpResponse(body(), content_type="text/event-stream")

    middleware = FirstChunkMiddleware(failing_stream)
    response = asyncio.run(middleware(RequestFactory().get("/v1/chat/completions")))

    assert response.status_code == 500
    assert json.loads(response.content)["error"]["code"] == "server_error"
