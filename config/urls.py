from __future__ import annotations

from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

admin.site.site_header = "Sommelier staff"
admin.site.site_title = "Sommelier"
admin.site.index_title = "Your restaurants"
# There is no public site root: diners arrive on /r/<slug>/ from a QR code.
admin.site.site_url = None

urlpatterns = [
    path("", include("analytics.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("api.urls")),
    path("v1/", include("api.openai_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="api-schema"), name="api-redoc"),
    path("", include("chat.urls")),
]

handler404 = "config.api.page_not_found"
# A 503 when the database is unavailable, the API's or Django's 500 otherwise.
handler500 = "config.middleware.server_error"
