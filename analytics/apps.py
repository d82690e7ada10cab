from __future__ import annotations

import ipaddress

from django.apps import AppConfig
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class AnalyticsConfig(AppConfig):
    name = "analytics"
    verbose_name = "Analytics"

    def ready(self) -> None:
        # Registers the Celery tasks in every process, so alerts can enqueue them by name.
        from analytics import tasks  # noqa: F401
        from analytics.recording import record_llm_call
        from llm.gateway import on_call_recorded

        # Every model call the gateway makes is kept (batched: an in-memory append here).
        on_call_recorded(record_llm_call)
        # A typo in METRICS_ALLOWED_NETWORKS must stop the process, not silently lock Prometheus out.
        for network in settings.METRICS_ALLOWED_NETWORKS:
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError:
                raise ImproperlyConfigured(
                    f"METRICS_ALLOWED_NETWORKS: {network!r} is not a network (use CIDR, e.g. 10.0.0.0/8)."
                ) from None
