"""Records every HTTP request: its URL pattern, status, latency and restaurant, under a request id.

Each request gets an id (``config.context``: the client's ``X-Request-ID`` when sane, else
a new one), returned in the response's ``X-Request-ID`` header and carried by every
model call and diner answer recorded while it runs.

Async-capable (see README: one sync-only middleware puts every ASGI request on
the single sync thread). Recording is an append to the process buffer
(``analytics.recording``); nothing here touches the database or Redis, so requests
that failed because the database is down are recorded like any other (their records
wait in the spool until it is back), under their route and restaurant.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import cast

from django.http import Http404, HttpRequest, HttpResponseBase, StreamingHttpResponse
from django.urls import ResolverMatch, resolve

from analytics.metrics import observe_request
from analytics.recording import record_request
from config.context import REQUEST_ID_HEADER, request_id_bind, request_id_for, request_id_reset
from config.middleware import HybridMiddleware, database_unavailable
from config.request_facts import request_facts

logger = logging.getLogger(__name__)

UNMATCHED_ROUTE = "<unmatched>"


def resolver_match_of(request: HttpRequest) -> ResolverMatch | None:
    """The URL pattern the path matches, also when the view never ran.

    A middleware that fails before the view (the API's key lookup and rate limit need the
    database) leaves ``request.resolver_match`` unset; resolving the path again needs no
    database, so such errors are still counted under their route.
    """
    match = getattr(request, "resolver_match", None)
    if match is not None:
        return cast("ResolverMatch", match)
    try:
        return resolve(request.path_info, getattr(request, "urlconf", None))
    except Http404:  # Resolver404: no pattern matches
        return None


def route_of(request: HttpRequest, match: ResolverMatch | None = None) -> str:
    """The URL pattern that answered ("r/<slug:slug>/"), never the raw path: no ids or slugs in labels."""
    match = match if match is not None else resolver_match_of(request)
    if match is None:
        return UNMATCHED_ROUTE
    return str(match.route or match.view_name or UNMATCHED_ROUTE)


def restaurant_of(request: HttpRequest, match: ResolverMatch | None = None) -> tuple[int | None, str | None]:
    """The restaurant the request was for, without a query.

    Set by API-key auth or the diner views; else the key's restaurant when this process has
    the key cached (a request that failed before its key was checked); else the URL's slug.
    """
    restaurant_id = request_facts(request).restaurant_id
    if restaurant_id is not None:
        return int(restaurant_id), None
    cached = _hinted_restaurant(request)
    if cached is not None:
        return cached, None
    match = match if match is not None else resolver_match_of(request)
    slug = match.kwargs.get("slug") if match is not None else None
    # The slug is resolved to an id when the batch is written: no query on the hot path.
    return None, str(slug) if slug else None


# Ways to tell, without a query, whose request failed before its view said so: the HTTP edge
# registers its cached API-key lookup here (``api.apps``), so analytics imports nothing above it.
_RESTAURANT_HINTS: list[Callable[[HttpRequest], int | None]] = []


def restaurant_hint_register(hint: Callable[[HttpRequest], int | None]) -> None:
    """Add a way to find a request's restaurant from what this process has cached (idempotent)."""
    if hint not in _RESTAURANT_HINTS:
        _RESTAURANT_HINTS.append(hint)


def _hinted_restaurant(request: HttpRequest) -> int | None:
    for hint in _RESTAURANT_HINTS:
        restaurant_id = hint(request)
        if restaurant_id is not None:
            return restaurant_id
    return None


class RequestRecordingMiddleware(HybridMiddleware):
    def _call(self, request: HttpRequest) -> HttpResponseBase:
        started = time.perf_counter()
        request_id = request_id_for(request.headers.get(REQUEST_ID_HEADER))
        # Threads serve one request after another: the id is unbound when this one is done.
        token = request_id_bind(request_id)
        try:
            response: HttpResponseBase = self.get_response(request)
        finally:
            request_id_reset(token)
        response[REQUEST_ID_HEADER] = request_id
        self._record(request, response, started)
        return response

    async def _acall(self, request: HttpRequest) -> HttpResponseBase:
        started = time.perf_counter()
        # Bound for the rest of this request's task, its streamed body included (each ASGI
        # request has a task of its own, so nothing leaks into the next).
        request_id = request_id_for(request.headers.get(REQUEST_ID_HEADER))
        request_id_bind(request_id)
        get_response: Callable[[HttpRequest], Awaitable[HttpResponseBase]] = self.get_response
        response = await get_response(request)
        response[REQUEST_ID_HEADER] = request_id
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
            status: int | None = None
            try:
                async for chunk in chunks:
                    yield chunk
            except Exception as error:
                # The headers may have said 200, but the stream broke: count what it was.
                status = 503 if database_unavailable(error) else 500
                raise
            finally:
                self._record(request, response, started, status)

        return relay()

    @staticmethod
    def _record(request: HttpRequest, response: HttpResponseBase, started: float, status: int | None = None) -> None:
        seconds = time.perf_counter() - started
        try:
            RequestRecordingMiddleware._observe(request, status or response.status_code, seconds)
        except Exception:
            # Analytics never costs anyone their response.
            logger.exception("could not record a request")

    @staticmethod
    def _observe(request: HttpRequest, status: int, seconds: float) -> None:
        match = resolver_match_of(request)
        route = route_of(request, match)
        method = request.method or "GET"
        restaurant_id, slug = restaurant_of(request, match)
        observe_request(route=route, method=method, status=status, seconds=seconds)
        record_request(
            route=route,
            method=method,
            status=status,
            latency_ms=seconds * 1000,
            restaurant_id=restaurant_id,
            restaurant_slug=slug,
        )
