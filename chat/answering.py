"""Answering a question in a conversation: the one path behind the diner page and the chat API.

A question is stored with an empty answer (``Message`` status ``pending``); the answer is
then produced once, by whichever stream or call claims it first:

1. the front cache (seed 000): the whole answer, text and wine cards, per restaurant,
   list version, normalised question and conversation context, for an hour;
2. otherwise the recommender picks the wines (deterministic, in the database) and the
   gateway writes the words, streamed token by token or in one call (which cascades);
3. when no model can (or the restaurant is over its budget and the caller wants a
   degraded answer rather than an error) the list's own words, labelled degraded.

Events follow the gateway's: ``route``, ``token``..., then exactly one ``done`` (with the
wine cards and the numbers) or ``error``. A second stream for an answer already given
(a reload, an EventSource reconnect) replays it instead of asking a model again.
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
from dataclasses import asdict, dataclass, replace
from datetime import timedelta
from decimal import Decimal
from functools import wraps
from typing import Any, Literal, TypeVar

from asgiref.sync import sync_to_async
from django.db import IntegrityError, connections, transaction
from django.utils import timezone

from chat.gateway.cache import cache_key, get_gateway_cache, ttl_for
from chat.gateway.gateway import get_gateway
from chat.gateway.limits import BudgetExceeded
from chat.gateway.quality import answer_problem
from chat.gateway.types import BudgetScope, Complexity, GatewayError, GatewayRequest, Sensitivity
from chat.models import Conversation, Feedback, Message
from recommendations.models import Restaurant, Table
from recommendations.pairing import fold_text
from recommendations.question import Constraints
from recommendations.recommender import Pick, Recommendations, explanation_request, recommend, wine_payload

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Checked before anything else touches the text: no model ever sees a longer message.
MAX_MESSAGE_LENGTH = 500
MAX_FEEDBACK_COMMENT_LENGTH = 1000
# An answer asked this long ago and still "streaming" with no words belongs to a dead worker.
STALE_STREAM_SECONDS = 600
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
    from analytics.sentiment import sentiment_of

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


def _constraints_to_json(constraints: Constraints) -> dict[str, Any]:
    data = asdict(constraints)
    data["colours"] = sorted(constraints.colours)
    for name in ("max_price", "min_price"):
        data[name] = str(data[name]) if data[name] is not None else None
    return data


def _constraints_from_json(data: Any) -> Constraints | None:
    if not isinstance(data, dict):
        return None
    try:
        return Constraints(
            max_price=Decimal(data["max_price"]) if data.get("max_price") is not None else None,
            min_price=Decimal(data["min_price"]) if data.get("min_price") is not None else None,
            colours=frozenset(data.get("colours") or ()),
            by_the_glass=bool(data.get("by_the_glass")),
            sweet=bool(data.get("sweet")),
            style_words=tuple(data.get("style_words") or ()),
            grapes=tuple(data.get("grapes") or ()),
        )
    except (ArithmeticError, TypeError, ValueError):
        logger.warning("conversation context with unreadable constraints ignored: %r", data)
        return None


def _previous_cheapest(context: dict[str, Any]) -> Decimal | None:
    try:
        return Decimal(str(context["cheapest_shown"])) if context.get("cheapest_shown") is not None else None
    except ArithmeticError:
        return None


def _next_context(result: Recommendations) -> dict[str, Any]:
    prices = [
        pick.wine.glass_price if result.constraints.by_the_glass and pick.wine.glass_price else pick.wine.bottle_price
        for pick in result.picks
        if not pick.alternative
    ]
    return {
        "constraints": _constraints_to_json(replace(result.constraints, cheaper_than_previous=False)),
        "dish_ids": [dish.pk for dish in result.dishes],
        "cheapest_shown": str(min(prices)) if prices else None,
    }


@dataclass
class _Prepared:
    answer: Message
    restaurant: Restaurant
    conversation: Conversation
    question: str
    cache_key: str
    result: Recommendations | None = None
    cached: dict[str, Any] | None = None


def _claim(answer_id: int) -> Message | None:
    """Take the answer for this stream; None when another stream has it or it is already given."""
    claimed = Message.objects.filter(pk=answer_id, status=Message.Status.PENDING).update(
        status=Message.Status.STREAMING
    )
    if not claimed:
        # A stream whose worker died long ago: take it over rather than leave the diner
        # waiting forever. Long enough that no live stream (retries included) is taken.
        stale = timezone.now() - timedelta(seconds=STALE_STREAM_SECONDS)
        claimed = Message.objects.filter(
            pk=answer_id, status=Message.Status.STREAMING, created_at__lt=stale, text=""
        ).update(status=Message.Status.STREAMING)
    if not claimed:
        return None
    return Message.objects.select_related("in_reply_to", "conversation__restaurant").get(pk=answer_id)


def _prepare(answer: Message) -> _Prepared:
    """ORM and retrieval work (sync): the front cache key, then the recommender on a miss."""
    conversation = answer.conversation
    restaurant = conversation.restaurant
    assert answer.in_reply_to is not None  # every answer is created with its question
    question = answer.in_reply_to.text
    context = conversation.context if isinstance(conversation.context, dict) else {}
    key = cache_key(
        operation="answer",
        restaurant_id=restaurant.pk,
        list_version=restaurant.wine_list_version,
        options={"context": {k: context.get(k) for k in ("constraints", "dish_ids", "cheapest_shown")}},
        text=normalised_question(question),
    )
    return _Prepared(answer=answer, restaurant=restaurant, conversation=conversation, question=question, cache_key=key)


def _recommend(prepared: _Prepared) -> Recommendations:
    context = prepared.conversation.context if isinstance(prepared.conversation.context, dict) else {}
    return recommend(
        restaurant=prepared.restaurant,
        query=prepared.question,
        previous=_constraints_from_json(context.get("constraints")),
        previous_dish_ids=tuple(int(i) for i in context.get("dish_ids") or () if isinstance(i, int)),
        previous_cheapest=_previous_cheapest(context),
    )


def _model_request(prepared: _Prepared, result: Recommendations, options: AnswerOptions) -> GatewayRequest:
    request = explanation_request(prepared.restaurant, result)
    overrides: dict[str, Any] = {
        "force_direct": options.force_direct,
        "budgets": (*request.budgets, *options.extra_budgets),
    }
    if options.sensitivity is not None:
        overrides["sensitivity"] = options.sensitivity
    if options.complexity is not None:
        overrides["complexity"] = options.complexity
    if options.temperature is not None:
        overrides["temperature"] = options.temperature
    if options.max_tokens is not None:
        overrides["max_tokens"] = options.max_tokens
    return replace(request, **overrides)


def _finish(prepared: _Prepared, done: dict[str, Any], context: dict[str, Any] | None) -> None:
    """Store the given answer (unless the diner stopped it meanwhile) and the conversation's new context."""
    fields = {
        "text": done["text"],
        "wines": done["wines"],
        "model_used": done["model_used"][:64],
        "cached": done["cached"],
        "degraded": done["degraded"],
        "latency_ms": done["latency_ms"],
        "first_token_ms": done.get("first_token_ms"),
    }
    with transaction.atomic():
        updated = Message.objects.filter(pk=prepared.answer.pk, status=Message.Status.STREAMING).update(
            status=Message.Status.COMPLETE, **fields
        )
        if not updated:
            # Stopped while the model finished: keep the words, stay stopped.
            Message.objects.filter(pk=prepared.answer.pk).update(**fields)
        if context is not None:
            Conversation.objects.filter(pk=prepared.conversation.pk).update(context=context, updated_at=timezone.now())
    _record_recommendation(prepared, done)


