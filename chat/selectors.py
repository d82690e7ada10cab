"""Tenant-scoped reads of the diners' conversations: a diner's own, and what the restaurant's dashboard shows.

The diner's getters complete ``recommendations.selectors``' access family: a diner reaches only
their own conversation and answers (``owner`` is ``answering.diner_owner`` of their cookie), at an
active restaurant. The dashboard sections are registered from ``ChatConfig.ready()``
(``analytics.dashboard`` sits below chat and never imports it).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models import Avg, Count, Q

from analytics.sentiment import NEGATIVE_FROM, POSITIVE_FROM
from chat.models import Conversation, Feedback, Message
from recommendations.models import Restaurant


def conversation_for_diner(*, owner: str, restaurant: Restaurant) -> Conversation | None:
    """The diner's conversation at this restaurant, if they have one."""
    return Conversation.objects.filter(restaurant=restaurant, owner=owner, channel=Conversation.Channel.DINER).first()


def answer_for_diner(*, owner: str, slug: str, message_id: int) -> Message | None:
    """One of this diner's answers at the active restaurant at ``slug``; None for anyone else's."""
    return (
        Message.objects.select_related("conversation__restaurant", "in_reply_to")
        .filter(
            pk=message_id,
            role=Message.Role.ASSISTANT,
            conversation__restaurant__slug=slug,
            conversation__restaurant__is_active=True,
            conversation__owner=owner,
            conversation__channel=Conversation.Channel.DINER,
        )
        .first()
    )


def feedback_summary(*, restaurant_id: int, since: datetime) -> dict[str, Any]:
    """Thumbs up and down, the sentiment of comments, and the five latest commented ones."""
    feedback = Feedback.objects.filter(message__conversation__restaurant_id=restaurant_id, created_at__gte=since)
    totals = feedback.aggregate(
        up=Count("id", filter=Q(rating=1)),
        down=Count("id", filter=Q(rating=-1)),
        average_sentiment=Avg("sentiment"),
        positive=Count("id", filter=Q(sentiment__gte=POSITIVE_FROM)),
        negative=Count("id", filter=Q(sentiment__lte=NEGATIVE_FROM)),
        commented=Count("id", filter=Q(sentiment__isnull=False)),
    )
    recent = [
        {
            "rating": "up" if item.rating == 1 else "down",
            "comment": item.comment,
            "sentiment": item.sentiment,
            "label": (
                "positive"
                if item.sentiment >= POSITIVE_FROM
                else "negative"
                if item.sentiment <= NEGATIVE_FROM
                else "neutral"
            ),
            "created_at": item.created_at,
        }
        for item in feedback.exclude(comment="").filter(sentiment__isnull=False).order_by("-created_at")[:5]
        if item.sentiment is not None
    ]
    rated = totals["up"] + totals["down"]
    return {
        **totals,
        "helpful_share": totals["up"] / rated if rated else None,
        "neutral": totals["commented"] - totals["positive"] - totals["negative"],
        "recent": recent,
    }


def thumbs_down(*, restaurant_id: int, since: datetime, limit: int = 10) -> list[dict[str, Any]]:
    """The answers diners found unhelpful, newest first, with the question that led to them."""
    feedback = (
        Feedback.objects.filter(
            message__conversation__restaurant_id=restaurant_id, created_at__gte=since, rating=Feedback.Rating.DOWN
        )
        .select_related("message", "message__in_reply_to")
        .order_by("-created_at")[:limit]
    )
    return [
        {
            "question": item.message.in_reply_to.text if item.message.in_reply_to is not None else "",
            "answer": item.message.text,
            "comment": item.comment,
            "conversation_id": item.message.conversation_id,
            "created_at": item.created_at,
        }
        for item in feedback
    ]
