from __future__ import annotations

from django.urls import path

from recommendations import api

urlpatterns = [
    path("restaurants/<slug:slug>/recommendations", api.RecommendationsView.as_view(), name="api-recommendations"),
    path("restaurants/<slug:slug>/search", api.SearchView.as_view(), name="api-search"),
]
