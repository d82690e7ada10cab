"""Ingress limits for every API request (seed 002's first layer), counted in the database.

Each request to ``/api/`` or ``/v1/`` is counted in fixed one-minute windows per client IP,
per API key, and, when it presents a key that is not valid, per IP in a stricter "bad key"
bucket (so guessing keys is slow). All of a request's buckets are incremented by one
statement (``ratelimits.counters.increment``, shared with the diners' limits): the increment
*is* the check, exact across processes. A cached key costs that one statement per request.

``X-Forwarded-For`` is believed only when the connecting address is one of
``TRUSTED_PROXIES``; then the client is the right-most address that is not a proxy.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponseBase, JsonResponse

from analytics.metrics import rate_limit_rejected
from api.keys import akey_lookup, api_key_lookup, bearer_token, last_use_due, touch_last_used
from api.models import ApiKey
from config.api import BAD_TEXT_MESSAGE, INVALID_MESSAGE, error_body, is_bad_text, with_openai_fields
from config.http import client_ip
from config.middleware import HybridMiddleware
from config.request_facts import request_facts
from ratelimits.counters import WINDOW_SECONDS, aincrement, increment

logger = logging.getLogger(__name__)

API_PATH_PREFIXES = ("/api/", "/v1/")


@dataclass(frozen=True)
class Admission:
    key: ApiKey | None
    bad_key: bool  # a key was presented and is not valid
    rejected_layer: str | None = None  # "key", "ip" or "bad_key"
    limit: int = 0
    retry_after: int = 0
    # OpenAI's x-ratelimit-*-requests headers for the limit that binds this caller (its key's,
    # else its address's), on every /api/ and /v1/ response.
    headers: dict[str, str] = field(default_factory=dict)


def _now() -> float:
    """The clock the windows follow (tests pin it so a run never straddles a minute)."""
    return time.time()


def _limits(request: HttpRequest, token: str | None, key: ApiKey | None) -> dict[str, tuple[str, int]]:
    ip = client_ip(request)
    limits = {f"ip:{ip}": ("ip", settings.API_RATE_LIMIT_PER_IP_PER_MINUTE)}
    if key is not None:
        limits[f"key:{key.pk}"] = ("key", key.rate_limit_per_minute or settings.API_RATE_LIMIT_PER_MINUTE)
    elif token is not None:
        limits[f"badkey:{ip}"] = ("bad_key", settings.API_RATE_LIMIT_BAD_KEYS_PER_MINUTE)
    return limits


def _decide(
    limits: dict[str, tuple[str, int]], counts: dict[str, int], key: ApiKey | None, token: str | None, now: float
) -> Admission:
    bad_key = token is not None and key is None
    reset = max(1, math.ceil(WINDOW_SECONDS - now % WINDOW_SECONDS))
    ordered = sorted(limits, key=lambda name: ("key", "ip", "bad_key").index(limits[name][0]))
    binding, (_, binding_limit) = ordered[0], limits[ordered[0]]
    headers = {
        "x-ratelimit-limit-requests": str(binding_limit),
        "x-ratelimit-remaining-requests": str(max(0, binding_limit - counts[binding])),
        "x-ratelimit-reset-requests": f"{reset}s",
    }
    for bucket in ordered:
        layer, limit = limits[bucket]
        if counts[bucket] > limit:
            return Admission(key, bad_key, rejected_layer=layer, limit=limit, retry_after=reset, headers=headers)
    return Admission(key, bad_key, headers=headers)


def admit(request: HttpRequest) -> Admission:
    """Authenticate the request's key (if any) and count it against its limits. Sync."""
    now = _now()
    token = bearer_token(str(request.META.get("HTTP_AUTHORIZATION", "")))
    key = api_key_lookup(token) if token else None
    limits = _limits(request, token, key)
    return _decide(limits, increment(list(limits), now=now), key, token, now)


async def aadmit(request: HttpRequest) -> Admission:
    """``admit`` for the async path: no thread for a cached key, the count on the event loop.

    With ``API_RATE_LIMIT_THREAD_SENSITIVE`` (the default, for SQLite and for tests sharing
    one transaction) the count runs on the request's thread and Django's connection; without
    it, on PostgreSQL, on the event loop's own connection (``ratelimits.counters.aincrement``).
    """
    now = _now()
    token = bearer_token(str(request.META.get("HTTP_AUTHORIZATION", "")))
    key = await akey_lookup(token) if token else None
    limits = _limits(request, token, key)
    if settings.API_RATE_LIMIT_THREAD_SENSITIVE or not settings.USES_POSTGRES:
        counts = await sync_to_async(increment)(list(limits), now=now)
    else:
        if key is not None and last_use_due(key):  # once a minute per key and process
            await sync_to_async(touch_last_used)(key)
        counts = await aincrement(list(limits), now=now)
    return _decide(limits, counts, key, token, now)


def _count_rejection(layer: str) -> None:
    rate_limit_rejected(layer)


def rate_limited_response(admission: Admission) -> JsonResponse:
    what = {"key": "this API key", "ip": "your address", "bad_key": "requests with an invalid API key"}
    response = JsonResponse(
        error_body(
            "rate_limited",
            f"Too many requests for {what[admission.rejected_layer or 'ip']}: at most {admission.limit} a minute. "
            f"Retry in {admission.retry_after} s.",
            {"layer": admission.rejected_layer, "limit": admission.limit, "retry_after": admission.retry_after},
        ),
        status=429,
    )
    response["Retry-After"] = str(admission.retry_after)
    return response


def body_too_large_response(limit: int) -> JsonResponse:
    return JsonResponse(
        error_body("payload_too_large", f"The request body is larger than {limit:,} bytes.", {"limit": limit}),
        status=413,
    )


