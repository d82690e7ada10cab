"""Table-card PDFs: our path against the plain segno + fpdf2 one, same run, same layout.

    make bench
    python bench/bench_qr.py --tables 14 100 500 --repeat 3

The baseline draws the same cards but makes each QR code the obvious way:
``segno.make`` then segno's own PNG at print scale, handed to fpdf2 as a PNG file.
Ours enlarges a one-pixel-per-module image with Pillow and keeps each address's
symbol in an in-process cache, so a reprint ("warm") skips the mask search.
Prints seconds (best of ``--repeat``) and the ratio baseline / ours (higher is better for us).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

import segno  # noqa: E402
from PIL import Image  # noqa: E402

from recommendations.models import Restaurant, Table  # noqa: E402
from recommendations.tablecards import qr  # noqa: E402


class PlainSegnoSheet(qr.TableCardSheet):
    def qr_image(self, url: str) -> Image.Image | io.BytesIO:
        buffer = io.BytesIO()
        segno.make_qr(url, error=qr.ERROR_CORRECTION).save(
            buffer, kind="png", scale=qr.PNG_MODULE_PIXELS, border=qr.QUIET_ZONE_MODULES
        )
        buffer.seek(0)
        return buffer


def baseline_pdf(restaurant: Restaurant, tables: list[Table]) -> bytes:
    sheet = PlainSegnoSheet(restaurant)
    for index, table in enumerate(tables):
        sheet.card(index, heading=qr.table_card_title(table), url=qr.table_url(table))
    return bytes(sheet.output())


def best_of(repeat: int, run: Callable[[], bytes], *, before: Callable[[], None] = lambda: None) -> tuple[float, int]:
    timings, size = [], 0
    for _ in range(repeat):
        before()
        started = time.perf_counter()
        size = len(run())
        timings.append(time.perf_counter() - started)
    return min(timings), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, nargs="+", default=[14, 100, 500])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    restaurant = Restaurant(slug="bistro-marguerite", name="Bistro Marguerite")
    print(
        f"{'tables':>6} {'baseline s':>11} {'ours cold s':>12} {'ratio':>6} {'ours warm s':>12} {'ratio':>6} {'PDF KiB':>8}"
    )
    for count in args.tables:
        tables = [Table(restaurant=restaurant, number=number) for number in range(1, count + 1)]
        baseline, _ = best_of(args.repeat, lambda: baseline_pdf(restaurant, tables))  # noqa: B023
        ours = lambda: qr.table_cards_pdf(restaurant=restaurant, tables=tables)  # noqa: B023, E731
        cold, size = best_of(args.repeat, ours, before=qr._symbol.cache_clear)
        warm, _ = best_of(args.repeat, ours)
        print(
            f"{count:>6} {baseline:>11.3f} {cold:>12.3f} {baseline / cold:>6.2f} {warm:>12.3f} "
            f"{baseline / warm:>6.2f} {size / 1024:>8.0f}"
        )


if __name__ == "__main__":
    main()
