"""OpenAI-compatible ``POST /v1/chat/completions`` (plain and streamed) and ``GET /v1/models``.

Any OpenAI SDK works unchanged: ``OpenAI(base_url="https://host/v1", api_key="som_...")``.
Requests go through the gateway like every other model call (routing, cascade, cache,
budgets, egress quota); the model names are ours:

- ``auto``: the gateway routes (draft first, escalate to strong on a failed check);
- ``strong``: the strongest model directly (``force_direct``);
- ``draft``: the cheap model first (complexity low);
- ``local``: our own servers only (sensitivity confidential).

Extra request fields ``sensitivity``, ``complexity`` and ``force_direct`` (``extra_body`` in
the SDK) steer routing too. Responses add a ``sommelier`` object (cached, cascaded, cost...).

This is the API's hot path (bench/bench_api.py): no ORM, no DRF dispatch; the key and the
rate limits come from the ingress middleware, the answer from the gateway's cache.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any

from django.http import HttpRequest, HttpResponseBase, JsonResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import serializers

from api.http import (
    STREAM_ERROR_MESSAGES,
    ApiError,
    AsyncAPIView,
    gateway_error,
    not_found,
    public_stream_error,
    validated,
)
from api.models import ApiKey
from api.openai_embeddings import EMBEDDING_MODEL, EMBEDDING_MODEL_DESCRIPTION
from api.serializers import MAX_TEXT_LENGTH, MAX_TOKENS_LIMIT
from api.text_ops import gateway_request_for
from config.api import StrictCharField, check_text, is_bad_text
from config.sse import event_stream_response, events_to_first_word, sse_event, sse_json
from llm.gateway import get_gateway
from llm.registry import model_registry
from llm.types import DeadlineExceeded, GatewayError, GatewayResult, InvalidInput, StreamEvent

MAX_MESSAGES = 100
MAX_STOPS = 4
MAX_STOP_LENGTH = 256
# What these models cannot do: a 400 naming the parameter rather than an answer without it.
UNSUPPORTED = {
    "logprobs": "Log probabilities are not available from these models.",
    "top_logprobs": "Log probabilities are not available from these models.",
    "functions": "The deprecated functions parameter is not supported: offer them as tools.",
    "function_call": "The deprecated function_call parameter is not supported: use tool_choice.",
}
MAX_TOOLS = 128
TOOL_NAME = r"^[a-zA-Z0-9_-]{1,64}$"
DEFAULT_MAX_TOKENS = 400
ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant", "tool": "tool"}
MODEL_DESCRIPTIONS = {
    "auto": "The gateway routes: cheap draft model first, escalated to the strong model when the draft fails the check.",
    "draft": "The cheap model first (escalates like auto when it fails the check).",
    "strong": "The strongest configured model, directly.",
    "local": "Models on our own servers only: nothing leaves the building.",
}


def available_models() -> list[str]:
    tiers = {spec.tier for spec in model_registry().values()}
    return ["auto", *(name for name in ("draft", "strong", "local") if name in tiers)]


def model_options(model: str) -> dict[str, Any]:
    if model not in available_models():
        raise ApiError(
            404,
            "model_not_found",
            f"The model '{model}' does not exist; GET /v1/models lists them.",
            {"param": "model", "models": available_models()},
        )
    routing: dict[str, dict[str, Any]] = {
        "auto": {},
        "draft": {"complexity": "low"},
        "strong": {"force_direct": True},
        "local": {"sensitivity": "confidential"},
    }
    return dict(routing[model])


@extend_schema_field(
    {
        "oneOf": [
            {"type": "string"},
            {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["type", "text"],
                    "properties": {"type": {"type": "string", "enum": ["text"]}, "text": {"type": "string"}},
                },
            },
        ]
    }
)
class ContentField(serializers.Field[Any, str, Any, Any]):
    """A message's content: a string, or OpenAI's list of parts (text parts only)."""

    def to_internal_value(self, data: Any) -> str:
        if isinstance(data, str):
            return check_text(data)
        if isinstance(data, list) and all(isinstance(part, dict) for part in data):
            texts = [part.get("text") for part in data if part.get("type") == "text"]
            if len(texts) == len(data) and all(isinstance(text, str) for text in texts):
                return check_text("".join(str(text) for text in texts))
            raise serializers.ValidationError("Only text content parts are supported.")
        raise serializers.ValidationError("Content must be a string or a list of text parts.")

    def to_representation(self, value: str) -> str:
        return value


class ToolCallFunctionInput(serializers.Serializer[Any]):
    name = serializers.RegexField(TOOL_NAME)
    arguments = StrictCharField(max_length=MAX_TEXT_LENGTH, allow_blank=True)


class ToolCallInput(serializers.Serializer[Any]):
    """A call the model made, sent back in the conversation with the assistant's message."""

    id = StrictCharField(max_length=128)
    type = serializers.ChoiceField(choices=["function"])
    function = ToolCallFunctionInput()


