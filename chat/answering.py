"""Answering a question in a conversation: the one pipeline behind every surface.

The diner page, ``/api/v1/chat``, ``/api/v1/chat/stream`` and the recommendations endpoint
all come here, and the same question in the same conversation gives the same wines and
words on each. One answer goes through five steps:

1. understand the question in its conversation (``recommendations.dialogue``);
2. choose the wines (``recommendations.recommender``: deterministic, in the database);
3. write the words: the house voice (``recommendations.voice``) always drafts them from
   the facts; a capable model, when one is configured (``settings.ANSWER_WRITER``),
   rewrites that draft, and its text is shown only if it passes a strict check, else the
   house voice's words are, and the fallback is recorded with its reason;
4. store it (the message, its wine cards, what was understood, the conversation's state);
5. record it for analytics.

Stored questions get an empty answer (``Message`` status ``pending``) that is produced
once, by whichever stream or call claims it first; the whole answer is kept in the front
cache (restaurant, list version, normalised question, conversation state) for an hour.
Events: ``route``, ``token``..., then exactly one ``done`` (``Answer.as_dict()``) or
``error``. A second stream for an answer already given replays it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import time
import uuid
from collections.abc import AsyncGenerator, Callable
from contextlib import aclosing
from dataclasses import asdict, dataclass, field, replace
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from functools import wraps
from typing import Any, Literal, TypeVar

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import IntegrityError, connections, transaction
from django.db.models import F, OuterRef, Q, Subquery
from django.utils import timezone

from analytics.recording import record_recommendation
from analytics.sentiment import sentiment_of
from chat.models import Conversation, Feedback, Message
from llm.budgets import BudgetExceeded
from llm.cache import cache_key, get_gateway_cache, ttl_for
from llm.context import current_request_id
from llm.gateway import Gateway, get_gateway
from llm.types import BudgetScope, Complexity, GatewayError, GatewayRequest, Sensitivity, Surface
from recommendations.dialogue import DialogueState
from recommendations.llm_options import restaurant_request_options
from recommendations.models import Restaurant, Table, Wine
from recommendations.notes import cached_tasting_note
from recommendations.pairing import GRAPE_ALIASES, fold_text, words_of
from recommendations.recommender import Pick, Recommendations, recommend, wine_payload
from recommendations.voice import model_text_problems, wine_facts, write_answer

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Checked before anything else touches the text: no model ever sees a longer message.
MAX_MESSAGE_LENGTH = 500
MAX_FEEDBACK_COMMENT_LENGTH = 1000
# A streaming answer's owner renews its lease (and saves the words so far) every
# STREAM_SAVE_SECONDS; a lease that ran out means the owner's process died, and the next
# reader takes the answer over. The lease spans a few missed renewals (a busy event loop).
STREAM_SAVE_SECONDS = 1.0
STREAM_LEASE_SECONDS = 4.0
# Times a cut answer may ask a model again when it is taken over; then the house voice
# finishes it (cutting and reopening a stream must not buy model calls).
MAX_MODEL_RESUMES = 2
# How long a second reader of an answer being streamed waits for it before giving up.
WAIT_FOR_OTHER_STREAM_SECONDS = 60.0
WAIT_POLL_SECONDS = 0.2
# How often a stream looks for the diner's stop (one indexed row read).
STOP_CHECK_SECONDS = 0.3

EventType = Literal["route", "token", "done", "error"]
OverBudget = Literal["degrade", "error"]

FRIENDLY_FAILURE = "Sorry, I couldn't finish that answer. Please ask again."


@dataclass(frozen=True)
class AnswerEvent:
    type: EventType
    data: dict[str, Any]


@dataclass(frozen=True)
class AnswerOptions:
    """What an API client may choose for the model call; the diner page uses the defaults."""

    sensitivity: Sensitivity | None = None
    complexity: Complexity | None = None
    temperature: float | None = None
    max_tokens: int | None = None
    force_direct: bool = False
    # "degrade": over budget, the diner still gets the list's own answer (labelled);
    # "error": the caller wants to know (the API's 402).
    over_budget: OverBudget = "degrade"
    # Charged on top of the restaurant's daily budget (an API key's own).
    extra_budgets: tuple[BudgetScope, ...] = ()
    # Who waits for the model: picks the call's deadlines (LLM_DEADLINES).
    surface: Surface = "diner"


def _released(function: Callable[..., T]) -> Callable[..., T]:
    @wraps(function)
    def run(*args: Any, **kwargs: Any) -> T:
        try:
            return function(*args, **kwargs)
        finally:
            # Outside a transaction (tests hold one), hand the connection back to the pool.
            for connection in connections.all(initialized_only=True):
                if not connection.in_atomic_block:
                    connection.close()

    return run


async def run_db(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``function``'s ORM work on the request's thread, then its connection released.

    A streamed answer lasts as long as the model. Under ASGI a request keeps its thread's
    connection until it ends, so a few diners waiting on answers would hold the whole pool
    and every other request would fail waiting for a connection.
    """
    return await sync_to_async(_released(function))(*args, **kwargs)


