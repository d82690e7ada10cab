from __future__ import annotations

from django.urls import path

from analytics import views

urlpatterns = [
    path("health", views.health, name="health"),
    path("readiness", views.readiness, name="readiness"),
    path("liveness", views.liveness, name="liveness"),
    path("metrics", views.prometheus_metrics, name="prometheus-metrics"),
]