class ChatCompletionMessageInput(serializers.Serializer[Any]):
    role = serializers.ChoiceField(choices=list(ROLES))
    # null only for an assistant message that made tool calls.
    content = ContentField(allow_null=True)
    name = StrictCharField(required=False, max_length=64)
    tool_calls = ToolCallInput(many=True, required=False, max_length=MAX_TOOLS)  # type: ignore[call-arg]
    tool_call_id = StrictCharField(required=False, max_length=128)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        role = attrs["role"]
        if attrs.get("tool_calls") and role != "assistant":
            raise serializers.ValidationError({"tool_calls": ["Only an assistant message carries tool calls."]})
        if role == "tool" and not attrs.get("tool_call_id"):
            raise serializers.ValidationError({"tool_call_id": ["A tool message answers a tool call: name its id."]})
        if attrs.get("content") is None and not (role == "assistant" and attrs.get("tool_calls")):
            raise serializers.ValidationError({"content": ["This field may not be null."]})
        attrs["content"] = attrs.get("content") or ""
        return attrs


class ToolFunctionInput(serializers.Serializer[Any]):
    name = serializers.RegexField(TOOL_NAME)
    description = StrictCharField(required=False, max_length=4000, allow_blank=True)
    parameters = serializers.DictField(required=False)
    strict = serializers.BooleanField(required=False, allow_null=True)


class ToolInput(serializers.Serializer[Any]):
    type = serializers.ChoiceField(choices=["function"])
    function = ToolFunctionInput()


@extend_schema_field(
    {
        "oneOf": [
            {"type": "string", "enum": ["none", "auto", "required"]},
            {
                "type": "object",
                "required": ["type", "function"],
                "properties": {
                    "type": {"type": "string", "enum": ["function"]},
                    "function": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
                },
            },
        ]
    }
)
class ToolChoiceField(serializers.Field[Any, Any, Any, Any]):
    """OpenAI's ``tool_choice``: "none", "auto", "required", or one named function."""

    def to_internal_value(self, data: Any) -> str | dict[str, Any]:
        if data in ("none", "auto", "required"):
            return str(data)
        if isinstance(data, dict) and data.get("type") == "function":
            function = data.get("function")
            name = function.get("name") if isinstance(function, dict) else None
            if isinstance(name, str) and re.fullmatch(TOOL_NAME, name):
                return {"type": "function", "function": {"name": name}}
        raise serializers.ValidationError(
            'tool_choice is "none", "auto", "required" or {"type": "function", "function": {"name": ...}}.'
        )

    def to_representation(self, value: Any) -> Any:
        return value


class StreamOptionsInput(serializers.Serializer[Any]):
    include_usage = serializers.BooleanField(required=False, default=False)


