"""Storing a claimed answer: what it was asked in (the conversation's state, the front cache
key), the conversation's state moved on, the final save and the analytics record (sync: ORM)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from analytics.recording import record_recommendation
from chat.answering.composition import Answer, Composition, compose, normalised_question
from chat.answering.leases import Claim, answer_claim
from chat.answering.writing import model_writes
from chat.models import Conversation, Message
from config.context import current_request_id
from llm.cache import cache_key
from llm.gateway import get_gateway
from recommendations.dialogue import DialogueState
from recommendations.models import Restaurant


@dataclass
class Prepared:
    answer: Message
    restaurant: Restaurant
    conversation: Conversation
    question: str
    state: DialogueState
    cache_key: str
    # The stream producing it: every write of the answer is conditional on still owning it.
    owner: uuid.UUID
    # Whether it is the conversation's newest answer: only then may it move the conversation's
    # state on (an answer resumed late must not undo a later question's).
    latest: bool = True


def _writer_mode(restaurant: Restaurant) -> str:
    return f"{settings.ANSWER_WRITER}:{model_writes(get_gateway(), restaurant)}"


def _prepare(answer: Message, owner: uuid.UUID) -> Prepared:
    """The conversation's state and the front cache key (sync: ORM)."""
    conversation = answer.conversation
    restaurant = conversation.restaurant
    assert answer.in_reply_to is not None  # every answer is created with its question
    question = answer.in_reply_to.text
    # The state the question was first asked in (the answer itself moved the conversation on).
    state = DialogueState.from_json(answer.state_before if answer.state_before is not None else conversation.context)
    key = cache_key(
        operation="answer",
        restaurant_id=restaurant.pk,
        list_version=restaurant.wine_list_version,
        options={"state": state.as_json(), "writer": _writer_mode(restaurant)},
        text=normalised_question(question),
    )
    return Prepared(answer, restaurant, conversation, question, state, key, owner)


def claim_and_prepare(answer_id: int, owner: uuid.UUID) -> tuple[Message, Claim, Prepared] | None:
    claimed = answer_claim(answer_id, owner)
    if claimed is None:
        return None
    message, claim = claimed
    prepared = _prepare(message, owner)
    if claim.resumed_from is not None:
        prepared.latest = not Message.objects.filter(
            conversation_id=message.conversation_id, pk__gt=message.pk
        ).exists()
    return message, claim, prepared


def compose_for(prepared: Prepared) -> Composition:
    composition = compose(restaurant=prepared.restaurant, question=prepared.question, state=prepared.state)
    # The question was understood whatever happens to the words: a follow-up to a stopped
    # answer ("something cheaper?") still builds on it. (One thread, one connection: with the
    # words still to stream, every separate database hop would be on the diner's wait.)
    if prepared.latest:
        Conversation.objects.filter(pk=prepared.conversation.pk).update(context=composition.state)
    return composition


def answer_finish(prepared: Prepared, answer: Answer, state: dict[str, Any] | None, fallback_reason: str) -> None:
    """Store the given answer (unless the diner stopped it meanwhile) and the conversation's new state."""
    fields = {
        "text": answer.text,
        "wines": answer.wines,
        "understood": {**answer.understood, "nothing_fits": answer.nothing_fits},
        "model_used": answer.model_used[:64],
        "cached": answer.cached,
        "degraded": answer.degraded,
        "degraded_reason": answer.degraded_reason[:255],
        "latency_ms": answer.latency_ms,
        "first_token_ms": answer.first_token_ms,
        "cost_usd": _money(answer.cost_usd),
        "request_id": current_request_id(),
    }
    with transaction.atomic():
        updated = Message.objects.filter(
            pk=prepared.answer.pk, status=Message.Status.STREAMING, stream_owner=prepared.owner
        ).update(status=Message.Status.COMPLETE, **fields)
        if not updated:
            # Stopped while the words were written: keep them, stay stopped.
            updated = Message.objects.filter(pk=prepared.answer.pk, status=Message.Status.STOPPED).update(**fields)
        if not updated:
            return  # another stream took the answer over and gives it (and records it)
        if state is not None and prepared.latest:
            Conversation.objects.filter(pk=prepared.conversation.pk).update(context=state, updated_at=timezone.now())
    answer_record(prepared.restaurant, prepared.question, answer, prepared.conversation.channel, fallback_reason)


def _money(value: object) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except InvalidOperation:
        return None


def answer_record(restaurant: Restaurant, question: str, answer: Answer, channel: str, fallback_reason: str) -> None:
    record_recommendation(
        restaurant_id=restaurant.pk,
        question=question,
        wine_ids=[card["id"] for card in answer.wines],
        channel=channel,
        message_id=answer.message_id,
        writer=answer.model_used,
        fallback_reason=fallback_reason,
    )
