"""The API's own endpoints: chat (plain and SSE), conversations, text operations, predictions, stats."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any

from asgiref.sync import sync_to_async
from django.http import HttpRequest, HttpResponseBase, JsonResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import services
from api.http import (
    STREAM_ERROR_MESSAGES,
    ApiError,
    AsyncAPIView,
    budget_error,
    gateway_error,
    not_found,
    public_degraded_reason,
    public_stream_error,
    validated,
)
from api.models import ApiKey
from api.permissions import require_scope
from api.serializers import (
    MAX_TEXT_LENGTH,
    ChatInput,
    ChatOutput,
    ConversationOutput,
    PredictInput,
    PredictOutput,
    StatsOutput,
    TextBatchInput,
    TextBatchOutput,
    TextProcessInput,
    TextProcessOutput,
)
from api.text_ops import key_budgets, text_process
from chat.answering import (
    AnswerEvent,
    AnswerFailed,
    AnswerOptions,
    MessageRejected,
    answer_complete,
    answer_events,
    run_db,
)
from chat.models import Message
from config.sse import event_stream_response, events_to_first_word, sse_json
from llm.budgets import BudgetExceeded
from llm.types import GatewayError

# Items of one batch answered at once: enough to overlap model latency, few enough
# that one client's batch cannot take every egress slot.
BATCH_CONCURRENCY = 4


def error_responses(*codes: int) -> dict[int, OpenApiResponse]:
    descriptions = {
        402: "Over the daily LLM budget (the restaurant's or the key's).",
        404: "No such object for this key's restaurant.",
        413: "A text over the length limit (refused before any work).",
        429: "Rate limited, or the LLM call quota is used up; see Retry-After.",
        503: "No language model could answer.",
        504: "The language model did not answer in time.",
    }
    return {code: OpenApiResponse(description=descriptions[code], response=OpenApiTypes.OBJECT) for code in codes}


def _answer_options(key: ApiKey, options: dict[str, Any]) -> AnswerOptions:
    return AnswerOptions(
        sensitivity=options.get("sensitivity"),
        complexity=options.get("complexity"),
        temperature=options.get("temperature"),
        max_tokens=options.get("max_tokens"),
        force_direct=bool(options.get("force_direct")),
        over_budget="error",
        # The restaurant's budget is already on the request; the key's own comes on top.
        extra_budgets=tuple(budget for budget in key_budgets(key) if budget.scope.startswith("apikey:")),
        surface="api",
    )


async def _ask(key: ApiKey, data: dict[str, Any]) -> Message:
    try:
        return await run_db(
            services.api_question_ask, key=key, text=data["message"], conversation_id=data.get("conversation_id")
        )
    except services.ConversationNotFound:
        raise not_found() from None
    except MessageRejected as rejected:
        raise ApiError(400, "invalid", str(rejected), {"message": [str(rejected)]}) from None


def chat_payload(done: dict[str, Any]) -> dict[str, Any]:
    return {
        "conversation_id": done["conversation_id"],
        "message_id": done["message_id"],
        "message": done["text"],
        "wines": done["wines"],
        "understood": done.get("understood") or {},
        "nothing_fits": bool(done.get("nothing_fits", False)),
        "model_used": done["model_used"],
        "cascaded": bool(done.get("cascaded", False)),
        "draft_accepted": done.get("draft_accepted"),
        "prompt_tokens": int(done.get("prompt_tokens", 0)),
        "completion_tokens": int(done.get("completion_tokens", 0)),
        "cost_usd": str(done.get("cost_usd", "0")),
        "latency_ms": float(done.get("latency_ms") or 0.0),
        "cached": bool(done.get("cached", False)),
        "degraded": bool(done.get("degraded", False)),
        "degraded_reason": public_degraded_reason(str(done.get("degraded_reason", ""))),
    }


def _answer_failure(failed: AnswerFailed) -> ApiError:
    # The failure's text may be an exception's (a budget's internal scope): the code picks our words.
    message = public_stream_error({"code": failed.code})["message"]
    if failed.code == "budget_exceeded":
        return ApiError(402, "budget_exceeded", message)
    return ApiError(503, "upstream_unavailable", message, {"reason": failed.code})


class ChatView(AsyncAPIView):
    scope = "chat"

    @extend_schema(
        operation_id="chat",
        summary="Ask the sommelier",
        description=(
            "One question in a conversation (a new one without `conversation_id`). Wines come from the "
            "restaurant's own list; the model only phrases the answer. Follow-ups ('something cheaper?') "
            "use the conversation's context."
        ),
        request=ChatInput,
        responses={200: ChatOutput, **error_responses(402, 404, 503)},
        examples=[OpenApiExample("A question", value={"message": "a red under $60 for the lamb?"}, request_only=True)],
        tags=["chat"],
    )
    async def post(self, request: HttpRequest, key: ApiKey, data: Any) -> HttpResponseBase:
        options = validated(ChatInput, data)
        answer = await _ask(key, options)
        try:
            done = await answer_complete(answer.pk, options=_answer_options(key, options))
        except AnswerFailed as failed:
            raise _answer_failure(failed) from None
        return JsonResponse(chat_payload(done))


class ChatStreamView(AsyncAPIView):
    scope = "chat"

    @extend_schema(
        operation_id="chat_stream",
        summary="Ask the sommelier, streamed (Server-Sent Events)",
        description=(
            "`text/event-stream` with events `route` (which models, why), `token` (`{text}`) as the "
            "answer is written, then exactly one `done` (the same fields as POST /api/v1/chat) or "
            "`error` (`{code, message}`). Errors before the first token are plain HTTP errors."
        ),
        request=ChatInput,
        responses={
            (200, "text/event-stream"): OpenApiResponse(response=OpenApiTypes.STR, description="SSE stream"),
            **error_responses(402, 404, 503),
        },
        tags=["chat"],
    )
    async def post(self, request: HttpRequest, key: ApiKey, data: Any) -> HttpResponseBase:
        options = validated(ChatInput, data)
        answer = await _ask(key, options)
        generator = answer_events(answer.pk, options=_answer_options(key, options), stream=True)
        try:
            head = await events_to_first_word(generator)
        except BudgetExceeded as exceeded:
            await generator.aclose()
            raise budget_error(exceeded) from None
        if head and head[-1].type == "error" and not any(event.type == "token" for event in head):
            await generator.aclose()
            error = head[-1].data
            raise _answer_failure(AnswerFailed(str(error.get("code", "failed")), str(error.get("message", ""))))

        async def body() -> AsyncIterator[bytes]:
            async with aclosing(generator) as rest:
                for event in head:
                    yield sse_json(event.type, _stream_data(event))
                try:
                    async for event in rest:
                        yield sse_json(event.type, _stream_data(event))
                except BudgetExceeded:
                    yield sse_json(
                        "error", {"code": "budget_exceeded", "message": STREAM_ERROR_MESSAGES["budget_exceeded"]}
                    )

        return event_stream_response(body())


def _stream_data(event: AnswerEvent) -> dict[str, Any]:
    if event.type == "done":
        return chat_payload(event.data)
    if event.type == "error":
        return public_stream_error(event.data)
    return event.data


class ConversationView(AsyncAPIView):
    scope = "chat"

    @extend_schema(
        operation_id="conversation_retrieve",
        summary="A conversation's messages",
        responses={200: ConversationOutput, **error_responses(404)},
        tags=["chat"],
    )
    async def get(self, request: HttpRequest, key: ApiKey, data: Any, conversation_id: uuid.UUID) -> HttpResponseBase:
        payload = await sync_to_async(services.conversation_payload)(key=key, conversation_id=conversation_id)
        if payload is None:
            raise not_found()
        return JsonResponse(payload)


def refuse_long_texts(items: list[Any], *, prefix: str = "") -> None:
    """A text over the limit is a 413 before any other check or work, naming the item."""
    for index, item in enumerate(items):
        text = item.get("text") if isinstance(item, dict) else None
        if isinstance(text, str) and len(text) > MAX_TEXT_LENGTH:
            field = f"{prefix}[{index}].text" if prefix else "text"
            raise ApiError(
                413,
                "text_too_long",
                f"The text is {len(text):,} characters; the limit is {MAX_TEXT_LENGTH:,}.",
                {field: [f"At most {MAX_TEXT_LENGTH:,} characters."]},
            )


class TextProcessView(AsyncAPIView):
    scope = "chat"

    @extend_schema(
        operation_id="text_process",
        summary="A text operation",
        description=(
            "`summarize`, `sentiment`, `key_points`, `questions` or `qa` (with `question`) over `text`. "
            "Extractive by default (the text's own sentences, with their offsets); a configured draft or "
            "strong model writes when `method` allows, its words checked against the text and replaced by "
            "the extractive result (`degraded`, with the reason) when they fail. Sentiment is lexical. "
            "Errors other than 4xx only with `method: model`."
        ),
        request=TextProcessInput,
        responses={200: TextProcessOutput, **error_responses(402, 413, 429, 503, 504)},
        examples=[
            OpenApiExample(
                "Summarize",
                value={
                    "operation": "summarize",
                    "text": "Our tasting menu changes weekly...",
                    "options": {"max_words": 40},
                },
                request_only=True,
            )
        ],
        tags=["text"],
    )
    async def post(self, request: HttpRequest, key: ApiKey, data: Any) -> HttpResponseBase:
        refuse_long_texts([data])
        item = validated(TextProcessInput, data)
        return JsonResponse(await text_process(key=key, item=item))


class TextBatchView(AsyncAPIView):
    scope = "chat"

    @extend_schema(
        operation_id="text_batch",
        summary="Several text operations at once",
        description=f"Up to 20 items, answered {BATCH_CONCURRENCY} at a time; each item succeeds or fails on its own.",
        request=TextBatchInput,
        responses={200: TextBatchOutput},
        tags=["text"],
    )
    async def post(self, request: HttpRequest, key: ApiKey, data: Any) -> HttpResponseBase:
        if isinstance(data, dict) and isinstance(data.get("items"), list):
            refuse_long_texts(data["items"], prefix="items")
        items = validated(TextBatchInput, data)["items"]
        slots = asyncio.Semaphore(BATCH_CONCURRENCY)

        async def one(index: int, item: dict[str, Any]) -> dict[str, Any]:
            async with slots:
                try:
                    return {"index": index, "ok": True, "result": await text_process(key=key, item=item)}
                except BudgetExceeded as exceeded:
                    error = budget_error(exceeded)
                except GatewayError as failure:
                    error = gateway_error(failure)
            return {"index": index, "ok": False, "error": json.loads(error.response().content)["error"]}

        results = await asyncio.gather(*(one(index, dict(item)) for index, item in enumerate(items)))
        return JsonResponse({"results": results})


class PredictView(APIView):
    permission_classes = [require_scope("chat")]

    @extend_schema(
        operation_id="predict",
        summary="Sentiment of diner feedback",
        description="VADER sentiment of the text; every prediction is stored with its latency.",
        request=PredictInput,
        responses={201: PredictOutput},
        tags=["text"],
    )
    def post(self, request: Request) -> Response:
        serializer = PredictInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        key = request.auth
        assert isinstance(key, ApiKey)  # the permission admitted only keys
        started = time.perf_counter()
        prediction = services.prediction_create(key=key, text=serializer.validated_data["text"], started=started)
        return Response(
            {
                "id": prediction.pk,
                "label": prediction.label,
                "compound": prediction.compound,
                "latency_ms": prediction.latency_ms,
            },
            status=201,
        )


class StatsView(APIView):
    permission_classes = [require_scope("read")]

    @extend_schema(
        operation_id="stats",
        summary="Usage of the language models for this key's restaurant",
        responses={200: StatsOutput},
        tags=["metrics"],
    )
    def get(self, request: Request) -> Response:
        key = request.auth
        assert isinstance(key, ApiKey)  # the permission admitted only keys
        return Response(services.stats_for(restaurant_id=key.restaurant_id))
