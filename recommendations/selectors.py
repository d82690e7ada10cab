"""Tenant-scoped reads: every query for a staff user's, an API key's or a diner's restaurant starts here.

The access getters are one family, one per kind of caller: ``restaurant_for_key`` (an API key
acts for its own restaurant only), ``restaurant_for_staff`` (where the user works, with a role),
``restaurant_for_diner`` (any active restaurant's public page); ``chat.selectors`` adds the
diner's own conversation and answers. Each finds nothing rather than raising, so the caller
picks its 404, and nothing is learnt about other tenants. Below them, the reads of one
restaurant's wines, tables and documents that the admin, the API, the tasks and the evaluation share.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import QuerySet

from recommendations.models import ROLE_RANK, Document, Restaurant, StaffRole, Table, Wine


def restaurants_for_user(*, user: User | AnonymousUser, min_role: StaffRole = StaffRole.VIEWER) -> QuerySet[Restaurant]:
    """The restaurants this user may act on with at least ``min_role``; all of them for superusers."""
    if not user.is_authenticated or not user.is_active:
        return Restaurant.objects.none()
    if getattr(user, "is_superuser", False):
        return Restaurant.objects.all()
    roles = [role for role, rank in ROLE_RANK.items() if rank >= ROLE_RANK[min_role]]
    return Restaurant.objects.filter(memberships__user=user, memberships__role__in=roles).distinct()


def restaurant_for_key(*, key_restaurant_id: int, slug: str) -> QuerySet[Restaurant]:
    """The restaurant at ``slug`` if it is the key's own and active: any other slug finds nothing,
    so it looks like a missing one. A queryset, for sync views' ``.first()`` and async ``.afirst()``."""
    return Restaurant.objects.filter(slug=slug, pk=key_restaurant_id, is_active=True)


def restaurant_for_staff(
    *, user: User | AnonymousUser, slug: str, min_role: StaffRole = StaffRole.VIEWER
) -> tuple[Restaurant | None, bool]:
    """The restaurant at ``slug`` where ``user`` works, and whether their role reaches ``min_role``.

    (None, False) where they do not work at all (a 404: nothing is learnt about it); the
    restaurant and False where their role is too low (a 403 that may name it).
    """
    restaurant = restaurants_for_user(user=user).filter(slug=slug).first()
    if restaurant is None:
        return None, False
    if min_role == StaffRole.VIEWER:
        return restaurant, True
    return restaurant, restaurants_for_user(user=user, min_role=min_role).filter(pk=restaurant.pk).exists()


def restaurant_for_diner(slug: str) -> Restaurant | None:
    """The active restaurant at ``slug``: a diner's page is public, an inactive restaurant's is gone."""
    return Restaurant.objects.filter(slug=slug, is_active=True).first()


def wines_in_stock(*, restaurant: Restaurant) -> QuerySet[Wine]:
    """The wines a diner may be offered today."""
    return Wine.objects.filter(restaurant=restaurant, in_stock=True)


def wine_list_in_order(*, restaurant: Restaurant) -> QuerySet[Wine]:
    """The whole list, out of stock too, in the order staff read it: producer, name, vintage."""
    return Wine.objects.filter(restaurant=restaurant).order_by("producer", "name", "vintage", "pk")


def tables_in_order(*, restaurant: Restaurant) -> QuerySet[Table]:
    return Table.objects.filter(restaurant=restaurant).order_by("number")


def documents_for_restaurant(*, restaurant: Restaurant) -> QuerySet[Document]:
    """The restaurant's documents without their text, which only the indexing reads."""
    return Document.objects.filter(restaurant=restaurant).defer("text")
