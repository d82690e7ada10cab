from __future__ import annotations

from django.apps import AppConfig


class SommelierConfig(AppConfig):
    name = "config"
    verbose_name = "Sommelier"

    def ready(self) -> None:
        from config import checks

        checks.replace_djangos_middleware_checks()
