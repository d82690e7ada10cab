"""Our own ASGI application served by uvicorn on 127.0.0.1 in a thread: real HTTP, real concurrency.

Tests using it need ``transactional_db``: requests run on the server's threads with their
own database connections, which see only committed rows.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from django.db import connections

from chat.gateway.testserver import _free_port


@contextmanager
def live_api() -> Iterator[str]:
    """The server's base URL (http://127.0.0.1:<port>) while the block runs."""
    from config.asgi import application

    # Connections opened by the server's threads close after each request, so none outlive
    # the test (an open one would keep the test database from being flushed or dropped).
    settings_dict = connections.settings["default"]
    previous_max_age = settings_dict.get("CONN_MAX_AGE", 0)
    settings_dict["CONN_MAX_AGE"] = 0
    port = _free_port()
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
        settings_dict["CONN_MAX_AGE"] = previous_max_age
