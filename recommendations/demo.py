"""Demo restaurants, menus and wine lists for ``make run`` (files in ``demo_data/``)."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from recommendations import services
from recommendations.models import ImportStatus, MenuItem, Restaurant, StaffRole, Table
from recommendations.winelist import imports
from recommendations.winelist.csv_format import ProgressCallback

DEMO_DATA_DIR = Path(__file__).resolve().parent / "demo_data"
# Known only to the demo: ``load_demo_data`` refuses to create these users on a real deployment.
DEMO_PASSWORD = "sommelier-demo"  # noqa: S105 - published on purpose, demo only
DEMO_SUPERUSER = "admin"


@dataclass(frozen=True)
class DemoRestaurant:
    restaurant: Restaurant
    staff_username: str
    wine_count: int
    menu_count: int
    table_count: int


def demo_data_load(
    *,
    data_dir: Path = DEMO_DATA_DIR,
    with_users: bool = True,
    slugs: Collection[str] | None = None,
    progress: ProgressCallback | None = None,
) -> list[DemoRestaurant]:
    """Create or refresh the demo restaurants (only ``slugs`` if given); running it again changes nothing.

    ``progress(done, total)`` counts the wines imported over all the restaurants.
    """
    specs = json.loads((data_dir / "restaurants.json").read_text(encoding="utf-8"))
    if slugs is not None:
        specs = [spec for spec in specs if spec["slug"] in slugs]
    csv_files = {spec["slug"]: (data_dir / "wines" / f"{spec['slug']}.csv").read_bytes() for spec in specs}
    # Data rows, a close count for the bar (the parser reports each file's exact rows).
    expected = sum(max(len(data.splitlines()) - 1, 0) for data in csv_files.values())
    imported = 0
    loaded: list[DemoRestaurant] = []
    user_model = get_user_model()
    if with_users and not user_model.objects.filter(username=DEMO_SUPERUSER).exists():
        user_model.objects.create_superuser(DEMO_SUPERUSER, "admin@example.com", DEMO_PASSWORD)
    for spec in specs:
        restaurant = _demo_restaurant_refresh(spec)
        imported += _demo_wine_list_import(
            restaurant, csv_files[spec["slug"]], before=imported, expected=expected, progress=progress
        )
        staff_username = restaurant.slug.split("-")[0]
        if with_users:
            _demo_staff_grant(restaurant, staff_username)
        loaded.append(
            DemoRestaurant(
                restaurant=restaurant,
                staff_username=staff_username,
                wine_count=restaurant.wines.count(),
                menu_count=restaurant.menu_items.count(),
                table_count=restaurant.tables.count(),
            )
        )
    return loaded


def _demo_restaurant_refresh(spec: dict[str, Any]) -> Restaurant:
    """Create or update the restaurant, its tables and its menu from ``spec``, in one transaction.

    Pairings read the menu, so a changed menu marks the wine list changed (cached answers go
    stale); an unchanged one does not, so loading the demo again changes nothing.
    """
    with transaction.atomic():
        restaurant, _ = Restaurant.objects.update_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "currency": spec["currency"],
                "timezone": spec["timezone"],
                "greeting": spec["greeting"],
                "local_wines_from": spec.get("local_wines_from", ""),
            },
        )
        for number in range(1, int(spec["tables"]) + 1):
            Table.objects.get_or_create(restaurant=restaurant, number=number)
        menu_before = _menu_snapshot(restaurant)
        for item in spec["menu"]:
            MenuItem.objects.update_or_create(
                restaurant=restaurant,
                name=item["name"],
                defaults={
                    "description": item["description"],
                    "course": item["course"],
                    "price": Decimal(item["price"]),
                    "tags": item["tags"],
                },
            )
        if _menu_snapshot(restaurant) != menu_before:
            services.wine_list_mark_changed(restaurant_id=restaurant.pk)
    return restaurant


def _demo_wine_list_import(
    restaurant: Restaurant, data: bytes, *, before: int, expected: int, progress: ProgressCallback | None
) -> int:
    """Import the restaurant's demo wine list inline; returns its rows.

    ``progress`` counts over all the restaurants: ``before`` rows were imported already, of
    about ``expected``. Raises ValueError when the list is rejected.
    """

    def file_progress(done: int, _total: int) -> None:
        if progress is not None:
            progress(min(before + done, expected), expected)

    wine_import = imports.wine_list_import_create(
        restaurant=restaurant,
        filename=f"{restaurant.slug}.csv",
        data=data,
        run_inline=True,
        progress=file_progress,
    )
    if wine_import.status != ImportStatus.SUCCEEDED:
        raise ValueError(f"demo wine list {restaurant.slug}.csv was rejected: {wine_import.errors[:3]}")
    return wine_import.total_rows


def _demo_staff_grant(restaurant: Restaurant, staff_username: str) -> None:
    """Make ``staff_username`` (created with the demo password if new) an owner of the restaurant."""
    staff, created = get_user_model().objects.get_or_create(
        username=staff_username, defaults={"email": f"{staff_username}@example.com"}
    )
    if created:
        staff.set_password(DEMO_PASSWORD)
        staff.save()
    services.staff_membership_grant(user=staff, restaurant=restaurant, role=StaffRole.OWNER)


def _menu_snapshot(restaurant: Restaurant) -> list[tuple[object, ...]]:
    return list(restaurant.menu_items.order_by("name").values_list("name", "description", "course", "price", "tags"))
