"""Operator endpoints: health, readiness and liveness probes."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from analytics.health import HEALTH_CHECKS, READINESS_CHECKS, overall_status, run_checks


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """What is up and what is degraded; 200 as long as we can answer at all."""
    results = run_checks(HEALTH_CHECKS)
    return JsonResponse(
        {"status": overall_status(results), "checks": {name: result.as_dict() for name, result in results.items()}}
    )


@never_cache
@require_GET
def readiness(request: HttpRequest) -> JsonResponse:
    """503 until the database answers with every migration applied and the cache answers."""
    results = run_checks(READINESS_CHECKS)
    status = overall_status(results)
    return JsonResponse(
        {"status": "ready" if status == "ok" else "not ready", "checks": {n: r.as_dict() for n, r in results.items()}},
        status=200 if status == "ok" else 503,
    )


@never_cache
@require_GET
def liveness(request: HttpRequest) -> JsonResponse:
    """The process is up and serving requests; touches no dependency."""
    return JsonResponse({"status": "alive"})
