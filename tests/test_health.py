"""/health, /readiness and /liveness against the real dependencies, and with them down."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from django.conf import settings
from django.db.migrations.recorder import MigrationRecorder
from django.test import Client, override_settings

from analytics import health
from analytics.health import CheckResult, Status, check_migrations, run_checks
from llm.registry import model_registry
from tests.live import live_api

pytestmark = pytest.mark.django_db

OPERATOR_TOKEN = "operator-token-for-tests"


@pytest.fixture(autouse=True)
def _fresh_checks() -> Iterator[None]:
    # Results are shared for a second (single flight); these tests change dependencies between probes.
    health.forget_results()
    yield
    health.forget_results()


@pytest.fixture
def operator() -> Iterator[dict[str, str]]:
    """The headers of an operator: the /metrics token."""
    with override_settings(METRICS_TOKEN=OPERATOR_TOKEN, METRICS_ALLOWED_NETWORKS=[]):
        yield {"Authorization": f"Bearer {OPERATOR_TOKEN}"}


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


def test_health_reports_every_dependency_ok_on_real_services(
    client: Client, llm_endpoint: str, operator: dict[str, str]
) -> None:
    with override_settings(CELERY_TASK_ALWAYS_EAGER=False, LLM_BASE_URL=llm_endpoint):
        response = client.get("/health", headers=operator)

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    checks = body["checks"]
    assert set(checks) == {"database", "cache", "broker", "vector_store", "llm"}
    assert checks["database"]["detail"] == "postgresql answers"
    assert checks["cache"]["detail"] == "redis answers"
    assert checks["broker"]["status"] == "ok"
    assert checks["vector_store"]["detail"] == "chroma embedded answers"
    assert checks["llm"]["detail"] == f"{llm_endpoint} answers (200)"
    assert response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"


def test_health_reports_the_bundled_model_when_no_endpoint_is_set(client: Client, operator: dict[str, str]) -> None:
    with override_settings(LLM_BASE_URL=None):
        checks = client.get("/health", headers=operator).json()["checks"]

    assert checks["llm"]["status"] == "ok"
    assert checks["llm"]["detail"] == "local model SmolLM2-135M-Instruct.Q4_1.gguf ready (loads on first use)"


def test_health_says_redis_is_degraded_and_why_when_it_is_down(client: Client, operator: dict[str, str]) -> None:
    with override_settings(CACHES=redis_cache_at(closed_port())):
        response = client.get("/health", headers=operator)

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"]["status"] == "degraded"
    assert body["checks"]["cache"]["detail"].startswith("ConnectionError")
    assert body["checks"]["database"]["status"] == "ok"


def test_health_says_the_llm_is_degraded_when_its_endpoint_is_down(client: Client, operator: dict[str, str]) -> None:
    with override_settings(LLM_BASE_URL=f"http://127.0.0.1:{closed_port()}/v1"):
        checks = client.get("/health", headers=operator).json()["checks"]

    assert checks["llm"]["status"] == "degraded"
    assert "Connection refused" in checks["llm"]["detail"]


def test_health_probes_every_model_endpoint_and_names_the_one_that_is_down(
    client: Client, llm_endpoint: str, operator: dict[str, str]
) -> None:
    """The shared endpoint answers, a model server of ours does not: degraded, and which one."""
    down = f"http://127.0.0.1:{closed_port()}/v1"
    models = [
        {"name": "draft", "model": "draft", "tier": "draft"},
        {"name": "local", "model": "smollm2", "tier": "local", "base_url": down, "self_hosted": True},
    ]
    with override_settings(LLM_BASE_URL=llm_endpoint, LLM_MODELS=models):
        model_registry.cache_clear()
        try:
            checks = client.get("/health", headers=operator).json()["checks"]
        finally:
            model_registry.cache_clear()

    assert checks["llm"]["status"] == "degraded"
    assert f"{llm_endpoint} answers (200)" in checks["llm"]["detail"]
    assert f"{down} unreachable" in checks["llm"]["detail"]


def test_health_says_the_llm_is_degraded_when_its_endpoint_errors(
    client: Client, llm_endpoint: str, operator: dict[str, str]
) -> None:
    with override_settings(LLM_BASE_URL=llm_endpoint + "/wrong"):
        checks = client.get("/health", headers=operator).json()["checks"]

    assert checks["llm"] == {
        "status": "degraded",
        "detail": f"{llm_endpoint}/wrong answered 404",
        "latency_ms": checks["llm"]["latency_ms"],
    }


def test_readiness_is_200_when_migrated_and_the_cache_answers(client: Client) -> None:
    response = client.get("/readiness")

    assert response.status_code == 200
    assert response.json()["status"] == "ready"
    assert response.json() == {"status": "ready", "checks": {"database": "ok", "migrations": "ok", "cache": "ok"}}
    assert check_migrations() == ("ok", "all migrations applied")


def test_readiness_is_503_while_the_cache_is_down(client: Client, operator: dict[str, str]) -> None:
    port = closed_port()
    with override_settings(CACHES=redis_cache_at(port)):
        response = client.get("/readiness")
        # Plain for operators too: the reasons are on /health.
        as_operator = client.get("/readiness", headers=operator)

    assert response.status_code == 503
    assert response.json() == {
        "status": "not ready",
        "checks": {"database": "ok", "migrations": "ok", "cache": "degraded"},
    }
    assert str(port) not in response.content.decode()
    assert as_operator.status_code == 503
    assert as_operator.json() == response.json()


@pytest.mark.django_db(transaction=True)
def test_readiness_is_503_until_every_migration_is_applied(client: Client) -> None:
    recorder = MigrationRecorder.Migration.objects
    # The newest one: Django plans forwards from the leaf, so a gap below an applied leaf goes unseen.
    applied = recorder.filter(app="recommendations").order_by("-name").first()
    assert applied is not None
    applied.delete()
    try:
        response = client.get("/readiness")
        detail = check_migrations()
    finally:
        recorder.create(app=applied.app, name=applied.name, applied=applied.applied)

    assert response.status_code == 503, response.json()
    # Which check failed, not why: the reasons are for operators.
    assert response.json() == {
        "status": "not ready",
        "checks": {"database": "ok", "migrations": "degraded", "cache": "ok"},
    }
    assert detail == ("degraded", f"1 migration(s) not applied, first recommendations.{applied.name}")
    # A degraded result is not reused: the next probe checks again and sees the migration back.
    assert client.get("/readiness").status_code == 200


def test_liveness_touches_no_dependency(client: Client, django_assert_num_queries: Any) -> None:
    with django_assert_num_queries(0), override_settings(CACHES=redis_cache_at(closed_port())):
        response = client.get("/liveness")

    assert response.status_code == 200
    assert response.json() == {"status": "alive"}


def test_probes_refuse_other_methods(client: Client) -> None:
    assert client.post("/health").status_code == 405


# --- who sees the details ------------------------------------------------------------


def test_health_shows_the_public_only_its_status_never_hosts_ports_or_errors(client: Client) -> None:
    port = closed_port()
    with override_settings(CACHES=redis_cache_at(port), METRICS_TOKEN=OPERATOR_TOKEN, METRICS_ALLOWED_NETWORKS=[]):
        anonymous = client.get("/health")
        wrong_token = client.get("/health", headers={"Authorization": "Bearer not-the-token"})
        operator = client.get("/health", headers={"Authorization": f"Bearer {OPERATOR_TOKEN}"})

    # The operator's answer has the reason, with the host and port in it...
    assert str(port) in operator.json()["checks"]["cache"]["detail"]
    # ...the others get the status alone, with the same status code.
    for response in (anonymous, wrong_token):
        assert response.status_code == operator.status_code == 200
        assert response.json() == {"status": "degraded"}
        assert str(port) not in response.content.decode()
    assert anonymous["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"


def test_health_shows_details_to_a_client_in_the_allowed_networks(client: Client) -> None:
    # The test client's address is 127.0.0.1, as the /metrics rule reads it (REMOTE_ADDR).
    with override_settings(METRICS_TOKEN=None, METRICS_ALLOWED_NETWORKS=["127.0.0.0/8"]):
        inside = client.get("/health").json()
    with override_settings(METRICS_TOKEN=None, METRICS_ALLOWED_NETWORKS=["10.0.0.0/8"]):
        outside = client.get("/health").json()

    assert set(inside["checks"]) == {"database", "cache", "broker", "vector_store", "llm"}
    assert inside["checks"]["database"]["detail"] == "postgresql answers"
    assert outside == {"status": inside["status"]}


# --- single flight ---------------------------------------------------------------------


def test_concurrent_callers_share_one_run_of_a_check() -> None:
    started, release = threading.Event(), threading.Event()
    runs: list[int] = []

    def slow() -> tuple[Status, str]:
        runs.append(1)
        started.set()
        release.wait(10)
        return "ok", "answered once"

    with ThreadPoolExecutor(max_workers=8) as callers:
        first = callers.submit(run_checks, {"slow": slow})
        assert started.wait(10)
        # These arrive while the first run is in progress: before, each was told "degraded:
        # the previous check has not answered yet".
        others = [callers.submit(run_checks, {"slow": slow}) for _ in range(7)]
        threading.Event().wait(0.2)  # let them reach the check (late ones take the fresh result)
        release.set()
        results = [first.result(timeout=10), *(other.result(timeout=10) for other in others)]

    assert runs == [1]
    assert {result["slow"].status for result in results} == {"ok"}
    assert {result["slow"].detail for result in results} == {"answered once"}


def test_a_fresh_ok_result_is_reused_and_a_degraded_one_is_checked_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(health, "RESULT_REUSE_SECONDS", 60.0)
    answers: list[tuple[Status, str]] = [("degraded", "down"), ("ok", "back"), ("degraded", "down again")]
    runs: list[int] = []

    def flaky() -> tuple[Status, str]:
        runs.append(1)
        return answers[len(runs) - 1]

    seen: list[CheckResult] = [run_checks({"flaky": flaky})["flaky"] for _ in range(4)]

    # degraded: checked again at once; ok: kept (within the reuse window) for the next two.
    assert [result.detail for result in seen] == ["down", "back", "back", "back"]
    assert len(runs) == 2


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("concurrent", [2, 4, 8])
def test_concurrent_readiness_probes_over_http_are_never_a_false_503(concurrent: int) -> None:
    rounds = 5
    statuses: list[int] = []
    with live_api() as base_url, httpx.Client(base_url=base_url, timeout=15) as http:
        barrier = threading.Barrier(concurrent)

        def probe() -> int:
            barrier.wait(timeout=15)
            return http.get("/readiness").status_code

        with ThreadPoolExecutor(max_workers=concurrent) as probes:
            for _ in range(rounds):
                health.forget_results()  # every round checks afresh, with all probes arriving together
                statuses += list(probes.map(lambda _: probe(), range(concurrent)))

    assert len(statuses) == rounds * concurrent
    assert set(statuses) == {200}
