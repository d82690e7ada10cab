"""Wine-list CSV files for tests, written the way staff's spreadsheets write them."""

from __future__ import annotations

import csv
import io

from recommendations.winelist.csv_format import OPTIONAL_COLUMNS, REQUIRED_COLUMNS

HEADER = [*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS]


def wine_row(**overrides: str) -> dict[str, str]:
    row = {
        "sku": "W-1",
        "name": "Morgon Côte du Py",
        "producer": "Jean Foillard",
        "region": "Beaujolais",
        "country": "France",
        "vintage": "2021",
        "grapes": "Gamay",
        "colour": "red",
        "price": "58.00",
        "glass_price": "14.50",
        "in_stock": "true",
        "description": "Juicy, granitic, light-bodied; cherries and violets. Lovely with charcuterie.",
    }
    row.update(overrides)
    return row


def wine_csv(rows: list[dict[str, str]], header: list[str] | None = None) -> bytes:
    columns = header or HEADER
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode()


def three_wines() -> list[dict[str, str]]:
    return [
        wine_row(),
        wine_row(
            sku="W-2",
            name="Champagne Brut Réserve",
            producer="Billecart-Salmon",
            region="Champagne",
            vintage="NV",
            grapes="Pinot Noir;Chardonnay; Pinot Meunier",
            colour="sparkling",
            price="95",
            glass_price="",
            description="Fine bubbles, citrus and brioche.",
        ),
        wine_row(
            sku="",
            name="Bandol Rosé",
            producer="Domaine Tempier",
            region="Provence",
            vintage="2023",
            grapes="Mourvèdre;Grenache;Cinsault",
            colour="Rosé",
            price="$72.00",
            glass_price="18",
            in_stock="no",
            description="Savoury, dry, herbs and peach.",
        ),
    ]
