from __future__ import annotations

from django.apps import AppConfig


class RecommendationsConfig(AppConfig):
    name = "recommendations"
    verbose_name = "Restaurants and wine lists"

    def ready(self) -> None:
        # Registers the Celery tasks in every process, so services can enqueue them by name.
        from recommendations import tasks  # noqa: F401
