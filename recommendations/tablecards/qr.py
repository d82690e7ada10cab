"""QR codes for the diner page, and a printable A4 sheet of table cards.

Every address comes from ``settings.SITE_URL``: a code printed from a request
whose Host header was forged (or was simply an internal name such as
``10.0.0.7:8000``) would send diners somewhere else for as long as the card
sits on the table.
"""

from __future__ import annotations

import functools
import io
import unicodedata
from collections.abc import Sequence

import segno
from django.conf import settings
from django.urls import reverse
from fpdf import FPDF
from PIL import Image

from recommendations.models import Restaurant, Table

# Level Q survives about a quarter of the symbol being smudged or folded: table cards
# get wine on them. segno raises the level further when the address fits anyway.
ERROR_CORRECTION = "q"
# Pixels per module in the PNG: a 37-module symbol (version 3 plus the quiet zone, what a
# typical table address needs) comes out near 740 px, sharp when printed at 6 cm and 300 dpi.
PNG_MODULE_PIXELS = 20
# In the PDF, 8 px a module keeps edges sharp in viewers that smooth images (about 160 dpi
# on a 46 mm code) while a card's image stays near 1 KB.
PDF_MODULE_PIXELS = 8
SVG_MODULE_UNITS = 10
QUIET_ZONE_MODULES = 4

SCAN_INVITATION = "Scan to ask our sommelier"

# A4 portrait, two columns of three 90 mm cards with no gutter, so one straight cut
# separates two neighbours along the dashed line they share.
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
CARD_SIZE_MM = 90.0
CARD_COLUMNS = 2
CARD_ROWS = 3
CARDS_PER_PAGE = CARD_COLUMNS * CARD_ROWS
CARD_PADDING_MM = 5.0
CARD_QR_MM = 46.0


def diner_url(*, restaurant: Restaurant, table_number: int | None = None) -> str:
    """The public address of a restaurant's diner page, for one table when ``table_number`` is given."""
    url = settings.SITE_URL + reverse("chat:restaurant", args=[restaurant.slug])
    return url if table_number is None else f"{url}?table={int(table_number)}"


def table_url(table: Table) -> str:
    return diner_url(restaurant=table.restaurant, table_number=table.number)


# segno spends about 20 ms of pure Python per symbol choosing the best of the eight masks
# (85% of the time for a table card); addresses rarely change, so reprints reuse the symbol.
# 2048 symbols of about 1.5 KB each.
@functools.lru_cache(maxsize=2048)
def _symbol(url: str) -> segno.QRCode:
    return segno.make_qr(url, error=ERROR_CORRECTION)


def _image(url: str, *, module_pixels: int) -> Image.Image:
    """The symbol as a 1-bit image, built and enlarged by Pillow (in C) rather than segno's pure-Python writer."""
    matrix = _symbol(url).matrix  # rows of 1 (dark) and 0 (light), without the quiet zone
    size = len(matrix)
    symbol = Image.frombytes("L", (size, size), b"".join(bytes(row) for row in matrix)).point(_DARK_TO_BLACK)
    framed = Image.new("L", (size + 2 * QUIET_ZONE_MODULES,) * 2, 255)
    framed.paste(symbol, (QUIET_ZONE_MODULES, QUIET_ZONE_MODULES))
    enlarged = framed.resize((framed.width * module_pixels,) * 2, Image.Resampling.NEAREST)
    return enlarged.convert("1", dither=Image.Dither.NONE)


_DARK_TO_BLACK = [255, *([0] * 255)]


def qr_png(url: str) -> bytes:
    buffer = io.BytesIO()
    _image(url, module_pixels=PNG_MODULE_PIXELS).save(buffer, format="PNG")
    return buffer.getvalue()


def qr_svg(url: str, *, title: str) -> bytes:
    """A standalone SVG (one path, no script, no external reference); segno escapes ``title``."""
    buffer = io.BytesIO()
    _symbol(url).save(buffer, kind="svg", scale=SVG_MODULE_UNITS, border=QUIET_ZONE_MODULES, title=title)
    return buffer.getvalue()


def _printable(text: str) -> str:
    """``text`` in the PDF core fonts' cp1252: accents and typographic punctuation stay, the rest is approximated.

    The core fonts (Helvetica) need no font file on the server; names outside Western
    European scripts lose characters, which is why every card also prints its address.
    """
    kept = []
    for char in text:
        try:
            char.encode("cp1252")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode("ascii")
            kept.append(decomposed or "?")
        else:
            kept.append(char)
    return "".join(kept)