def _record_recommendation(prepared: _Prepared, done: dict[str, Any]) -> None:
    from analytics.recording import record_recommendation

    record_recommendation(
        restaurant_id=prepared.restaurant.pk,
        question=prepared.question,
        wine_ids=[card["id"] for card in done["wines"]],
        channel=prepared.conversation.channel,
        message_id=prepared.answer.pk,
    )


def _fail(answer_id: int, text: str) -> None:
    Message.objects.filter(pk=answer_id, status=Message.Status.STREAMING).update(
        status=Message.Status.FAILED, text=text
    )


def _stopped_partial(answer_id: int, text: str) -> None:
    """The reader went away mid-answer (the stop button, a closed tab): keep the words so far."""
    Message.objects.filter(pk=answer_id, status__in=[Message.Status.STREAMING, Message.Status.STOPPED]).update(
        status=Message.Status.STOPPED, text=text
    )


def _was_stopped_now(answer_id: int) -> bool:
    return Message.objects.filter(pk=answer_id, status=Message.Status.STOPPED).exists()


async def _was_stopped(answer_id: int) -> bool:
    return await run_db(_was_stopped_now, answer_id)


def _replay(answer: Message) -> list[AnswerEvent]:
    if answer.status == Message.Status.FAILED:
        return [AnswerEvent("error", {"code": "failed", "message": answer.text or FRIENDLY_FAILURE})]
    done = {
        "message_id": answer.pk,
        "text": answer.text,
        "wines": answer.wines,
        "model_used": answer.model_used,
        "cached": answer.cached,
        "degraded": answer.degraded,
        "stopped": answer.status == Message.Status.STOPPED,
        "replayed": True,
        "latency_ms": answer.latency_ms,
        "first_token_ms": answer.first_token_ms,
    }
    events = [AnswerEvent("route", {"models": [], "cascade": False, "reason": "already answered", "cached": True})]
    if answer.text:
        events.append(AnswerEvent("token", {"text": answer.text}))
    events.append(AnswerEvent("done", done))
    return events


