"""The events of one stored answer: claimed, then from the cache or newly written and stored (or
finished after a dead stream's words), or replayed when another stream gave it; the whole answer at
once; and the same pipeline once with nothing stored (the recommendations endpoint)."""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid
from collections.abc import AsyncGenerator
from contextlib import aclosing
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from chat.answering.composition import FRIENDLY_FAILURE, HOUSE_VOICE, Answer, AnswerEvent, Composition, compose
from chat.answering.database import run_db
from chat.answering.leases import (
    Claim,
    Progress,
    answer_fail,
    answer_given,
    answer_let_go,
    answer_was_stopped,
    keep_lease,
    stopped_answer_keep,
)
from chat.answering.storing import Prepared, answer_finish, answer_record, claim_and_prepare, compose_for
from chat.answering.writing import (
    AnswerOptions,
    Written,
    answer_numbers,
    model_stream,
    model_writes,
    with_warmed_notes,
    write_once,
)
from chat.models import Message
from llm.budgets import BudgetExceeded
from llm.cache import get_gateway_cache, ttl_for
from llm.gateway import Gateway, get_gateway
from recommendations.models import Restaurant

logger = logging.getLogger(__name__)

# Times a cut answer may ask a model again when it is taken over; then the house voice
# finishes it (cutting and reopening a stream must not buy model calls).
MAX_MODEL_RESUMES = 2
# How long a second reader of an answer being streamed waits for it before giving up.
WAIT_FOR_OTHER_STREAM_SECONDS = 60.0
WAIT_POLL_SECONDS = 0.2
# How often a stream looks for the diner's stop (one indexed row read).
STOP_CHECK_SECONDS = 0.3


class AnswerFailed(Exception):
    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


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
    message: Message, prepared: Prepared, owner: uuid.UUID, options: AnswerOptions, stream: bool, started: float
) -> AsyncGenerator[AnswerEvent, None]:
    """A claimed answer's events, from the cache or newly written, holding its lease meanwhile."""
    answer_id = message.pk
    progress = Progress()
    keeper = asyncio.create_task(keep_lease(answer_id, owner, progress))
    finished = False
    try:
        ids: dict[str, Any] = {"message_id": message.pk, "conversation_id": str(prepared.conversation.public_id)}
        cached = await _cached_answer(prepared, message, started)
        if cached is not None:
            answer, state = cached
            progress.text = answer.text
            yield AnswerEvent("route", {"models": [], "cascade": False, "reason": "answer cache", "cached": True})
            yield AnswerEvent("token", {"text": answer.text})
            await run_db(answer_finish, prepared, answer, state, "")
            finished = True
            yield AnswerEvent("done", answer.as_dict())
            return

        composition = await run_db(compose_for, prepared)
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
                await run_db(answer_fail, answer_id, owner, FRIENDLY_FAILURE)
                finished = True
                yield ended.error
                return
            if ended.written is None:
                # Stopped mid-stream: leaving the loop closed the model's stream (its reservation released).
                await run_db(stopped_answer_keep, answer_id, owner, progress.text)
                finished = True
                stopped = composition.answer(**ids, stopped=True, **answer_numbers({}, started)).as_dict()
                yield AnswerEvent("done", {**stopped, "text": progress.text, "wines": []})
                return
            written = ended.written
        else:
            written = await write_once(composition, prepared.restaurant, options, gateway, started)
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
        await run_db(answer_fail, answer_id, owner, FRIENDLY_FAILURE)
        finished = True
        raise
    except Exception:
        logger.exception("answer %s failed", answer_id)
        await run_db(answer_fail, answer_id, owner, FRIENDLY_FAILURE)
        finished = True
        yield AnswerEvent("error", {"code": "failed", "message": FRIENDLY_FAILURE})
    finally:
        keeper.cancel()
        if not finished:
            # Cancelled (a closed tab, a server shutting down): keep the words so far and free the
            # lease, so a reconnect finishes the answer. Shielded: a cancelled task must still write.
            await asyncio.shield(run_db(answer_let_go, answer_id, owner, progress.text))