class MessageRejected(ValueError):
    """The diner's text cannot be asked (empty or too long); the message says why."""


class AnswerFailed(Exception):
    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


# --- conversations and questions (sync services) -------------------------------------------


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


# --- the answer ---------------------------------------------------------------------------

HOUSE_VOICE = "house"


@dataclass(frozen=True)
class Answer:
    """One answer as every surface gives it: the words, the wine cards, what was understood, the numbers."""

    text: str
    wines: list[dict[str, Any]]
    understood: dict[str, Any]
    nothing_fits: bool
    documents: list[dict[str, Any]]
    model_used: str  # "house" for the house voice, else the model that wrote the words
    message_id: int | None = None
    conversation_id: str | None = None
    cached: bool = False
    cascaded: bool = False
    draft_accepted: bool | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: str = "0"
    latency_ms: float = 0.0
    first_token_ms: float | None = None
    # True when a model should have written the words and the house voice's are shown instead.
    degraded: bool = False
    degraded_reason: str = ""
    stopped: bool = False
    replayed: bool = False
    replaced: bool = False  # the streamed words were swapped for the house voice's at the end

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Answer:
        names = set(cls.__dataclass_fields__)
        return cls(**{key: value for key, value in data.items() if key in names})


def normalised_question(text: str) -> str:
    """What makes two questions the same for the front cache: case, accents, spacing, end punctuation."""
    return re.sub(r"\s+", " ", fold_text(text)).strip(" ?!.,;")


def wine_card(pick: Pick, currency: str) -> dict[str, Any]:
    """What the diner's card shows, kept with the message: the wine as the API gives it, plus the why."""
    return {
        **wine_payload(pick.wine),
        "currency": currency,
        "note": pick.tasting_note,
        "reason": pick.reason,
        "alternative": pick.alternative,
    }


@dataclass(frozen=True)
class Composition:
    """Steps 1-3 without a model: the wines chosen in the conversation and the house voice's words."""

    result: Recommendations
    text: str
    cards: list[dict[str, Any]]
    state: dict[str, Any]  # the conversation's state after this answer

    @property
    def documents(self) -> list[dict[str, Any]]:
        return [{"document_id": hit.document_id, "title": hit.title} for hit in self.result.documents]

    def answer(self, **numbers: Any) -> Answer:
        return Answer(
            **{
                "text": self.text,
                "wines": self.cards,
                "understood": self.result.understood.as_json(),
                "nothing_fits": self.result.nothing_fits,
                "documents": self.documents,
                "model_used": HOUSE_VOICE,
                **numbers,
            }
        )


def compose(
    *,
    restaurant: Restaurant,
    question: str,
    state: DialogueState | None,
    k: int | None = None,
    max_price: Decimal | None = None,
    colour: str | None = None,
    by_the_glass: bool | None = None,
) -> Composition:
    """Understand, choose and draft (sync: ORM, vector search and pure rules; no model)."""
    result = recommend(
        restaurant=restaurant,
        query=question,
        k=k,
        max_price=max_price,
        colour=colour,
        by_the_glass=by_the_glass,
        state=state,
    )
    return Composition(
        result=result,
        text=write_answer(result),
        cards=[wine_card(pick, restaurant.currency) for pick in result.picks],
        state=result.state().as_json(),
    )


# --- step 3: whether a model writes, and the request it gets ---------------------------------


def model_writes(gateway: Gateway, restaurant: Restaurant) -> bool:
    """Whether a model should rewrite the house voice's draft (``settings.ANSWER_WRITER``).

    "auto" asks only a capable model (draft or strong tier): the bundled 135M model writes
    recipes and invented facts, so with it alone the house voice writes. A restaurant whose
    policy is local-only can only use the local model, so the same rule keeps it on the house voice.
    """
    mode = settings.ANSWER_WRITER
    if mode == "house":
        return False
    if mode == "model":
        return True
    if restaurant.llm_policy == "local_only":
        return False
    return any(spec.tier in ("draft", "strong") for spec in gateway.registry.values())


