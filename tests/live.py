"""Live services for tests: our ASGI application under uvicorn, and the gateway on the LLM test server.

``live_api``: our own ASGI application served by uvicorn on 127.0.0.1 in a thread: real HTTP, real concurrency.

Tests using it need ``transactional_db``: requests run on the server's threads with their
own database connections, which see only committed rows.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from django.db import connections
from django.test import override_settings

from llm import gateway as gateway_module
from llm import registry as registry_module
from llm.cache import get_gateway_cache
from llm.testing.server import LLMTestServer, free_port
from ratelimits.counters import close_loop_connections


@contextmanager
def live_api() -> Iterator[str]:
    """The server's base URL (http://127.0.0.1:<port>) while the block runs."""
    from config.asgi import application

    # Connections opened by the server's threads close after each request, so none outlive
    # the test (an open one would keep the test database from being flushed or dropped).
    settings_dict = connections.settings["default"]
    previous_max_age = settings_dict.get("CONN_MAX_AGE", 0)
    settings_dict["CONN_MAX_AGE"] = 0
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(application, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, name="live-api", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the API server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        # The server's event loop kept a connection for the rate limits: closed before the database goes.
        close_loop_connections()
        settings_dict["CONN_MAX_AGE"] = previous_max_age


def _rebuild_gateway() -> None:
    registry_module.model_registry.cache_clear()
    gateway_module.get_gateway.cache_clear()
    get_gateway_cache.cache_clear()


@contextmanager
def gateway_on_test_server(models: list[dict[str, Any]], **settings: Any) -> Iterator[LLMTestServer]:
    """The process-wide gateway pointed at a fresh OpenAI-compatible test server (no local model).

    The egress quota is raised out of the way (it has its own tests); ``settings`` adds overrides.
    """
    with (
        LLMTestServer() as server,
        override_settings(
            LLM_BASE_URL=server.base_url, LLM_MODELS=models, **{"LLM_EGRESS_PER_MINUTE": 100_000, **settings}
        ),
    ):
        _rebuild_gateway()
        yield server
    _rebuild_gateway()
