"""Middleware the project adds to Django's, and the one place a database outage becomes a 503."""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator, Callable
from typing import Any, cast

from asgiref.sync import iscoroutinefunction, markcoroutinefunction, sync_to_async
from django.db import InterfaceError, OperationalError
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    JsonResponse,
    StreamingHttpResponse,
)

from config.api import API_PATH_PREFIXES, error_body
from config.api import server_error as api_server_error
from config.request_facts import RequestFacts, SommelierRequest, is_keyed_api_request

logger = logging.getLogger(__name__)

# --- the database is unavailable: 503 with Retry-After, never a 500 ----------------------

# What clients are told to wait: about how long the pool takes to notice the database is
# back (DATABASE_POOL_RECONNECT_TIMEOUT_SECONDS) plus a margin; a restart takes seconds.
DATABASE_RETRY_AFTER_SECONDS = 5

_UNAVAILABLE_PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Back in a moment</title></head>
<body>
<h1>Back in a moment</h1>
<p>We cannot reach our wine list right now. Please try again in a few seconds.</p>
</body>
</html>
"""


def _database_error_types() -> tuple[type[BaseException], ...]:
    # Django wraps the driver's errors in its own classes, but a few paths (the pool's
    # PoolTimeout, a connection closed under a cursor) can surface psycopg's directly.
    kinds: list[type[BaseException]] = [OperationalError, InterfaceError]
    try:
        import psycopg
    except ImportError:  # the embedded default (SQLite) has no psycopg
        return tuple(kinds)
    # psycopg_pool.PoolTimeout is a psycopg.OperationalError.
    return (*kinds, psycopg.OperationalError, psycopg.InterfaceError)


_DATABASE_ERRORS = _database_error_types()


def database_unavailable(error: BaseException | None) -> bool:
    """Whether ``error`` means the database cannot be reached (down, restarting, no connection to spare).

    Follows ``raise ... from`` causes: code that wraps a database error in its own still
    says the database is away.
    """
    seen = 0
    while error is not None and seen < 8:
        if isinstance(error, _DATABASE_ERRORS):
            return True
        error, seen = error.__cause__, seen + 1
    return False


def database_unavailable_response(request: HttpRequest) -> HttpResponse:
    """503 with Retry-After: the API's error shape under /api/ and /v1/, a short page for people."""
    response: HttpResponse
    if request.path.startswith(API_PATH_PREFIXES):
        response = JsonResponse(
            error_body(
                "database_unavailable",
                f"The service cannot reach its database right now. Retry in {DATABASE_RETRY_AFTER_SECONDS} s.",
                {"retry_after": DATABASE_RETRY_AFTER_SECONDS},
            ),
            status=503,
        )
    else:
        response = HttpResponse(_UNAVAILABLE_PAGE, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(DATABASE_RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """``handler500``: a 503 when the database is unavailable, else the project's 500.

    Every uncaught exception ends here, wherever it was raised: in a view, in any middleware
    (the API's key lookup and rate limit query the database before any view runs), under
    ASGI or WSGI. Django calls it inside the ``except`` block that caught the error (also
    when that runs on another thread: asgiref re-raises it there), so ``sys.exc_info()`` is
    the error.
    """
    error = sys.exc_info()[1]
    if not database_unavailable(error):
        return api_server_error(request)
    response = database_unavailable_response(request)
    # One line per request instead of Django's traceback per request: during an outage
    # every request fails the same way, and the traceback says nothing new.
    logger.warning("database unavailable, answered 503: %s %s: %s", request.method, request.path, error)
    response._has_been_logged = True  # type: ignore[attr-defined]  # read by django.utils.log.log_response
    return response


class HybridMiddleware:
    """A middleware that runs as it is called: ``_call`` under a sync chain, ``_acall`` under ASGI.

    Django adapts a middleware that is only one of the two with a thread hop per request;
    subclasses override whichever of the two does work (both pass the request on by default).
    """

    async_capable = True
    sync_capable = True

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        self.get_response = get_response
        self._is_async = iscoroutinefunction(get_response)
        if self._is_async:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> Any:
        return self._acall(request) if self._is_async else self._call(request)

    def _call(self, request: HttpRequest) -> HttpResponseBase:
        response: HttpResponseBase = self.get_response(request)
        return response

    async def _acall(self, request: HttpRequest) -> HttpResponseBase:
        response: HttpResponseBase = await self.get_response(request)
        return response


class FirstChunkMiddleware(HybridMiddleware):
    """First in MIDDLEWARE: ``first_chunk_read`` on every response.

    Outermost, so the stream it reads is the one that goes out (the analytics middleware's
    recording wrapper included), and an error it turns into a response still gets Django's
    logging and clean-up. Under WSGI streams are sync iterators: nothing to do.
    """

    async def _acall(self, request: HttpRequest) -> HttpResponseBase:
        return await first_chunk_read(request, await self.get_response(request))


class SommelierRequestMiddleware(HybridMiddleware):
    """Second in MIDDLEWARE: puts on every request what ``SommelierRequest`` declares of ours.

    Whether it is a keyed API request is decided here, once, for the browser middleware that
    steps aside for it (config/browser_middleware.py); ``facts`` starts empty.
    """

    def _call(self, request: HttpRequest) -> HttpResponseBase:
        _declare(request)
        return super()._call(request)

    async def _acall(self, request: HttpRequest) -> HttpResponseBase:
        _declare(request)
        response: HttpResponseBase = await self.get_response(request)
        return response


def _declare(request: HttpRequest) -> None:
    sommelier_request = cast("SommelierRequest", request)
    sommelier_request.keyed_api = is_keyed_api_request(request)
    sommelier_request.facts = RequestFacts()


async def first_chunk_read(request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
    """An async streamed response whose first chunk is already read; an error before it becomes an error response.

    Once a stream's headers are sent its status cannot change: a stream that fails on its
    first database query would reach the client as a 200 cut short. Reading the first chunk
    before the headers go out lets that failure take the same way as any other error
    (``response_for_exception``: a 503 for the database, a 500 otherwise). Our streams send
    their first chunk at once (an SSE comment, or events the view has already read), so the
    headers are not held back.
    """
    if not isinstance(response, StreamingHttpResponse) or not response.is_async:
        return response
    from django.core.handlers.exception import response_for_exception

    chunks = aiter(cast("AsyncIterator[bytes]", response.streaming_content))
    try:
        first = await anext(chunks)
    except StopAsyncIteration:
        return response
    except Exception as error:  # noqa: BLE001 - whatever it is, Django's own handling decides the status
        await _close(chunks)
        failed: HttpResponseBase = await sync_to_async(response_for_exception, thread_sensitive=False)(request, error)
        return failed

    async def replay() -> AsyncIterator[bytes]:
        try:
            yield first
            async for chunk in chunks:
                yield chunk
        finally:
            await _close(chunks)

    response.streaming_content = replay()
    return response


async def _close(chunks: AsyncIterator[bytes]) -> None:
    close = getattr(chunks, "aclose", None)
    if close is not None:
        await close()
