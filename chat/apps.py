from __future__ import annotations

from django.apps import AppConfig


class ChatConfig(AppConfig):
    name = "chat"
    verbose_name = "Chat"

    def ready(self) -> None:
        from analytics.dashboard import add_dashboard_section
        from chat.selectors import feedback_summary, thumbs_down

        # The restaurant dashboard shows the diners' feedback; analytics sits below chat and
        # learns of it only through this registration.
        add_dashboard_section("feedback", feedback_summary)
        add_dashboard_section("thumbs_down", thumbs_down)
