"""Prometheus metrics for ``/metrics``.

Production runs several processes (uvicorn workers, Celery workers), each with
its own counters. With ``PROMETHEUS_MULTIPROC_DIR`` set (before the process
starts, to a directory emptied at deploy), prometheus_client keeps every
process's values in memory-mapped files there and ``/metrics`` adds them up
(``MultiProcessCollector``); without it, each process reports its own. Queue
depths are read from Redis at scrape time, so they are the same whichever
process answers.
"""

from __future__ import annotations

import logging

from prometheus_client import CollectorRegistry, Counter, Histogram

logger = logging.getLogger(__name__)

REGISTRY = CollectorRegistry(auto_describe=True)

# Seconds. Diner pages answer in tens of milliseconds; streamed answers and reports take seconds.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

HTTP_REQUESTS = Counter(
    "sommelier_http_requests", "HTTP requests answered", ["route", "method", "status"], registry=REGISTRY
)
HTTP_LATENCY = Histogram(
    "sommelier_http_request_duration_seconds",
    "Time to the response (to the first byte for streamed answers)",
    ["route", "method"],
    buckets=LATENCY_BUCKETS,
    registry=REGISTRY,
)
LLM_CALLS = Counter("sommelier_llm_calls", "LLM gateway calls", ["model", "operation", "outcome"], registry=REGISTRY)
LLM_TOKENS = Counter("sommelier_llm_tokens", "Tokens spent", ["model", "direction"], registry=REGISTRY)
LLM_COST = Counter("sommelier_llm_cost_usd", "Money spent on models, USD", ["model"], registry=REGISTRY)
LLM_CACHE = Counter(
    "sommelier_llm_cache_lookups",
    "Gateway answers by cache tier (miss: a model was asked)",
    ["tier"],
    registry=REGISTRY,
)
RATE_LIMIT_REJECTIONS = Counter(
    "sommelier_rate_limit_rejections", "Requests refused with 429, by limiting layer", ["layer"], registry=REGISTRY
)
ANSWER_FALLBACKS = Counter(
    "sommelier_answer_fallbacks",
    "Diner and API answers where a model should have written the words and the house voice's were shown",
    ["reason"],
    registry=REGISTRY,
)
RECORDS_DROPPED = Counter(
    "sommelier_analytics_records_dropped", "Analytics records dropped because the buffer was full", registry=REGISTRY
)


def _label(value: str, limit: int = 64) -> str:
    return str(value)[:limit] or "none"


def rate_limit_rejected(layer: str) -> None:
    """Count one 429 given by ``layer`` ("ip", "key", "egress", ...); never raises."""
    try:
        RATE_LIMIT_REJECTIONS.labels(_label(layer, 32)).inc()
    except Exception:
        logger.exception("could not count a rate-limit rejection")


def observe_request(*, route: str, method: str, status: int, seconds: float) -> None:
    HTTP_REQUESTS.labels(route, method, str(status)).inc()
    HTTP_LATENCY.labels(route, method).observe(seconds)


def observe_llm_call(
    *,
    model: str,
    operation: str,
    outcome: str,
    cache_tier: str,
    prompt_tokens: int,
    completion_tokens: int,
    cost_usd: float,
) -> None:
    model = _label(model)
    LLM_CALLS.labels(model, _label(operation, 32), _label(outcome, 16)).inc()
    LLM_CACHE.labels(_label(cache_tier, 16)).inc()
    if prompt_tokens:
        LLM_TOKENS.labels(model, "prompt").inc(prompt_tokens)
    if completion_tokens:
        LLM_TOKENS.labels(model, "completion").inc(completion_tokens)
    if cost_usd:
        LLM_COST.labels(model).inc(cost_usd)


def answer_fallback(reason: str) -> None:
    """Count one answer whose model words were replaced by the house voice's; never raises."""
    try:
        # The kind of reason only ("quality check", "no model", "over budget"): labels must stay few.
        ANSWER_FALLBACKS.labels(_label(reason.split(":")[0], 32)).inc()
    except Exception:
        logger.exception("could not count an answer fallback")


def record_dropped() -> None:
    RECORDS_DROPPED.inc()
