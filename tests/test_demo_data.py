"""The demo restaurants ``make run`` serves."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from recommendations.demo import demo_data_load
from recommendations.models import Restaurant, StaffMembership, WineColour

pytestmark = pytest.mark.django_db


def test_it_loads_three_restaurants_with_full_lists_and_menus() -> None:
    loaded = demo_data_load()

    assert len(loaded) >= 3
    for demo in loaded:
        restaurant = demo.restaurant
        assert demo.wine_count >= 60
        assert demo.menu_count >= 10
        colours = set(restaurant.wines.values_list("colour", flat=True))
        assert colours == set(WineColour.values)
        assert restaurant.wines.filter(glass_price__isnull=False).count() >= 10
        assert restaurant.wines.exclude(description="").count() == demo.wine_count
        assert restaurant.menu_items.filter(tags__contains=["lamb"]).exists()
        assert StaffMembership.objects.filter(restaurant=restaurant, user__username=demo.staff_username).exists()


def test_loading_it_again_changes_nothing() -> None:
    demo_data_load()
    versions = dict(Restaurant.objects.values_list("slug", "wine_list_version"))

    demo_data_load()

    assert dict(Restaurant.objects.values_list("slug", "wine_list_version")) == versions


def test_the_command_prints_page_addresses_and_logins() -> None:
    out = StringIO()

    call_command("load_demo_data", stdout=out)

    text = out.getvalue()
    assert "http://localhost:8000/r/bistro-marguerite/?table=1" in text
    assert "staff login bistro / sommelier-demo" in text
    assert "Admin: http://localhost:8000/admin/  (superuser admin / sommelier-demo)" in text


@override_settings(SECRET_KEY="a-real-deployment-key-" + "x" * 40)
def test_the_command_refuses_to_run_on_a_real_deployment() -> None:
    with pytest.raises(CommandError, match="Refusing to load demo data"):
        call_command("load_demo_data")
