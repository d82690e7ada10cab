"""OpenAPI: the one error shape as a component, and the errors every operation may answer with."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message", "details"],
            "properties": {
                "code": {"type": "string", "example": "invalid"},
                "message": {"type": "string"},
                "details": {
                    "description": "Field errors for code 'invalid', otherwise extra facts (limit, retry_after...).",
                    "oneOf": [{"type": "object", "additionalProperties": True}, {"type": "array", "items": {}}],
                },
            },
        }
    },
}

# Every operation may answer with these; operations add their own (402, 404, 504...) in extend_schema.
COMMON_ERRORS = {
    "400": "Invalid JSON or invalid input.",
    "401": "Missing, invalid or revoked API key.",
    "403": "The key lacks the scope this operation needs.",
    "413": "The request body is over the size limit.",
    "429": "Rate limited; see the Retry-After header.",
}
OPERATION_ERRORS = {
    "402": "The restaurant or the key is over its daily LLM budget.",
    "404": "No such object for this key's restaurant.",
    "504": "The language model did not answer in time.",
}


class AutoSchema(SpectacularAutoSchema):
    """Tags API views by the module they live in unless they say otherwise."""


def _error_response(description: str) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    if description.startswith("Rate limited"):
        response["headers"] = {
            "Retry-After": {"schema": {"type": "integer"}, "description": "Seconds until a request is admitted again."}
        }
    return response


# Operations that look up an object named in the body (a conversation, a model).
_BODY_LOOKUPS = {"/api/v1/chat", "/api/v1/chat/stream", "/v1/chat/completions"}


def add_error_responses(result: dict[str, Any], generator: Any, request: Any, public: bool) -> dict[str, Any]:
    """drf-spectacular postprocessing hook: the Error component, and every error response shaped by it."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    for path, path_item in result.get("paths", {}).items():
        for method, operation in path_item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            responses = operation.setdefault("responses", {})
            expected = dict(COMMON_ERRORS)
            if "{" in path or path in _BODY_LOOKUPS:
                expected["404"] = OPERATION_ERRORS["404"]
            for status_code, description in expected.items():
                responses.setdefault(status_code, _error_response(description))
            for status_code, response in responses.items():
                if status_code.startswith(("4", "5")):
                    responses[status_code] = _error_response(response.get("description") or "Error.")
    return result


class ApiKeyAuthenticationScheme(OpenApiAuthenticationExtension):  # type: ignore[no-untyped-call]
    target_class = "api.authentication.ApiKeyAuthentication"
    name = "ApiKey"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {"type": "http", "scheme": "bearer", "description": "An API key from the staff admin: som_..."}