def _facts_line(index: int, pick: Pick, composition: Composition) -> str:
    facts = wine_facts(pick, composition.result, composition.result.currency)
    parts = [facts.style]
    if facts.grapes:
        parts.append(", ".join(facts.grapes))
    if facts.region:
        parts.append(facts.region)
    if facts.flavours:
        parts.append("notes of " + ", ".join(facts.flavours))
    if facts.price:
        parts.append(facts.price)
    reasons = "; ".join(facts.reasons[:2])
    return f"{index}. {facts.display} — {'; '.join(parts)}." + (f" Why: {reasons}." if reasons else "")


def distinct_wine_name(name: str, producer: str) -> str:
    """How another wine is recognised in a model's words. A wine called only by its grape
    ("Pinot Noir", "Chardonnay") is named with its producer, or every mention of the grape in
    a chosen wine's description ("of Pinot Noir and Chardonnay") would count as naming it."""
    if producer and " ".join(words_of(name)) in GRAPE_ALIASES:
        return f"{producer} {name}"
    return name


def rewrite_request(restaurant: Restaurant, composition: Composition, options: AnswerOptions) -> GatewayRequest:
    """The model rewrites the house voice's draft: the wines and facts are decided, only the words change."""
    result = composition.result
    facts = "\n".join(_facts_line(index, pick, composition) for index, pick in enumerate(result.picks, start=1))
    system = (
        f"You are the sommelier at {restaurant.name}. Rewrite the draft answer for the guest in 2 to 4 warm, "
        "natural sentences (at most 110 words). Name every wine below exactly as written and no other wine. "
        "Use only these facts: add no price, number, vintage, grape or place that is not in them. "
        "No lists, no headings, no questions.\n"
        f"Wines:\n{facts}\nDraft:\n{composition.text}"
    )
    chosen = {pick.wine.pk for pick in result.picks}
    request = GatewayRequest(
        messages=({"role": "system", "content": system}, {"role": "user", "content": result.parsed.text}),
        operation="recommendation",
        max_tokens=220,
        allowed_names=tuple(pick.wine.name for pick in result.picks),
        forbidden_names=tuple(
            distinct_wine_name(name, producer)
            for name, producer in Wine.objects.filter(restaurant=restaurant)
            .exclude(pk__in=chosen)
            .values_list("name", "producer")
        ),
        **restaurant_request_options(restaurant),
    )
    overrides: dict[str, Any] = {
        "force_direct": options.force_direct,
        "budgets": (*request.budgets, *options.extra_budgets),
        "surface": options.surface,
    }
    for name in ("sensitivity", "complexity", "temperature", "max_tokens"):
        if getattr(options, name) is not None:
            overrides[name] = getattr(options, name)
    return replace(request, **overrides)


async def with_warmed_notes(composition: Composition, restaurant: Restaurant, gateway: Gateway) -> Composition:
    """The cards' notes from the warm-up where a capable model wrote them (never waited for)."""
    cards = []
    for pick, card in zip(composition.result.picks, composition.cards, strict=True):
        note = await cached_tasting_note(pick.wine, restaurant, gateway=gateway)
        cards.append({**card, "note": note} if note else card)
    return replace(composition, cards=cards)


def _checked(text: str, composition: Composition, request: GatewayRequest) -> str | None:
    """Why a model's words may not be shown, or None."""
    problems = model_text_problems(text, composition.result, other_names=request.forbidden_names)
    return "; ".join(problems) if problems else None


def _numbers(gateway_done: dict[str, Any], started: float) -> dict[str, Any]:
    return {
        "model_used": str(gateway_done.get("model_used") or HOUSE_VOICE)[:64],
        "cascaded": bool(gateway_done.get("cascaded", False)),
        "draft_accepted": gateway_done.get("draft_accepted"),
        "prompt_tokens": int(gateway_done.get("prompt_tokens", 0)),
        "completion_tokens": int(gateway_done.get("completion_tokens", 0)),
        "cost_usd": str(gateway_done.get("cost_usd", "0")),
        "latency_ms": float(gateway_done.get("latency_ms") or (time.perf_counter() - started) * 1000),
        "first_token_ms": gateway_done.get("first_token_ms"),
    }


