from __future__ import annotations

from django.urls import path

from analytics import api

urlpatterns = [
    path("metrics/aggregated", api.AggregatedView.as_view(), name="api-metrics-aggregated"),
    path("metrics/count", api.CountView.as_view(), name="api-metrics-count"),
    path("metrics/thresholds", api.ThresholdsView.as_view(), name="api-metrics-thresholds"),
    path("analyze/performance", api.PerformanceReportView.as_view(), name="api-analyze-performance"),
]
