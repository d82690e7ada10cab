"""Tenant-scoped reads: every query for a staff user's objects starts here."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import QuerySet

from recommendations.models import ROLE_RANK, Restaurant, StaffRole


def restaurants_for_user(*, user: User | AnonymousUser, min_role: StaffRole = StaffRole.VIEWER) -> QuerySet[Restaurant]:
    """The restaurants this user may act on with at least ``min_role``; all of them for superusers."""
    if not user.is_authenticated or not user.is_active:
        return Restaurant.objects.none()
    if getattr(user, "is_superuser", False):
        return Restaurant.objects.all()
    roles = [role for role, rank in ROLE_RANK.items() if rank >= ROLE_RANK[min_role]]
    return Restaurant.objects.filter(memberships__user=user, memberships__role__in=roles).distinct()
