"""A live ASGI server (uvicorn, as in production) over the test database, and the LLM test server."""

from __future__ import annotations

import csv
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from django.db import connection
from django.test import override_settings

from chat.gateway import gateway as gateway_module
from chat.gateway import registry as registry_module
from chat.gateway.cache import get_gateway_cache
from chat.gateway.testserver import LLMTestServer
from recommendations.demo import DEMO_DATA_DIR, demo_data_load
from recommendations.models import Restaurant


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def asgi_url(django_db_setup: None, django_db_blocker: Any) -> Iterator[str]:
    """The project's ASGI application under uvicorn in a thread: real HTTP, real streaming."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config("config.asgi:application", host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    # The server's worker threads may still hold connections; the test database is dropped next.
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.fixture
def llm_server() -> Iterator[LLMTestServer]:
    """The gateway pointed at our OpenAI-compatible test server, one remote draft model."""
    # Priced like a small paid model, so budgets have something to count.
    models = [
        {
            "name": "draft",
            "provider": "openai",
            "model": "draft",
            "tier": "draft",
            "cost_in_per_1k": "0.0005",
            "cost_out_per_1k": "0.0015",
        }
    ]
    with (
        LLMTestServer() as server,
        override_settings(LLM_BASE_URL=server.base_url, LLM_MODELS=models, LLM_EGRESS_PER_MINUTE=10_000),
    ):
        registry_module.model_registry.cache_clear()
        gateway_module.get_gateway.cache_clear()
        get_gateway_cache.cache_clear()
        yield server
    registry_module.model_registry.cache_clear()
    gateway_module.get_gateway.cache_clear()
    get_gateway_cache.cache_clear()


@pytest.fixture
def harbor(transactional_db: None, tmp_path: Path) -> Restaurant:
    """Harbor & Vine from the demo data (its menu with lamb, tables, 37 wines), indexed for retrieval."""
    specs = json.loads((DEMO_DATA_DIR / "restaurants.json").read_text(encoding="utf-8"))
    (tmp_path / "wines").mkdir()
    (tmp_path / "restaurants.json").write_text(
        json.dumps([spec for spec in specs if spec["slug"] == "harbor-and-vine"]), encoding="utf-8"
    )
    # Its reds and a few of each other colour: the whole list would only slow every test down.
    with (DEMO_DATA_DIR / "wines" / "harbor-and-vine.csv").open(encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    kept = [row for row in rows if row["colour"] == "red"]
    for colour in {row["colour"] for row in rows} - {"red"}:
        kept += [row for row in rows if row["colour"] == colour][:2]
    with (tmp_path / "wines" / "harbor-and-vine.csv").open("w", encoding="utf-8", newline="") as target:
        writer = csv.DictWriter(target, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(kept)
    (loaded,) = demo_data_load(data_dir=tmp_path, with_users=False)
    return loaded.restaurant
