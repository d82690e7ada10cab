"""The lease on an answer being produced.

One stream claims a pending answer, renews the lease while it writes (saving the words so far)
and lets go when it is cancelled; every write of the answer's row is conditional on still owning
it. A lease that ran out is taken over by the next reader, and an answer nobody came back for is
closed by the sweeper.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import F, OuterRef, Q, Subquery
from django.utils import timezone

from chat.answering.composition import FRIENDLY_FAILURE
from chat.answering.database import run_db
from chat.models import Conversation, Message

logger = logging.getLogger(__name__)

# A streaming answer's owner renews its lease (and saves the words so far) every
# STREAM_SAVE_SECONDS; a lease that ran out means the owner's process died, and the next
# reader takes the answer over. The lease spans a few missed renewals (a busy event loop).
STREAM_SAVE_SECONDS = 1.0
STREAM_LEASE_SECONDS = 4.0


@dataclass(frozen=True)
class Claim:
    owner: uuid.UUID
    # The words a dead stream had saved, when this stream takes its answer over; else None.
    resumed_from: str | None


def answer_claim(answer_id: int, owner: uuid.UUID) -> tuple[Message, Claim] | None:
    """Take the answer for this stream; None when a live stream has it or it is already given."""
    now = timezone.now()
    lease = {"stream_owner": owner, "lease_until": now + timedelta(seconds=STREAM_LEASE_SECONDS)}
    # The conversation's state as the question found it, kept in the same statement.
    state_now = Conversation.objects.filter(pk=OuterRef("conversation_id")).values("context")[:1]
    claimed = Message.objects.filter(pk=answer_id, status=Message.Status.PENDING).update(
        status=Message.Status.STREAMING, state_before=Subquery(state_now), **lease
    )
    resumed = False
    if not claimed:
        # Its owner stopped renewing the lease: the process died (a restart, a crash) or let
        # go as it was cancelled. Take the answer over rather than leave the diner waiting.
        claimed = (
            Message.objects.filter(pk=answer_id, status=Message.Status.STREAMING)
            .filter(Q(lease_until__lt=now) | Q(lease_until__isnull=True))
            .update(**lease, resumes=F("resumes") + 1)
        )
        resumed = bool(claimed)
    if not claimed:
        return None
    message = Message.objects.select_related("in_reply_to", "conversation__restaurant").get(pk=answer_id)
    # A stream that died before its first words is simply started again.
    return message, Claim(owner, message.text if resumed and message.text else None)


def _renew(answer_id: int, owner: uuid.UUID, text: str) -> bool:
    """Save the words so far and extend the lease; False when the answer is no longer ours (stopped, taken)."""
    return bool(
        Message.objects.filter(pk=answer_id, status=Message.Status.STREAMING, stream_owner=owner).update(
            text=text, lease_until=timezone.now() + timedelta(seconds=STREAM_LEASE_SECONDS)
        )
    )


def answer_let_go(answer_id: int, owner: uuid.UUID, text: str) -> None:
    """Cancelled mid-answer (a server shutting down, a dropped connection): keep the words, free the lease.

    The answer stays ``streaming``: the diner's reconnect takes it over at once and
    finishes it; one nobody comes back for is closed as stopped by the sweeper.
    """
    Message.objects.filter(pk=answer_id, status=Message.Status.STREAMING, stream_owner=owner).update(
        text=text, lease_until=timezone.now()
    )


@dataclass
class Progress:
    """The words so far, shared between a stream and the task that saves them."""

    text: str = ""
    lost: bool = False


async def keep_lease(answer_id: int, owner: uuid.UUID, progress: Progress) -> None:
    while not progress.lost:
        await asyncio.sleep(STREAM_SAVE_SECONDS)
        try:
            renewed = await run_db(_renew, answer_id, owner, progress.text)
        except Exception:  # a database blip must not end the renewals of a live stream
            logger.warning("could not renew the lease of answer %s; trying again", answer_id, exc_info=True)
            continue
        if not renewed:
            progress.lost = True


def abandoned_answers_close(*, older_than: timedelta) -> int:
    """Close answers whose stream was let go or died and that nobody reconnected to: stopped, words kept."""
    quiet_since = timezone.now() - older_than
    abandoned = Message.objects.filter(status=Message.Status.STREAMING, lease_until__lt=quiet_since)
    closed = abandoned.exclude(text="").update(status=Message.Status.STOPPED)
    closed += abandoned.filter(text="").update(status=Message.Status.FAILED, text=FRIENDLY_FAILURE)
    return closed


def answer_given(answer_id: int) -> Message | None:
    """The answer if it is over (given, stopped, failed); None while it is waiting or streaming."""
    message = Message.objects.select_related("conversation").filter(pk=answer_id).first()
    if message is None or message.status in (Message.Status.PENDING, Message.Status.STREAMING):
        return None
    return message


def answer_fail(answer_id: int, owner: uuid.UUID, text: str) -> None:
    Message.objects.filter(pk=answer_id, status=Message.Status.STREAMING, stream_owner=owner).update(
        status=Message.Status.FAILED, text=text
    )


def stopped_answer_keep(answer_id: int, owner: uuid.UUID, text: str) -> None:
    """The diner pressed stop mid-answer: keep the words so far (unless another stream took it over)."""
    Message.objects.filter(
        Q(status=Message.Status.STOPPED) | Q(status=Message.Status.STREAMING, stream_owner=owner), pk=answer_id
    ).update(status=Message.Status.STOPPED, text=text)


def _was_stopped_now(answer_id: int) -> bool:
    return Message.objects.filter(pk=answer_id, status=Message.Status.STOPPED).exists()


async def answer_was_stopped(answer_id: int) -> bool:
    return await run_db(_was_stopped_now, answer_id)
