"""API clients: keys per restaurant, ingress rate-limit buckets, stored sentiment predictions."""

from __future__ import annotations

import hashlib
from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models

# The part of a key shown in the admin and logs so staff can tell keys apart.
KEY_PREFIX_LENGTH = 8
KEY_NAMESPACE = "som"


class Scope(models.TextChoices):
    READ = "read", "Read (stats, metrics, search)"
    CHAT = "chat", "Chat and text operations"
    RECOMMEND = "recommend", "Recommendations"
    ADMIN = "admin", "Admin (everything, and writes)"


def hash_key(raw_key: str) -> str:
    """SHA-256 of the whole key. Keys carry 256 random bits, so a slow, salted hash adds nothing."""
    return hashlib.sha256(raw_key.encode()).hexdigest()


class ApiKey(models.Model):
    restaurant = models.ForeignKey("recommendations.Restaurant", on_delete=models.CASCADE, related_name="api_keys")
    name = models.CharField(max_length=100, help_text="What the key is for, e.g. 'POS integration'.")
    # "som_<prefix>_<secret>": the prefix is stored in clear to recognise the key; the key only as a hash.
    prefix = models.CharField(max_length=16, unique=True, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    scopes = models.JSONField(default=list, help_text="Any of read, chat, recommend, admin.")
    # Per-key limits; empty means the installation's defaults (API_RATE_LIMIT_PER_MINUTE) and no own budget.
    rate_limit_per_minute = models.PositiveIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1)], help_text="Requests per minute. Empty: the default."
    )
    daily_budget_usd = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text="Most this key may spend on paid models per day (UTC), in USD, on top of the restaurant's budget. Empty: no own limit.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Written at most once a minute per key (see api.keys.LAST_USED_RESOLUTION_SECONDS).
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "API key"

    def __str__(self) -> str:
        return f"{self.name} ({KEY_NAMESPACE}_{self.prefix}_…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    def has_scope(self, scope: str) -> bool:
        # The admin scope is a superset of the others.
        return scope in self.scopes or Scope.ADMIN in self.scopes

    @property
    def owner(self) -> str:
        """Conversation owner for this key: one key never reads another key's conversations."""
        return f"key:{self.pk}"


class SentimentPrediction(models.Model):
    """One POST /api/v1/predict: the diner feedback text, its sentiment and how long it took."""

    restaurant = models.ForeignKey(
        "recommendations.Restaurant", on_delete=models.CASCADE, related_name="sentiment_predictions"
    )
    api_key = models.ForeignKey(ApiKey, null=True, on_delete=models.SET_NULL, related_name="predictions")
    text = models.TextField()
    label = models.CharField(max_length=10)
    compound = models.FloatField()
    latency_ms = models.FloatField()
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["restaurant", "created_at"])]

    def __str__(self) -> str:
        return f"{self.label} ({self.compound:+.2f})"