def table_card_title(table: Table) -> str:
    return f"{table.label} · Table {table.number}" if table.label else f"Table {table.number}"


class TableCardSheet(FPDF):
    """Six 90 mm cards to an A4 page; ``card`` lays out one, in order."""

    def __init__(self, restaurant: Restaurant) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.core_fonts_encoding = "cp1252"
        self.set_auto_page_break(auto=False)
        self.set_margins(0, 0, 0)
        self.set_title(_printable(f"Table cards: {restaurant.name}"))
        self.set_creator("Sommelier")
        self.restaurant = restaurant

    def _fitted_line(self, text: str, *, y: float, x: float, width: float, size: float, style: str = "") -> None:
        """One centred line at the largest size up to ``size`` that fits, shortened with an ellipsis below 8 pt."""
        text = _printable(text)
        while size > 8 and self._width_at(text, size, style) > width:
            size -= 0.5
        self.set_font("Helvetica", style, size)
        if self.get_string_width(text) > width:
            while text and self.get_string_width(text + "…") > width:
                text = text[:-1]
            text = text.rstrip() + "…"
        self.set_xy(x, y)
        self.cell(width, size * 0.45, text, align="C")

    def _width_at(self, text: str, size: float, style: str) -> float:
        self.set_font("Helvetica", style, size)
        return float(self.get_string_width(text))

    def qr_image(self, url: str) -> Image.Image | io.BytesIO:
        # bench/bench_qr.py overrides this with the plain segno path to measure against.
        return _image(url, module_pixels=PDF_MODULE_PIXELS)

    def card(self, index: int, *, heading: str, url: str) -> None:
        slot = index % CARDS_PER_PAGE
        if slot == 0:
            self.add_page()
        column, row = slot % CARD_COLUMNS, slot // CARD_COLUMNS
        left = (PAGE_WIDTH_MM - CARD_COLUMNS * CARD_SIZE_MM) / 2 + column * CARD_SIZE_MM
        top = (PAGE_HEIGHT_MM - CARD_ROWS * CARD_SIZE_MM) / 2 + row * CARD_SIZE_MM
        inner_left, inner_width = left + CARD_PADDING_MM, CARD_SIZE_MM - 2 * CARD_PADDING_MM

        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        with self.local_context(dash_pattern={"dash": 2, "gap": 1.5}):
            self.rect(left, top, CARD_SIZE_MM, CARD_SIZE_MM)

        self.set_text_color(0, 0, 0)
        self._fitted_line(self.restaurant.name, y=top + 6, x=inner_left, width=inner_width, size=14, style="B")
        self._fitted_line(heading, y=top + 14, x=inner_left, width=inner_width, size=18, style="B")
        qr_left = left + (CARD_SIZE_MM - CARD_QR_MM) / 2
        self.image(
            self.qr_image(url),
            x=qr_left,
            y=top + 24,
            w=CARD_QR_MM,
            h=CARD_QR_MM,
            alt_text=url,
        )
        self._fitted_line(SCAN_INVITATION, y=top + 73, x=inner_left, width=inner_width, size=12)
        # Printed in full for whoever cannot scan: long addresses wrap onto a second line.
        self.set_text_color(90, 90, 90)
        self.set_font("Helvetica", "", 7)
        self.set_xy(inner_left, top + 79)
        printable_url = _printable(url)
        if self.get_string_width(printable_url) <= inner_width:
            self.cell(inner_width, 3.2, printable_url, align="C")  # a fifth of multi_cell's cost, and the usual case
        else:
            self.multi_cell(inner_width, 3.2, printable_url, align="C", max_line_height=3.2)


def table_cards_pdf(*, restaurant: Restaurant, tables: Sequence[Table]) -> bytes:
    """An A4 PDF with one card per table (six to a page), or one card for the restaurant when it has no tables."""
    sheet = TableCardSheet(restaurant)
    if not tables:
        sheet.card(0, heading="Welcome", url=diner_url(restaurant=restaurant))
    for index, table in enumerate(tables):
        sheet.card(
            index, heading=table_card_title(table), url=diner_url(restaurant=restaurant, table_number=table.number)
        )
    return bytes(sheet.output())
