"""The wine list out and back in: the import's own format, no change on re-import, no formulas run."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from recommendations.models import Restaurant, Wine, WineColour
from recommendations.winelist.csv_format import OPTIONAL_COLUMNS, REQUIRED_COLUMNS, spreadsheet_safe
from recommendations.winelist.imports import wine_list_import
from tests.conftest import logged_in
from tests.factories import WineFactory


def export_url(restaurant: Restaurant) -> str:
    return reverse("admin:recommendations_restaurant_wine_list_csv", args=[restaurant.pk])


def stored(restaurant: Restaurant) -> list[tuple[object, ...]]:
    return sorted(
        (
            wine.producer,
            wine.name,
            wine.vintage,
            wine.region,
            wine.country,
            tuple(wine.grapes),
            wine.colour,
            wine.bottle_price,
            wine.glass_price,
            wine.description,
            wine.in_stock,
            wine.sku,
        )
        for wine in Wine.objects.filter(restaurant=restaurant)
    )


def varied_list(restaurant: Restaurant) -> None:
    WineFactory.create(restaurant=restaurant, producer="Domaine Huet", name="Le Mont Sec", vintage=2021,
                       grapes=["Chenin Blanc"], colour=WineColour.WHITE, bottle_price=Decimal("72.50"),
                       glass_price=Decimal("14.00"), region="Vouvray", sku="W-12",
                       description='Quince, beeswax; "racy" acidity,\nlong finish.')  # fmt: skip
    WineFactory.create(restaurant=restaurant, producer="Bodegas Hidalgo", name="La Gitana Manzanilla",
                       vintage=None, grapes=["Palomino"], colour=WineColour.WHITE, in_stock=False,
                       region="Sanlúcar de Barrameda", country="España", description="")  # fmt: skip
    WineFactory.create(restaurant=restaurant, producer="=HYPERLINK(\"http://evil.example\")", name="+Plus Cuvée",
                       grapes=["Syrah", "Grenache"], description="-10% tannin; @home",
                       region="'Quoted' Hills")  # fmt: skip


def test_the_export_is_the_imports_own_format(alice_client: Client, restaurant_a: Restaurant) -> None:
    varied_list(restaurant_a)

    response = alice_client.get(export_url(restaurant_a))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="bistro-a-wines.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert list(rows[0]) == [*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS]
    huet = next(row for row in rows if row["producer"] == "Domaine Huet")
    assert huet["price"] == "72.50"
    assert huet["glass_price"] == "14.00"
    assert huet["sku"] == "W-12"
    assert huet["description"] == 'Quince, beeswax; "racy" acidity,\nlong finish.'
    manzanilla = next(row for row in rows if row["name"] == "La Gitana Manzanilla")
    assert (manzanilla["vintage"], manzanilla["in_stock"], manzanilla["glass_price"]) == ("", "no", "")


def test_cells_a_spreadsheet_would_run_are_escaped(alice_client: Client, restaurant_a: Restaurant) -> None:
    varied_list(restaurant_a)

    text = alice_client.get(export_url(restaurant_a)).content.decode("utf-8-sig")

    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]
    assert '\'=HYPERLINK("http://evil.example")' in cells
    assert "'+Plus Cuvée" in cells
    assert "'-10% tannin; @home" in cells
    assert "''Quoted' Hills" in cells  # the wine's own apostrophe survives the round trip


def test_a_downloaded_list_imported_again_changes_nothing(alice_client: Client, restaurant_a: Restaurant) -> None:
    varied_list(restaurant_a)
    before = stored(restaurant_a)

    exported = alice_client.get(export_url(restaurant_a)).content
    summary = wine_list_import(restaurant=restaurant_a, data=exported)

    assert (summary.created, summary.updated, summary.removed, summary.unchanged) == (0, 0, 0, 3)
    assert stored(restaurant_a) == before


def test_the_export_into_another_restaurant_recreates_the_list(
    alice_client: Client, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    varied_list(restaurant_a)

    wine_list_import(restaurant=restaurant_b, data=alice_client.get(export_url(restaurant_a)).content)

    assert stored(restaurant_b) == stored(restaurant_a)


def test_staff_cannot_download_another_restaurants_list(
    alice_client: Client, bob: User, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    varied_list(restaurant_b)

    assert alice_client.get(export_url(restaurant_b)).status_code == 404
    assert logged_in(bob).get(export_url(restaurant_b)).status_code == 200
    assert Client().get(export_url(restaurant_b)).status_code == 302  # to the login page


def test_only_reads_are_allowed(alice_client: Client, restaurant_a: Restaurant) -> None:
    assert alice_client.post(export_url(restaurant_a)).status_code == 405


def test_spreadsheet_safe_leaves_ordinary_text_alone() -> None:
    assert spreadsheet_safe("Château Musar") == "Château Musar"
    assert spreadsheet_safe("") == ""
    assert spreadsheet_safe("=1+1") == "'=1+1"