def _house_sentences(text: str) -> list[str]:
    """The house voice's words as stream tokens: a sentence at a time, so the page fills in at once."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    return [sentence + (" " if index < len(sentences) - 1 else "") for index, sentence in enumerate(sentences)]


@dataclass
class _Written:
    """Step 3's outcome: the words shown, who wrote them, and why a model's were not (if so)."""

    text: str
    numbers: dict[str, Any] = field(default_factory=dict)
    fallback_reason: str = ""
    replaced: bool = False


async def _write_once(
    composition: Composition, restaurant: Restaurant, options: AnswerOptions, gateway: Gateway, started: float
) -> _Written:
    """The words in one call: the model's if one writes and its text passes, else the house voice's."""
    if not composition.result.picks or not model_writes(gateway, restaurant):
        return _Written(composition.text, _numbers({}, started))
    request = await run_db(rewrite_request, restaurant, composition, options)
    try:
        result = await gateway.complete(request, fallback=lambda: composition.text)
    except BudgetExceeded as exceeded:
        if options.over_budget == "error":
            raise
        return _Written(composition.text, _numbers({}, started), f"over budget: {exceeded}")
    except GatewayError as error:
        return _Written(composition.text, _numbers({}, started), f"no model: {error}")
    numbers = _numbers(result.as_dict(), started)
    if result.degraded:
        return _Written(composition.text, {**numbers, "model_used": HOUSE_VOICE}, f"no model: {result.degraded_reason}")
    problem = _checked(result.text, composition, request)
    if problem is not None:
        return _Written(composition.text, {**numbers, "model_used": HOUSE_VOICE}, f"quality check: {problem}")
    return _Written(result.text.strip(), numbers)


# --- storing and recording ------------------------------------------------------------------


@dataclass
class _Prepared:
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


@dataclass(frozen=True)
class _Claim:
    owner: uuid.UUID
    # The words a dead stream had saved, when this stream takes its answer over; else None.
    resumed_from: str | None


def _claim(answer_id: int, owner: uuid.UUID) -> tuple[Message, _Claim] | None:
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
    return message, _Claim(owner, message.text if resumed and message.text else None)


def _renew(answer_id: int, owner: uuid.UUID, text: str) -> bool:
    """Save the words so far and extend the lease; False when the answer is no longer ours (stopped, taken)."""
    return bool(
        Message.objects.filter(pk=answer_id, status=Message.Status.STREAMING, stream_owner=owner).update(
            text=text, lease_until=timezone.now() + timedelta(seconds=STREAM_LEASE_SECONDS)
        )
    )


def _let_go(answer_id: int, owner: uuid.UUID, text: str) -> None:
    """Cancelled mid-answer (a server shutting down, a dropped connection): keep the words, free the lease.

    The answer stays ``streaming``: the diner's reconnect takes it over at once and
    finishes it; one nobody comes back for is closed as stopped by the sweeper.
    """
    Message.objects.filter(pk=answer_id, status=Message.Status.STREAMING, stream_owner=owner).update(
        text=text, lease_until=timezone.now()
    )


@dataclass
class _Progress:
    """The words so far, shared between a stream and the task that saves them."""

    text: str = ""
    lost: bool = False


async def _keep_lease(answer_id: int, owner: uuid.UUID, progress: _Progress) -> None:
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


def _writer_mode(restaurant: Restaurant) -> str:
    return f"{settings.ANSWER_WRITER}:{model_writes(get_gateway(), restaurant)}"


def _prepare(answer: Message, owner: uuid.UUID) -> _Prepared:
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
    return _Prepared(answer, restaurant, conversation, question, state, key, owner)


def _claim_and_prepare(answer_id: int, owner: uuid.UUID) -> tuple[Message, _Claim, _Prepared] | None:
    claimed = _claim(answer_id, owner)
    if claimed is None:
        return None
    message, claim = claimed
    prepared = _prepare(message, owner)
    if claim.resumed_from is not None:
        prepared.latest = not Message.objects.filter(
            conversation_id=message.conversation_id, pk__gt=message.pk
        ).exists()
    return message, claim, prepared


def _given(answer_id: int) -> Message | None:
    """The answer if it is over (given, stopped, failed); None while it is waiting or streaming."""
    message = Message.objects.select_related("conversation").filter(pk=answer_id).first()
    if message is None or message.status in (Message.Status.PENDING, Message.Status.STREAMING):
        return None
    return message


def _compose_for(prepared: _Prepared) -> Composition:
    composition = compose(restaurant=prepared.restaurant, question=prepared.question, state=prepared.state)
    # The question was understood whatever happens to the words: a follow-up to a stopped
    # answer ("something cheaper?") still builds on it. (One thread, one connection: with the
    # words still to stream, every separate database hop would be on the diner's wait.)
    if prepared.latest:
        Conversation.objects.filter(pk=prepared.conversation.pk).update(context=composition.state)
    return composition


def _finish(prepared: _Prepared, answer: Answer, state: dict[str, Any] | None, fallback_reason: str) -> None:
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
    _record(prepared.restaurant, prepared.question, answer, prepared.conversation.channel, fallback_reason)


def _money(value: object) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except InvalidOperation:
        return None


def _record(restaurant: Restaurant, question: str, answer: Answer, channel: str, fallback_reason: str) -> None:
    record_recommendation(
        restaurant_id=restaurant.pk,
        question=question,
        wine_ids=[card["id"] for card in answer.wines],
        channel=channel,
        message_id=answer.message_id,
        writer=answer.model_used,
        fallback_reason=fallback_reason,
    )


def _fail(answer_id: int, owner: uuid.UUID, text: str) -> None:
    Message.objects.filter(pk=answer_id, status=Message.Status.STREAMING, stream_owner=owner).update(
        status=Message.Status.FAILED, text=text
    )


def _stopped_partial(answer_id: int, owner: uuid.UUID, text: str) -> None:
    """The diner pressed stop mid-answer: keep the words so far (unless another stream took it over)."""
    Message.objects.filter(
        Q(status=Message.Status.STOPPED) | Q(status=Message.Status.STREAMING, stream_owner=owner), pk=answer_id
    ).update(status=Message.Status.STOPPED, text=text)


def _was_stopped_now(answer_id: int) -> bool:
    return Message.objects.filter(pk=answer_id, status=Message.Status.STOPPED).exists()


async def _was_stopped(answer_id: int) -> bool:
    return await run_db(_was_stopped_now, answer_id)


def _replay(message: Message) -> list[AnswerEvent]:
    if message.status == Message.Status.FAILED:
        return [AnswerEvent("error", {"code": "failed", "message": message.text or FRIENDLY_FAILURE})]
    answer = Answer(
        text=message.text,
        wines=message.wines,
        understood=message.understood,
        nothing_fits=bool(message.understood.get("nothing_fits", False)) if message.understood else False,
        documents=[],
        model_used=message.model_used,
        message_id=message.pk,
        conversation_id=str(message.conversation.public_id),
        cached=message.cached,
        degraded=message.degraded,
        degraded_reason=message.degraded_reason,
        stopped=message.status == Message.Status.STOPPED,
        replayed=True,
        latency_ms=message.latency_ms or 0.0,
        first_token_ms=message.first_token_ms,
    )
    events = [AnswerEvent("route", {"models": [], "cascade": False, "reason": "already answered", "cached": True})]
    if message.text:
        events.append(AnswerEvent("token", {"text": message.text}))
    events.append(AnswerEvent("done", answer.as_dict()))
    return events


# --- the events of one stored answer ------------------------------------------------------


async def answer_events(
    answer_id: int, *, options: AnswerOptions | None = None, stream: bool = True
) -> AsyncGenerator[AnswerEvent, None]:
    """The answer's events. ``stream=False`` asks a model (if one writes) in one call, which may cascade.

    Safe to call twice for one answer: only the first call produces it, a later one
    waits for it (if it is being produced) and replays it.
    """
    options = options or AnswerOptions()
    started = time.perf_counter()
    owner = uuid.uuid4()
    claimed = await _claim_or_wait(answer_id, owner)
    if isinstance(claimed, list):
        for replayed in claimed:
            yield replayed
        return
    message, claim, prepared = claimed
    produced = (
        _resumed_events(message, claim, prepared, options, started)
        if claim.resumed_from is not None
        else _produced_events(message, prepared, owner, options, stream, started)
    )
    async with aclosing(produced) as events:
        async for event in events:
            yield event


async def _produced_events(
    message: Message, prepared: _Prepared, owner: uuid.UUID, options: AnswerOptions, stream: bool, started: float
) -> AsyncGenerator[AnswerEvent, None]:
    """A claimed answer's events, from the cache or newly written, holding its lease meanwhile."""
    answer_id = message.pk
    progress = _Progress()
    keeper = asyncio.create_task(_keep_lease(answer_id, owner, progress))
    finished = False
    try:
        ids: dict[str, Any] = {"message_id": message.pk, "conversation_id": str(prepared.conversation.public_id)}
        cached = await _cached_answer(prepared, message, started)
        if cached is not None:
            answer, state = cached
            progress.text = answer.text
            yield AnswerEvent("route", {"models": [], "cascade": False, "reason": "answer cache", "cached": True})
            yield AnswerEvent("token", {"text": answer.text})
            await run_db(_finish, prepared, answer, state, "")
            finished = True
            yield AnswerEvent("done", answer.as_dict())
            return

        composition = await run_db(_compose_for, prepared)
        gateway = get_gateway()
        composition = await with_warmed_notes(composition, prepared.restaurant, gateway)
        writes = bool(composition.result.picks) and model_writes(gateway, prepared.restaurant)
        if stream and writes:
            ended = _Streamed()
            model_events = _model_events(answer_id, composition, prepared, options, gateway, started, progress, ended)
            async with aclosing(model_events) as events:
                async for event in events:
                    yield event
            if ended.error is not None:
                await run_db(_fail, answer_id, owner, FRIENDLY_FAILURE)
                finished = True
                yield ended.error
                return
            if ended.written is None:
                # Stopped mid-stream: leaving the loop closed the model's stream (its reservation released).
                await run_db(_stopped_partial, answer_id, owner, progress.text)
                finished = True
                stopped = composition.answer(**ids, stopped=True, **_numbers({}, started)).as_dict()
                yield AnswerEvent("done", {**stopped, "text": progress.text, "wines": []})
                return
            written = ended.written
        else:
            written = await _write_once(composition, prepared.restaurant, options, gateway, started)
            yield _route_event(written, reason="model rewrite" if writes else "house voice")
            if written.numbers.get("first_token_ms") is None:
                written.numbers["first_token_ms"] = (time.perf_counter() - started) * 1000
            for sentence in _house_sentences(written.text) if stream else [written.text]:
                progress.text += sentence
                yield AnswerEvent("token", {"text": sentence})
        await gateway.drain()
        progress.text = written.text
        answer = await _settle(prepared, composition, written, ids)
        finished = True
        yield AnswerEvent("done", answer.as_dict())
    except BudgetExceeded:
        await run_db(_fail, answer_id, owner, FRIENDLY_FAILURE)
        finished = True
        raise
    except Exception:
        logger.exception("answer %s failed", answer_id)
        await run_db(_fail, answer_id, owner, FRIENDLY_FAILURE)
        finished = True
        yield AnswerEvent("error", {"code": "failed", "message": FRIENDLY_FAILURE})
    finally:
        keeper.cancel()
        if not finished:
            # Cancelled (a closed tab, a server shutting down): keep the words so far and free the
            # lease, so a reconnect finishes the answer. Shielded: a cancelled task must still write.
            await asyncio.shield(run_db(_let_go, answer_id, owner, progress.text))


