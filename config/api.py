"""One error shape for the whole API: ``{"error": {"code", "message", "details"}}``."""

from __future__ import annotations

import json
import re
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views import defaults
from rest_framework import exceptions, serializers, status
from rest_framework.parsers import JSONParser
from rest_framework.response import Response

_CODES = {
    exceptions.ParseError: "invalid_json",
    exceptions.ValidationError: "invalid",
    exceptions.NotFound: "not_found",
    exceptions.MethodNotAllowed: "method_not_allowed",
    exceptions.UnsupportedMediaType: "unsupported_media_type",
    exceptions.NotAuthenticated: "not_authenticated",
    exceptions.AuthenticationFailed: "not_authenticated",
    exceptions.PermissionDenied: "forbidden",
    exceptions.Throttled: "rate_limited",
}


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details or {}}}


# OpenAI's error types by status, for /v1 (their SDKs and other clients read `type` and `param`).
_OPENAI_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "insufficient_quota",
    403: "permission_error",
    404: "invalid_request_error",
    413: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
}


def with_openai_fields(body: dict[str, Any], status: int) -> dict[str, Any]:
    """Our error body with OpenAI's ``type`` and ``param`` added (the shape stays ours: code,
    message, details). ``param`` names the first field at fault, when there is one."""
    error = body.get("error")
    if not isinstance(error, dict):
        return body
    details = error.get("details")
    param: str | None = None
    if isinstance(details, dict):
        named = details.get("param")
        if isinstance(named, str):
            param = named
        elif error.get("code") == "invalid" and details:
            param = str(next(iter(details)))
    kind = _OPENAI_ERROR_TYPES.get(status, "server_error" if status >= 500 else "invalid_request_error")
    return {"error": {**error, "type": kind, "param": param}}


INVALID_MESSAGE = "The request is not valid; see details."


class InputRejected(exceptions.APIException):
    """Input no view may receive (not JSON, or text no layer below can take): a 400 with a code and details."""

    status_code = status.HTTP_400_BAD_REQUEST

    def __init__(self, code: str, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message, code)
        self.error_code = code
        self.message = message
        self.details = details or {}


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's own exceptions (and ``InputRejected``) in the one shape; the HTTP edge maps the
    apps' typed errors before it (``api.http.drf_exception_handler``, the configured handler)."""
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    # Imported here: rest_framework.views reads DEFAULT_PARSER_CLASSES (this module) on import,
    # and middleware importing this module before DRF would otherwise be a circular import.
    from rest_framework.views import exception_handler

    response = exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return response
    if isinstance(exc, InputRejected):
        response.data = error_body(exc.error_code, exc.message, exc.details)
        return response
    code = next((code for kind, code in _CODES.items() if isinstance(exc, kind)), "error")
    if isinstance(exc, exceptions.ValidationError):
        response.data = error_body(code, INVALID_MESSAGE, exc.detail)
    else:
        response.data = error_body(code, str(exc.detail))
    return response


# --- Text no endpoint may receive ---------------------------------------------------------
#
# NUL: PostgreSQL cannot store it in text, and C code (llama.cpp) reads it as the end.
# An unpaired UTF-16 surrogate: JSON's "\ud800" escape decodes to one, which no UTF-8
# encoder accepts, so the first layer that encodes the text (the database driver, the HTTP
# client to a model, llama.cpp's tokenizer, a renderer) raises. Raw bytes cannot carry
# either into a str (strict JSON refuses raw control characters, strict UTF-8 refuses
# surrogate bytes, Django decodes query strings with errors="replace"), so a JSON body
# without a "\u0000" or "\ud800"-"\udfff" escape is clean, and NUL is all a query string can bring.
_BAD_TEXT = re.compile(r"[\x00\ud800-\udfff]")
# The escapes that can decode to either (a superset: a surrogate pair's halves, or an escaped
# backslash before "u0000", match too and only cost a walk of the parsed body).
_SUSPECT_ESCAPE = re.compile(r"\\u(?:[dD][89a-fA-F][0-9a-fA-F]{2}|0000)")
BAD_TEXT_MESSAGE = "Text may not contain NUL characters or unpaired UTF-16 surrogates (\\u0000, \\ud800-\\udfff)."
BLANK_TEXT_MESSAGE = "This field may not be blank."
_MAX_PATH_KEY = 64


def is_bad_text(value: str) -> bool:
    return _BAD_TEXT.search(value) is not None