def _limit_for(content_type: str) -> int:
    if content_type.startswith("multipart/"):
        return int(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
    return int(settings.API_MAX_BODY_BYTES)


def body_limit(request: HttpRequest) -> int:
    return _limit_for(str(request.META.get("CONTENT_TYPE", "")))


def declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _has_declared_length(request: HttpRequest) -> bool:
    return str(request.META.get("CONTENT_LENGTH") or "").strip().isdigit()


def sized_body_response(request: HttpRequest) -> HttpResponseBase | None:
    """A 413 for a body over the limit, by the bytes received; otherwise the body gets a Content-Length.

    A declared length over the limit is refused before anything is read. A body without
    one (``Transfer-Encoding: chunked``) is measured as received, and its length written to
    CONTENT_LENGTH: DRF's Request takes a missing length for an empty body, so a chunked
    PUT of thresholds would otherwise read as {} and clear them all.
    """
    limit = body_limit(request)
    if declared_length(request) > limit:
        return body_too_large_response(limit)
    if _has_declared_length(request):
        return None
    try:
        # Under ASGI the body is already received, and at most limit + 1 bytes of it kept
        # (capped_receive); Django checks the received size against DATA_UPLOAD_MAX_MEMORY_SIZE.
        size = len(request.body)
    except RequestDataTooBig:
        return body_too_large_response(limit)
    if size > limit:
        return body_too_large_response(limit)
    request.META["CONTENT_LENGTH"] = str(size)
    return None


def bad_query_response(request: HttpRequest) -> HttpResponseBase | None:
    """A 400 for a query string with text no endpoint may receive (decoded, only NUL can be in it)."""
    if not request.META.get("QUERY_STRING"):
        return None
    for name, values in request.GET.lists():
        if is_bad_text(name) or any(is_bad_text(value) for value in values):
            return JsonResponse(
                error_body("invalid", INVALID_MESSAGE, {"query_string": [BAD_TEXT_MESSAGE]}), status=400
            )
    return None


ASGIReceive = Callable[[], Awaitable[dict[str, Any]]]


def capped_receive(scope: dict[str, Any], receive: ASGIReceive) -> ASGIReceive:
    """``receive`` for an API request that passes on at most its body limit + 1 bytes, draining the rest.

    Django's ASGI handler reads the whole body into a temporary file before any middleware
    runs; a chunked body declares no length, so without this a 20 MB (or 20 GB) one would be
    written out in full only to be refused. The kept limit + 1 bytes are enough for the
    ingress middleware to see it is over and answer 413; the rest is read and dropped, so
    the client, still sending, gets that answer rather than a reset connection.
    """
    if scope.get("type") != "http" or not str(scope.get("path", "")).startswith(API_PATH_PREFIXES):
        return receive
    content_type = next(
        (value.decode("latin1") for name, value in scope.get("headers", ()) if name == b"content-type"), ""
    )
    room = _limit_for(content_type) + 1

    async def receive_capped() -> dict[str, Any]:
        nonlocal room
        message = await receive()
        if message.get("type") == "http.request":
            body = message.get("body", b"")
            if len(body) > room:
                message = {**message, "body": body[:room]}
            room -= len(message.get("body", b""))
        return message

    return receive_capped


def _finished(request: HttpRequest, response: HttpResponseBase, admission: Admission | None) -> HttpResponseBase:
    """The rate-limit headers on every answer, and on /v1 OpenAI's error fields (type, param)."""
    if admission is not None:
        for name, value in admission.headers.items():
            response[name] = value
    if (
        request.path.startswith(OPENAI_PATH_PREFIX)
        and response.status_code >= 400
        and isinstance(response, JsonResponse)
    ):
        try:
            body = json.loads(response.content)
        except ValueError:
            return response
        if isinstance(body, dict):
            response.content = json.dumps(with_openai_fields(body, response.status_code)).encode()
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
    return response


OPENAI_PATH_PREFIX = "/v1/"


class ApiIngressMiddleware(HybridMiddleware):
    """On /api/ and /v1/: 413 for bodies over the limit, then the key and the rate limits (429).

    Records on the request's facts (``config.request_facts``) the key (or None), whether a bad
    key was presented and, for a valid key, its restaurant for the analytics middleware; the DRF
    authentication class and the async views read them instead of looking the key up again.
    """

    def _call(self, request: HttpRequest) -> HttpResponseBase:
        if not request.path.startswith(API_PATH_PREFIXES):
            return super()._call(request)
        refused = self._refused(request)
        if refused is not None:
            return _finished(request, refused, None)
        admission = admit(request)
        return _finished(request, self._after(request, admission) or self.get_response(request), admission)

    async def _acall(self, request: HttpRequest) -> HttpResponseBase:
        get_response: Callable[[HttpRequest], Awaitable[HttpResponseBase]] = self.get_response
        if not request.path.startswith(API_PATH_PREFIXES):
            return await get_response(request)
        refused = self._refused(request)
        if refused is not None:
            return _finished(request, refused, None)
        admission = await aadmit(request)
        return _finished(request, self._after(request, admission) or await get_response(request), admission)

    @staticmethod
    def _refused(request: HttpRequest) -> HttpResponseBase | None:
        # No I/O: the body is in memory or a local file by now (Django reads it before any middleware).
        return sized_body_response(request) or bad_query_response(request)

    @staticmethod
    def _after(request: HttpRequest, admission: Admission) -> HttpResponseBase | None:
        facts = request_facts(request)
        facts.api_key_checked = True
        facts.api_key = admission.key
        facts.bad_api_key = admission.bad_key
        if admission.key is not None:
            facts.restaurant_id = admission.key.restaurant_id
        if admission.rejected_layer is not None:
            _count_rejection(admission.rejected_layer)
            return rate_limited_response(admission)
        return None
