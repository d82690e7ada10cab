"""ASGI entry point: ``uvicorn config.asgi:application`` (streaming answers need ASGI).

Django's own ASGI handler, with two things wrapped around it and one beside it, all for
requests per second:

- Django runs each request's sync work (signal receivers, the cookie middleware, ORM calls
  from async views) on a thread of the request's own, started at the first such call and
  joined at the end. Here that thread comes from a pool of idle single-thread executors and
  goes back to it: asgiref's ``ThreadSensitiveContext`` with an executor, entered around
  Django's handler, takes precedence over the one Django enters. Measured with 32 concurrent
  requests: a started thread cost ~0.6 ms of CPU per request, a pooled one's hop ~0.09 ms.
- API bodies are kept only up to their size limit + 1 byte (``api.ratelimit.capped_receive``).
- Requests to the API that carry a bearer key go to a second handler of Django's whose
  middleware is a short, all-async list (``API_MIDDLEWARE``). Django's stock middleware
  (security, sessions, common, CSRF, auth, messages, clickjacking) is sync-style: under ASGI
  each hook is a hop onto the request's thread, about a dozen per request, for cookie
  features that mean nothing to a client authenticated by a bearer key. Without the second
  handler a cached /v1 answer costs about twice the CPU (README, *Benchmarks*). It cannot be
  one list whose cookie middleware steps aside for keyed requests: that middleware would
  have to be our subclasses of Django's, and ``check --deploy`` looks for Django's classes
  by their dotted path (security.W001, W002, W003; the HSTS and SSL checks only run when it
  finds them). Everything else, API calls without a key included (refused with 401 by the
  same views), takes the full list.

Both lists start with ``config.middleware.FirstChunkMiddleware``, which reads a streamed
response's first chunk before its headers go out, so a stream that fails at once (on the
database, say) is answered with an error status (503) rather than a 200 cut short. Errors
raised before a response exists need nothing here: Django turns them into ``handler500``
(``config.middleware.server_error``) on either handler.
"""

from __future__ import annotations

import gc
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import django
from asgiref.sync import ThreadSensitiveContext
from django.core.handlers.asgi import ASGIHandler

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


class ApiASGIHandler(ASGIHandler):
    """Django's handler with ``API_MIDDLEWARE`` for its middleware (built once, at import)."""

    def load_middleware(self, is_async: bool = False) -> None:
        from django.conf import settings

        # Django builds the chain from settings.MIDDLEWARE and takes no list of its own.
        full = settings.MIDDLEWARE
        settings.MIDDLEWARE = settings.API_MIDDLEWARE
        try:
            super().load_middleware(is_async=is_async)
        finally:
            settings.MIDDLEWARE = full


django_application = ASGIHandler()
api_application = ApiASGIHandler()
API_PREFIXES = ("/api/v1/", "/v1/")


def _keyed_api_request(scope: dict[str, Any]) -> bool:
    return scope["path"].startswith(API_PREFIXES) and any(
        name == b"authorization" and value[:7].lower() == b"bearer " and value[7:].strip()
        for name, value in scope.get("headers", ())
    )


async def application(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        await django_application(scope, receive, send)  # Django refuses it with its own error
        return
    handler = api_application if _keyed_api_request(scope) else django_application
    executor = (
        _idle_request_threads.pop()
        if _idle_request_threads
        else ThreadPoolExecutor(max_workers=1, thread_name_prefix="django-request")
    )
    try:
        async with ThreadSensitiveContext(executor=executor):
            await handler(scope, capped_receive(scope, receive), send)
    finally:
        if len(_idle_request_threads) < MAX_IDLE_REQUEST_THREADS:
            _idle_request_threads.append(executor)
        else:
            executor.shutdown(wait=False)


# Everything loaded by now lives as long as the process: out of the collector's generations, so
# a full collection looks only at what came after. It scanned ~250,000 objects otherwise: a
# 200 ms pause every few seconds under load (the p99), and a fifth of a cached answer's CPU.
gc.collect()
gc.freeze()
