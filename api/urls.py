"""/api/v1/: every REST endpoint (the OpenAI-compatible /v1/ is openai_urls.py)."""

from __future__ import annotations

from django.urls import path

from api import documents, metrics, recommendations, views

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
    path("restaurants/<slug:slug>/search", documents.SearchView.as_view(), name="api-search"),
    path("restaurants/<slug:slug>/documents", documents.DocumentsView.as_view(), name="api-documents"),
    path("restaurants/<slug:slug>/documents/<int:document_id>", documents.DocumentView.as_view(), name="api-document"),
    path("metrics/aggregated", metrics.AggregatedView.as_view(), name="api-metrics-aggregated"),
    path("metrics/count", metrics.CountView.as_view(), name="api-metrics-count"),
    path("metrics/thresholds", metrics.ThresholdsView.as_view(), name="api-metrics-thresholds"),
    path("analyze/performance", metrics.PerformanceReportView.as_view(), name="api-analyze-performance"),
]
