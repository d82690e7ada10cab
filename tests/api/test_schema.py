"""The OpenAPI schema, and schemathesis against it: no server errors, responses conform, bad input refused."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant
from tests.api.conftest import ApiCaller, caller, stock_list

# Input the schema forbids is refused with a 4xx; a text over the limit is a 413 (before any work).
# Schemathesis' default list, plus 413.
REFUSALS = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429"]
REJECTIONS = SchemathesisConfig.from_dict({"checks": {"negative_data_rejection": {"expected-statuses": REFUSALS}}})

# Streams are read on the loop that produced them, which the WSGI transport cannot do;
# test_endpoints.py covers the stream's events, validation and errors over ASGI.
EXCLUDED = {"/api/v1/chat/stream"}


def openapi(client: Client) -> dict[str, Any]:
    response = client.get("/api/schema/?format=json")
    assert response.status_code == 200
    document: dict[str, Any] = json.loads(response.content)
    return document


@pytest.fixture
def raw_schema(db: None) -> dict[str, Any]:
    return openapi(Client())


@pytest.fixture
def scenario(restaurant_a: Restaurant, llm_server: LLMTestServer) -> ApiCaller:
    """Restaurant A's key on every request, a list to recommend from, a model that answers."""
    stock_list(restaurant_a)
    llm_server.state.set_reply("draft", "A generated answer of several words.")
    return caller(restaurant_a)


class WsgiWithoutConnectionClosing:
    """The WSGI app as the test client runs it: a request's end must not close the test's transaction."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            response = self.app(environ, start_response)
            body = b"".join(response)
            response.close()
            return [body]
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)


# A few examples per operation and mode keeps the whole run well under two minutes.
EXAMPLES = settings(
    max_examples=4,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_the_api_conforms_to_its_schema(
    raw_schema: dict[str, Any], scenario: ApiCaller, restaurant_a: Restaurant, mode: GenerationMode
) -> None:
    """No 5xx; every response documented and shaped as documented; input the schema forbids is refused."""
    app = WsgiWithoutConnectionClosing(get_wsgi_application())
    headers = {"Authorization": f"Bearer {scenario.raw}"}
    loaded = schemathesis.openapi.from_dict(raw_schema, config=REJECTIONS)
    operations = [result.ok() for result in loaded.get_all_operations()]  # type: ignore[union-attr]
    checked = 0
    for operation in operations:
        if operation.path in EXCLUDED:
            continue
        fixed = {"slug": restaurant_a.slug} if "{slug}" in operation.path else None

        @given(case=operation.as_strategy(mode, path_parameters=fixed))
        @EXAMPLES
        def check(case: Any) -> None:
            response = case.call(app=app, headers=headers)
            assert response.status_code < 500, (case.method, case.formatted_path, response.text)
            case.validate_response(
                response, checks=[response_schema_conformance, status_code_conformance, negative_data_rejection]
            )

        check()
        checked += 1
    assert checked == len(operations) - len(EXCLUDED)


def test_the_schema_documents_the_error_shape_and_bearer_keys(raw_schema: dict[str, Any]) -> None:
    components = raw_schema["components"]
    operations = [op for path in raw_schema["paths"].values() for op in path.values()]

    assert components["schemas"]["Error"]["required"] == ["error"]
    assert components["securitySchemes"]["ApiKey"] == {
        "type": "http",
        "scheme": "bearer",
        "description": "An API key from the staff admin: som_...",
    }
    assert all({"400", "401", "429"} <= set(op["responses"]) for op in operations)
    assert {"/v1/chat/completions", "/api/v1/chat", "/api/v1/text/process", "/api/v1/predict"} <= set(
        raw_schema["paths"]
    )


def test_every_operation_refuses_a_missing_key(raw_schema: dict[str, Any], restaurant_a: Restaurant) -> None:
    client = Client()
    for path, item in raw_schema["paths"].items():
        url = path.replace("{slug}", restaurant_a.slug).replace("{document_id}", "1").replace("{model}", "auto")
        url = url.replace("{conversation_id}", "00000000-0000-0000-0000-000000000000")
        for method in item:
            if method == "get":
                response = client.get(url)
            else:
                response = getattr(client, method)(url, "{}", content_type="application/json")
            assert response.status_code == 401, (method, path)
            assert response.json()["error"]["code"] == "not_authenticated"


def test_swagger_and_redoc_are_served_with_local_assets(client: Client, db: None) -> None:
    swagger = client.get("/api/docs/").content.decode()
    redoc = client.get("/api/redoc/").content.decode()

    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in swagger
    assert "/static/drf_spectacular_sidecar/redoc/" in redoc
    # No asset from another host (a CDN): every src and href is our own path. (Searching the page
    # for "cdn" failed once on a random CSP nonce that happened to contain those letters.)
    external = re.findall(r"""(?:src|href)\s*=\s*["']((?:https?:)?//[^"']+)""", swagger + redoc, re.IGNORECASE)
    assert external == []
    assert not re.search(r"https?://[^\s\"']*(?:cdn|jsdelivr|unpkg)", swagger + redoc, re.IGNORECASE)
    assert client.get("/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js").status_code == 200
