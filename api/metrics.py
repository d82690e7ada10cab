"""The metrics API (seed 002): aggregates, counts, thresholds and the AI performance report.

Every view is scoped to the API key's restaurant; nothing here reads another's records.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ParseError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from analytics import aggregates, alerts
from analytics.models import RecommendationRecord
from analytics.report import performance_report
from api.authentication import ApiKeyAuthentication
from api.http import public_degraded_reason
from api.models import ApiKey
from api.permissions import require_scope
from config.api import StrictBooleanField, StrictCharField, StrictFloatField, StrictIntegerField
from recommendations.models import Restaurant

MAX_WINDOW = timedelta(days=93)
DEFAULT_WINDOW = timedelta(hours=24)


def _key(request: Request) -> ApiKey:
    key = request.auth
    assert isinstance(key, ApiKey)  # the permission admitted only keys
    return key


class WindowInput(serializers.Serializer[dict[str, Any]]):
    start = serializers.DateTimeField(required=False, help_text="Default: 24 hours before `end`.")
    end = serializers.DateTimeField(required=False, help_text="Default: now.")

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        end = attrs.get("end") or timezone.now()
        try:
            start = attrs.get("start") or end - DEFAULT_WINDOW
        except OverflowError:  # end=0001-01-01: no day before it
            raise serializers.ValidationError({"end": ["Too early: the window would start before year 1."]}) from None
        if start >= end:
            raise serializers.ValidationError({"start": ["Must be before end."]})
        if end - start > MAX_WINDOW:
            raise serializers.ValidationError({"start": [f"The window may span at most {MAX_WINDOW.days} days."]})
        return {**attrs, "start": start, "end": end}


class AggregatedInput(WindowInput):
    kind = serializers.ChoiceField(
        choices=["llm", "request"], default="llm", help_text="LLM gateway calls or HTTP requests."
    )
    group_by = serializers.ListField(
        child=serializers.ChoiceField(choices=list(aggregates.GROUPINGS)),
        default=list,
        max_length=4,
        help_text="Any of model, route, restaurant, operation (HTTP requests: route, restaurant).",
    )
    source = serializers.ChoiceField(  # type: ignore[assignment]  # a field called "source"
        choices=["raw", "rollups"],
        default="raw",
        help_text="raw: exact percentiles over the records; rollups: hourly roll-ups (whole hours, within a few percent).",
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        attrs = super().validate(attrs)
        group_by = attrs["group_by"]
        if len(set(group_by)) != len(group_by):
            raise serializers.ValidationError({"group_by": ["Name each grouping once."]})
        unknown = aggregates.invalid_groupings(attrs["kind"], group_by)
        if unknown:
            raise serializers.ValidationError(
                {"group_by": [f"HTTP requests cannot be grouped by {', '.join(unknown)}."]}
            )
        return attrs


class AggregateRowOutput(serializers.Serializer[dict[str, Any]]):
    group = serializers.DictField(help_text="The grouping's values, e.g. {'model': 'draft'}.")
    count = StrictIntegerField()
    p50_ms = StrictFloatField(allow_null=True)
    p95_ms = StrictFloatField(allow_null=True)
    p99_ms = StrictFloatField(allow_null=True)
    error_rate = StrictFloatField(allow_null=True)
    cache_hit_ratio = StrictFloatField(allow_null=True, help_text="LLM calls only.")
    prompt_tokens = StrictIntegerField()
    completion_tokens = StrictIntegerField()
    cost_usd = serializers.DecimalField(max_digits=14, decimal_places=6, coerce_to_string=True)


class WindowOutput(serializers.Serializer[dict[str, Any]]):
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()


class AggregatedOutput(serializers.Serializer[dict[str, Any]]):
    kind = StrictCharField()
    source = StrictCharField()  # type: ignore[assignment]  # a field called "source"
    group_by = serializers.ListField(child=StrictCharField())
    window = WindowOutput()
    rows = AggregateRowOutput(many=True)


class AggregatedView(APIView):
    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [require_scope("read")]

    @extend_schema(
        operation_id="metrics_aggregated",
        summary="Count, latency percentiles, error rate, cache hit ratio, tokens and cost over a window",
        request=AggregatedInput,
        responses={200: AggregatedOutput},
        tags=["metrics"],
    )
    def post(self, request: Request) -> Response:
        form = AggregatedInput(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        rows = aggregates.aggregate(
            kind=data["kind"],
            since=data["start"],
            until=data["end"],
            group_by=data["group_by"],
            restaurant_id=_key(request).restaurant_id,
            source=data["source"],
        )
        return Response(
            {
                "kind": data["kind"],
                "source": data["source"],
                "group_by": data["group_by"],
                "window": {"start": data["start"].isoformat(), "end": data["end"].isoformat()},
                "rows": [row.as_dict() for row in rows],
            }
        )


class CountOutput(serializers.Serializer[dict[str, Any]]):
    window = WindowOutput()
    requests = StrictIntegerField()
    llm_calls = StrictIntegerField()
    recommendations = StrictIntegerField()


class CountView(APIView):
    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [require_scope("read")]

    @extend_schema(
        operation_id="metrics_count",
        summary="How many requests, LLM calls and recommendations in a window",
        parameters=[
            OpenApiParameter("start", datetime, description="Default: 24 hours before end."),
            OpenApiParameter("end", datetime, description="Default: now."),
        ],
        responses={200: CountOutput},
        tags=["metrics"],
    )
    def get(self, request: Request) -> Response:
        form = WindowInput(data=request.query_params)
        form.is_valid(raise_exception=True)
        since, until = form.validated_data["start"], form.validated_data["end"]
        restaurant_id = _key(request).restaurant_id
        recommendations = RecommendationRecord.objects.filter(
            restaurant_id=restaurant_id, created_at__gte=since, created_at__lt=until
        ).count()
        return Response(
            {
                "window": {"start": since.isoformat(), "end": until.isoformat()},
                "requests": aggregates.record_count(
                    kind="request", since=since, until=until, restaurant_id=restaurant_id
                ),
                "llm_calls": aggregates.record_count(kind="llm", since=since, until=until, restaurant_id=restaurant_id),
                "recommendations": recommendations,
            }
        )


class ThresholdsInput(serializers.Serializer[dict[str, Any]]):
    """All four thresholds; null (or left out) stops watching that one."""

    p95_latency_ms = StrictFloatField(required=False, allow_null=True, default=None, min_value=1, max_value=3_600_000)
    error_rate = StrictFloatField(required=False, allow_null=True, default=None, min_value=0, max_value=1)
    daily_cost_usd = serializers.DecimalField(
        required=False,
        allow_null=True,
        default=None,
        max_digits=10,
        decimal_places=2,
        min_value=Decimal("0"),
        coerce_to_string=True,
    )
    cache_hit_ratio = StrictFloatField(required=False, allow_null=True, default=None, min_value=0, max_value=1)


class AlertOutput(serializers.Serializer[dict[str, Any]]):
    metric = StrictCharField()
    value = StrictFloatField()
    threshold = StrictFloatField()
    period_start = serializers.DateTimeField()
    message = StrictCharField()


class ThresholdsOutput(serializers.Serializer[dict[str, Any]]):
    thresholds = ThresholdsInput()
    alerts_raised = AlertOutput(many=True, help_text="Alerts the new thresholds raised at once.")


class ThresholdsView(APIView):
    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [require_scope("admin")]

    @extend_schema(
        operation_id="metrics_thresholds_set",
        summary="Set the alert thresholds (p95 latency, error rate, daily cost, cache hit ratio)",
        request=ThresholdsInput,
        responses={200: ThresholdsOutput},
        tags=["metrics"],
    )
    def put(self, request: Request) -> Response:
        # DRF reads an empty body as {}, which here means "watch nothing": a request whose body
        # was lost (or never sent) must not clear every threshold. {} sent as JSON still does.
        if request.stream is None:
            raise ParseError("The request body is empty: send the thresholds as a JSON object.")
        form = ThresholdsInput(data=request.data)
        form.is_valid(raise_exception=True)
        restaurant_id = _key(request).restaurant_id
        threshold = alerts.threshold_set(restaurant_id=restaurant_id, values=dict(form.validated_data))
        raised = alerts.alerts_raise(restaurant_id=restaurant_id)
        return Response(
            {
                "thresholds": {
                    "p95_latency_ms": threshold.p95_latency_ms,
                    "error_rate": threshold.error_rate,
                    "daily_cost_usd": None if threshold.daily_cost_usd is None else str(threshold.daily_cost_usd),
                    "cache_hit_ratio": threshold.cache_hit_ratio,
                },
                "alerts_raised": [
                    {
                        "metric": alert.metric,
                        "value": alert.value,
                        "threshold": alert.threshold,
                        "period_start": alert.period_start.isoformat(),
                        "message": alert.message,
                    }
                    for alert in raised
                ],
            }
        )


class ReportOutput(serializers.Serializer[dict[str, Any]]):
    report = StrictCharField()
    source = serializers.ChoiceField(  # type: ignore[assignment]  # a field called "source"
        choices=["model", "rules"], help_text="rules: no model could answer."
    )
    model_used = StrictCharField()
    cached = StrictBooleanField()
    fallback_reason = StrictCharField(allow_blank=True)
    window = WindowOutput()
    metrics = serializers.DictField()


class PerformanceReportView(APIView):
    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [require_scope("admin")]

    @extend_schema(
        operation_id="analyze_performance",
        summary="An AI-written analysis of the last 24 hours (cached 5 minutes; rule-based when no model can)",
        request=None,
        responses={200: ReportOutput},
        tags=["metrics"],
    )
    def post(self, request: Request) -> Response:
        restaurant = Restaurant.objects.get(pk=_key(request).restaurant_id)
        report = performance_report(restaurant=restaurant).as_dict()
        # Why the rules wrote it, without the providers' exception text the reason carries.
        report["fallback_reason"] = public_degraded_reason(report["fallback_reason"])
        return Response(report)
