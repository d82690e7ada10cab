"""Staff see and change only their own restaurants' objects; superusers see everything."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from recommendations.models import Restaurant, StaffRole, Table, Wine
from recommendations.services import staff_membership_grant
from tests.admin_forms import admin_change_data
from tests.conftest import logged_in
from tests.factories import MenuItemFactory, RestaurantFactory, TableFactory, UserFactory, WineFactory

pytestmark = pytest.mark.django_db

WINE_CHANGELIST = reverse("admin:recommendations_wine_changelist")
WINE_ADD = reverse("admin:recommendations_wine_add")


def wine_change_url(wine: Wine) -> str:
    return reverse("admin:recommendations_wine_change", args=[wine.pk])


@pytest.fixture
def wine_a(restaurant_a: Restaurant) -> Wine:
    return WineFactory.create(restaurant=restaurant_a, name="Volnay Premier Cru", producer="Marquis d'Angerville")


@pytest.fixture
def wine_b(restaurant_b: Restaurant) -> Wine:
    return WineFactory.create(restaurant=restaurant_b, name="Sancerre Les Monts Damnés", producer="Henri Bourgeois")


def test_it_lists_only_the_staff_members_own_wines(alice_client: Client, wine_a: Wine, wine_b: Wine) -> None:
    response = alice_client.get(WINE_CHANGELIST)

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [wine_a]
    assert wine_b.name not in response.content.decode()


def test_it_shows_everything_to_a_superuser(charlie: User, wine_a: Wine, wine_b: Wine) -> None:
    response = logged_in(charlie).get(WINE_CHANGELIST)

    assert set(response.context["cl"].result_list) == {wine_a, wine_b}


def test_it_treats_another_restaurants_wine_url_as_missing(alice_client: Client, wine_b: Wine) -> None:
    response = alice_client.get(wine_change_url(wine_b), follow=True)

    assert response.redirect_chain == [(reverse("admin:index"), 302)]
    assert "doesn’t exist. Perhaps it was deleted?" in response.content.decode()
    assert wine_b.name not in response.content.decode()


def test_it_refuses_a_post_that_changes_another_restaurants_wine(
    alice_client: Client, bob_client: Client, wine_b: Wine
) -> None:
    data = admin_change_data(bob_client.get(wine_change_url(wine_b)), bottle_price="1.00")

    response = alice_client.post(wine_change_url(wine_b), data)

    assert response.status_code == 302
    wine_b.refresh_from_db()
    assert wine_b.bottle_price == Decimal("60.00")


def test_it_offers_only_the_staff_members_restaurants_in_the_dropdown(
    alice_client: Client, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    response = alice_client.get(WINE_ADD)

    choices = list(response.context["adminform"].form.fields["restaurant"].queryset)
    assert choices == [restaurant_a]
    assert f'value="{restaurant_b.pk}"' not in response.content.decode()


def test_it_rejects_a_wine_forged_into_another_restaurant(
    alice_client: Client, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    data = admin_change_data(
        alice_client.get(WINE_ADD),
        restaurant=restaurant_b.pk,
        name="Forged",
        colour="red",
        bottle_price="50",
    )

    response = alice_client.post(WINE_ADD, data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["restaurant"] == [
        "Select a valid choice. That choice is not one of the available choices."
    ]
    assert not Wine.objects.filter(name="Forged").exists()


def test_it_adds_a_wine_and_moves_the_list_version_on(alice_client: Client, restaurant_a: Restaurant) -> None:
    data = admin_change_data(
        alice_client.get(WINE_ADD),
        restaurant=restaurant_a.pk,
        producer="Domaine Tempier",
        name="Bandol Rosé",
        vintage="2023",
        colour="rose",
        grapes="Mourvèdre, Grenache, Cinsault",
        bottle_price="72",
        glass_price="18",
    )

    response = alice_client.post(WINE_ADD, data)

    assert response.status_code == 302
    wine = Wine.objects.get(name="Bandol Rosé")
    assert wine.restaurant == restaurant_a
    assert wine.grapes == ["Mourvèdre", "Grenache", "Cinsault"]
    assert wine.content_hash == wine.compute_content_hash()
    restaurant_a.refresh_from_db()
    assert restaurant_a.wine_list_version == 2


def test_it_keeps_the_list_version_when_a_wine_is_saved_unchanged(
    alice_client: Client, wine_a: Wine, restaurant_a: Restaurant
) -> None:
    data = admin_change_data(alice_client.get(wine_change_url(wine_a)))

    response = alice_client.post(wine_change_url(wine_a), data)

    assert response.status_code == 302
    restaurant_a.refresh_from_db()
    assert restaurant_a.wine_list_version == 1


def test_it_refuses_a_glass_price_at_or_above_the_bottle_price(alice_client: Client, wine_a: Wine) -> None:
    data = admin_change_data(alice_client.get(wine_change_url(wine_a)), glass_price="60.00")

    response = alice_client.post(wine_change_url(wine_a), data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["glass_price"] == ["A glass must cost less than the bottle."]


def test_it_searches_only_the_staff_members_wines(
    alice_client: Client, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    mine = WineFactory.create(restaurant=restaurant_a, name="Chablis Premier Cru")
    WineFactory.create(restaurant=restaurant_b, name="Chablis Grand Cru")

    response = alice_client.get(WINE_CHANGELIST, {"q": "chablis"})

    assert list(response.context["cl"].result_list) == [mine]


def test_it_applies_actions_only_to_the_staff_members_wines(alice_client: Client, wine_a: Wine, wine_b: Wine) -> None:
    response = alice_client.post(
        WINE_CHANGELIST, {"action": "mark_out_of_stock", "_selected_action": [wine_a.pk, wine_b.pk], "index": 0}
    )

    assert response.status_code == 302
    wine_a.refresh_from_db()
    wine_b.refresh_from_db()
    assert wine_a.in_stock is False
    assert wine_b.in_stock is True
    assert wine_a.content_hash == wine_a.compute_content_hash()


def test_it_deletes_only_the_staff_members_wines(alice_client: Client, wine_a: Wine, wine_b: Wine) -> None:
    response = alice_client.post(
        WINE_CHANGELIST,
        {"action": "delete_selected", "_selected_action": [wine_a.pk, wine_b.pk], "post": "yes"},
    )

    assert response.status_code == 302
    assert not Wine.objects.filter(pk=wine_a.pk).exists()
    assert Wine.objects.filter(pk=wine_b.pk).exists()
    assert Restaurant.objects.get(pk=wine_a.restaurant_id).wine_list_version == 2
    assert Restaurant.objects.get(pk=wine_b.restaurant_id).wine_list_version == 1


def test_it_names_only_the_staff_members_restaurants_in_the_filter(
    alice: User, alice_client: Client, wine_a: Wine, wine_b: Wine
) -> None:
    third = RestaurantFactory.create(slug="third", name="Third Place")
    staff_membership_grant(user=alice, restaurant=third, role=StaffRole.VIEWER)
    WineFactory.create(restaurant=third)

    response = alice_client.get(WINE_CHANGELIST)

    restaurant_filter = next(spec for spec in response.context["cl"].filter_specs if spec.title == "restaurant")
    assert [choice["display"] for choice in restaurant_filter.choices(response.context["cl"])] == [
        "All",
        "Bistro A",
        "Third Place",
    ]


def test_a_viewer_elsewhere_sees_memberships_only_where_they_own(
    olive: User, bob: User, restaurant_b: Restaurant
) -> None:
    staff_membership_grant(user=olive, restaurant=restaurant_b, role=StaffRole.VIEWER)
    client = logged_in(olive)
    url = reverse("admin:recommendations_staffmembership_changelist")

    listed = client.get(url).context["cl"].result_list
    searched = client.get(url, {"q": "bob"}).context["cl"].result_list

    assert sorted((m.user.username, m.restaurant.slug) for m in listed) == [("olive", "bistro-a")]
    assert list(searched) == []


def test_it_refuses_a_sku_already_used_on_the_list_when_editing(alice_client: Client, wine_a: Wine) -> None:
    WineFactory.create(restaurant=wine_a.restaurant, sku="TAKEN")

    response = alice_client.post(
        wine_change_url(wine_a), admin_change_data(alice_client.get(wine_change_url(wine_a)), sku="TAKEN")
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["sku"] == ["Another wine on this list already has this SKU."]


def test_it_refuses_null_characters_in_word_lists(alice_client: Client, wine_a: Wine) -> None:
    response = alice_client.post(
        wine_change_url(wine_a), admin_change_data(alice_client.get(wine_change_url(wine_a)), grapes="Syrah\x00")
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["grapes"] == ["Null characters are not allowed."]


def test_a_menu_change_moves_the_list_version_on(alice_client: Client, restaurant_a: Restaurant) -> None:
    dish = MenuItemFactory.create(restaurant=restaurant_a, name="Lamb shoulder")
    url = reverse("admin:recommendations_menuitem_change", args=[dish.pk])

    response = alice_client.post(url, admin_change_data(alice_client.get(url), description="Now with anchovy"))

    assert response.status_code == 302
    restaurant_a.refresh_from_db()
    assert restaurant_a.wine_list_version == 2


def test_the_changelist_query_count_does_not_grow_with_the_list(alice_client: Client, restaurant_a: Restaurant) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for_list_of(size: int) -> int:
        WineFactory.create_batch(size - Wine.objects.count(), restaurant=restaurant_a)
        with CaptureQueriesContext(connection) as captured:
            assert alice_client.get(WINE_CHANGELIST).context["cl"].result_count == size
        return len(captured)

    assert queries_for_list_of(3) == queries_for_list_of(40)


def test_it_lists_only_the_staff_members_restaurants(
    alice_client: Client, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    response = alice_client.get(reverse("admin:recommendations_restaurant_changelist"))

    assert list(response.context["cl"].result_list) == [restaurant_a]


def test_it_lets_a_manager_view_but_not_change_restaurant_settings(
    alice_client: Client, restaurant_a: Restaurant
) -> None:
    url = reverse("admin:recommendations_restaurant_change", args=[restaurant_a.pk])

    assert alice_client.get(url).status_code == 200
    response = alice_client.post(url, {"name": "Renamed"})

    assert response.status_code == 403
    restaurant_a.refresh_from_db()
    assert restaurant_a.name == "Bistro A"


def test_it_lets_an_owner_edit_tables_inline_but_not_another_restaurants_table(
    olive: User, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    own_table = TableFactory.create(restaurant=restaurant_a, number=1)
    other_table = TableFactory.create(restaurant=restaurant_b, number=1, label="Bob's window")
    client = logged_in(olive)
    url = reverse("admin:recommendations_restaurant_change", args=[restaurant_a.pk])
    page = client.get(url)
    assert [form.instance for form in page.context["inline_admin_formsets"][0].formset.forms] == [own_table]

    data = admin_change_data(page, **{"tables-0-label": "Terrace", "tables-0-id": other_table.pk})
    response = client.post(url, data)

    # Django drops a row whose id is not in the inline's (restaurant-scoped) queryset.
    assert response.status_code == 302
    other_table.refresh_from_db()
    own_table.refresh_from_db()
    assert other_table.label == "Bob's window"
    assert own_table.label == ""
    assert Table.objects.filter(restaurant=restaurant_a).count() == 1


def test_it_saves_an_owners_inline_table_change(olive: User, restaurant_a: Restaurant) -> None:
    table = TableFactory.create(restaurant=restaurant_a, number=1)
    client = logged_in(olive)
    url = reverse("admin:recommendations_restaurant_change", args=[restaurant_a.pk])

    response = client.post(url, admin_change_data(client.get(url), **{"tables-0-label": "Terrace"}))

    assert response.status_code == 302
    table.refresh_from_db()
    assert table.label == "Terrace"


def test_it_lets_a_viewer_look_but_not_touch(victor: User, wine_a: Wine) -> None:
    client = logged_in(victor)

    assert client.get(wine_change_url(wine_a)).status_code == 200
    assert client.get(WINE_ADD).status_code == 403
    data = {"name": "Changed", "colour": "red", "bottle_price": "1"}
    assert client.post(wine_change_url(wine_a), data).status_code == 403
    wine_a.refresh_from_db()
    assert wine_a.name == "Volnay Premier Cru"


def test_it_shows_nothing_to_staff_without_a_restaurant(wine_a: Wine) -> None:
    loner = UserFactory.create(username="loner", is_staff=True)
    client = logged_in(loner)

    index = client.get(reverse("admin:index"))
    assert "You don’t have permission to view or edit anything" in index.content.decode()
    assert client.get(WINE_CHANGELIST).status_code == 403


def test_it_hides_staff_memberships_from_managers_and_shows_them_to_owners(alice: User, olive: User, bob: User) -> None:
    url = reverse("admin:recommendations_staffmembership_changelist")

    assert logged_in(alice).get(url).status_code == 403
    memberships = logged_in(olive).get(url).context["cl"].result_list
    assert sorted(m.user.username for m in memberships) == ["alice", "olive"]


def test_changing_where_local_wines_come_from_makes_cached_answers_stale(olive: User, restaurant_a: Restaurant) -> None:
    client = logged_in(olive)
    url = reverse("admin:recommendations_restaurant_change", args=[restaurant_a.pk])

    unchanged = client.post(url, admin_change_data(client.get(url)))
    restaurant_a.refresh_from_db()
    version = restaurant_a.wine_list_version
    changed = client.post(url, admin_change_data(client.get(url), local_wines_from="Burgundy"))

    assert (unchanged.status_code, changed.status_code) == (302, 302)
    assert version == 1  # a save that changes nothing the answers read leaves the cache alone
    restaurant_a.refresh_from_db()
    assert restaurant_a.local_wines_from == "Burgundy"
    assert restaurant_a.wine_list_version == 2
