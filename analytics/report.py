"""The AI performance report (seed 002): the gateway reads a restaurant's numbers and says what to change.

The numbers cover the last 24 hours up to the start of the current five-minute
slot, so every request in the same slot sends the same prompt: the gateway's
cache (``report``: 5 minutes) and single-flight then make 50 concurrent asks
one model call, and the egress quota and retries apply as to any call. When no
model can answer (down, over quota, over budget), the report is written by
rules from the same numbers and says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from asgiref.sync import async_to_sync
from django.utils import timezone

from analytics.aggregates import AggregateRow, aggregate
from llm.budgets import BudgetExceeded
from llm.gateway import get_gateway
from llm.types import BudgetScope, GatewayError, GatewayRequest
from recommendations.models import LLMPolicy, Restaurant

WINDOW = timedelta(hours=24)
SLOT_SECONDS = 300
# Enough for five short paragraphs; the report is read by a person, not parsed.
REPORT_MAX_TOKENS = 450
SYSTEM_PROMPT = (
    "You are a performance analyst for a restaurant's AI wine assistant. From the JSON metrics, write a short "
    "report in plain text with three headed parts: What is slow, What costs most, What to change. Cite the "
    "numbers. Be concrete (e.g. raise the cache TTL, route short questions to the draft model). No preamble."
)


@dataclass(frozen=True)
class Report:
    text: str
    source: str  # "model" or "rules"
    model_used: str
    cached: bool
    reason: str
    numbers: dict[str, Any]
    window_start: datetime
    window_end: datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "report": self.text,
            "source": self.source,
            "model_used": self.model_used,
            "cached": self.cached,
            "fallback_reason": self.reason,
            "window": {"start": self.window_start.isoformat(), "end": self.window_end.isoformat()},
            "metrics": self.numbers,
        }


def _slot_end(now: datetime) -> datetime:
    return now.replace(second=0, microsecond=0, minute=now.minute - now.minute % (SLOT_SECONDS // 60))


def _row(row: AggregateRow) -> dict[str, Any]:
    data = row.as_dict()
    return {key: value for key, value in data.items() if value is not None}


def report_numbers(*, restaurant_id: int, since: datetime, until: datetime) -> dict[str, Any]:
    def rows(kind: str, group_by: tuple[str, ...], limit: int) -> list[dict[str, Any]]:
        found = aggregate(kind=kind, since=since, until=until, group_by=group_by, restaurant_id=restaurant_id)  # type: ignore[arg-type]
        return [_row(r) for r in found[:limit]]

    overall = rows("llm", (), 1)
    return {
        "llm_overall": overall[0] if overall else {"count": 0},
        "llm_by_model": rows("llm", ("model",), 6),
        "llm_by_operation": rows("llm", ("operation",), 6),
        "requests_by_route": rows("request", ("route",), 8),
    }


def rule_based_report(numbers: dict[str, Any]) -> str:
    """The report written by rules when no model can: same numbers, labelled as such."""
    lines = ["Rule-based report (the AI model was unavailable): computed from the same metrics.", ""]
    overall = numbers["llm_overall"]
    if not overall.get("count"):
        lines.append("No LLM calls in the last 24 hours: nothing to analyse yet.")
    lines.append("What is slow:")
    slow = [r for r in numbers["requests_by_route"] if (r.get("p95_ms") or 0) > 1000]
    by_model = sorted(numbers["llm_by_model"], key=lambda r: -(r.get("p95_ms") or 0))
    if by_model:
        top = by_model[0]
        lines.append(f"- Slowest model: {top['group']['model']} with p95 {top.get('p95_ms', 0):.0f} ms.")
    lines.extend(
        f"- Route {r['group']['route']}: p95 {r['p95_ms']:.0f} ms over {r['count']} requests." for r in slow[:3]
    )
    if not by_model and not slow:
        lines.append("- Nothing stands out.")
    lines.extend(["", "What costs most:"])
    costly = sorted(numbers["llm_by_model"], key=lambda r: -Decimal(r.get("cost_usd", "0")))
    if costly and Decimal(costly[0].get("cost_usd", "0")) > 0:
        lines.extend(
            f"- {r['group']['model']}: ${Decimal(r['cost_usd']):.4f} over {r['count']} calls." for r in costly[:3]
        )
    else:
        lines.append("- No spending on paid models.")
    lines.extend(["", "What to change:"])
    advice = []
    hit_ratio = overall.get("cache_hit_ratio")
    if hit_ratio is not None and hit_ratio < 0.3:
        advice.append(f"- Cache hit ratio is {hit_ratio:.0%}: consider longer cache TTLs for repeated questions.")
    error_rate = overall.get("error_rate")
    if error_rate is not None and error_rate > 0.05:
        advice.append(
            f"- {error_rate:.0%} of calls failed or were degraded: check the provider and the circuit breaker."
        )
    if slow:
        advice.append("- Look at the slow routes above; streamed answers count time to the first byte.")
    lines.extend(advice or ["- Keep the current settings; nothing crosses the usual limits."])
    return "\n".join(lines)


def performance_report(*, restaurant: Restaurant, now: datetime | None = None) -> Report:
    until = _slot_end(now or timezone.now())
    since = until - WINDOW
    numbers = report_numbers(restaurant_id=restaurant.pk, since=since, until=until)
    fallback_text = rule_based_report(numbers)
    request = GatewayRequest(
        messages=(
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": json.dumps(numbers, sort_keys=True, separators=(",", ":"))},
        ),
        operation="report",
        restaurant_id=restaurant.pk,
        local_only=restaurant.llm_policy == LLMPolicy.LOCAL_ONLY,
        budgets=(BudgetScope(f"restaurant:{restaurant.pk}", restaurant.daily_llm_budget_usd),),
        max_tokens=REPORT_MAX_TOKENS,
        temperature=0.2,
        complexity="medium",
    )

    async def ask() -> Any:
        gateway = get_gateway()
        try:
            return await gateway.complete(request, fallback=lambda: fallback_text)
        finally:
            # Reports run on one loop per thread (async_to_sync): drain waits for this loop's records.
            await gateway.drain()

    try:
        result = async_to_sync(ask)()
    except (BudgetExceeded, GatewayError) as error:
        return Report(fallback_text, "rules", "none", False, str(error), numbers, since, until)
    if result.degraded:
        return Report(fallback_text, "rules", "none", False, result.degraded_reason, numbers, since, until)
    return Report(result.text, "model", result.model_used, result.cached, "", numbers, since, until)
