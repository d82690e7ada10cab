from __future__ import annotations

from django.apps import AppConfig
from django.core.checks import register


class SommelierConfig(AppConfig):
    name = "config"
    verbose_name = "Sommelier"

    def ready(self) -> None:
        from config import checks

        checks.replace_djangos_middleware_checks()
        register(checks.check_request_middleware_first)
