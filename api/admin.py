"""API keys in the staff admin: owners create them (the key is shown once), see when they were used, revoke them."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from api.keys import api_key_create, api_key_revoke, clean_scopes
from api.models import KEY_NAMESPACE, ApiKey, Scope
from config.request_facts import request_facts
from recommendations.admin_tenancy import TenantAdmin
from recommendations.models import StaffRole


class ApiKeyForm(forms.ModelForm[ApiKey]):
    scopes = forms.MultipleChoiceField(choices=Scope.choices, widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = ApiKey
        fields = ["restaurant", "name", "scopes", "rate_limit_per_minute", "daily_budget_usd"]

    def clean_scopes(self) -> list[str]:
        try:
            return clean_scopes(self.cleaned_data["scopes"])
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None


class RevokedFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("active", "Active"), ("revoked", "Revoked")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[ApiKey]) -> QuerySet[ApiKey]:
        if self.value() == "active":
            return queryset.filter(revoked_at__isnull=True)
        if self.value() == "revoked":
            return queryset.filter(revoked_at__isnull=False)
        return queryset


@admin.register(ApiKey)
class ApiKeyAdmin(TenantAdmin[ApiKey]):
    form = ApiKeyForm
    # A key acts for the whole restaurant: only its owners hand them out or take them back.
    view_role = StaffRole.OWNER
    add_role = StaffRole.OWNER
    edit_role = StaffRole.OWNER
    delete_role = None  # revoke instead: the key's history (predictions, last use) stays readable
    list_display = ["name", "masked_key", "restaurant", "scopes", "created_at", "last_used_at", "revoked_at"]
    list_filter = [RevokedFilter, ("restaurant", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "prefix"]
    list_select_related = ["restaurant"]
    readonly_fields = ["masked_key", "created_by", "created_at", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    @admin.display(description="key")
    def masked_key(self, obj: ApiKey) -> str:
        return f"{KEY_NAMESPACE}_{obj.prefix}_…" if obj.prefix else "(shown once, when created)"

    def get_fields(self, request: HttpRequest, obj: ApiKey | None = None) -> tuple[str, ...]:
        editable = ("restaurant", "name", "scopes", "rate_limit_per_minute", "daily_budget_usd")
        if obj is None:
            return editable
        return ("masked_key", *editable, "created_by", "created_at", "last_used_at", "revoked_at")

    def get_readonly_fields(self, request: HttpRequest, obj: ApiKey | None = None) -> tuple[str, ...]:
        # A key never moves to another restaurant.
        return (*self.readonly_fields, "restaurant") if obj is not None else ()

    def save_model(self, request: HttpRequest, obj: ApiKey, form: Any, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        key, raw_key = api_key_create(
            restaurant=form.cleaned_data["restaurant"],
            name=form.cleaned_data["name"],
            scopes=form.cleaned_data["scopes"],
            created_by=request.user,
            rate_limit_per_minute=form.cleaned_data.get("rate_limit_per_minute"),
            daily_budget_usd=form.cleaned_data.get("daily_budget_usd"),
        )
        form.instance = key
        obj.pk = key.pk
        # Only in this response's page, never in a message, the session or a log.
        request_facts(request).new_api_key = raw_key

    def response_add(self, request: HttpRequest, obj: ApiKey, post_url_continue: str | None = None) -> HttpResponse:
        raw_key = request_facts(request).new_api_key
        if raw_key is None:
            return super().response_add(request, obj, post_url_continue)
        key = ApiKey.objects.select_related("restaurant").get(pk=obj.pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Your new API key",
            "key": key,
            "raw_key": raw_key,
        }
        response = TemplateResponse(request, "admin/api/apikey_created.html", context)
        response["Cache-Control"] = "no-store"
        return response

    @admin.action(description="Revoke the selected keys")
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiKey]) -> None:
        keys = [key for key in queryset if self.has_change_permission(request, key) and key.revoked_at is None]
        for key in keys:
            api_key_revoke(key=key)
        self.message_user(request, f"Revoked {len(keys)} key(s).", messages.SUCCESS)