async def _settle(prepared: Prepared, composition: Composition, written: Written, ids: dict[str, Any]) -> Answer:
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
    await run_db(answer_finish, prepared, answer, composition.state, written.fallback_reason)
    return answer


async def _claim_or_wait(answer_id: int, owner: uuid.UUID) -> tuple[Message, Claim, Prepared] | list[AnswerEvent]:
    """Claim the answer, or wait for the stream that has it: then its events to replay (its
    answer), or a ``busy`` error when its lease has not run out in time."""
    wait_until = time.monotonic() + WAIT_FOR_OTHER_STREAM_SECONDS
    while (claimed := await run_db(claim_and_prepare, answer_id, owner)) is None:
        given = await run_db(answer_given, answer_id)
        if given is not None:
            return _replay(given)
        if time.monotonic() >= wait_until:
            return [AnswerEvent("error", {"code": "busy", "message": "This answer is still being written."})]
        await asyncio.sleep(WAIT_POLL_SECONDS)
    return claimed


async def _cached_answer(prepared: Prepared, message: Message, started: float) -> tuple[Answer, Any] | None:
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


def _route_event(written: Written, *, reason: str) -> AnswerEvent:
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

    written: Written | None = None
    error: AnswerEvent | None = None


async def _model_events(
    answer_id: int,
    composition: Composition,
    prepared: Prepared,
    options: AnswerOptions,
    gateway: Gateway,
    started: float,
    progress: Progress,
    ended: _Streamed,
) -> AsyncGenerator[AnswerEvent, None]:
    """The model's events as they come (the words so far in ``progress``); how it ended in ``ended``."""
    last_stop_check = 0.0  # the first token checks at once
    async with aclosing(model_stream(composition, prepared.restaurant, options, gateway, started)) as stream:
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
                if await answer_was_stopped(answer_id):
                    return


async def _resumed_events(
    message: Message, claim: Claim, prepared: Prepared, options: AnswerOptions, started: float
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
    progress = Progress(text=claim.resumed_from or "")
    keeper = asyncio.create_task(keep_lease(message.pk, claim.owner, progress))
    try:
        composition = await run_db(compose_for, prepared)
        gateway = get_gateway()
        writes = (
            bool(composition.result.picks)
            and model_writes(gateway, prepared.restaurant)
            and message.resumes <= MAX_MODEL_RESUMES
        )
        written = (
            await write_once(composition, prepared.restaurant, options, gateway, started)
            if writes
            else Written(composition.text, answer_numbers({}, started))
        )
        if not written.text.startswith(saved):
            cut = "stream cut: the server restarted mid-answer"
            why = f"{cut} ({written.fallback_reason})" if written.fallback_reason else cut
            written = Written(composition.text, {**written.numbers, "model_used": HOUSE_VOICE}, why)
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
        await run_db(answer_finish, prepared, answer, composition.state, written.fallback_reason)
        yield AnswerEvent("done", answer.as_dict())
    except Exception:
        logger.exception("answer %s could not be resumed", message.pk)
        await run_db(answer_fail, message.pk, claim.owner, FRIENDLY_FAILURE)
        yield AnswerEvent("error", {"code": "failed", "message": FRIENDLY_FAILURE})
    finally:
        keeper.cancel()


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
    written = await write_once(composition, restaurant, options, gateway, started)
    await gateway.drain()
    answer = composition.answer(
        **written.numbers, degraded=bool(written.fallback_reason), degraded_reason=written.fallback_reason
    )
    answer = replace(answer, text=written.text)
    answer_record(restaurant, question, answer, "api", written.fallback_reason)
    return answer, composition


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


def _house_sentences(text: str) -> list[str]:
    """The house voice's words as stream tokens: a sentence at a time, so the page fills in at once."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    return [sentence + (" " if index < len(sentences) - 1 else "") for index, sentence in enumerate(sentences)]
