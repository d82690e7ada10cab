"""Restaurant A's key on restaurant B's objects: every such endpoint and method answers 404, never B's data."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver

from api import openai_urls
from api import urls as api_urls
from chat.models import Conversation
from recommendations.documents import document_create
from recommendations.models import Document, Restaurant
from tests.api.conftest import ApiCaller

pytestmark = pytest.mark.django_db


@pytest.fixture
def b_objects(restaurant_b: Restaurant, api_b: ApiCaller) -> dict[str, Any]:
    conversation = Conversation.objects.create(restaurant=restaurant_b, owner=api_b.key.owner, channel="api")
    document = document_create(restaurant=restaurant_b, filename="rules.txt", data=b"Corkage is 25 dollars.")
    return {"slug": restaurant_b.slug, "conversation": conversation.public_id, "document": document.pk}


# (method, path template, body); {slug}, {own_slug}, {conversation} and {document} are B's objects
# (own_slug is A's own restaurant, to prove B's document is not reachable through it either).
MATRIX = [
    ("post", "/api/v1/restaurants/{slug}/recommendations", {"query": "a red?"}),
    ("post", "/api/v1/restaurants/{slug}/search", {"query": "red"}),
    ("get", "/api/v1/restaurants/{slug}/documents", None),
    ("post", "/api/v1/restaurants/{slug}/documents", None),
    ("delete", "/api/v1/restaurants/{slug}/documents/{document}", None),
    ("delete", "/api/v1/restaurants/{own_slug}/documents/{document}", None),
    ("get", "/api/v1/conversations/{conversation}", None),
    ("post", "/api/v1/chat", {"message": "cheaper?", "conversation_id": "{conversation}"}),
    ("post", "/api/v1/chat/stream", {"message": "cheaper?", "conversation_id": "{conversation}"}),
]
# Endpoints that take no tenant object: the key's restaurant is the only one they can reach.
KEY_SCOPED = {
    "api-chat", "api-chat-stream", "api-text-process", "api-text-batch", "api-predict", "api-stats",
    "openai-chat-completions", "openai-models", "openai-model",
    # Vectors are cached per restaurant (tests/api/test_openai_embeddings.py).
    "openai-embeddings",
    # The metrics API reads the key's restaurant only (its tenancy: tests/analytics/test_api.py).
    "api-metrics-aggregated", "api-metrics-count", "api-metrics-thresholds", "api-analyze-performance",
}  # fmt: skip


def fill(template: Any, objects: dict[str, Any]) -> Any:
    if isinstance(template, dict):
        return {key: fill(value, objects) for key, value in template.items()}
    if isinstance(template, str):
        return template.format(**objects)
    return template


@pytest.mark.parametrize(("method", "path", "body"), MATRIX)
def test_a_key_never_reaches_another_restaurants_objects(
    api_a: ApiCaller, restaurant_a: Restaurant, b_objects: dict[str, Any], method: str, path: str, body: Any
) -> None:
    objects = {**b_objects, "own_slug": restaurant_a.slug}
    url = fill(path, objects)

    if method == "get":
        response = api_a.get(url)
    elif method == "delete":
        response = api_a.delete(url)
    elif body is None:  # the multipart upload
        response = api_a.client.post(url, {"title": "x"}, headers=api_a.auth())
    else:
        response = api_a.post(url, fill(body, objects))

    assert response.status_code == 404, (method, url, response.content)
    assert response.json()["error"]["code"] == "not_found"
    assert Document.objects.filter(pk=b_objects["document"]).exists()
    assert not Conversation.objects.filter(restaurant=restaurant_a).exists()


def test_the_matrix_covers_every_endpoint() -> None:
    def names(patterns: Sequence[URLPattern | URLResolver]) -> set[str]:
        return {pattern.name for pattern in patterns if isinstance(pattern, URLPattern) and pattern.name}

    all_routes = names(api_urls.urlpatterns) | names(openai_urls.urlpatterns)
    with_objects = {"api-recommendations", "api-search", "api-documents", "api-document", "api-conversation"}

    assert all_routes == with_objects | KEY_SCOPED


def test_a_conversation_id_that_does_not_exist_is_a_404_too(api_a: ApiCaller) -> None:
    assert api_a.get(f"/api/v1/conversations/{uuid.uuid4()}").status_code == 404
