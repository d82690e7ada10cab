"""ASGI entry point: ``uvicorn config.asgi:application`` (streaming answers need ASGI)."""

from __future__ import annotations

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

application = get_asgi_application()
