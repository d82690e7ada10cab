from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Sommelier staff"
admin.site.site_title = "Sommelier"
admin.site.index_title = "Your restaurants"
# There is no public site root: diners arrive on /r/<slug>/ from a QR code.
admin.site.site_url = None

urlpatterns = [
    path("", include("analytics.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("recommendations.urls")),
    path("", include("chat.urls")),
]
