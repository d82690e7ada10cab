"""What Prometheus scrapes: every process's metrics, the Celery queues and the analytics spool."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

import redis
from django.conf import settings
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

from analytics.metrics import REGISTRY
from analytics.recording import get_spool

logger = logging.getLogger(__name__)


def celery_queues() -> list[str]:
    queues = {settings.CELERY_TASK_DEFAULT_QUEUE}
    for route in settings.CELERY_TASK_ROUTES.values():
        if isinstance(route, dict) and route.get("queue"):
            queues.add(str(route["queue"]))
    return sorted(queues)


class QueueDepthCollector(Collector):
    """Celery queue lengths (Redis broker: one list per queue) and the analytics spool, read at scrape time."""

    def collect(self) -> Iterator[Metric]:
        queues = GaugeMetricFamily("sommelier_celery_queue_depth", "Tasks waiting in a Celery queue", labels=["queue"])
        spool = GaugeMetricFamily("sommelier_analytics_spool_depth", "Analytics records waiting in Redis")
        broker = settings.CELERY_BROKER_URL
        try:
            if broker and broker.startswith(("redis://", "rediss://")):
                client = redis.Redis.from_url(broker, socket_connect_timeout=1, socket_timeout=1)
                try:
                    for queue in celery_queues():
                        queues.add_metric([queue], float(client.llen(queue)))
                finally:
                    client.close()
            spool.add_metric([], float(get_spool().depth()))
        except redis.RedisError:
            logger.warning("queue depths unavailable: Redis does not answer")
        yield queues
        yield spool


def exposition() -> bytes:
    """The Prometheus text for the whole deployment (every process, with PROMETHEUS_MULTIPROC_DIR)."""
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    else:
        registry.register(_Forward(REGISTRY))
    registry.register(QueueDepthCollector())
    return generate_latest(registry)


class _Forward(Collector):
    def __init__(self, source: CollectorRegistry) -> None:
        self.source = source

    def collect(self) -> Iterator[Metric]:
        yield from self.source.collect()
