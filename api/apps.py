from __future__ import annotations

from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "API clients"

    def ready(self) -> None:
        # Registers the OpenAPI security scheme for ApiKeyAuthentication.
        from analytics.middleware import restaurant_hint_register
        from api import schema  # noqa: F401
        from api.keys import restaurant_of_cached_key

        # A request refused before its view ran (over its rate limit, the database away) is
        # still recorded under its key's restaurant when this process has the key cached.
        restaurant_hint_register(restaurant_of_cached_key)