async def _wait_for_other_stream(answer_id: int) -> Message | None:
    deadline = time.monotonic() + WAIT_FOR_OTHER_STREAM_SECONDS
    while time.monotonic() < deadline:
        answer = await run_db(Message.objects.filter(pk=answer_id).first)
        if answer is None or answer.status not in (Message.Status.PENDING, Message.Status.STREAMING):
            return answer
        await asyncio.sleep(WAIT_POLL_SECONDS)
    return None


def _done_data(
    prepared: _Prepared, result: Recommendations, text: str, gateway_done: dict[str, Any], *, cached: bool
) -> dict[str, Any]:
    return {
        "message_id": prepared.answer.pk,
        "conversation_id": str(prepared.conversation.public_id),
        "text": text,
        "wines": [wine_card(pick, prepared.restaurant.currency) for pick in result.picks],
        "nothing_fits": result.nothing_fits,
        "documents": [{"document_id": hit.document_id, "title": hit.title} for hit in result.documents],
        "model_used": gateway_done.get("model_used", "none"),
        "cached": cached,
        "cascaded": bool(gateway_done.get("cascaded", False)),
        "draft_accepted": gateway_done.get("draft_accepted"),
        "prompt_tokens": int(gateway_done.get("prompt_tokens", 0)),
        "completion_tokens": int(gateway_done.get("completion_tokens", 0)),
        "cost_usd": str(gateway_done.get("cost_usd", "0")),
        "latency_ms": float(gateway_done.get("latency_ms", 0.0)),
        "first_token_ms": gateway_done.get("first_token_ms"),
        "degraded": bool(gateway_done.get("degraded", False)),
        "degraded_reason": str(gateway_done.get("degraded_reason", "")),
        "stopped": False,
        "replayed": False,
        "replaced": bool(gateway_done.get("replaced", False)),
    }


def _without_model(result: Recommendations, reason: str, started: float) -> dict[str, Any]:
    return {
        "model_used": "none",
        "degraded": True,
        "degraded_reason": reason,
        "latency_ms": (time.perf_counter() - started) * 1000,
    }


