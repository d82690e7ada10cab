"""The Celery application. Settings come from Django's, prefixed ``CELERY_``."""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

app = Celery("sommelier")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def enqueue(task_name: str, *args: object) -> None:
    """``delay`` on the task registered as ``task_name`` (eager where ``delay`` is).

    Services hand work to their app's tasks by name: the tasks module imports the
    services, so the services never import it back. Every app's tasks are registered at
    startup (their ``AppConfig.ready()`` imports them), in web processes as in workers.
    """
    app.tasks[task_name].delay(*args)
