"""What happened: HTTP requests, LLM gateway calls and recommendations, their roll-ups, thresholds and alerts.

Raw records arrive in batches through ``analytics.recording``. Each carries a
``uid`` made when the event happened: a batch written twice (the database
committed but the acknowledgement to Redis was lost) is stored once.
``created_at`` is the time of the event, not of the write, so it has a
default instead of ``auto_now_add``.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from recommendations.models import Restaurant


class LLMCall(models.Model):
    class Outcome(models.TextChoices):
        OK = "ok", "Answered"
        DEGRADED = "degraded", "Degraded answer"
        ERROR = "error", "Error"
        BUDGET_EXCEEDED = "budget_exceeded", "Over budget"

    uid = models.UUIDField(unique=True, null=True, editable=False)
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
    # The HTTP request it was made for (X-Request-ID); "" for background work.
    request_id = models.CharField(max_length=64, blank=True, db_index=True)
    # The API key charged; null for the diner page and the restaurant's own background work.
    api_key = models.ForeignKey("api.ApiKey", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    surface = models.CharField(max_length=16, blank=True)  # diner, api, background
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["restaurant", "created_at"])]
        verbose_name = "model call"

    def __str__(self) -> str:
        return f"{self.operation} via {self.model_used} ({self.outcome})"


class RequestRecord(models.Model):
    """One HTTP request: its URL pattern (never the raw path), status and latency."""

    uid = models.UUIDField(unique=True, editable=False)
    restaurant = models.ForeignKey(
        "recommendations.Restaurant", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    route = models.CharField(max_length=200)
    method = models.CharField(max_length=10)
    status = models.PositiveSmallIntegerField()
    latency_ms = models.FloatField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["restaurant", "created_at"])]

    def __str__(self) -> str:
        return f"{self.method} {self.route} {self.status}"


class RecommendationRecord(models.Model):
    """A question and the wines we recommended for it, from the diner page or the API."""

    uid = models.UUIDField(unique=True, editable=False)
    restaurant = models.ForeignKey("recommendations.Restaurant", on_delete=models.CASCADE, related_name="+")
    question = models.TextField()
    wine_ids = models.JSONField(default=list)
    channel = models.CharField(max_length=16)
    # The assistant message (chat.Message) that showed the wines, when there is one; not a
    # foreign key: the record may be written before that message's transaction commits.
    message_id = models.BigIntegerField(null=True, blank=True)
    # Who wrote the words: "house" (the house voice) or the model's name.
    writer = models.CharField(max_length=64, blank=True)
    # A model was meant to write and could not (failed, over budget, or its text failed the check):
    # the house voice's words were shown instead. Counted on the dashboard and in /metrics.
    fallback = models.BooleanField(default=False)
    fallback_reason = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["restaurant", "created_at"])]

    def __str__(self) -> str:
        return f"{self.channel}: {self.question[:40]}"


class MetricRollup(models.Model):
    """Requests or LLM calls of one hour or one day, per restaurant, model, operation and route.

    Latency percentiles cannot be added up, so each row keeps a latency histogram
    (``analytics.histogram``) that merges across rows and periods; the percentiles
    of a merged histogram are within one bucket (about 9%) of the exact ones.
    """

    class Period(models.TextChoices):
        HOUR = "hour", "Hour"
        DAY = "day", "Day"

    class Kind(models.TextChoices):
        REQUEST = "request", "HTTP requests"
        LLM = "llm", "LLM calls"

    period = models.CharField(max_length=4, choices=Period.choices)
    kind = models.CharField(max_length=8, choices=Kind.choices)
    bucket_start = models.DateTimeField()
    # 0 stands for "no restaurant", so the unique constraint below holds (NULLs never clash).
    restaurant_id = models.BigIntegerField(default=0)
    model = models.CharField(max_length=64, blank=True)
    operation = models.CharField(max_length=32, blank=True)
    route = models.CharField(max_length=255, blank=True)
    count = models.PositiveIntegerField(default=0)
    errors = models.PositiveIntegerField(default=0)
    cache_hits = models.PositiveIntegerField(default=0)
    prompt_tokens = models.BigIntegerField(default=0)
    completion_tokens = models.BigIntegerField(default=0)
    cost_usd = models.DecimalField(max_digits=14, decimal_places=6, default=0)
    latency_sum_ms = models.FloatField(default=0)
    latency_histogram = models.JSONField(default=list)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["period", "kind", "bucket_start", "restaurant_id", "model", "operation", "route"],
                name="unique_metric_rollup",
            )
        ]
        indexes = [models.Index(fields=["period", "kind", "restaurant_id", "bucket_start"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.period} {self.bucket_start:%Y-%m-%d %H:%M}"


class RollupRun(models.Model):
    """Which periods have been rolled up: the beat task rolls each closed period once, and again only when asked."""

    period = models.CharField(max_length=4, choices=MetricRollup.Period.choices)
    bucket_start = models.DateTimeField()
    rolled_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["period", "bucket_start"], name="unique_rollup_run")]

    def __str__(self) -> str:
        return f"{self.period} {self.bucket_start:%Y-%m-%d %H:%M}"


class Threshold(models.Model):
    """A restaurant's alert thresholds; an empty value is not watched."""

    restaurant = models.OneToOneField(
        "recommendations.Restaurant", on_delete=models.CASCADE, related_name="analytics_threshold"
    )
    p95_latency_ms = models.FloatField(null=True, blank=True, help_text="Alert when the last hour's p95 is above.")
    error_rate = models.FloatField(
        null=True, blank=True, help_text="Alert when the last hour's error share is above (0-1)."
    )
    daily_cost_usd = models.DecimalField(
        max_digits=10, decimal_places=2, null=True, blank=True, help_text="Alert when today's LLM cost is above."
    )
    cache_hit_ratio = models.FloatField(
        null=True, blank=True, help_text="Alert when the last hour's cache hit share is below (0-1)."
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Thresholds of restaurant {self.restaurant_id}"


class Alert(models.Model):
    class Metric(models.TextChoices):
        P95_LATENCY = "p95_latency_ms", "p95 latency"
        ERROR_RATE = "error_rate", "Error rate"
        DAILY_COST = "daily_cost_usd", "Daily cost"
        CACHE_HIT_RATIO = "cache_hit_ratio", "Cache hit ratio"

    class Delivery(models.TextChoices):
        NOT_CONFIGURED = "none", "No webhook"
        PENDING = "pending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    restaurant = models.ForeignKey("recommendations.Restaurant", on_delete=models.CASCADE, related_name="+")
    metric = models.CharField(max_length=32, choices=Metric.choices)
    # The hour (or day, for cost) the value was measured over: one alert per metric and period.
    period_start = models.DateTimeField()
    value = models.FloatField()
    threshold = models.FloatField()
    message = models.CharField(max_length=300)
    webhook = models.CharField(max_length=8, choices=Delivery.choices, default=Delivery.NOT_CONFIGURED)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["restaurant", "metric", "period_start"], name="one_alert_per_period")
        ]

    def __str__(self) -> str:
        return self.message


class RestaurantDashboard(Restaurant):
    """The admin's entry to each restaurant's analytics dashboard (a proxy: no table of its own)."""

    class Meta:
        proxy = True
        verbose_name = "dashboard"
        verbose_name_plural = "dashboards"
