"""Conversations and questions (sync services): the diner's owner key, the conversation, a question
stored with its empty answer, the diner's stop, feedback and the history."""

from __future__ import annotations

import hashlib
import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone

from analytics.sentiment import sentiment_of
from chat.models import Conversation, Feedback, Message
from recommendations.models import Restaurant, Table

# Checked before anything else touches the text: no model ever sees a longer message.
MAX_MESSAGE_LENGTH = 500
MAX_FEEDBACK_COMMENT_LENGTH = 1000


class MessageRejected(ValueError):
    """The diner's text cannot be asked (empty or too long); the message says why."""


def diner_owner(token: str) -> str:
    """The conversation owner for a diner's cookie token; the token itself is never stored."""
    return "diner:" + hashlib.blake2b(token.encode(), digest_size=20).hexdigest()


def clean_message_text(text: str) -> str:
    text = text.replace("\x00", "").strip()
    if not text:
        raise MessageRejected("Please type a question.")
    if len(text) > MAX_MESSAGE_LENGTH:
        raise MessageRejected(f"Please keep questions under {MAX_MESSAGE_LENGTH} characters.")
    return text


def conversation_for(
    *, restaurant: Restaurant, owner: str, channel: str = Conversation.Channel.DINER, table: Table | None = None
) -> Conversation:
    """The owner's latest conversation at this restaurant, or a new one."""
    conversation = Conversation.objects.filter(restaurant=restaurant, owner=owner, channel=channel).first()
    if conversation is None:
        conversation = Conversation.objects.create(restaurant=restaurant, owner=owner, channel=channel, table=table)
    elif table is not None and conversation.table_id != table.pk:
        conversation.table = table
        conversation.save(update_fields=["table", "updated_at"])
    return conversation


def question_ask(*, conversation: Conversation, text: str, client_id: uuid.UUID | None = None) -> Message:
    """Store the question and its empty answer; returns the answer (``pending``).

    With a ``client_id`` seen before in this conversation (a double tap, a re-sent
    form) nothing new is stored: the first question's answer is returned.
    """
    text = clean_message_text(text)
    if client_id is not None:
        existing = _answer_to_client_id(conversation, client_id)
        if existing is not None:
            return existing
    try:
        with transaction.atomic():
            question = Message.objects.create(
                conversation=conversation, role=Message.Role.USER, text=text, client_id=client_id
            )
            answer = Message.objects.create(
                conversation=conversation,
                role=Message.Role.ASSISTANT,
                in_reply_to=question,
                status=Message.Status.PENDING,
            )
    except IntegrityError:
        # The same client_id raced in from a second request: that one stored it.
        existing = _answer_to_client_id(conversation, client_id) if client_id is not None else None
        if existing is None:
            raise
        return existing
    Conversation.objects.filter(pk=conversation.pk).update(updated_at=timezone.now())
    return answer


def _answer_to_client_id(conversation: Conversation, client_id: uuid.UUID) -> Message | None:
    return Message.objects.filter(
        conversation=conversation, role=Message.Role.ASSISTANT, in_reply_to__client_id=client_id
    ).first()


def answer_stop(*, answer: Message) -> Message:
    """The diner stopped the answer: keep what was said so far, labelled stopped."""
    Message.objects.filter(pk=answer.pk, status__in=[Message.Status.PENDING, Message.Status.STREAMING]).update(
        status=Message.Status.STOPPED
    )
    answer.refresh_from_db()
    return answer


def feedback_give(*, answer: Message, rating: int, comment: str = "") -> Feedback:
    """Thumbs up or down on an answer (changing one's mind replaces it), with the comment's sentiment."""
    if answer.role != Message.Role.ASSISTANT:
        raise ValueError("Feedback is given on answers.")
    comment = comment.replace("\x00", "").strip()[:MAX_FEEDBACK_COMMENT_LENGTH]
    feedback, _ = Feedback.objects.update_or_create(
        message=answer,
        defaults={
            "rating": rating,
            "comment": comment,
            "sentiment": sentiment_of(comment).compound if comment else None,
        },
    )
    return feedback


def conversation_history(conversation: Conversation) -> list[Message]:
    return list(conversation.messages.select_related("feedback").order_by("created_at", "pk"))