@extend_schema_field({"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "maxItems": 4}]})
class StopField(serializers.Field[Any, tuple[str, ...], Any, Any]):
    """OpenAI's ``stop``: a string or up to four strings where the answer ends."""

    def to_internal_value(self, data: Any) -> tuple[str, ...]:
        stops = [data] if isinstance(data, str) else data
        if not isinstance(stops, list) or not all(isinstance(stop, str) for stop in stops):
            raise serializers.ValidationError("stop must be a string or a list of strings.")
        if len(stops) > MAX_STOPS:
            raise serializers.ValidationError(f"At most {MAX_STOPS} stop sequences.")
        if any(not stop or len(stop) > MAX_STOP_LENGTH for stop in stops):
            raise serializers.ValidationError(f"Each stop sequence holds 1 to {MAX_STOP_LENGTH} characters.")
        return tuple(check_text(stop) for stop in stops)

    def to_representation(self, value: tuple[str, ...]) -> list[str]:
        return list(value)


class JsonSchemaFormatInput(serializers.Serializer[Any]):
    name = StrictCharField(max_length=64)
    schema = serializers.DictField()
    strict = serializers.BooleanField(required=False, allow_null=True)
    description = StrictCharField(required=False, max_length=1000)


class ResponseFormatInput(serializers.Serializer[Any]):
    type = serializers.ChoiceField(choices=["text", "json_object", "json_schema"])
    json_schema = JsonSchemaFormatInput(required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs["type"] == "json_schema" and "json_schema" not in attrs:
            raise serializers.ValidationError({"json_schema": ["Required when type is json_schema."]})
        return attrs


class ChatCompletionInput(serializers.Serializer[Any]):
    model = StrictCharField(max_length=64, help_text="auto, draft, strong or local (GET /v1/models).")
    messages = ChatCompletionMessageInput(many=True, allow_empty=False, max_length=MAX_MESSAGES)  # type: ignore[call-arg]
    temperature = serializers.FloatField(min_value=0.0, max_value=2.0, required=False, allow_null=True)
    max_tokens = serializers.IntegerField(min_value=1, max_value=MAX_TOKENS_LIMIT, required=False, allow_null=True)
    max_completion_tokens = serializers.IntegerField(
        min_value=1, max_value=MAX_TOKENS_LIMIT, required=False, allow_null=True
    )
    stream = serializers.BooleanField(required=False, default=False, allow_null=True)
    stream_options = StreamOptionsInput(required=False, allow_null=True)
    n = serializers.IntegerField(min_value=1, max_value=1, required=False, allow_null=True)
    user = StrictCharField(required=False, max_length=256)
    top_p = serializers.FloatField(min_value=0.0, max_value=1.0, required=False, allow_null=True)
    stop = StopField(required=False, allow_null=True)
    seed = serializers.IntegerField(min_value=-(2**63), max_value=2**63 - 1, required=False, allow_null=True)
    response_format = ResponseFormatInput(required=False, allow_null=True)
    tools = ToolInput(many=True, required=False, allow_empty=False, max_length=MAX_TOOLS)  # type: ignore[call-arg]
    tool_choice = ToolChoiceField(required=False, allow_null=True)
    parallel_tool_calls = serializers.BooleanField(required=False, allow_null=True)
    sensitivity = serializers.ChoiceField(choices=["public", "internal", "confidential"], required=False)
    complexity = serializers.ChoiceField(choices=["low", "medium", "high"], required=False)
    force_direct = serializers.BooleanField(required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        """Parameters we cannot honour are refused by name, never silently dropped."""
        errors = {
            name: [message]
            for name, message in UNSUPPORTED.items()
            if name in self.initial_data and self.initial_data[name] not in (None, False, [], {})
        }
        if errors:
            raise serializers.ValidationError(errors)
        tools = attrs.get("tools") or []
        choice = attrs.get("tool_choice")
        if choice is not None and not tools:
            raise serializers.ValidationError({"tool_choice": ["tool_choice needs tools."]})
        names = [tool["function"]["name"] for tool in tools]
        if len(set(names)) != len(names):
            raise serializers.ValidationError({"tools": ["Each tool needs its own name."]})
        if isinstance(choice, dict) and choice["function"]["name"] not in names:
            raise serializers.ValidationError({"tool_choice": ["tool_choice names a function that is not in tools."]})
        return attrs

    def validate_messages(self, messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if sum(len(message["content"]) for message in messages) > MAX_TEXT_LENGTH * 2:
            raise serializers.ValidationError(f"The messages hold more than {MAX_TEXT_LENGTH * 2:,} characters.")
        if not any(message["role"] == "user" for message in messages):
            raise serializers.ValidationError("At least one message must come from the user.")
        return messages


# What a plain request may hold for ``plain_chat_completion_input``: (type, lowest, highest), as
# ChatCompletionInput's fields allow them (each may also be null).
_PLAIN_NUMBERS: dict[str, tuple[type, float, float]] = {
    "temperature": (float, 0.0, 2.0),
    "top_p": (float, 0.0, 1.0),
    "max_tokens": (int, 1, MAX_TOKENS_LIMIT),
    "max_completion_tokens": (int, 1, MAX_TOKENS_LIMIT),
    "n": (int, 1, 1),
    "seed": (int, -(2**63), 2**63 - 1),
}
_PLAIN_FIELDS = frozenset({"model", "messages", "stream", "user", *_PLAIN_NUMBERS})
_PLAIN_ROLES = frozenset(ROLES) - {"tool"}  # a tool message needs its tool_call_id


def plain_chat_completion_input(data: Any) -> dict[str, Any] | None:
    """``ChatCompletionInput``'s validated data for a plain request, checked without DRF; None for any other.

    Most requests are a model, text messages and a few numbers. For those the serializer costs
    more than the rest of a cached answer (~0.5 ms: DRF deep-copies every field of every nested
    serializer for each instance). Anything this does not accept, valid or not, goes to the
    serializer, which decides and words the errors; tests/api/test_openai_plain_input.py checks
    that both give the same data for what this accepts.
    """
    if not isinstance(data, dict) or not data.keys() <= _PLAIN_FIELDS:
        return None
    model, messages = data.get("model"), data.get("messages")
    if not isinstance(model, str) or not isinstance(messages, list) or not 0 < len(messages) <= MAX_MESSAGES:
        return None
    model = model.strip()  # CharField's trim_whitespace
    if not model or len(model) > 64 or is_bad_text(model):
        return None
    checked: list[dict[str, Any]] = []
    for message in messages:
        if not isinstance(message, dict) or message.keys() != {"role", "content"}:
            return None
        role, content = message["role"], message["content"]
        if role not in _PLAIN_ROLES or not isinstance(content, str) or not content.strip() or is_bad_text(content):
            return None
        checked.append({"role": role, "content": content})
    if sum(len(m["content"]) for m in checked) > MAX_TEXT_LENGTH * 2 or all(m["role"] != "user" for m in checked):
        return None
    body: dict[str, Any] = {"model": model, "messages": checked, "stream": data.get("stream", False)}
    if body["stream"] is not None and not isinstance(body["stream"], bool):
        return None
    for name, (kind, lowest, highest) in _PLAIN_NUMBERS.items():
        if name not in data:
            continue
        value = data[name]
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int | float) or not lowest <= value <= highest:
                return None
            if kind is int and not isinstance(value, int):
                return None
            value = kind(value)
        body[name] = value
    if "user" in data:
        user = data["user"]
        if not isinstance(user, str) or not user.strip() or len(user.strip()) > 256 or is_bad_text(user):
            return None
        body["user"] = user.strip()
    return body


class ChatCompletionOutput(serializers.Serializer[Any]):
    id = serializers.CharField()
    object = serializers.CharField(default="chat.completion")
    created = serializers.IntegerField()
    model = serializers.CharField()
    choices = serializers.JSONField()
    usage = serializers.JSONField()
    sommelier = serializers.JSONField(help_text="cached, cascaded, draft_accepted, cost_usd, latency_ms, route_reason.")


def _extras(result: GatewayResult) -> dict[str, Any]:
    return {
        "model_used": result.model_used,
        "cached": result.cached,
        "cascaded": result.cascaded,
        "draft_accepted": result.draft_accepted,
        "cost_usd": str(result.cost_usd),
        "latency_ms": result.latency_ms,
        "route_reason": result.route_reason,
    }


def _sampling_fields(body: dict[str, Any]) -> dict[str, Any]:
    """The caller's sampling options and answer format, as the gateway takes them."""
    fields: dict[str, Any] = {}
    if body.get("stop"):
        fields["stop"] = body["stop"]
    for name in ("seed", "top_p"):
        if body.get(name) is not None:
            fields[name] = body[name]
    response_format = body.get("response_format") or {}
    if response_format.get("type") == "json_object":
        fields["json_mode"] = True
    elif response_format.get("type") == "json_schema":
        # Constrained decoding on the local model, response_format upstream; "auto" also checks
        # the answer against the schema (and escalates when it does not match).
        fields["json_schema"] = response_format["json_schema"]["schema"]
    return fields


FINISHES = ("stop", "length", "tool_calls")


def _tool_fields(body: dict[str, Any], routing: dict[str, Any]) -> dict[str, Any]:
    """Tools go to a draft or strong model (an OpenAI-compatible upstream), unchecked: a call is
    the model's decision, not words our check could judge."""
    uses_tools = bool(body.get("tools")) or any(
        message["role"] == "tool" or message.get("tool_calls") for message in body["messages"]
    )
    if not uses_tools:
        return {}
    if body["model"] == "local" or routing.get("sensitivity") == "confidential":
        raise ApiError(
            400,
            "invalid_request",
            "The local model does not call tools: use auto, draft or strong.",
            {"param": "tools"},
        )
    fields: dict[str, Any] = {"capable_only": True, "check_answers": False}
    if body.get("tools"):
        fields["tools"] = tuple({"type": "function", "function": dict(tool["function"])} for tool in body["tools"])
    for name in ("tool_choice", "parallel_tool_calls"):
        if body.get(name) is not None:
            fields[name] = body[name]
    return fields


def _gateway_message(message: dict[str, Any]) -> dict[str, Any]:
    converted: dict[str, Any] = {"role": ROLES[message["role"]], "content": message["content"]}
    if message.get("tool_calls"):
        converted["tool_calls"] = [
            {"id": call["id"], "type": "function", "function": dict(call["function"])} for call in message["tool_calls"]
        ]
    if message.get("tool_call_id"):
        converted["tool_call_id"] = message["tool_call_id"]
    return converted


def _answer_message(result: GatewayResult) -> dict[str, Any]:
    if not result.tool_calls:
        return {"role": "assistant", "content": result.text, "refusal": None}
    return {"role": "assistant", "content": result.text or None, "refusal": None, "tool_calls": result.tool_calls}


def _usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def _chunk(completion_id: str, created: int, model: str, delta: dict[str, Any], finish: str | None) -> bytes:
    chunk = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
    }
    return sse_json(None, chunk)


def _stream_error_status(event: StreamEvent) -> ApiError:
    code = str(event.data.get("code", ""))
    if code == "budget_exceeded":
        return ApiError(402, "budget_exceeded", STREAM_ERROR_MESSAGES["budget_exceeded"])
    if code == "invalid_input":  # the message is the gateway's public one, about the caller's text
        return gateway_error(InvalidInput("", public_message=str(event.data.get("message", ""))))
    if code == "deadline_exceeded":
        return gateway_error(DeadlineExceeded(str(event.data.get("reason", ""))))
    # The reason (each model's exception text) decides the status, never the words.
    return gateway_error(GatewayError(str(event.data.get("reason", ""))))


class ChatCompletionsView(AsyncAPIView):
    scope = "chat"

    @extend_schema(
        operation_id="openai_chat_completions",
        summary="Chat completions (OpenAI-compatible)",
        description=(
            "The OpenAI chat completions API, backed by our gateway. With `stream: true` the answer is "
            "Server-Sent Events: `data: {chat.completion.chunk}` lines, then `data: [DONE]`."
        ),
        request=ChatCompletionInput,
        responses={
            200: ChatCompletionOutput,
            402: OpenApiResponse(description="Over the daily LLM budget.", response=OpenApiTypes.OBJECT),
            404: OpenApiResponse(description="Unknown model.", response=OpenApiTypes.OBJECT),
            503: OpenApiResponse(description="No language model could answer.", response=OpenApiTypes.OBJECT),
            504: OpenApiResponse(
                description="The language model did not answer in time.", response=OpenApiTypes.OBJECT
            ),
        },
        tags=["openai"],
    )
    async def post(self, request: HttpRequest, key: ApiKey, data: Any) -> HttpResponseBase:
        body = plain_chat_completion_input(data) or validated(ChatCompletionInput, data)
        routing = model_options(body["model"])
        for name in ("sensitivity", "complexity", "force_direct"):
            if body.get(name) is not None:
                routing[name] = body[name]
        fields: dict[str, Any] = {
            "operation": "chat",
            **routing,
            # Our quality check judges "auto" only; a named model's answer is its own.
            "check_answers": body["model"] == "auto",
            "keep_refused_answer": True,
            **_sampling_fields(body),
        }
        if body.get("temperature") is not None:
            fields["temperature"] = body["temperature"]
        fields["max_tokens"] = body.get("max_completion_tokens") or body.get("max_tokens") or DEFAULT_MAX_TOKENS
        fields |= _tool_fields(body, routing)
        messages = tuple(_gateway_message(message) for message in body["messages"])
        gateway_request = gateway_request_for(key, messages, **fields)
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        created = int(time.time())
        if not body.get("stream"):
            result = await get_gateway().complete(gateway_request)
            return JsonResponse(
                {
                    "id": completion_id,
                    "object": "chat.completion",
                    "created": created,
                    "model": body["model"],
                    "choices": [
                        {
                            "index": 0,
                            "message": _answer_message(result),
                            "finish_reason": result.finish_reason,
                            "logprobs": None,
                        }
                    ],
                    "usage": _usage(result.prompt_tokens, result.completion_tokens),
                    "system_fingerprint": None,
                    "sommelier": _extras(result),
                }
            )
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        return await self._stream(gateway_request, body["model"], completion_id, created, include_usage)

    async def _stream(
        self, gateway_request: Any, model: str, completion_id: str, created: int, include_usage: bool
    ) -> HttpResponseBase:
        events = get_gateway().stream(gateway_request)
        head = await events_to_first_word(events)
        if head and head[-1].type == "error":
            await events.aclose()
            raise _stream_error_status(head[-1])

        async def body() -> AsyncIterator[bytes]:
            async with aclosing(events) as rest:
                yield _chunk(completion_id, created, model, {"role": "assistant", "content": ""}, None)
                pending = [event for event in head if event.type != "route"]

                async def all_events() -> AsyncIterator[StreamEvent]:
                    for event in pending:
                        yield event
                    async for event in rest:
                        yield event

                async for event in all_events():
                    if event.type == "token":
                        yield _chunk(completion_id, created, model, {"content": event.data["text"]}, None)
                    elif event.type == "done":
                        tool_calls = event.data.get("tool_calls") or []
                        if tool_calls:
                            # The calls whole, in one chunk: clients assemble pieces by index either way.
                            calls = [{"index": index, **call} for index, call in enumerate(tool_calls)]
                            yield _chunk(completion_id, created, model, {"tool_calls": calls}, None)
                        finish = event.data.get("finish_reason")
                        yield _chunk(completion_id, created, model, {}, finish if finish in FINISHES else "stop")
                        if include_usage:
                            usage = {
                                "id": completion_id,
                                "object": "chat.completion.chunk",
                                "created": created,
                                "model": model,
                                "choices": [],
                                "usage": _usage(
                                    int(event.data.get("prompt_tokens", 0)), int(event.data.get("completion_tokens", 0))
                                ),
                            }
                            yield sse_json(None, usage)
                    elif event.type == "error":
                        yield sse_json(None, {"error": public_stream_error(event.data)})
                yield sse_event(None, "[DONE]")

        return event_stream_response(body())


class ModelsView(AsyncAPIView):
    scope = "chat"

    @extend_schema(
        operation_id="openai_models",
        summary="Models (OpenAI-compatible)",
        responses={200: OpenApiTypes.OBJECT},
        tags=["openai"],
    )
    async def get(self, request: HttpRequest, key: ApiKey, data: Any) -> HttpResponseBase:
        return JsonResponse(
            {
                "object": "list",
                "data": [
                    {
                        "id": name,
                        "object": "model",
                        "created": 0,
                        "owned_by": "sommelier",
                        "description": MODEL_DESCRIPTIONS[name],
                    }
                    for name in available_models()
                ]
                + [
                    {
                        "id": EMBEDDING_MODEL,
                        "object": "model",
                        "created": 0,
                        "owned_by": "sommelier",
                        "description": EMBEDDING_MODEL_DESCRIPTION,
                    }
                ],
            }
        )


class ModelView(AsyncAPIView):
    scope = "chat"

    @extend_schema(
        operation_id="openai_model",
        summary="One model (OpenAI-compatible)",
        responses={200: OpenApiTypes.OBJECT},
        tags=["openai"],
    )
    async def get(self, request: HttpRequest, key: ApiKey, data: Any, model: str) -> HttpResponseBase:
        if model not in (*available_models(), EMBEDDING_MODEL):
            raise not_found()
        return JsonResponse({"id": model, "object": "model", "created": 0, "owned_by": "sommelier"})