async def _settle(prepared: _Prepared, composition: Composition, written: _Written, ids: dict[str, Any]) -> Answer:
    """The answer as given: cached when it is the one meant (a fallback should be retried next
    time), then stored with the conversation's new state and recorded."""
    answer = composition.answer(
        **ids,
        **written.numbers,
        degraded=bool(written.fallback_reason),
        degraded_reason=written.fallback_reason,
        replaced=written.replaced,
    )
    answer = replace(answer, text=written.text)
    if not answer.degraded and answer.text:
        await get_gateway_cache().set(
            prepared.cache_key, {"done": answer.as_dict(), "state": composition.state}, ttl_for("answer")
        )
    await run_db(_finish, prepared, answer, composition.state, written.fallback_reason)
    return answer


async def _claim_or_wait(answer_id: int, owner: uuid.UUID) -> tuple[Message, _Claim, _Prepared] | list[AnswerEvent]:
    """Claim the answer, or wait for the stream that has it: then its events to replay (its
    answer), or a ``busy`` error when its lease has not run out in time."""
    wait_until = time.monotonic() + WAIT_FOR_OTHER_STREAM_SECONDS
    while (claimed := await run_db(_claim_and_prepare, answer_id, owner)) is None:
        given = await run_db(_given, answer_id)
        if given is not None:
            return _replay(given)
        if time.monotonic() >= wait_until:
            return [AnswerEvent("error", {"code": "busy", "message": "This answer is still being written."})]
        await asyncio.sleep(WAIT_POLL_SECONDS)
    return claimed


