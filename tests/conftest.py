"""Shared fixtures: two restaurants and the people who work there.

- alice manages Bistro A, bob manages Harbor B, olive owns Bistro A, victor
  only views Bistro A, and charlie is a superuser.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client

from llm.testing.server import LLMTestServer
from recommendations.models import Restaurant, StaffRole
from recommendations.retrieval.vector_index import wine_index_drop
from recommendations.services import staff_membership_grant
from tests.bistro import stock_bistro
from tests.factories import RestaurantFactory, UserFactory


@pytest.fixture(autouse=True, scope="session")
def _shared_state_removed_after_the_run() -> Iterator[None]:
    yield
    from django_redis import get_redis_connection

    connection = get_redis_connection("default")
    prefix = settings.CACHES["default"]["KEY_PREFIX"]
    for key in connection.scan_iter(match=f"{prefix}:*", count=500):
        connection.delete(key)
    shutil.rmtree(settings.CHROMA_PATH, ignore_errors=True)


@pytest.fixture
def restaurant_a(db: None) -> Restaurant:
    return RestaurantFactory.create(slug="bistro-a", name="Bistro A")


@pytest.fixture
def restaurant_b(db: None) -> Restaurant:
    return RestaurantFactory.create(slug="harbor-b", name="Harbor B")


@pytest.fixture
def bistro(restaurant_a: Restaurant) -> Iterator[Restaurant]:
    """Bistro A stocked with the bistro list and menu (tests/bistro.py), indexed for retrieval."""
    yield stock_bistro(restaurant_a)
    wine_index_drop(restaurant_id=restaurant_a.pk)


def _staff(username: str, restaurant: Restaurant, role: StaffRole) -> User:
    user = UserFactory.create(username=username)
    staff_membership_grant(user=user, restaurant=restaurant, role=role)
    return user


@pytest.fixture
def alice(restaurant_a: Restaurant) -> User:
    return _staff("alice", restaurant_a, StaffRole.MANAGER)


@pytest.fixture
def bob(restaurant_b: Restaurant) -> User:
    return _staff("bob", restaurant_b, StaffRole.MANAGER)


@pytest.fixture
def olive(restaurant_a: Restaurant) -> User:
    return _staff("olive", restaurant_a, StaffRole.OWNER)


@pytest.fixture
def victor(restaurant_a: Restaurant) -> User:
    return _staff("victor", restaurant_a, StaffRole.VIEWER)


@pytest.fixture
def charlie(db: None) -> User:
    return User.objects.create_superuser("charlie", "charlie@example.com", "correct horse battery staple")


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def alice_client(alice: User) -> Client:
    return logged_in(alice)


@pytest.fixture
def bob_client(bob: User) -> Client:
    return logged_in(bob)


# Two OpenAI-compatible test servers for gateway tests: "remote" serves the paid tiers,
# "local" stands in for the bundled model. One pair per test module; each module resets them.
@pytest.fixture(scope="module")
def remote() -> Iterator[LLMTestServer]:
    with LLMTestServer() as server:
        yield server


@pytest.fixture(scope="module")
def local() -> Iterator[LLMTestServer]:
    with LLMTestServer() as server:
        yield server
