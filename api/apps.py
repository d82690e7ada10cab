from __future__ import annotations

from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "API clients"

    def ready(self) -> None:
        # Registers the OpenAPI security scheme for ApiKeyAuthentication.
        from api import schema  # noqa: F401