async def _cached_answer(prepared: _Prepared, message: Message, started: float) -> tuple[Answer, Any] | None:
    """The answer cached for this very question in this very conversation state (and the state
    it left), as this message's answer; None when there is none."""
    hit = await get_gateway_cache().get(prepared.cache_key)
    done = hit.value.get("done") if hit is not None and isinstance(hit.value, dict) else None
    if hit is None or not isinstance(hit.value, dict) or not isinstance(done, dict):
        return None
    elapsed = (time.perf_counter() - started) * 1000
    answer = replace(
        Answer.from_dict(done),
        message_id=message.pk,
        conversation_id=str(prepared.conversation.public_id),
        cached=True,
        latency_ms=elapsed,
        first_token_ms=elapsed,
        cost_usd="0",
        prompt_tokens=0,
        completion_tokens=0,
    )
    state = hit.value.get("state")
    return answer, state if isinstance(state, dict) else None


def _route_event(written: _Written, *, reason: str) -> AnswerEvent:
    """The ``route`` event of words written in one go: who wrote them and why."""
    return AnswerEvent(
        "route",
        {
            "models": [written.numbers.get("model_used", HOUSE_VOICE)],
            "cascade": bool(written.numbers.get("cascaded")),
            "reason": reason,
            "cached": False,
        },
    )


