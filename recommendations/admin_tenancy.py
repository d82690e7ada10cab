"""Tenant isolation for the staff admin.

Staff see and change only objects of restaurants they are members of, with a
role high enough for the action; superusers keep Django's usual powers. Every
model admin and inline for tenant-owned data inherits from these mixins, so
changelists, object URLs, foreign-key dropdowns, inlines, search, filters and
actions are all scoped by the one selector ``restaurants_for_user``.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.contrib import admin, messages
from django.db import models
from django.db.models import QuerySet
from django.forms import ModelChoiceField, ModelMultipleChoiceField
from django.http import HttpRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse

from recommendations.models import Restaurant, StaffRole
from recommendations.selectors import restaurants_for_user


def allowed_restaurant_ids(request: HttpRequest, min_role: StaffRole) -> frozenset[int]:
    """The user's restaurant ids for ``min_role``, memoised on the request (one query per role)."""
    memo: dict[StaffRole, frozenset[int]] = request.__dict__.setdefault("_tenant_restaurant_ids", {})
    if min_role not in memo:
        memo[min_role] = frozenset(
            restaurants_for_user(user=request.user, min_role=min_role).values_list("pk", flat=True)
        )
    return memo[min_role]


def _is_superuser(request: HttpRequest) -> bool:
    return bool(request.user.is_active and getattr(request.user, "is_superuser", False))


def user_may(request: HttpRequest, role: StaffRole | None, restaurant_id: int | None) -> bool:
    """May this user act with ``role`` at that restaurant (or, with None, at any restaurant)?"""
    if _is_superuser(request):
        return True
    if role is None or not request.user.is_staff:
        return False
    allowed = allowed_restaurant_ids(request, role)
    return bool(allowed) if restaurant_id is None else restaurant_id in allowed


def restaurant_id_of(obj: models.Model, tenant_path: str) -> int | None:
    """Follow ``tenant_path`` ("" for a Restaurant itself, else e.g. "restaurant") to the restaurant id."""
    if not tenant_path:
        return int(obj.pk)
    target: Any = obj
    *hops, last = tenant_path.split("__")
    for hop in hops:
        target = getattr(target, hop, None)
        if target is None:
            return None
    value = getattr(target, f"{last}_id", None)
    return int(value) if value is not None else None


ModelT = TypeVar("ModelT", bound=models.Model)


class TenantScopedFormfieldsMixin:
    """Foreign-key and many-to-many choices limited to the user's restaurants."""

    edit_role: StaffRole | None = StaffRole.MANAGER  # None: superusers only

    def _scope_choices(
        self, request: HttpRequest, related_model: type[models.Model], queryset: QuerySet[Any]
    ) -> QuerySet[Any]:
        if related_model is Restaurant:
            if self.edit_role is None:
                return queryset.none()
            return queryset.filter(pk__in=allowed_restaurant_ids(request, self.edit_role))
        if any(field.name == "restaurant" for field in related_model._meta.get_fields()):
            return queryset.filter(restaurant_id__in=allowed_restaurant_ids(request, StaffRole.VIEWER))
        return queryset

    def formfield_for_foreignkey(
        self, db_field: Any, request: HttpRequest, **kwargs: Any
    ) -> ModelChoiceField[Any] | None:
        formfield: ModelChoiceField[Any] | None = super().formfield_for_foreignkey(db_field, request, **kwargs)  # type: ignore[misc]
        if formfield is not None and formfield.queryset is not None and not _is_superuser(request):
            formfield.queryset = self._scope_choices(request, db_field.related_model, formfield.queryset)
        return formfield

    def formfield_for_manytomany(
        self, db_field: Any, request: HttpRequest, **kwargs: Any
    ) -> ModelMultipleChoiceField[Any] | None:
        formfield: ModelMultipleChoiceField[Any] | None = super().formfield_for_manytomany(db_field, request, **kwargs)  # type: ignore[misc]
        if formfield is not None and formfield.queryset is not None and not _is_superuser(request):
            formfield.queryset = self._scope_choices(request, db_field.related_model, formfield.queryset)
        return formfield


class TenantAdmin(TenantScopedFormfieldsMixin, admin.ModelAdmin[ModelT]):
    """A ModelAdmin for a model that belongs to a restaurant through ``tenant_path``."""

    tenant_path = "restaurant"
    # Minimum roles per action; None means superusers only.
    view_role: StaffRole = StaffRole.VIEWER
    add_role: StaffRole | None = StaffRole.MANAGER
    delete_role: StaffRole | None = StaffRole.MANAGER

    def _tenant_lookup(self) -> str:
        return f"{self.tenant_path}__in" if self.tenant_path else "pk__in"

    def get_queryset(self, request: HttpRequest) -> QuerySet[ModelT]:
        queryset = super().get_queryset(request)
        if _is_superuser(request):
            return queryset
        return queryset.filter(**{self._tenant_lookup(): allowed_restaurant_ids(request, self.view_role)})

    def _may(self, request: HttpRequest, role: StaffRole | None, obj: ModelT | None) -> bool:
        return user_may(request, role, None if obj is None else restaurant_id_of(obj, self.tenant_path))

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._may(request, self.view_role, None)

    def manageable_restaurants(self, request: HttpRequest) -> QuerySet[Restaurant]:
        """Restaurants this user may upload to (manager or owner; all of them for superusers)."""
        return Restaurant.objects.filter(pk__in=allowed_restaurant_ids(request, StaffRole.MANAGER)).order_by("name")

    def render_upload(
        self,
        request: HttpRequest,
        form: Any,
        *,
        title: str,
        intro: str,
        submit_label: str,
        extra_context: dict[str, Any] | None = None,
    ) -> TemplateResponse:
        """The one upload page of the admin (wine lists, documents), for the add view of an upload-only model."""
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": title,
            "intro": intro,
            "submit_label": submit_label,
            "form": form,
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/recommendations/upload.html", context)

    def not_found_redirect(self, request: HttpRequest) -> HttpResponseRedirect:
        """What Django's admin does for a missing object: another tenant's objects look exactly the same."""
        messages.warning(request, f"That {self.opts.verbose_name} does not exist. Perhaps it was deleted?")
        return HttpResponseRedirect(reverse("admin:index", current_app=self.admin_site.name))

    def has_view_permission(self, request: HttpRequest, obj: ModelT | None = None) -> bool:
        return self._may(request, self.view_role, obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self._may(request, self.add_role, None)

    def has_change_permission(self, request: HttpRequest, obj: ModelT | None = None) -> bool:
        return self._may(request, self.edit_role, obj)

    def has_delete_permission(self, request: HttpRequest, obj: ModelT | None = None) -> bool:
        return self._may(request, self.delete_role, obj)


class TenantInline(TenantScopedFormfieldsMixin, admin.TabularInline[ModelT, Any]):
    """An inline under a Restaurant: viewable with ``view_role`` there, editable with ``edit_role``."""

    extra = 0
    view_role: StaffRole = StaffRole.VIEWER

    def _may(self, request: HttpRequest, role: StaffRole | None, parent: models.Model | None) -> bool:
        return user_may(request, role, None if parent is None else int(parent.pk))

    def _may_edit(self, request: HttpRequest, parent: models.Model | None) -> bool:
        return self._may(request, self.edit_role, parent)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request, self.view_role, obj)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may_edit(request, obj)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may_edit(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may_edit(request, obj)
