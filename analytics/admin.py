"""Staff admin for analytics: each restaurant's dashboard, its alerts and thresholds, all tenant-scoped."""

from __future__ import annotations

from functools import partial
from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from analytics.dashboard import WINDOWS, dashboard_data
from analytics.models import Alert, RestaurantDashboard, Threshold
from analytics.tasks import deliver_alert
from recommendations.admin_tenancy import TenantAdmin
from recommendations.models import StaffRole


@admin.register(RestaurantDashboard)
class RestaurantDashboardAdmin(TenantAdmin[RestaurantDashboard]):
    """One row per restaurant the user may see; its "change" page is the dashboard (read-only)."""

    tenant_path = ""
    list_display = ["name", "open_dashboard"]
    search_fields = ["name", "slug"]
    add_role = None
    edit_role = None
    delete_role = None

    @admin.display(description="Dashboard")
    def open_dashboard(self, obj: RestaurantDashboard) -> str:
        url = reverse("admin:analytics_restaurantdashboard_change", args=[obj.pk])
        return format_html('<a href="{}">Open the dashboard</a>', url)

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        restaurant = self.get_object(request, unquote(object_id))
        if restaurant is None or not self.has_view_permission(request, restaurant):
            return self.not_found_redirect(request)
        try:
            days = int(request.GET.get("days", "1"))
        except ValueError:
            days = 1
        if days not in WINDOWS:
            days = 1
        template = "admin/analytics/dashboard.html"
        if getattr(request, "htmx", False):
            template += "#panel"
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"{restaurant.name}: dashboard",
            "original": restaurant,
            "restaurant": restaurant,
            "windows": WINDOWS,
            "data": dashboard_data(restaurant_id=restaurant.pk, days=days),
        }
        return TemplateResponse(request, template, context)


@admin.register(Alert)
class AlertAdmin(TenantAdmin[Alert]):
    list_display = ["created_at", "restaurant", "metric", "message", "webhook"]
    list_filter = ["metric", "webhook"]
    list_select_related = ["restaurant"]
    readonly_fields = ["restaurant", "metric", "period_start", "value", "threshold", "message", "webhook", "created_at"]
    add_role = None
    edit_role = None
    actions = ["resend_webhook"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Alert]:
        return super().get_queryset(request).select_related("restaurant")

    def has_resend_permission(self, request: HttpRequest) -> bool:
        """Firing the external webhook again is a manager's call, not a viewer's."""
        return self.manageable_restaurants(request).exists()

    @admin.action(description="Send the selected alerts to the webhook again", permissions=["resend"])
    def resend_webhook(self, request: HttpRequest, queryset: QuerySet[Alert]) -> None:
        manageable = self.manageable_restaurants(request)
        alert_ids = list(
            queryset.filter(restaurant__in=manageable)
            .exclude(webhook=Alert.Delivery.NOT_CONFIGURED)
            .values_list("pk", flat=True)
        )
        Alert.objects.filter(pk__in=alert_ids).update(webhook=Alert.Delivery.PENDING)
        for alert_id in alert_ids:
            transaction.on_commit(partial(deliver_alert.delay, alert_id))
        self.message_user(request, f"{len(alert_ids)} alerts queued for the webhook.", messages.SUCCESS)


@admin.register(Threshold)
class ThresholdAdmin(TenantAdmin[Threshold]):
    list_display = ["restaurant", "p95_latency_ms", "error_rate", "daily_cost_usd", "cache_hit_ratio", "updated_at"]
    list_select_related = ["restaurant"]
    fields = ["restaurant", "p95_latency_ms", "error_rate", "daily_cost_usd", "cache_hit_ratio"]
    edit_role = StaffRole.MANAGER

    def get_readonly_fields(self, request: HttpRequest, obj: Threshold | None = None) -> list[str]:
        return ["restaurant"] if obj is not None else []
