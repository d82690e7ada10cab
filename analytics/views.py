"""Operator endpoints: health, readiness and liveness probes, and /metrics for Prometheus."""

from __future__ import annotations

import hmac
import ipaddress

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from analytics.exposition import exposition
from analytics.health import HEALTH_CHECKS, READINESS_CHECKS, overall_status, run_checks
from config.api import error_body


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """What is up and what is degraded; 200 as long as we can answer at all.

    The checks' details (hosts, ports, error text, latencies) only for operators, by the same
    rule as /metrics; everyone else gets the overall status alone, with the same status code.
    """
    results = run_checks(HEALTH_CHECKS)
    body: dict[str, object] = {"status": overall_status(results)}
    if metrics_allowed(request):
        body["checks"] = {name: result.as_dict() for name, result in results.items()}
    return JsonResponse(body)


@never_cache
@require_GET
def readiness(request: HttpRequest) -> JsonResponse:
    """503 until the database answers with every migration applied and the cache answers.

    Plain for everyone: which checks failed, never why (the reasons name hosts and ports).
    Operators read the database's and the cache's on /health; ``manage.py showmigrations``
    lists the migrations not applied.
    """
    results = run_checks(READINESS_CHECKS)
    status = overall_status(results)
    return JsonResponse(
        {
            "status": "ready" if status == "ok" else "not ready",
            "checks": {name: result.status for name, result in results.items()},
        },
        status=200 if status == "ok" else 503,
    )


@never_cache
@require_GET
def liveness(request: HttpRequest) -> JsonResponse:
    """The process is up and serving requests; touches no dependency."""
    return JsonResponse({"status": "alive"})


def metrics_allowed(request: HttpRequest) -> bool:
    """An operator: a bearer token equal to METRICS_TOKEN, or a client in METRICS_ALLOWED_NETWORKS.

    The rule for /metrics and for /health's details.

    The client address is the socket's (REMOTE_ADDR), never X-Forwarded-For, which
    anyone can send.
    """
    token = settings.METRICS_TOKEN
    header = str(request.META.get("HTTP_AUTHORIZATION", ""))
    if token and header.startswith("Bearer ") and hmac.compare_digest(header[7:].strip().encode(), token.encode()):
        return True
    try:
        client = ipaddress.ip_address(str(request.META.get("REMOTE_ADDR", "")))
    except ValueError:
        return False
    return any(client in ipaddress.ip_network(network, strict=False) for network in settings.METRICS_ALLOWED_NETWORKS)


@never_cache
@require_GET
def prometheus_metrics(request: HttpRequest) -> HttpResponse:
    if not metrics_allowed(request):
        response = JsonResponse(
            error_body(
                "not_authenticated", "Send 'Authorization: Bearer <METRICS_TOKEN>' or scrape from an allowed network."
            ),
            status=401,
        )
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    return HttpResponse(exposition(), content_type="text/plain; version=0.0.4; charset=utf-8")
