from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Sommelier staff"
admin.site.site_title = "Sommelier"
admin.site.index_title = "Your restaurants"

urlpatterns = [
    path("", include("analytics.urls")),
    path("admin/", admin.site.urls),
]
