"""Staff rebuild their restaurant's search index from the admin, and only their own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from recommendations.models import Restaurant, StaffRole
from recommendations.retrieval.vector_index import indexed_wine_count, wine_index_drop
from recommendations.services import staff_membership_grant
from tests.conftest import logged_in
from tests.factories import UserFactory, WineFactory


@pytest.fixture
def two_lists(restaurant_a: Restaurant, restaurant_b: Restaurant) -> Iterator[tuple[Restaurant, Restaurant]]:
    for restaurant in (restaurant_a, restaurant_b):
        for number in range(3):
            WineFactory.create(restaurant=restaurant, name=f"Cuvée {number}")
    yield restaurant_a, restaurant_b
    for restaurant in (restaurant_a, restaurant_b):
        wine_index_drop(restaurant_id=restaurant.pk)


def rebuild(client: Client, *restaurants: Restaurant) -> list[str]:
    response = client.post(
        reverse("admin:recommendations_restaurant_changelist"),
        {"action": "rebuild_search_index", "_selected_action": [restaurant.pk for restaurant in restaurants]},
        follow=True,
    )
    assert response.status_code == 200
    return [str(message) for message in response.context["messages"]]


def test_a_manager_rebuilds_their_restaurants_index(
    alice_client: Client, two_lists: tuple[Restaurant, Restaurant], django_capture_on_commit_callbacks: Any
) -> None:
    restaurant_a, restaurant_b = two_lists

    with django_capture_on_commit_callbacks(execute=True):
        said = rebuild(alice_client, restaurant_a, restaurant_b)

    assert said[0].startswith("Search index rebuild queued for 1 restaurant(s)")
    assert indexed_wine_count(restaurant_id=restaurant_a.pk) == 3
    assert indexed_wine_count(restaurant_id=restaurant_b.pk) == 0  # another tenant's: not even selectable


def test_a_viewer_may_not_rebuild(
    restaurant_a: Restaurant, two_lists: tuple[Restaurant, Restaurant], django_capture_on_commit_callbacks: Any
) -> None:
    viewer: User = UserFactory.create(username="vera")
    staff_membership_grant(user=viewer, restaurant=restaurant_a, role=StaffRole.VIEWER)

    with django_capture_on_commit_callbacks(execute=True):
        said = rebuild(logged_in(viewer), restaurant_a)

    assert said == ["1 restaurant(s) skipped: you may not manage them."]
    assert indexed_wine_count(restaurant_id=restaurant_a.pk) == 0
