"""ASGI entry point: ``uvicorn config.asgi:application`` (streaming answers need ASGI).

Two things differ from ``get_asgi_application()``, both for requests per second:

- Django runs each request's sync work (signal receivers, ORM calls from async views)
  on a thread of its own, which it starts at the first such call and joins at the end:
  a thread start and join per request. Here that thread comes from a pool of idle
  single-thread executors and goes back to it, with the same per-request affinity.
- Requests to the API that carry an ``Authorization`` header go through a second
  handler with a short, all-async middleware list (``API_MIDDLEWARE``). Django's stock
  middleware (sessions, CSRF, auth, messages, common, security) is sync-style: under
  ASGI each hook is a hop onto that thread, about a dozen per request, for cookie
  features that mean nothing to a client authenticated by a bearer key. Everything
  else, API calls without a key included (refused with 401 by the same views), takes
  the full stack.

Both handlers read a streamed response's first chunk before its headers go out
(``config.middleware.first_chunk_read``), so a stream that fails at once, on the
database say, is answered with an error status (503) rather than a 200 cut short.
Errors raised before a response exists need nothing here: Django turns them into
``handler500`` (``config.middleware.server_error``) on either handler.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import django
from asgiref.sync import ThreadSensitiveContext
from django.core.handlers.asgi import ASGIHandler
from django.http import HttpRequest, HttpResponseBase

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
django.setup(set_prefix=False)

from api.ratelimit import capped_receive  # noqa: E402  (needs the apps set up)
from config import dbpool  # noqa: E402

# Before any request asks for a connection: the pool that clears out, at the first broken
# one, every connection a PostgreSQL restart cut (config/dbpool.py).
dbpool.install()

# Idle per-request threads kept for reuse; beyond this many, a returned one is shut down.
MAX_IDLE_REQUEST_THREADS = 64
_idle_request_threads: list[ThreadPoolExecutor] = []


class PooledThreadASGIHandler(ASGIHandler):
    """Django's ASGI handler, with each request's sync thread taken from a pool."""

    def load_middleware(self, is_async: bool = False) -> None:
        super().load_middleware(is_async=is_async)
        from config.middleware import first_chunk_read

        chain: Callable[[HttpRequest], Awaitable[HttpResponseBase]] = self._middleware_chain  # type: ignore[has-type]

        # Inside get_response_async, so the response that goes out (the stream, or the
        # error that replaced it) gets Django's usual logging and clean-up.
        async def chain_then_first_chunk(request: HttpRequest) -> HttpResponseBase:
            return await first_chunk_read(request, await chain(request))

        self._middleware_chain = chain_then_first_chunk

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            raise ValueError(f"Django can only handle ASGI/HTTP connections, not {scope['type']}.")
        executor = (
            _idle_request_threads.pop()
            if _idle_request_threads
            else ThreadPoolExecutor(max_workers=1, thread_name_prefix="django-request")
        )
        try:
            async with ThreadSensitiveContext(executor=executor):
                # API bodies are kept only up to their size limit (+1 byte, for the 413).
                await self.handle(scope, capped_receive(scope, receive), send)
        finally:
            if len(_idle_request_threads) < MAX_IDLE_REQUEST_THREADS:
                _idle_request_threads.append(executor)
            else:
                executor.shutdown(wait=False)


class ApiASGIHandler(PooledThreadASGIHandler):
    def load_middleware(self, is_async: bool = False) -> None:
        from django.conf import settings

        full = settings.MIDDLEWARE
        settings.MIDDLEWARE = settings.API_MIDDLEWARE
        try:
            super().load_middleware(is_async=is_async)
        finally:
            settings.MIDDLEWARE = full


django_application = PooledThreadASGIHandler()
api_application = ApiASGIHandler()
API_PREFIXES = ("/api/v1/", "/v1/")


async def application(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if (
        scope["type"] == "http"
        and scope["path"].startswith(API_PREFIXES)
        and any(
            name == b"authorization" and value[:7].lower() == b"bearer " and value[7:].strip()
            for name, value in scope.get("headers", ())
        )
    ):
        await api_application(scope, receive, send)
    else:
        await django_application(scope, receive, send)


# Everything loaded by now lives as long as the process: out of the collector's generations, so
# a full collection looks only at what came after. It scanned ~250,000 objects otherwise: a
# 200 ms pause every few seconds under load (the p99), and a fifth of a cached answer's CPU.
gc.collect()
gc.freeze()
