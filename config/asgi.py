"""ASGI entry point: ``uvicorn config.asgi:application`` (streaming answers need ASGI).

Requests to the API that carry an ``Authorization`` header go through a second Django
handler with a short, all-async middleware list (``API_MIDDLEWARE``). Django's stock
middleware (sessions, CSRF, auth, messages, common, security) is sync-style: under ASGI
each of its hooks is a hop onto a worker thread, about a dozen per request, and those
cookie features mean nothing to a client authenticated by a bearer key. Everything else,
including API calls without a key (refused with 401 by the same views), takes the full stack.
"""

from __future__ import annotations

import os
from typing import Any

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

django_application = get_asgi_application()


def _api_handler() -> Any:
    from django.conf import settings
    from django.core.handlers.asgi import ASGIHandler

    class ApiASGIHandler(ASGIHandler):
        def load_middleware(self, is_async: bool = False) -> None:
            full = settings.MIDDLEWARE
            settings.MIDDLEWARE = settings.API_MIDDLEWARE
            try:
                super().load_middleware(is_async=is_async)
            finally:
                settings.MIDDLEWARE = full

    return ApiASGIHandler()


api_application = _api_handler()
API_PREFIXES = ("/api/v1/", "/v1/")


async def application(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if (
        scope["type"] == "http"
        and scope["path"].startswith(API_PREFIXES)
        and any(name == b"authorization" for name, _ in scope.get("headers", ()))
    ):
        await api_application(scope, receive, send)
    else:
        await django_application(scope, receive, send)
