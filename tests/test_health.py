"""/health, /readiness and /liveness against the real dependencies, and with them down."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.db.migrations.recorder import MigrationRecorder
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def redis_cache_at(port: int) -> dict[str, Any]:
    caches = {"default": {**settings.CACHES["default"], "LOCATION": f"redis://127.0.0.1:{port}/0"}}
    caches["default"]["OPTIONS"] = {**caches["default"]["OPTIONS"], "SOCKET_CONNECT_TIMEOUT": 0.5}
    return caches


class _ModelsHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status = 200 if self.path == "/v1/models" else 404
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"object": "list", "data": []}')

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def llm_endpoint() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _ModelsHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_health_reports_every_dependency_ok_on_real_services(client: Client, llm_endpoint: str) -> None:
    with override_settings(CELERY_TASK_ALWAYS_EAGER=False, LLM_BASE_URL=llm_endpoint):
        response = client.get("/health")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    checks = body["checks"]
    assert set(checks) == {"database", "cache", "broker", "vector_store", "llm"}
    assert checks["database"]["detail"] == "postgresql answers"
    assert checks["cache"]["detail"] == "redis answers"
    assert checks["broker"]["status"] == "ok"
    assert checks["vector_store"]["detail"] == "chroma embedded answers"
    assert checks["llm"]["detail"] == "endpoint answers (200)"
    assert response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"


def test_health_reports_the_bundled_model_when_no_endpoint_is_set(client: Client) -> None:
    with override_settings(LLM_BASE_URL=None):
        checks = client.get("/health").json()["checks"]

    assert checks["llm"]["status"] == "ok"
    assert checks["llm"]["detail"] == "local model SmolLM2-135M-Instruct.Q4_1.gguf ready (loads on first use)"


def test_health_says_redis_is_degraded_and_why_when_it_is_down(client: Client) -> None:
    with override_settings(CACHES=redis_cache_at(closed_port())):
        response = client.get("/health")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"]["status"] == "degraded"
    assert body["checks"]["cache"]["detail"].startswith("ConnectionError")
    assert body["checks"]["database"]["status"] == "ok"


def test_health_says_the_llm_is_degraded_when_its_endpoint_is_down(client: Client) -> None:
    with override_settings(LLM_BASE_URL=f"http://127.0.0.1:{closed_port()}/v1"):
        checks = client.get("/health").json()["checks"]

    assert checks["llm"]["status"] == "degraded"
    assert "Connection refused" in checks["llm"]["detail"]


def test_health_says_the_llm_is_degraded_when_its_endpoint_errors(client: Client, llm_endpoint: str) -> None:
    with override_settings(LLM_BASE_URL=llm_endpoint + "/wrong"):
        checks = client.get("/health").json()["checks"]

    assert checks["llm"] == {
        "status": "degraded",
        "detail": "endpoint answered 404",
        "latency_ms": checks["llm"]["latency_ms"],
    }


def test_readiness_is_200_when_migrated_and_the_cache_answers(client: Client) -> None:
    response = client.get("/readiness")

    assert response.status_code == 200
    assert response.json()["status"] == "ready"
    assert response.json()["checks"]["migrations"]["detail"] == "all migrations applied"


def test_readiness_is_503_while_the_cache_is_down(client: Client) -> None:
    with override_settings(CACHES=redis_cache_at(closed_port())):
        response = client.get("/readiness")

    assert response.status_code == 503
    assert response.json()["status"] == "not ready"


@pytest.mark.django_db(transaction=True)
def test_readiness_is_503_until_every_migration_is_applied(client: Client) -> None:
    recorder = MigrationRecorder.Migration.objects
    # The newest one: Django plans forwards from the leaf, so a gap below an applied leaf goes unseen.
    applied = recorder.filter(app="recommendations").order_by("-name").first()
    assert applied is not None
    applied.delete()
    try:
        response = client.get("/readiness")
    finally:
        recorder.create(app=applied.app, name=applied.name, applied=applied.applied)

    assert response.status_code == 503, response.json()
    assert response.json()["checks"]["migrations"] == {
        "status": "degraded",
        "detail": f"1 migration(s) not applied, first recommendations.{applied.name}",
        "latency_ms": response.json()["checks"]["migrations"]["latency_ms"],
    }
    assert client.get("/readiness").status_code == 200


def test_liveness_touches_no_dependency(client: Client, django_assert_num_queries: Any) -> None:
    with django_assert_num_queries(0), override_settings(CACHES=redis_cache_at(closed_port())):
        response = client.get("/liveness")

    assert response.status_code == 200
    assert response.json() == {"status": "alive"}


def test_probes_refuse_other_methods(client: Client) -> None:
    assert client.post("/health").status_code == 405
