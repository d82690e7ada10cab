"""Dependency checks behind /health and /readiness.

Each check answers ``ok`` or ``degraded`` with a reason, within a time budget:
a hanging dependency makes its own check time out, never the whole endpoint.
Concurrent probes share one run of each check (see ``run_checks``).
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

from config.celery_app import app as celery_app
from llm.gateway import provider_health
from llm.providers import LocalLlamaProvider, local_model_path
from llm.registry import model_registry
from llm.resilience import BreakerState
from recommendations.retrieval.vector_store import chroma_client

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
    with celery_app.connection_for_write() as connection:
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
    chroma_client().heartbeat()
    return "ok", "chroma embedded answers"


def _llm_probe() -> tuple[Status, str]:
    """Whether a model is there at all: each model endpoint lists its models, or the local model's file exists."""
    endpoints = _model_endpoints()
    if endpoints:
        results = [_probe_endpoint(base_url, api_key) for base_url, api_key in endpoints]
        worst: Status = "degraded" if any(status != "ok" for status, _ in results) else "ok"
        return worst, "; ".join(detail for _, detail in results)
    if importlib.util.find_spec("llama_cpp") is None:
        return "degraded", "no LLM endpoint configured and the local model runtime (llama-cpp-python) is not installed"
    if not LocalLlamaProvider.available():
        return "degraded", "no LLM endpoint configured and no local model file found"
    path = local_model_path()
    return "ok", f"local model {path.name if path else ''} ready (loads on first use)"


def _model_endpoints() -> list[tuple[str, str | None]]:
    """The HTTP endpoints the registry's models are called at, each once, with its key."""
    endpoints: dict[str, str | None] = {}
    if settings.LLM_BASE_URL:
        endpoints[settings.LLM_BASE_URL] = settings.LLM_API_KEY
    for spec in model_registry().values():
        for deployment in spec.deployments:
            if spec.provider != "local" and deployment.base_url and deployment.base_url not in endpoints:
                endpoints[deployment.base_url] = deployment.api_key()
    return list(endpoints.items())


def _probe_endpoint(base_url: str, api_key: str | None) -> tuple[Status, str]:
    # The scheme is limited to http(s) when settings load (env_url, the registry's check).
    request = urllib.request.Request(base_url.rstrip("/") + "/models")  # noqa: S310
    if api_key:
        request.add_header("Authorization", f"Bearer {api_key}")
    try:
        with urllib.request.urlopen(request, timeout=CHECK_TIMEOUT_SECONDS) as response:  # noqa: S310
            return "ok", f"{base_url} answers ({response.status})"
    except urllib.error.HTTPError as error:
        return "degraded", f"{base_url} answered {error.code}"
    except OSError as error:  # refused, unresolvable, timed out (URLError is an OSError)
        return "degraded", f"{base_url} unreachable: {type(error).__name__}: {error}"[:300]


def check_llm() -> tuple[Status, str]:
    """A model is there (the probe), and this process's recent real calls went well.

    A /models probe answers even while completions hang, so the gateway's own view counts
    too: degraded while a provider's breaker is not closed, or when a high share of its
    attempts in the breaker's window failed or timed out. Per process: each worker reports
    the calls it made (nothing before its first).
    """
    try:
        status, detail = _llm_probe()
    except Exception as error:  # noqa: BLE001 - a failed probe is "degraded", and the recent calls still count
        status, detail = "degraded", f"{type(error).__name__}: {error}"[:300]
    notes = []
    for provider in provider_health():
        if provider.state is BreakerState.CLOSED and not provider.failures:
            continue
        notes.append(
            f"{provider.name}: breaker {provider.state}, {provider.failures} of {provider.attempts} attempts "
            f"failed ({provider.timeouts} timed out) in the last {provider.window_seconds:g} s"
        )
        if provider.state is not BreakerState.CLOSED or provider.failing:
            status = "degraded"
    return status, "; ".join([detail, *notes])


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


# One small pool for the whole process. Single flight per check: a probe that arrives
# while that check is running waits for the same run and shares its result, and one that
# arrives just after an "ok" takes that result (RESULT_REUSE_SECONDS; a "degraded" one is
# checked again, so a recovery shows at once). So concurrent probes (a load balancer, the
# orchestrator and an operator at once) never read "still running" as "down", a dependency
# that hangs holds at most one thread per check, and probing /health harder does not probe
# the dependencies harder.
RESULT_REUSE_SECONDS = 1.0
_POOL = ThreadPoolExecutor(max_workers=2 * len(HEALTH_CHECKS), thread_name_prefix="health")


@dataclass
class _Flight:
    running: Future[CheckResult] | None = None
    last: CheckResult | None = None
    last_at: float = 0.0


_FLIGHTS: dict[Callable[[], tuple[Status, str]], _Flight] = {}
_FLIGHTS_LOCK = threading.Lock()


def _run_and_keep(check: Callable[[], tuple[Status, str]]) -> CheckResult:
    result: CheckResult | None = None
    try:
        result = _timed(check)
        return result
    finally:
        with _FLIGHTS_LOCK:
            flight = _FLIGHTS.setdefault(check, _Flight())
            flight.running = None
            if result is not None:
                flight.last, flight.last_at = result, time.monotonic()


def _join(check: Callable[[], tuple[Status, str]]) -> Future[CheckResult] | CheckResult:
    """The run of ``check`` in progress, else its last result if fresh and ok, else a new run."""
    with _FLIGHTS_LOCK:
        flight = _FLIGHTS.setdefault(check, _Flight())
        if flight.running is not None:
            return flight.running
        last = flight.last
        if last is not None and last.status == "ok" and time.monotonic() - flight.last_at <= RESULT_REUSE_SECONDS:
            return last
        # Submitted under the lock: the run's own bookkeeping (_run_and_keep) waits for it,
        # so `running` is always set before it is cleared.
        flight.running = _POOL.submit(_run_and_keep, check)
        return flight.running


def forget_results() -> None:
    """The next probe checks afresh (tests that change a dependency between probes)."""
    with _FLIGHTS_LOCK:
        for flight in _FLIGHTS.values():
            flight.last = None


def run_checks(checks: dict[str, Callable[[], tuple[Status, str]]]) -> dict[str, CheckResult]:
    results: dict[str, CheckResult] = {}
    joined = {name: _join(check) for name, check in checks.items()}
    deadline = time.monotonic() + CHECK_TIMEOUT_SECONDS
    for name, flight in joined.items():
        if isinstance(flight, CheckResult):
            results[name] = flight
            continue
        try:
            results[name] = flight.result(timeout=max(0.0, deadline - time.monotonic()))
        except FutureTimeout:
            results[name] = CheckResult(
                "degraded", f"no answer within {CHECK_TIMEOUT_SECONDS:g} s", CHECK_TIMEOUT_SECONDS * 1000
            )
    return results


def overall_status(results: dict[str, CheckResult]) -> Status:
    return "ok" if all(result.status == "ok" for result in results.values()) else "degraded"
