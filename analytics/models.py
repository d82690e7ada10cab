"""What happened: every LLM gateway call, kept for the staff dashboard and reports."""

from __future__ import annotations

from django.db import models


class LLMCall(models.Model):
    class Outcome(models.TextChoices):
        OK = "ok", "Answered"
        DEGRADED = "degraded", "Degraded answer"
        ERROR = "error", "Error"
        BUDGET_EXCEEDED = "budget_exceeded", "Over budget"

    restaurant = models.ForeignKey(
        "recommendations.Restaurant", null=True, blank=True, on_delete=models.SET_NULL, related_name="llm_calls"
    )
    operation = models.CharField(max_length=32)
    route_reason = models.CharField(max_length=255, blank=True)
    model_used = models.CharField(max_length=64)
    cascaded = models.BooleanField(default=False)
    draft_accepted = models.BooleanField(null=True)
    prompt_tokens = models.PositiveIntegerField(default=0)
    completion_tokens = models.PositiveIntegerField(default=0)
    cost_usd = models.DecimalField(max_digits=12, decimal_places=6, default=0)
    latency_ms = models.FloatField()
    first_token_ms = models.FloatField(null=True, blank=True)
    cache_tier = models.CharField(max_length=16, default="miss")
    outcome = models.CharField(max_length=16, choices=Outcome.choices)
    streamed = models.BooleanField(default=False)
    # Each model tried: [{"model": "draft", "outcome": "rejected", "reason": "refusal"}, ...]
    attempts = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["restaurant", "created_at"])]

    def __str__(self) -> str:
        return f"{self.operation} via {self.model_used} ({self.outcome})"
