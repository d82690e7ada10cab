"""Wine-list import throughput: our bulk import against a per-row baseline, same run, same database.

    make bench            # through scripts/test_services.py: real PostgreSQL
    python bench/bench_wine_import.py --rows 2000 --repeat 3

Prints seconds and the ratio baseline / ours (higher is better for us). The
baseline is what an import usually looks like: ``update_or_create`` per row.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.db import connection, transaction  # noqa: E402

from recommendations.models import Restaurant, Wine  # noqa: E402
from recommendations.winelist.csv_format import REQUIRED_COLUMNS, parse_wine_list  # noqa: E402
from recommendations.winelist.imports import wine_list_import  # noqa: E402

COLOURS = ["red", "white", "rosé", "sparkling", "dessert", "orange"]


def make_csv(rows: int, price_bump: int = 0) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["sku", *REQUIRED_COLUMNS], lineterminator="\n")
    writer.writeheader()
    for n in range(rows):
        price = 40 + n % 200 + price_bump
        writer.writerow(
            {
                "sku": f"SKU-{n}",
                "name": f"Cuvée {n}",
                "producer": f"Domaine {n % 97}",
                "region": "Burgundy",
                "country": "France",
                "vintage": 2000 + n % 24,
                "grapes": "Pinot Noir;Gamay",
                "colour": COLOURS[n % len(COLOURS)],
                "price": f"{price}.00",
                "glass_price": f"{price // 4}.00" if n % 3 == 0 else "",
                "description": "Medium-bodied, red cherry and forest floor, fine tannins.",
            }
        )
    return buffer.getvalue().encode()


def baseline_import(restaurant: Restaurant, data: bytes) -> None:
    """Per-row update_or_create: the straightforward way, one or two queries per wine."""
    parsed = parse_wine_list(data, max_rows=1_000_000)
    with transaction.atomic():
        for row in parsed.rows:
            wine, _ = Wine.objects.update_or_create(restaurant=restaurant, sku=row.sku, defaults=row.content())
            wine.content_hash = wine.compute_content_hash()
            wine.save(update_fields=["content_hash"])


def ours(restaurant: Restaurant, data: bytes) -> None:
    wine_list_import(restaurant=restaurant, data=data)


def import_once(importer: Callable[[Restaurant, bytes], None], first: bytes, then: bytes | None) -> float:
    """Seconds ``importer`` takes on a fresh list (``then`` None) or on a list already holding ``first``."""
    Restaurant.objects.filter(slug="bench").delete()
    restaurant = Restaurant.objects.create(slug="bench", name="Bench")
    if then is not None:
        ours(restaurant, first)  # set-up, the same for both, not timed
    started = time.perf_counter()
    importer(restaurant, then or first)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        first, changed = make_csv(args.rows), make_csv(args.rows, price_bump=1)
        print(f"wine-list import, {args.rows} rows, {connection.vendor}, median of {args.repeat}")
        print(f"{'case':<28}{'baseline s':>12}{'ours s':>10}{'ratio':>8}")
        for case, data_first, data_then in (
            ("new list (all inserts)", first, None),
            ("same file again (no-op)", first, first),
            ("every price changed", first, changed),
        ):
            results = [
                statistics.median(import_once(importer, data_first, data_then) for _ in range(args.repeat))
                for importer in (baseline_import, ours)
            ]
            baseline, mine = results
            print(f"{case:<28}{baseline:>12.3f}{mine:>10.3f}{baseline / mine:>7.1f}x")
        assert Wine.objects.filter(bottle_price__gt=Decimal("0")).exists()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
