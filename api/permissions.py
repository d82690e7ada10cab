"""Scopes: ``permission_classes = [require_scope("read")]``. The admin scope includes the others."""

from __future__ import annotations

from functools import cache
from typing import Any

from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from api.models import ApiKey, Scope


@cache
def require_scope(scope: str) -> type[BasePermission]:
    """A permission admitting API keys with ``scope`` (or admin).

    Without a key the answer is 401 (DRF raises NotAuthenticated when no authenticator
    succeeded); with a key that lacks the scope, 403.
    """
    if scope not in Scope.values:
        raise ValueError(f"Unknown scope {scope!r}; use one of {', '.join(Scope.values)}.")

    class HasScope(BasePermission):
        message = f"This API key does not have the '{scope}' scope."

        def has_permission(self, request: Request, view: Any) -> bool:
            key = request.auth
            return isinstance(key, ApiKey) and key.has_scope(scope)

    HasScope.__name__ = HasScope.__qualname__ = f"RequireScope_{scope}"
    return HasScope


class HasApiKey(BasePermission):
    """Any valid key, whatever its scopes (the default for API views that name no scope)."""

    message = "An API key is required."

    def has_permission(self, request: Request, view: Any) -> bool:
        return isinstance(request.auth, ApiKey)
