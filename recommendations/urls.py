from __future__ import annotations

from django.urls import path

from recommendations import api

urlpatterns = [
    path("restaurants/<slug:slug>/search", api.SearchView.as_view(), name="api-search"),
    path("restaurants/<slug:slug>/documents", api.DocumentsView.as_view(), name="api-documents"),
    path("restaurants/<slug:slug>/documents/<int:document_id>", api.DocumentView.as_view(), name="api-document"),
]
