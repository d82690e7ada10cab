from __future__ import annotations

from django.apps import AppConfig


class TextopsConfig(AppConfig):
    name = "textops"
    verbose_name = "Text operations"