def check_text(value: str, *, allow_blank: bool = False) -> str:
    """The one text check: no NUL, no unpaired surrogate, and (unless allowed) not only spaces."""
    if is_bad_text(value):
        raise serializers.ValidationError(BAD_TEXT_MESSAGE, code="bad_text")
    if not allow_blank and not value.strip():
        raise serializers.ValidationError(BLANK_TEXT_MESSAGE, code="blank")
    return value


def _has_bad_text(data: Any) -> bool:
    # Iterative: a body nested thousands deep has already been refused by the parser, but a
    # walk must not be the thing that recurses. No paths: most bodies that come here are clean.
    search = _BAD_TEXT.search
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if search(value):
                return True
        elif isinstance(value, dict):
            if any(search(key) for key in value):
                return True
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


def bad_text_at(data: Any) -> str | None:
    """Where in parsed JSON the first bad string (a key or a value) is, as a path; None when clean.

    A bad key is reported at its object: the key itself is not echoed.
    """
    if not _has_bad_text(data):
        return None
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            if is_bad_text(value):
                return path
        elif isinstance(value, dict):
            items = list(value.items())
            for key, _ in items:
                if is_bad_text(key):
                    return path
            for key, item in reversed(items):
                shown = key if len(key) <= _MAX_PATH_KEY else key[:_MAX_PATH_KEY] + "..."
                stack.append((item, f"{path}.{shown}" if path else shown))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{index}]") for index, item in reversed(list(enumerate(value))))
    return None


class _JSONConstant(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _JSONConstant(name)


def json_from_bytes(raw: bytes) -> Any:
    """A JSON body (UTF-8, RFC 8259) parsed, or ``InputRejected``: every JSON body of the API comes here.

    Refused: bytes that are not UTF-8, text that is not JSON, NaN and Infinity (not JSON,
    though Python writes them), nesting past the recursion limit, and any string (a key
    or a value) with NUL or an unpaired surrogate, anywhere in the document.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputRejected("invalid_json", f"The body is not valid UTF-8 (byte {error.start}).") from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise InputRejected(
            "invalid_json", f"The body is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})."
        ) from None
    except _JSONConstant:
        raise InputRejected("invalid_json", "The body is not valid JSON: NaN and Infinity are not numbers.") from None
    except RecursionError:
        raise InputRejected("invalid_json", "The body is not valid JSON: it is nested too deeply.") from None
    except ValueError:  # e.g. an integer of more digits than Python converts
        raise InputRejected("invalid_json", "The body is not valid JSON: a number is too long.") from None
    if _SUSPECT_ESCAPE.search(text):
        path = bad_text_at(data)
        if path is not None:
            raise InputRejected("invalid", INVALID_MESSAGE, {path or "non_field_errors": [BAD_TEXT_MESSAGE]})
    return data


class SafeJSONParser(JSONParser):
    """The DRF views' JSON bodies, through ``json_from_bytes`` like the async views' (a 400, never a 500)."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        # The ingress middleware has bounded the body (API_MAX_BODY_BYTES) by the bytes received.
        return json_from_bytes(stream.read() if stream is not None else b"")


# Errors raised outside the API's views (no such URL, a crash) still answer API clients in
# the one error shape; everything else keeps Django's pages.
API_PATH_PREFIXES = ("/api/", "/v1/")


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    if request.path.startswith(API_PATH_PREFIXES):
        return JsonResponse(error_body("not_found", "Not found."), status=404)
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    if request.path.startswith(API_PATH_PREFIXES):
        return JsonResponse(error_body("server_error", "Something went wrong on our side."), status=500)
    return defaults.server_error(request)


# JSON bodies get JSON's types: DRF would otherwise take true as 1, "0.5" as a number and 12
# as the text "12", accepting what the OpenAPI schema says is refused.
class StrictCharField(serializers.CharField):
    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        # Blank is DRF's to judge (allow_blank, trim_whitespace); bad characters are ours.
        check_text(data, allow_blank=True)
        return super().to_internal_value(data)


class StrictIntegerField(serializers.IntegerField):
    def to_internal_value(self, data: Any) -> int:
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictFloatField(serializers.FloatField):
    def to_internal_value(self, data: Any) -> float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictBooleanField(serializers.BooleanField):
    def to_internal_value(self, data: Any) -> bool:
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return super().to_internal_value(data)
