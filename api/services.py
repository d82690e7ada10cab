"""Writes and tenant-scoped reads behind the API's views. Sync; async views call them with sync_to_async."""

from __future__ import annotations

import time
import uuid
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, Sum

from analytics.models import LLMCall
from analytics.sentiment import sentiment_of
from api.models import ApiKey, SentimentPrediction
from chat.answering import question_ask
from chat.models import Conversation, Message

# When this process started serving: the stats' uptime.
STARTED_AT = time.time()


class ConversationNotFound(LookupError):
    pass


def api_conversation(*, key: ApiKey, conversation_id: uuid.UUID) -> Conversation | None:
    """The key's own conversation: same restaurant, same key, API channel; anything else is missing."""
    return Conversation.objects.filter(
        public_id=conversation_id, restaurant_id=key.restaurant_id, owner=key.owner, channel=Conversation.Channel.API
    ).first()


def api_question_ask(*, key: ApiKey, text: str, conversation_id: uuid.UUID | None) -> Message:
    """Store the question (in the given conversation, or a new one) and its pending answer."""
    if conversation_id is not None:
        conversation = api_conversation(key=key, conversation_id=conversation_id)
        if conversation is None:
            raise ConversationNotFound(str(conversation_id))
    else:
        conversation = Conversation.objects.create(
            restaurant_id=key.restaurant_id, owner=key.owner, channel=Conversation.Channel.API
        )
    return question_ask(conversation=conversation, text=text)


def conversation_payload(*, key: ApiKey, conversation_id: uuid.UUID) -> dict[str, Any] | None:
    conversation = api_conversation(key=key, conversation_id=conversation_id)
    if conversation is None:
        return None
    return {
        "conversation_id": str(conversation.public_id),
        "created_at": conversation.created_at.isoformat(),
        "messages": [
            {
                "id": message.pk,
                "role": message.role,
                "text": message.text,
                "status": message.status,
                "wines": message.wines,
                "model_used": message.model_used,
                "created_at": message.created_at.isoformat(),
            }
            for message in conversation.messages.order_by("created_at", "pk")
        ],
    }


def prediction_create(*, key: ApiKey, text: str, started: float) -> SentimentPrediction:
    sentiment = sentiment_of(text)
    return SentimentPrediction.objects.create(
        restaurant_id=key.restaurant_id,
        api_key=key,
        text=text,
        label=sentiment.label,
        compound=sentiment.compound,
        # What the prediction took (the model, not the database write that stores it).
        latency_ms=round((time.perf_counter() - started) * 1000, 3),
    )


def stats_for(*, restaurant_id: int) -> dict[str, Any]:
    """Seed 004's /api/stats for one restaurant, from the recorded LLM calls (one aggregate query + one group-by)."""
    calls = LLMCall.objects.filter(restaurant_id=restaurant_id)
    totals = calls.aggregate(total=Count("pk"), cost=Sum("cost_usd"), hits=Count("pk", filter=~Q(cache_tier="miss")))
    total = int(totals["total"] or 0)
    cost = Decimal(totals["cost"] or 0)
    models = dict(
        calls.exclude(model_used="none")
        .values_list("model_used")
        .annotate(n=Count("pk"))
        .values_list("model_used", "n")
    )
    return {
        "total_queries": total,
        "total_cost_usd": str(cost.quantize(Decimal("0.000001"))),
        "average_cost_usd": str((cost / total).quantize(Decimal("0.000001")) if total else Decimal("0.000000")),
        "models_used": {str(name): int(count) for name, count in models.items()},
        "cache_hit_ratio": round(int(totals["hits"] or 0) / total, 4) if total else 0.0,
        "uptime_seconds": round(time.time() - STARTED_AT, 1),
    }
