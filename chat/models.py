"""Conversations: a diner's (anonymous, scoped by a cookie) or an API client's."""

from __future__ import annotations

import uuid

from django.db import models


class Conversation(models.Model):
    class Channel(models.TextChoices):
        DINER = "diner", "Diner page"
        API = "api", "API"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    restaurant = models.ForeignKey("recommendations.Restaurant", on_delete=models.CASCADE, related_name="conversations")
    table = models.ForeignKey(
        "recommendations.Table", null=True, blank=True, on_delete=models.SET_NULL, related_name="conversations"
    )
    channel = models.CharField(max_length=8, choices=Channel.choices, default=Channel.DINER)
    # Who may read it: a digest of the diner's cookie token, or "key:<id>" for an API key.
    # Every lookup filters on it, so one diner's conversation is never another's.
    owner = models.CharField(max_length=80, db_index=True)
    # The constraints and dishes of the last answer, for follow-ups ("something cheaper?").
    context = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["restaurant", "owner", "-updated_at"])]

    def __str__(self) -> str:
        return f"Conversation {self.public_id} at {self.restaurant_id}"


class Message(models.Model):
    class Role(models.TextChoices):
        USER = "user", "Diner"
        ASSISTANT = "assistant", "Sommelier"

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for the answer"
        STREAMING = "streaming", "Being answered"
        COMPLETE = "complete", "Answered"
        STOPPED = "stopped", "Stopped by the diner"
        FAILED = "failed", "Failed"

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=10, choices=Role.choices)
    text = models.TextField(blank=True)
    # An answer points at the question it answers.
    in_reply_to = models.OneToOneField("self", null=True, blank=True, on_delete=models.CASCADE, related_name="answer")
    # The diner's form carries a one-time id: posting it twice (a reload, a double tap)
    # finds the first message instead of storing a second one.
    client_id = models.UUIDField(null=True, blank=True)
    # An answer's state; a question is always complete.
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.COMPLETE)
    # Wine cards as shown: a snapshot (name, vintage, prices, note), so history survives list edits.
    wines = models.JSONField(default=list, blank=True)
    model_used = models.CharField(max_length=64, blank=True)
    cached = models.BooleanField(default=False)
    degraded = models.BooleanField(default=False)
    # Why the words are not the model's that should have written them (shown to staff, not diners).
    degraded_reason = models.CharField(max_length=255, blank=True)
    # What the question was taken to mean: the dish and its parts, the constraints, the refinements.
    understood = models.JSONField(default=dict, blank=True)
    latency_ms = models.FloatField(null=True, blank=True)
    first_token_ms = models.FloatField(null=True, blank=True)
    # What the model calls behind this answer cost (0 for the house voice or a cached answer),
    # and the request that produced it: the model call log finds its calls by that id.
    cost_usd = models.DecimalField(max_digits=12, decimal_places=6, null=True, blank=True)
    request_id = models.CharField(max_length=64, blank=True)
    # While an answer streams, its words so far are saved about every second together with
    # the stream's lease: the owning stream renews ``lease_until`` while it is alive, so an
    # answer whose lease ran out belongs to a dead process and a reconnect takes it over
    # (``stream_owner`` changes, and only the owner's writes land).
    stream_owner = models.UUIDField(null=True, blank=True, editable=False)
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)
    # The conversation's state before this answer (the answer moves it on): a stream that
    # takes over a dead one understands the question exactly as the first did.
    state_before = models.JSONField(null=True, blank=True, editable=False)
    # Times another stream took the answer over (answering.MAX_MODEL_RESUMES).
    resumes = models.PositiveSmallIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "client_id"],
                condition=models.Q(client_id__isnull=False),
                name="unique_message_client_id",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.text[:40]}"

    # For templates, which cannot compare or catch a missing one-to-one.
    @property
    def is_stopped(self) -> bool:
        return self.status == self.Status.STOPPED

    @property
    def is_failed(self) -> bool:
        return self.status == self.Status.FAILED

    @property
    def feedback_or_none(self) -> Feedback | None:
        try:
            return self.feedback
        except Feedback.DoesNotExist:
            return None


class Feedback(models.Model):
    class Rating(models.IntegerChoices):
        UP = 1, "Helpful"
        DOWN = -1, "Not helpful"

    message = models.OneToOneField(Message, on_delete=models.CASCADE, related_name="feedback")
    rating = models.SmallIntegerField(choices=Rating.choices)
    comment = models.TextField(blank=True, max_length=1000)
    # VADER's compound score of the comment, -1..1 (analytics.sentiment); None without a comment.
    sentiment = models.FloatField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.get_rating_display()} on message {self.message_id}"
