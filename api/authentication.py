"""``Authorization: Bearer <key>`` for DRF views (the async views use ``api.http.authenticated_key``)."""

from __future__ import annotations

from typing import Any

from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication
from rest_framework.request import Request

from api.keys import api_key_lookup, bearer_token
from api.models import ApiKey
from config.request_facts import request_facts


class ApiClient:
    """``request.user`` for a request made with an API key: authenticated, but nobody in particular."""

    is_authenticated = True
    is_anonymous = False
    is_active = True
    is_staff = False
    is_superuser = False
    pk = None

    def __init__(self, key: ApiKey) -> None:
        self.key = key

    def __str__(self) -> str:
        return f"API key {self.key.prefix}"


def key_of(request: Any) -> ApiKey | None:
    """The valid key of a Django request (looked up by the ingress middleware, or now). Sync."""
    facts = request_facts(request)
    if not facts.api_key_checked:
        token = bearer_token(str(request.META.get("HTTP_AUTHORIZATION", "")))
        facts.api_key = api_key_lookup(token) if token else None
        facts.api_key_checked = True
    key = facts.api_key
    if not isinstance(key, ApiKey):
        return None
    facts.restaurant_id = key.restaurant_id
    return key


class ApiKeyAuthentication(BaseAuthentication):
    """On success ``request.auth`` is the ``ApiKey`` and ``request.user`` an ``ApiClient``.

    No Authorization header: not authenticated (the permission answers 401). A header
    that is not a valid, unrevoked key of an active restaurant: 401 at once.
    """

    def authenticate(self, request: Request) -> tuple[ApiClient, ApiKey] | None:
        header = str(request.META.get("HTTP_AUTHORIZATION", ""))
        if not header:
            return None
        if bearer_token(header) is None:
            raise exceptions.AuthenticationFailed("Send the API key as 'Authorization: Bearer <key>'.")
        key = key_of(request._request)
        if key is None:
            raise exceptions.AuthenticationFailed("The API key is not valid, or it has been revoked.")
        return ApiClient(key), key

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'