@dataclass
class _Streamed:
    """How a model's stream ended: whole (``written``), failed (its ``error`` event), or neither
    (the diner pressed stop, or another stream took the answer over)."""

    written: _Written | None = None
    error: AnswerEvent | None = None


async def _model_events(
    answer_id: int,
    composition: Composition,
    prepared: _Prepared,
    options: AnswerOptions,
    gateway: Gateway,
    started: float,
    progress: _Progress,
    ended: _Streamed,
) -> AsyncGenerator[AnswerEvent, None]:
    """The model's events as they come (the words so far in ``progress``); how it ended in ``ended``."""
    last_stop_check = 0.0  # the first token checks at once
    async with aclosing(_model_stream(composition, prepared, options, gateway, started)) as stream:
        async for event, so_far, outcome in stream:
            progress.text = so_far
            if progress.lost:
                return  # stopped, or taken over by another stream
            if event is not None and event.type == "error":
                ended.error = event
                return
            if event is not None:
                yield event
            if outcome is not None:
                ended.written = outcome
            if event is not None and event.type == "token" and time.monotonic() - last_stop_check >= STOP_CHECK_SECONDS:
                # Whether the diner pressed stop: one indexed read every STOP_CHECK_SECONDS at most.
                last_stop_check = time.monotonic()
                if await _was_stopped(answer_id):
                    return


async def _resumed_events(
    message: Message, claim: _Claim, prepared: _Prepared, options: AnswerOptions, started: float
) -> AsyncGenerator[AnswerEvent, None]:
    """Finish an answer whose stream died (its process restarted) after saving ``claim.resumed_from``.

    The words the diner saw are kept and the answer continues after them. The house voice's
    words are a pure function of the question and the list, so an answer it was writing
    continues exactly where the saved words end. A model is asked again: when its words
    start with the saved ones (a deterministic model, or one at temperature 0), the answer
    continues with the rest; otherwise its words cannot be continued and the house voice's
    replace them, labelled as a fallback. The done event tells the page to show the final
    text in place of what it had.
    """
    saved = (claim.resumed_from or "").rstrip()
    progress = _Progress(text=claim.resumed_from or "")
    keeper = asyncio.create_task(_keep_lease(message.pk, claim.owner, progress))
    try:
        composition = await run_db(_compose_for, prepared)
        gateway = get_gateway()
        writes = (
            bool(composition.result.picks)
            and model_writes(gateway, prepared.restaurant)
            and message.resumes <= MAX_MODEL_RESUMES
        )
        written = (
            await _write_once(composition, prepared.restaurant, options, gateway, started)
            if writes
            else _Written(composition.text, _numbers({}, started))
        )
        if not written.text.startswith(saved):
            cut = "stream cut: the server restarted mid-answer"
            why = f"{cut} ({written.fallback_reason})" if written.fallback_reason else cut
            written = _Written(composition.text, {**written.numbers, "model_used": HOUSE_VOICE}, why)
        yield _route_event(written, reason="resumed")
        rest = written.text[len(saved) :] if written.text.startswith(saved) else written.text
        if rest:
            yield AnswerEvent("token", {"text": rest})
        numbers = {**written.numbers, "first_token_ms": message.first_token_ms}
        answer = composition.answer(
            message_id=message.pk,
            conversation_id=str(prepared.conversation.public_id),
            **numbers,
            degraded=bool(written.fallback_reason),
            degraded_reason=written.fallback_reason,
            replaced=True,
        )
        answer = replace(answer, text=written.text)
        await run_db(_finish, prepared, answer, composition.state, written.fallback_reason)
        yield AnswerEvent("done", answer.as_dict())
    except Exception:
        logger.exception("answer %s could not be resumed", message.pk)
        await run_db(_fail, message.pk, claim.owner, FRIENDLY_FAILURE)
        yield AnswerEvent("error", {"code": "failed", "message": FRIENDLY_FAILURE})
    finally:
        keeper.cancel()


