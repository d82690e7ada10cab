"""Async API views: documented like DRF views, served without DRF's sync dispatch.

DRF views are sync; under ASGI an endpoint that waits seconds for a model would hold a
worker thread for all that time. ``AsyncAPIView`` keeps DRF's class shape (serializers,
``extend_schema``, authentication and permission classes) so drf-spectacular documents it,
but ``as_view`` returns an async function that authenticates with the key the ingress
middleware already found, checks the scope, parses JSON and calls ``async def post``/``get``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, ClassVar

from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponseBase, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from api.authentication import ApiKeyAuthentication, key_of
from api.keys import bearer_token
from api.models import ApiKey
from api.permissions import require_scope
from config.api import InputRejected, api_exception_handler, error_body, json_from_bytes
from config.request_facts import request_facts
from llm.budgets import BudgetExceeded
from llm.types import DeadlineExceeded, GatewayError, InvalidInput, QuotaExhausted, UpstreamTimeout


class ApiError(Exception):
    def __init__(
        self, status: int, code: str, message: str, details: Any = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers or {}

    def response(self) -> JsonResponse:
        response = JsonResponse(error_body(self.code, self.message, self.details), status=self.status)
        for name, value in self.headers.items():
            response[name] = value
        return response


def not_found() -> ApiError:
    return ApiError(404, "not_found", "Not found.")


def invalid(details: Any) -> ApiError:
    return ApiError(400, "invalid", "The request is not valid; see details.", details)


def budget_error(exceeded: BudgetExceeded) -> ApiError:
    """The 402, worded from the exception's fields: its text names internal scopes."""
    whose = "this API key's" if exceeded.scope.startswith("apikey:") else "the restaurant's"
    message = (
        f"Over {whose} daily LLM budget: ${exceeded.spent_usd:.2f} of ${exceeded.limit_usd:.2f} already spent "
        f"today, and this call needs up to ${exceeded.requested_usd:.2f}."
    )
    details = {
        "budget": "api_key" if exceeded.scope.startswith("apikey:") else "restaurant",
        "limit_usd": f"{exceeded.limit_usd:.2f}",
        "spent_usd": f"{exceeded.spent_usd:.2f}",
        "requested_usd": f"{exceeded.requested_usd:.2f}",
    }
    return ApiError(402, "budget_exceeded", message, details)


def drf_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's exception handler (``REST_FRAMEWORK["EXCEPTION_HANDLER"]``): the apps' typed errors
    mapped here, at the edge, the rest shaped by ``config.api``, which knows no app."""
    if isinstance(exc, BudgetExceeded):
        error = budget_error(exc)
        return Response(error_body(error.code, error.message, error.details), status=error.status)
    return api_exception_handler(exc, context)


def gateway_error(error: GatewayError) -> ApiError:
    """No model answered: the error's type decides the status (its text, each model's failure, stays in logs)."""
    if isinstance(error, InvalidInput):
        return ApiError(400, "invalid_input", error.public_message)
    if isinstance(error, QuotaExhausted):
        retry_after = max(1, round(error.retry_after_seconds))
        return ApiError(
            429,
            "llm_quota_exceeded",
            f"The installation's LLM call quota is used up. Retry in {retry_after} s.",
            {"layer": "egress", "retry_after": retry_after},
            headers={"Retry-After": str(retry_after)},
        )
    if isinstance(error, DeadlineExceeded | UpstreamTimeout):
        return ApiError(504, "upstream_timeout", "The language model did not answer in time.")
    # The reason lists each model's exception text (hosts, provider messages): not for clients.
    return ApiError(503, "upstream_unavailable", "No language model could answer right now.")


# What an answer's error event may say to a client, by its code: the events' own messages
# can carry exception text (a budget's internal scope, a provider's error).
STREAM_ERROR_MESSAGES = {
    "budget_exceeded": "Over the daily LLM budget.",
    "stream_interrupted": "The answer was cut off. Please ask again.",
    "busy": "This answer is still being written.",
    "failed": "The answer could not be finished. Please ask again.",
    "deadline_exceeded": "The language model did not answer in time.",
}
STREAM_ERROR_DEFAULT = "No language model could answer right now."


def public_stream_error(data: dict[str, Any]) -> dict[str, Any]:
    """An error event's data as a client may see it: its code, our message for that code, whether partial."""
    code = str(data.get("code") or "failed")
    if code == "invalid_input" and data.get("message"):
        message = str(data["message"])  # the gateway's public message about the caller's own text
    else:
        message = STREAM_ERROR_MESSAGES.get(code, STREAM_ERROR_DEFAULT)
    public: dict[str, Any] = {"code": code, "message": message}
    if data.get("partial"):
        public["partial"] = True
    return public


