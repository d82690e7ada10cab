"""Test profile: always real PostgreSQL and real Redis, never SQLite or a fake cache.

``make test`` (through ``scripts/test_services.py``) provides ``DATABASE_URL``
and ``REDIS_URL``; running the suite without them is an error, not a silent
fallback to the embedded default.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from config.settings.base import *  # noqa: F403
from config.settings.base import CACHES, REDIS_URL, USES_POSTGRES

if not USES_POSTGRES:
    raise ImproperlyConfigured("The test suite runs on PostgreSQL: set DATABASE_URL=postgres://... or run `make test`.")
if not REDIS_URL:
    raise ImproperlyConfigured("The test suite runs on Redis: set REDIS_URL=redis://... or run `make test`.")

# Every test run gets its own key namespace so parallel runs and a developer's
# own data in the same Redis never see each other.
CACHE_KEY_PREFIX = f"sommelier-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
CACHES["default"]["KEY_PREFIX"] = CACHE_KEY_PREFIX  # the gateway's cache, budgets and quota use it too
# Tests must see cache failures, not have them swallowed.
CACHES["default"]["OPTIONS"]["IGNORE_EXCEPTIONS"] = False

CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = REDIS_URL

CHROMA_PATH = Path(tempfile.mkdtemp(prefix="sommelier-chroma-"))
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files from the app directories; tests never run collectstatic.
SERVESTATIC_USE_FINDERS = True
SERVESTATIC_AUTOREFRESH = True
# Live-server tests serve requests from other threads: their connections must close after
# each request, or the test database cannot be dropped at the end of the run.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# No pool in tests: pytest-django's per-test transactions and database teardown expect
# plain connections (the production settings, and bench/bench_api.py, use the pool).
DATABASES["default"]["OPTIONS"].pop("pool", None)  # noqa: F405
