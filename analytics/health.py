"""Dependency checks behind /health and /readiness.

Each check answers ``ok`` or ``degraded`` with a reason, within a time budget:
a hanging dependency makes its own check time out, never the whole endpoint.
"""

from __future__ import annotations

import importlib.util
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Literal

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

Status = Literal["ok", "degraded"]
# Each check gets this long; probes call /health every few seconds, so it must stay short.
CHECK_TIMEOUT_SECONDS = 3.0


@dataclass(frozen=True)
class CheckResult:
    status: Status
    detail: str
    latency_ms: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {"status": self.status, "detail": self.detail, "latency_ms": round(self.latency_ms, 1)}


def _timed(check: Callable[[], tuple[Status, str]]) -> CheckResult:
    started = time.perf_counter()
    try:
        status, detail = check()
    except Exception as error:  # noqa: BLE001 - any failure of a dependency is "degraded", with its reason
        status, detail = "degraded", f"{type(error).__name__}: {error}"[:300]
    return CheckResult(status, detail, (time.perf_counter() - started) * 1000)


def check_database() -> tuple[Status, str]:
    try:
        connection = connections[DEFAULT_DB_ALIAS]
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        return "ok", f"{connection.vendor} answers"
    finally:
        # Checks run in worker threads; their connections must not outlive them.
        connections.close_all()


def pending_migrations() -> list[str]:
    try:
        connection = connections[DEFAULT_DB_ALIAS]
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
        return [f"{migration.app_label}.{migration.name}" for migration, _ in plan]
    finally:
        connections.close_all()


def check_migrations() -> tuple[Status, str]:
    pending = pending_migrations()
    if pending:
        return "degraded", f"{len(pending)} migration(s) not applied, first {pending[0]}"
    return "ok", "all migrations applied"


def check_cache() -> tuple[Status, str]:
    if not settings.REDIS_URL:
        return "ok", "in-process cache (embedded default)"
    from django_redis import get_redis_connection

    get_redis_connection("default").ping()
    return "ok", "redis answers"


def check_broker() -> tuple[Status, str]:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "ok", "tasks run in-process (eager, embedded default)"
    from config.celery_app import app

    with app.connection_for_write() as connection:
        connection.ensure_connection(max_retries=1, timeout=2)
    return "ok", f"{connection.transport_cls} broker answers"


def check_vector_store() -> tuple[Status, str]:
    if importlib.util.find_spec("chromadb") is None:
        return "degraded", "chromadb is not installed"
    if settings.CHROMA_HOST:
        # Straight HTTP with a timeout: chromadb's HttpClient waits forever on a wedged server.
        url = f"http://{settings.CHROMA_HOST}:{settings.CHROMA_PORT}/api/v2/heartbeat"
        with urllib.request.urlopen(url, timeout=CHECK_TIMEOUT_SECONDS) as response:
            return "ok", f"chroma server {settings.CHROMA_HOST}:{settings.CHROMA_PORT} answers ({response.status})"
    from recommendations.vector_store import chroma_client

    chroma_client().heartbeat()
    return "ok", "chroma embedded answers"


def check_llm() -> tuple[Status, str]:
    if settings.LLM_BASE_URL:
        # The scheme is limited to http(s) by env_url when settings load.
        request = urllib.request.Request(settings.LLM_BASE_URL.rstrip("/") + "/models")  # noqa: S310
        if settings.LLM_API_KEY:
            request.add_header("Authorization", f"Bearer {settings.LLM_API_KEY}")
        try:
            with urllib.request.urlopen(request, timeout=CHECK_TIMEOUT_SECONDS) as response:  # noqa: S310
                return "ok", f"endpoint answers ({response.status})"
        except urllib.error.HTTPError as error:
            return "degraded", f"endpoint answered {error.code}"
    from chat.gateway.providers import LocalLlamaProvider, local_model_path

    if importlib.util.find_spec("llama_cpp") is None:
        return "degraded", "no LLM endpoint configured and the local model runtime (llama-cpp-python) is not installed"
    if not LocalLlamaProvider.available():
        return "degraded", "no LLM endpoint configured and no local model file found"
    path = local_model_path()
    return "ok", f"local model {path.name if path else ''} ready (loads on first use)"


HEALTH_CHECKS: dict[str, Callable[[], tuple[Status, str]]] = {
    "database": check_database,
    "cache": check_cache,
    "broker": check_broker,
    "vector_store": check_vector_store,
    "llm": check_llm,
}
READINESS_CHECKS: dict[str, Callable[[], tuple[Status, str]]] = {
    "database": check_database,
    "migrations": check_migrations,
    "cache": check_cache,
}


# One small pool for the whole process: a dependency that hangs can hold at most one
# thread per check, because a check still running from an earlier probe is not started again.
_POOL = ThreadPoolExecutor(max_workers=2 * len(HEALTH_CHECKS), thread_name_prefix="health")
_IN_FLIGHT: dict[str, Future[CheckResult]] = {}
_IN_FLIGHT_LOCK = threading.Lock()


def _submit(name: str, check: Callable[[], tuple[Status, str]]) -> Future[CheckResult] | None:
    with _IN_FLIGHT_LOCK:
        previous = _IN_FLIGHT.get(name)
        if previous is not None and not previous.done():
            return None
        future = _POOL.submit(_timed, check)
        _IN_FLIGHT[name] = future
        return future


def run_checks(checks: dict[str, Callable[[], tuple[Status, str]]]) -> dict[str, CheckResult]:
    results: dict[str, CheckResult] = {}
    futures = {name: _submit(name, check) for name, check in checks.items()}
    deadline = time.monotonic() + CHECK_TIMEOUT_SECONDS
    for name, future in futures.items():
        if future is None:
            results[name] = CheckResult("degraded", "the previous check has not answered yet")
            continue
        try:
            results[name] = future.result(timeout=max(0.0, deadline - time.monotonic()))
        except FutureTimeout:
            results[name] = CheckResult(
                "degraded", f"no answer within {CHECK_TIMEOUT_SECONDS:g} s", CHECK_TIMEOUT_SECONDS * 1000
            )
    return results


def overall_status(results: dict[str, CheckResult]) -> Status:
    return "ok" if all(result.status == "ok" for result in results.values()) else "degraded"
