"""ASGI entry point: ``uvicorn config.asgi:application`` (streaming answers need ASGI).

Django's own ASGIHandler and its one MIDDLEWARE list, with two things wrapped around it, for
requests per second:

- Django runs each request's sync work (signal receivers, the cookie middleware, ORM calls
  from async views) on a thread of the request's own, started at the first such call and
  joined at the end. Here that thread comes from a pool of idle single-thread executors and
  goes back to it: asgiref's ``ThreadSensitiveContext`` with an executor, entered around
  Django's handler, takes precedence over the one Django enters. Measured with 32 concurrent
  requests: a started thread cost ~0.6 ms of CPU per request, a pooled one's hop ~0.09 ms.
- API bodies are kept only up to their size limit + 1 byte (``api.ratelimit.capped_receive``).

Requests to the API that carry a bearer key skip Django's cookie middleware without a second
handler: ``config.middleware.SommelierRequestMiddleware`` marks them (``request.keyed_api``)
and the session, common, CSRF, auth, messages and clickjacking middleware are Django's,
subclassed to pass them straight on (config/browser_middleware.py; SecurityMiddleware gives
them the same security headers, async-native). Django's middleware is sync-style: under ASGI
each hook is a hop onto the request's thread, about a dozen per request, which doubled the CPU
of a cached /v1 answer. Until issue 14 this file built a second ASGIHandler whose middleware
was a short async list (swapping ``settings.MIDDLEWARE`` while it loaded) and picked one of
the two handlers by sniffing the Authorization header, because ``check --deploy`` finds
Django's security, clickjacking and CSRF middleware by dotted path; config/checks.py now finds
them by class. Same throughput: a cached answer passes nine more middleware layers (most an
attribute test and an await each: +1.9% Python calls) with the same two thread hops (README,
*API (bench/bench_api.py)*).

MIDDLEWARE starts with ``config.middleware.FirstChunkMiddleware``, which reads a streamed
response's first chunk before its headers go out, so a stream that fails at once (on the
database, say) is answered with an error status (503) rather than a 200 cut short. Errors
raised before a response exists need nothing here: Django turns them into ``handler500``
(``config.middleware.server_error``).
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


django_application = ASGIHandler()


async def application(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        await django_application(scope, receive, send)  # Django refuses it with its own error
        return
    executor = (
        _idle_request_threads.pop()
        if _idle_request_threads
        else ThreadPoolExecutor(max_workers=1, thread_name_prefix="django-request")
    )
    try:
        async with ThreadSensitiveContext(executor=executor):
            await django_application(scope, capped_receive(scope, receive), send)
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
