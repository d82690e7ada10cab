"""The request counts every ingress limit keeps: the API's and the diners' alike."""

from __future__ import annotations

from django.db import models


class RateLimitBucket(models.Model):
    """Requests counted per bucket ("ip:203.0.113.9", "key:12", "dq:d:...") per fixed one-minute window.

    Incremented with one ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` (``ratelimits.counters``),
    so concurrent requests never lose a count and the check is the increment.
    """

    bucket = models.CharField(max_length=80)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        # The table the API app created: the model moved here without moving its rows.
        db_table = "api_ratelimitbucket"
        constraints = [models.UniqueConstraint(fields=["bucket", "window_start"], name="unique_ratelimit_window")]
        indexes = [models.Index(fields=["window_start"], name="api_ratelim_window__c5e416_idx")]

    def __str__(self) -> str:
        return f"{self.bucket} @ {self.window_start:%H:%M}: {self.count}"
