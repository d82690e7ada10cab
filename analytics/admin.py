"""Staff admin for analytics: each restaurant's dashboard, its alerts and thresholds, all tenant-scoped."""

from __future__ import annotations

from functools import partial
from typing import Any

from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db import transaction
from django.db.models import Avg, Count, Q, QuerySet, Sum
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from analytics.aggregates import LLM_ERROR_OUTCOMES
from analytics.dashboard import WINDOWS, dashboard_data
from analytics.models import Alert, LLMCall, RestaurantDashboard, Threshold
from analytics.tasks import deliver_alert
from recommendations.admin_tenancy import TenantAdmin, allowed_restaurant_ids
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
            "data": dashboard_data(
                restaurant_id=restaurant.pk, days=days, restaurant_budget=restaurant.daily_llm_budget_usd
            ),
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


class _DistinctValueFilter(admin.SimpleListFilter):
    """The values the user's own calls have (no other restaurant's models or operations are named)."""

    field = ""

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        calls = model_admin.get_queryset(request)
        values = calls.order_by().values_list(self.field, flat=True).distinct()
        return [(value, value) for value in sorted(value for value in values if value)][:50]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        value = self.value()
        return queryset.filter(**{self.field: value}) if value else queryset


class ModelFilter(_DistinctValueFilter):
    title = "model"
    parameter_name = "model"
    field = "model_used"


class OperationFilter(_DistinctValueFilter):
    title = "operation"
    parameter_name = "operation"
    field = "operation"


class CachedFilter(admin.SimpleListFilter):
    title = "answered from cache"
    parameter_name = "cached"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "Yes"), ("no", "No")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() == "yes":
            return queryset.exclude(cache_tier="miss")
        if self.value() == "no":
            return queryset.filter(cache_tier="miss")
        return queryset


class CallerFilter(admin.SimpleListFilter):
    """Who asked: the diner page, background work, or one of the user's own API keys."""

    title = "caller"
    parameter_name = "caller"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        # By name, not import: analytics sits below the API app that owns the keys.
        keys = apps.get_model("api", "ApiKey")._default_manager.order_by("name")
        if not request.user.is_superuser:
            keys = keys.filter(restaurant_id__in=allowed_restaurant_ids(request, StaffRole.VIEWER))
        return [("diner", "Diner page"), ("background", "Background work")] + [
            (f"key-{key.pk}", f"API key: {key.name} ({key.prefix}…)") for key in keys
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        value = self.value() or ""
        if value == "diner":
            return queryset.filter(surface="diner", api_key__isnull=True)
        if value == "background":
            return queryset.filter(surface="background")
        if value.startswith("key-") and value[4:].isdigit():
            return queryset.filter(api_key_id=int(value[4:]))
        return queryset


@admin.register(LLMCall)
class LLMCallAdmin(TenantAdmin[LLMCall]):
    """Every recorded model call, read-only, with the totals of what the filters select."""

    add_role = None
    edit_role = None
    delete_role = None
    list_display = [
        "created_at",
        "model_used",
        "operation",
        "outcome",
        "route",
        "cache_tier",
        "prompt_tokens",
        "completion_tokens",
        "cost",
        "latency",
        "caller",
        "request_id",
    ]
    list_filter = [ModelFilter, "outcome", OperationFilter, CachedFilter, CallerFilter]
    list_select_related = ["api_key"]
    date_hierarchy = "created_at"
    search_fields = ["request_id", "route_reason"]
    search_help_text = "A request id (from an answer or an X-Request-ID header), or words of the route's reason."
    list_per_page = 100
    change_list_template = "admin/analytics/llmcall/change_list.html"
    readonly_fields = [
        "created_at",
        "restaurant",
        "operation",
        "route_reason",
        "model_used",
        "cascaded",
        "draft_accepted",
        "prompt_tokens",
        "completion_tokens",
        "cost_usd",
        "latency_ms",
        "first_token_ms",
        "cache_tier",
        "outcome",
        "streamed",
        "attempts",
        "request_id",
        "api_key",
        "surface",
    ]

    @admin.display(description="Route reason")
    def route(self, obj: LLMCall) -> str:
        return obj.route_reason if len(obj.route_reason) <= 60 else obj.route_reason[:59] + "…"

    @admin.display(description="Cost (USD)", ordering="cost_usd")
    def cost(self, obj: LLMCall) -> str:
        return f"{obj.cost_usd:.6f}"

    @admin.display(description="Latency", ordering="latency_ms")
    def latency(self, obj: LLMCall) -> str:
        return f"{obj.latency_ms:,.0f} ms"

    @admin.display(description="Caller")
    def caller(self, obj: LLMCall) -> str:
        if obj.api_key is not None:
            return f"API key: {obj.api_key.name}"
        return {"diner": "diner page", "background": "background work"}.get(obj.surface, obj.surface or "—")

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        response = super().changelist_view(request, extra_context)
        changelist = getattr(response, "context_data", {}).get("cl") if hasattr(response, "context_data") else None
        if changelist is not None:
            totals = changelist.queryset.aggregate(
                calls=Count("pk"),
                prompt_tokens=Sum("prompt_tokens"),
                completion_tokens=Sum("completion_tokens"),
                cost_usd=Sum("cost_usd"),
                average_latency_ms=Avg("latency_ms"),
                cached=Count("pk", filter=~Q(cache_tier="miss")),
                errors=Count("pk", filter=Q(outcome__in=LLM_ERROR_OUTCOMES)),
            )
            response.context_data["totals"] = totals  # type: ignore[attr-defined]
        return response
