"""A live ASGI server (uvicorn, as in production) over the test database, and the LLM test server."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from llm.testing.server import LLMTestServer
from recommendations.demo import DEMO_DATA_DIR, demo_data_load
from recommendations.models import Restaurant
from tests.chat.browser import CHROMIUM
from tests.live import gateway_on_test_server, live_api


@pytest.fixture(scope="session")
def asgi_url(django_db_setup: None, django_db_blocker: Any) -> Iterator[str]:
    """The project's ASGI application under uvicorn in a thread for the whole session."""
    with live_api() as url:
        yield url
    # The server's worker threads may still hold connections; the test database is dropped next.
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.fixture
def llm_server() -> Iterator[LLMTestServer]:
    """The gateway on our OpenAI-compatible test server: one draft model, priced like a small paid
    one so budgets have something to count."""
    draft = {"name": "draft", "provider": "openai", "model": "draft", "tier": "draft",
             "cost_in_per_1k": "0.0005", "cost_out_per_1k": "0.0015"}  # fmt: skip
    with gateway_on_test_server([draft]) as server:
        yield server


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


@pytest.fixture
def chromium(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Request it last: data the test needs must be made before Playwright's loop runs here."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # between browser steps are plain sync calls, not from a coroutine.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        yield browser
        browser.close()
