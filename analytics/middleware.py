"""Records every HTTP request: its URL pattern, status, latency and restaurant.

Async-capable (see README: one sync-only middleware puts every ASGI request on
the single sync thread). Recording is an append to the process buffer
(``analytics.recording``); nothing here touches the database or Redis.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from inspect import iscoroutinefunction
from typing import Any, cast

from asgiref.sync import markcoroutinefunction
from django.http import HttpRequest, HttpResponseBase, StreamingHttpResponse

from analytics.metrics import observe_request
from analytics.recording import record_request

logger = logging.getLogger(__name__)

UNMATCHED_ROUTE = "<unmatched>"


def route_of(request: HttpRequest) -> str:
    """The URL pattern that answered ("r/<slug:slug>/"), never the raw path: no ids or slugs in labels."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return UNMATCHED_ROUTE
    return str(match.route or match.view_name or UNMATCHED_ROUTE)


def restaurant_of(request: HttpRequest) -> tuple[int | None, str | None]:
    """The restaurant the request was for: set by API-key auth or the diner views, else the URL's slug."""
    restaurant_id = getattr(request, "sommelier_restaurant_id", None)
    if restaurant_id is not None:
        return int(restaurant_id), None
    match = getattr(request, "resolver_match", None)
    slug = match.kwargs.get("slug") if match is not None else None
    # The slug is resolved to an id when the batch is written: no query on the hot path.
    return None, str(slug) if slug else None


class RequestRecordingMiddleware:
    async_capable = True
    sync_capable = True

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        self.get_response = get_response
        self._is_async = iscoroutinefunction(get_response)
        if self._is_async:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> Any:
        if self._is_async:
            return self._acall(request)
        started = time.perf_counter()
        response: HttpResponseBase = self.get_response(request)
        self._record(request, response, started)
        return response

    async def _acall(self, request: HttpRequest) -> HttpResponseBase:
        started = time.perf_counter()
        get_response: Callable[[HttpRequest], Awaitable[HttpResponseBase]] = self.get_response
        response = await get_response(request)
        if isinstance(response, StreamingHttpResponse) and response.is_async:
            # A streamed answer's latency is its whole length, not the time to its headers.
            response.streaming_content = self._recorded_at_end(request, response, started)
        else:
            self._record(request, response, started)
        return response

    def _recorded_at_end(
        self, request: HttpRequest, response: StreamingHttpResponse, started: float
    ) -> AsyncIterator[bytes]:
        chunks = cast("AsyncIterator[bytes]", response.streaming_content)

        async def relay() -> AsyncIterator[bytes]:
            try:
                async for chunk in chunks:
                    yield chunk
            finally:
                self._record(request, response, started)

        return relay()

    @staticmethod
    def _record(request: HttpRequest, response: HttpResponseBase, started: float) -> None:
        seconds = time.perf_counter() - started
        try:
            RequestRecordingMiddleware._observe(request, response, seconds)
        except Exception:
            # Analytics never costs anyone their response.
            logger.exception("could not record a request")

    @staticmethod
    def _observe(request: HttpRequest, response: HttpResponseBase, seconds: float) -> None:
        route = route_of(request)
        method = request.method or "GET"
        restaurant_id, slug = restaurant_of(request)
        observe_request(route=route, method=method, status=response.status_code, seconds=seconds)
        record_request(
            route=route,
            method=method,
            status=response.status_code,
            latency_ms=seconds * 1000,
            restaurant_id=restaurant_id,
            restaurant_slug=slug,
        )