async def answer_events(
    answer_id: int, *, options: AnswerOptions | None = None, stream: bool = True
) -> AsyncGenerator[AnswerEvent, None]:
    """The answer's events. ``stream=False`` asks the model in one call (which may cascade).

    Safe to call twice for one answer: only the first call produces it, a later one
    waits for it (if it is being produced) and replays it.
    """
    options = options or AnswerOptions()
    started = time.perf_counter()
    answer = await run_db(_claim, answer_id)
    if answer is None:
        given = await _wait_for_other_stream(answer_id)
        if given is None:
            yield AnswerEvent("error", {"code": "busy", "message": "This answer is still being written."})
            return
        for replayed in _replay(given):
            yield replayed
        return

    text = ""
    finished = False
    try:
        prepared = await run_db(_prepare, answer)
        cache = get_gateway_cache()
        hit = await cache.get(prepared.cache_key)
        cached_done = hit.value.get("done") if hit is not None and isinstance(hit.value, dict) else None
        if hit is not None and isinstance(hit.value, dict) and isinstance(cached_done, dict):
            cached_context = hit.value.get("context")
            done = {
                **cached_done,
                "message_id": answer.pk,
                "conversation_id": str(prepared.conversation.public_id),
                "cached": True,
                "latency_ms": (time.perf_counter() - started) * 1000,
                "first_token_ms": (time.perf_counter() - started) * 1000,
                "cost_usd": "0",
            }
            text = str(done["text"])
            yield AnswerEvent("route", {"models": [], "cascade": False, "reason": "answer cache", "cached": True})
            yield AnswerEvent("token", {"text": text})
            await run_db(_finish, prepared, done, cached_context if isinstance(cached_context, dict) else None)
            finished = True
            yield AnswerEvent("done", done)
            return

        result = await run_db(_recommend, prepared)
        context = _next_context(result)
        # The question was understood whatever happens to the words: a follow-up to a
        # stopped answer ("something cheaper?") still builds on it.
        await run_db(Conversation.objects.filter(pk=prepared.conversation.pk).update, context=context)
        fallback_text = result.explanation
        gateway_done: dict[str, Any]
        if not result.picks and not result.documents:
            # Nothing to say about the list: no model call, the fixed answer.
            yield AnswerEvent("route", {"models": [], "cascade": False, "reason": "nothing fits", "cached": False})
            text = fallback_text
            yield AnswerEvent("token", {"text": text})
            gateway_done = _without_model(result, "nothing on the list fits", started)
        else:
            request = await run_db(_model_request, prepared, result, options)
            gateway = get_gateway()
            gateway_done = {}
            if stream:
                last_stop_check = time.monotonic()
                async with aclosing(gateway.stream(request, fallback=lambda: fallback_text)) as stream_events:
                    async for event in stream_events:
                        if event.type == "token":
                            text += event.data["text"]
                            yield AnswerEvent("token", event.data)
                            if time.monotonic() - last_stop_check >= STOP_CHECK_SECONDS:
                                last_stop_check = time.monotonic()
                                if await _was_stopped(answer_id):
                                    break
                        elif event.type == "route":
                            yield AnswerEvent("route", {**event.data, "cached": False})
                        elif event.type == "done":
                            gateway_done = event.data
                            problem = answer_problem(text, request) if not gateway_done.get("degraded") else None
                            if problem is not None:
                                # A stream cannot cascade: words that fail the check the gateway's
                                # complete() applies are replaced by the list's own (the diner saw them
                                # arrive; the done event says to swap them).
                                text = fallback_text
                                gateway_done = {
                                    **gateway_done,
                                    "degraded": True,
                                    "degraded_reason": f"quality check: {problem}",
                                    "replaced": True,
                                }
                        elif event.data.get("code") == "budget_exceeded" and options.over_budget == "degrade":
                            text = fallback_text
                            yield AnswerEvent("token", {"text": text})
                            gateway_done = _without_model(result, event.data.get("message", "over budget"), started)
                        else:
                            partial = bool(event.data.get("partial"))
                            await run_db(_fail if not partial else _stopped_partial, answer_id, text)
                            finished = True
                            yield AnswerEvent("error", event.data)
                            return
            else:
                try:
                    gateway_result = await gateway.complete(request, fallback=lambda: fallback_text)
                except BudgetExceeded as exceeded:
                    if options.over_budget == "error":
                        raise
                    gateway_result = None
                    gateway_done = _without_model(result, str(exceeded), started)
                    text = fallback_text
                if gateway_result is not None:
                    gateway_done = gateway_result.as_dict()
                    text = gateway_result.text
                    yield AnswerEvent(
                        "route",
                        {
                            "models": [gateway_result.model_used],
                            "cascade": gateway_result.cascaded,
                            "reason": gateway_result.route_reason,
                            "cached": gateway_result.cached,
                        },
                    )
                yield AnswerEvent("token", {"text": text})
            await gateway.drain()
        if stream and not gateway_done and await _was_stopped(answer_id):
            # Leaving the loop closed the model's stream (its budget reservation is released).
            await run_db(_stopped_partial, answer_id, text)
            finished = True
            stopped = {**_done_data(prepared, result, text, {}, cached=False), "wines": [], "stopped": True}
            yield AnswerEvent("done", stopped)
            return
        done = _done_data(prepared, result, text, gateway_done, cached=bool(gateway_done.get("cached", False)))
        if not done["degraded"] and text:
            # Only answers a model gave are kept: a degraded one should be retried next time.
            await cache.set(prepared.cache_key, {"done": done, "context": context}, ttl_for("answer"))
        await run_db(_finish, prepared, done, context)
        finished = True
        yield AnswerEvent("done", done)
    except (GatewayError, BudgetExceeded) as error:
        await run_db(_fail, answer_id, FRIENDLY_FAILURE)
        finished = True
        if isinstance(error, BudgetExceeded):
            raise
        yield AnswerEvent("error", {"code": "no_model", "message": FRIENDLY_FAILURE})
    except Exception:
        logger.exception("answer %s failed", answer_id)
        await run_db(_fail, answer_id, FRIENDLY_FAILURE)
        finished = True
        yield AnswerEvent("error", {"code": "failed", "message": FRIENDLY_FAILURE})
    finally:
        if not finished:
            # The reader went away (stop button, closed tab, cancelled request): keep the words so far.
            # Shielded: a cancelled task must still write its last state.
            await asyncio.shield(run_db(_stopped_partial, answer_id, text))


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