async def _model_stream(
    composition: Composition, prepared: _Prepared, options: AnswerOptions, gateway: Gateway, started: float
) -> AsyncGenerator[tuple[AnswerEvent | None, str, _Written | None], None]:
    """A model's rewrite, streamed: (event to relay, words so far, the outcome at the end).

    A stream cannot cascade: words that fail the check are replaced at the end by the house
    voice's (the done event says to swap them), and the fallback is recorded with its reason.
    """
    request = await run_db(rewrite_request, prepared.restaurant, composition, options)
    text = ""
    async with aclosing(gateway.stream(request, fallback=lambda: composition.text)) as events:
        async for event in events:
            if event.type == "route":
                yield AnswerEvent("route", {**event.data, "cached": False}), text, None
            elif event.type == "token":
                text += event.data["text"]
                yield AnswerEvent("token", event.data), text, None
            elif event.type == "done":
                numbers = _numbers(event.data, started)
                if event.data.get("degraded"):
                    reason = f"no model: {event.data.get('degraded_reason', '')}"
                    yield (
                        None,
                        composition.text,
                        _Written(composition.text, {**numbers, "model_used": HOUSE_VOICE}, reason),
                    )
                    return
                problem = _checked(text, composition, request)
                if problem is not None:
                    outcome = _Written(
                        composition.text, {**numbers, "model_used": HOUSE_VOICE}, f"quality check: {problem}", True
                    )
                    yield None, composition.text, outcome
                    return
                yield None, text, _Written(text.strip(), numbers)
                return
            elif event.data.get("code") == "budget_exceeded" and options.over_budget == "error":
                yield AnswerEvent("error", event.data), text, None
                return
            elif event.data.get("code") == "budget_exceeded":
                reason = f"over budget: {event.data.get('message', '')}"
                yield AnswerEvent("token", {"text": composition.text}), composition.text, None
                yield None, composition.text, _Written(composition.text, _numbers({}, started), reason)
                return
            elif event.data.get("partial") and text:
                # Cut after words were shown: finish with the house voice's words in their place.
                reason = f"stream cut: {event.data.get('message', '')}"
                yield None, composition.text, _Written(composition.text, _numbers({}, started), reason, True)
                return
            else:
                reason = f"no model: {event.data.get('message', event.data.get('code', ''))}"
                yield AnswerEvent("token", {"text": composition.text}), composition.text, None
                yield None, composition.text, _Written(composition.text, _numbers({}, started), reason)
                return


async def answer_complete(answer_id: int, *, options: AnswerOptions | None = None) -> dict[str, Any]:
    """The whole answer at once (the API's non-streamed chat, the page without JavaScript).

    Raises ``AnswerFailed`` when no answer could be given, ``BudgetExceeded`` when
    ``options.over_budget == "error"`` and the restaurant is over its budget.
    """
    done: dict[str, Any] | None = None
    async with aclosing(answer_events(answer_id, options=options, stream=False)) as events:
        async for event in events:
            if event.type == "done":
                done = event.data
            elif event.type == "error":
                raise AnswerFailed(str(event.data.get("code", "failed")), str(event.data.get("message", "")))
    if done is None:
        raise AnswerFailed("failed", FRIENDLY_FAILURE)
    return done


async def recommend_once(
    *,
    restaurant: Restaurant,
    question: str,
    k: int | None = None,
    max_price: Decimal | None = None,
    colour: str | None = None,
    by_the_glass: bool | None = None,
    options: AnswerOptions | None = None,
) -> tuple[Answer, Composition]:
    """A question with no conversation (the recommendations endpoint): the same pipeline, nothing stored.

    The words are those a diner gets for the same first question.
    """
    options = options or AnswerOptions()
    started = time.perf_counter()
    composition = await run_db(
        compose,
        restaurant=restaurant,
        question=question,
        state=None,
        k=k,
        max_price=max_price,
        colour=colour,
        by_the_glass=by_the_glass,
    )
    gateway = get_gateway()
    composition = await with_warmed_notes(composition, restaurant, gateway)
    written = await _write_once(composition, restaurant, options, gateway, started)
    await gateway.drain()
    answer = composition.answer(
        **written.numbers, degraded=bool(written.fallback_reason), degraded_reason=written.fallback_reason
    )
    answer = replace(answer, text=written.text)
    _record(restaurant, question, answer, "api", written.fallback_reason)
    return answer, composition
