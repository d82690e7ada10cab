"""/api/v1/ (the API's own endpoints; recommendations, search and documents come from recommendations.urls)."""

from __future__ import annotations

from django.urls import path

from api import recommendations, views

urlpatterns = [
    path(
        "restaurants/<slug:slug>/recommendations",
        recommendations.RecommendationsView.as_view(),
        name="api-recommendations",
    ),
    path("chat", views.ChatView.as_view(), name="api-chat"),
    path("chat/stream", views.ChatStreamView.as_view(), name="api-chat-stream"),
    path("conversations/<uuid:conversation_id>", views.ConversationView.as_view(), name="api-conversation"),
    path("text/process", views.TextProcessView.as_view(), name="api-text-process"),
    path("text/batch", views.TextBatchView.as_view(), name="api-text-batch"),
    path("predict", views.PredictView.as_view(), name="api-predict"),
    path("stats", views.StatsView.as_view(), name="api-stats"),
]