# Why an answer was degraded, for clients: the kind, without the exception text some kinds carry
# ("no model: draft: InternalServerError: Error code: 500 - {...}; strong: names no wine from
# the list"). The quality check's verdicts (llm/quality.py) are our own words and
# stay; a verdict missing here is dropped, never leaked.
_PUBLIC_DEGRADED_REASONS = {
    "no model": "no model could answer",
    "over budget": "over the daily LLM budget",
    "stream cut": "the model's answer was cut off",
}
_QUALITY_VERDICTS = (
    "empty answer",
    "refusal",
    "too long",
    "too short",
    "not valid JSON",
    "does not match the expected structure",
    "names no wine from the list",
    "names wines not on the list",
)


def public_degraded_reason(reason: str) -> str:
    if not reason or reason.startswith("quality check:"):  # the answering pipeline's own check
        return reason
    if reason.startswith("Daily budget for"):  # str(BudgetExceeded)
        return _PUBLIC_DEGRADED_REASONS["over budget"]
    kind = _PUBLIC_DEGRADED_REASONS.get(reason.split(":", 1)[0], _PUBLIC_DEGRADED_REASONS["no model"])
    verdicts = sorted((v for v in _QUALITY_VERDICTS if v in reason), key=reason.index)
    return f"{kind}: {'; '.join(verdicts)}" if verdicts else kind


def parse_json(request: HttpRequest) -> Any:
    """The body as JSON (None when empty), by the same rules as the DRF views' parser."""
    try:
        raw = request.body
    except RequestDataTooBig:
        raise ApiError(413, "payload_too_large", "The request body is too large.") from None
    if len(raw) > settings.API_MAX_BODY_BYTES:
        # The ingress middleware has refused these already; a view served without it must too.
        raise ApiError(
            413, "payload_too_large", f"The request body is larger than {settings.API_MAX_BODY_BYTES:,} bytes."
        )
    if not raw:
        return None
    try:
        return json_from_bytes(raw)
    except InputRejected as rejected:
        raise ApiError(400, rejected.error_code, rejected.message, rejected.details) from None


def validated(serializer_class: type[serializers.Serializer[Any]], data: Any) -> dict[str, Any]:
    serializer = serializer_class(data=data)
    if not serializer.is_valid():
        raise invalid(serializer.errors)
    return dict(serializer.validated_data)


async def authenticated_key(request: HttpRequest) -> ApiKey:
    """The request's valid key, or the 401 the DRF views give."""
    facts = request_facts(request)
    key = facts.api_key if facts.api_key_checked else await sync_to_async(key_of)(request)
    if isinstance(key, ApiKey):
        return key
    header = str(request.META.get("HTTP_AUTHORIZATION", ""))
    if not header:
        message = "Authentication credentials were not provided."
    elif bearer_token(header) is None:
        message = "Send the API key as 'Authorization: Bearer <key>'."
    else:
        message = "The API key is not valid, or it has been revoked."
    raise ApiError(401, "not_authenticated", message, headers={"WWW-Authenticate": 'Bearer realm="api"'})


Handler = Callable[..., Awaitable[HttpResponseBase]]


class AsyncAPIView(APIView):
    """Subclasses set ``scope`` and define ``async def post(self, request, key, data, **kwargs)`` (or get)."""

    scope: ClassVar[str] = "read"
    authentication_classes = [ApiKeyAuthentication]
    parses_json: ClassVar[bool] = True

    def get_permissions(self) -> list[Any]:
        return [require_scope(self.scope)()]

    @classmethod
    def as_view(cls, **initkwargs: Any) -> Any:
        async def view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            return await cls(**initkwargs).serve(request, *args, **kwargs)

        view.cls = cls  # type: ignore[attr-defined]
        view.initkwargs = initkwargs  # type: ignore[attr-defined]
        return csrf_exempt(view)

    async def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        method = (request.method or "GET").lower()
        handler: Handler | None = getattr(self, method, None) if method in self.http_method_names else None
        try:
            if handler is None or method in {"options", "head"}:
                allowed = ", ".join(m.upper() for m in ("get", "post", "delete") if hasattr(self, m))
                raise ApiError(
                    405,
                    "method_not_allowed",
                    f'Method "{request.method}" not allowed.',
                    headers={"Allow": allowed},
                )
            key = await authenticated_key(request)
            if not key.has_scope(self.scope):
                raise ApiError(403, "forbidden", f"This API key does not have the '{self.scope}' scope.")
            data = parse_json(request) if method == "post" and self.parses_json else None
            return await handler(request, key, data, *args, **kwargs)
        except ApiError as error:
            return error.response()
        except BudgetExceeded as exceeded:
            return budget_error(exceeded).response()
        except GatewayError as error:
            return gateway_error(error).response()
