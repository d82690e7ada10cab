"""QR codes and table cards: the exact configured address, downloadable only by the restaurant's own staff."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from io import StringIO
from typing import TYPE_CHECKING

import pypdf
import pytest
import zxingcpp
from django.contrib.auth.models import User
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from PIL import Image
from pytest_django.fixtures import Settings as SettingsFixture

from recommendations.models import Restaurant, Table
from recommendations.tablecards import qr
from tests.conftest import logged_in
from tests.factories import RestaurantFactory, TableFactory

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse

pytestmark = pytest.mark.django_db

SITE = "https://wine.example.com"
SVG_NS = "{http://www.w3.org/2000/svg}"


def decoded(image: Image.Image) -> list[str]:
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


def decoded_png(content: bytes) -> list[str]:
    return decoded(Image.open(io.BytesIO(content)))


def restaurant_url(restaurant: Restaurant, kind: str) -> str:
    return reverse(f"admin:recommendations_restaurant_{kind}", args=[restaurant.pk])


def table_url(table: Table, kind: str) -> str:
    return reverse(f"admin:recommendations_table_{kind}", args=[table.pk])


def parsed_svg(content: bytes) -> ET.Element:
    return ET.fromstring(content)  # noqa: S314 - parsing our own output is the point of the test


@pytest.fixture
def table_a(restaurant_a: Restaurant) -> Table:
    return TableFactory.create(restaurant=restaurant_a, number=12, label="Terrace 3")


@pytest.fixture
def table_b(restaurant_b: Restaurant) -> Table:
    return TableFactory.create(restaurant=restaurant_b, number=4)


@pytest.fixture(autouse=True)
def _site_url(settings: SettingsFixture) -> None:
    settings.SITE_URL = SITE


def test_it_builds_the_diner_address_from_the_configured_site_url(restaurant_a: Restaurant, table_a: Table) -> None:
    assert qr.diner_url(restaurant=restaurant_a) == "https://wine.example.com/r/bistro-a/"
    assert qr.table_url(table_a) == "https://wine.example.com/r/bistro-a/?table=12"


def test_the_restaurant_png_decodes_to_the_exact_address(alice_client: Client, restaurant_a: Restaurant) -> None:
    response = alice_client.get(restaurant_url(restaurant_a, "qr_png"))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"] == 'attachment; filename="bistro-a-qr.png"'
    assert decoded_png(response.content) == ["https://wine.example.com/r/bistro-a/"]


def test_a_table_png_decodes_to_the_exact_address_with_the_table(alice_client: Client, table_a: Table) -> None:
    response = alice_client.get(table_url(table_a, "qr_png"))

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="bistro-a-table-12-qr.png"'
    assert decoded_png(response.content) == ["https://wine.example.com/r/bistro-a/?table=12"]


@override_settings(ALLOWED_HOSTS=["*"], USE_X_FORWARDED_HOST=True)
def test_a_forged_host_header_changes_nothing(alice_client: Client, restaurant_a: Restaurant, table_a: Table) -> None:
    for url in [restaurant_url(restaurant_a, "qr_png"), table_url(table_a, "qr_png"), table_url(table_a, "qr_svg")]:
        honest = alice_client.get(url)
        forged = alice_client.get(url, HTTP_HOST="evil.example.net", HTTP_X_FORWARDED_HOST="evil.example.net")

        assert forged.status_code == 200
        assert forged.content == honest.content
        assert b"evil" not in forged.content
    forged_pdf = alice_client.get(restaurant_url(restaurant_a, "table_cards"), HTTP_HOST="evil.example.net")
    assert "evil" not in pdf_text(forged_pdf.content)
    assert decoded_pdf_images(forged_pdf.content) == ["https://wine.example.com/r/bistro-a/?table=12"]


def test_the_svg_is_well_formed_with_no_script_or_outside_reference(alice_client: Client, table_a: Table) -> None:
    response = alice_client.get(table_url(table_a, "qr_svg"))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response["Content-Disposition"] == 'attachment; filename="bistro-a-table-12-qr.svg"'
    assert response["Content-Security-Policy"] == "default-src 'none'"
    root = parsed_svg(response.content)
    assert root.tag == f"{SVG_NS}svg"
    assert sorted({element.tag.removeprefix(SVG_NS) for element in root.iter()}) == ["path", "svg", "title"]
    attributes = {name.lower() for element in root.iter() for name in element.attrib}
    assert not {name for name in attributes if name.startswith("on") or name.endswith("href")}
    assert root.findtext(f"{SVG_NS}title") == "Bistro A: Terrace 3 · Table 12"


def test_a_hostile_restaurant_name_stays_text_in_the_svg(alice_client: Client, restaurant_a: Restaurant) -> None:
    restaurant_a.name = '<script>alert("x")</script><a href="javascript:alert(1)">'
    restaurant_a.save()

    root = parsed_svg(alice_client.get(restaurant_url(restaurant_a, "qr_svg")).content)

    assert "script" not in {element.tag.removeprefix(SVG_NS) for element in root.iter()}
    assert root.findtext(f"{SVG_NS}title") == restaurant_a.name


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages)


def decoded_pdf_images(content: bytes) -> list[str]:
    """Every image in the PDF, page by page, read back as a QR code."""
    found = []
    for page in pypdf.PdfReader(io.BytesIO(content)).pages:
        for image in page.images:
            codes = decoded(Image.open(io.BytesIO(image.data)))
            assert len(codes) == 1
            found.append(codes[0])
    return found


def test_the_table_cards_pdf_has_one_card_per_table(alice_client: Client, restaurant_a: Restaurant) -> None:
    for number in [1, 2, 3, 5, 8, 13, 21]:
        TableFactory.create(restaurant=restaurant_a, number=number, label="Window" if number == 5 else "")

    response = alice_client.get(restaurant_url(restaurant_a, "table_cards"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="bistro-a-table-cards.pdf"'
    assert response.content.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 2  # six cards to a page
    assert [round(float(side)) for side in reader.pages[0].mediabox[2:]] == [595, 842]  # A4 in points
    text = pdf_text(response.content)
    assert text.count(qr.SCAN_INVITATION) == 7
    assert text.count("Bistro A") == 7
    headings = [line for line in text.splitlines() if "Table " in line]
    assert headings == ["Table 1", "Table 2", "Table 3", "Window · Table 5", "Table 8", "Table 13", "Table 21"]
    expected = [f"https://wine.example.com/r/bistro-a/?table={number}" for number in [1, 2, 3, 5, 8, 13, 21]]
    assert decoded_pdf_images(response.content) == expected
    assert [line for line in text.splitlines() if line.startswith("https://")] == expected


def test_a_restaurant_without_tables_gets_one_restaurant_card(alice_client: Client, restaurant_a: Restaurant) -> None:
    response = alice_client.get(restaurant_url(restaurant_a, "table_cards"))

    assert response.status_code == 200
    assert decoded_pdf_images(response.content) == ["https://wine.example.com/r/bistro-a/"]
    assert pdf_text(response.content).count(qr.SCAN_INVITATION) == 1


def test_long_and_non_latin_names_still_make_a_card() -> None:
    restaurant = RestaurantFactory.create(slug="s" * 80, name="Zoë’s “Kitchen” 東京 " + "very long " * 17)
    TableFactory.create(restaurant=restaurant, number=9999, label="L" * 60)

    content = qr.table_cards_pdf(restaurant=restaurant, tables=list(restaurant.tables.all()))

    text = pdf_text(content)
    assert "Zoë’s “Kitchen” ??" in text
    assert "…" in text  # the name was shortened to fit the card
    assert decoded_pdf_images(content) == [qr.diner_url(restaurant=restaurant, table_number=9999)]
    # The address is printed in full (wrapped onto two lines) for anyone who cannot scan.
    assert qr.diner_url(restaurant=restaurant, table_number=9999) in text.replace("\n", "")


def another_restaurants_downloads(restaurant_b: Restaurant, table_b: Table) -> list[str]:
    return [
        restaurant_url(restaurant_b, "qr_png"),
        restaurant_url(restaurant_b, "qr_svg"),
        restaurant_url(restaurant_b, "table_cards"),
        table_url(table_b, "qr_png"),
        table_url(table_b, "qr_svg"),
    ]


def test_a_manager_gets_404_for_another_restaurants_codes(
    alice_client: Client, restaurant_b: Restaurant, table_b: Table
) -> None:
    for url in another_restaurants_downloads(restaurant_b, table_b):
        assert alice_client.get(url).status_code == 404, url


def test_a_missing_restaurant_or_table_is_a_404(alice_client: Client) -> None:
    assert alice_client.get(reverse("admin:recommendations_restaurant_qr_png", args=[987654])).status_code == 404
    assert alice_client.get(reverse("admin:recommendations_table_qr_svg", args=[987654])).status_code == 404


def test_a_viewer_may_download_every_code_of_their_restaurant(
    victor: User, restaurant_a: Restaurant, table_a: Table
) -> None:
    client = logged_in(victor)

    for url in [
        restaurant_url(restaurant_a, "qr_png"),
        restaurant_url(restaurant_a, "qr_svg"),
        restaurant_url(restaurant_a, "table_cards"),
        table_url(table_a, "qr_png"),
        table_url(table_a, "qr_svg"),
    ]:
        assert client.get(url).status_code == 200, url


def test_a_superuser_may_download_any_restaurants_codes(
    charlie: User, restaurant_b: Restaurant, table_b: Table
) -> None:
    client = logged_in(charlie)

    for url in another_restaurants_downloads(restaurant_b, table_b):
        assert client.get(url).status_code == 200, url


def test_anonymous_visitors_are_sent_to_the_login_page(restaurant_a: Restaurant, table_a: Table) -> None:
    for url in [restaurant_url(restaurant_a, "qr_png"), table_url(table_a, "qr_svg")]:
        response = Client().get(url)

        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_downloads_accept_only_reads(alice_client: Client, restaurant_a: Restaurant) -> None:
    assert alice_client.post(restaurant_url(restaurant_a, "table_cards")).status_code == 405
    assert alice_client.head(restaurant_url(restaurant_a, "qr_png")).status_code == 200


def test_the_restaurant_page_links_every_download(victor: User, restaurant_a: Restaurant, table_a: Table) -> None:
    response = logged_in(victor).get(reverse("admin:recommendations_restaurant_change", args=[restaurant_a.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert f'href="{restaurant_url(restaurant_a, "table_cards")}"' in page
    assert f'href="{restaurant_url(restaurant_a, "qr_png")}" download' in page
    assert f'src="{restaurant_url(restaurant_a, "qr_svg")}"' in page
    assert "<code>https://wine.example.com/r/bistro-a/</code>" in page
    # Each row of the tables inline links its own codes.
    assert f'href="{table_url(table_a, "qr_png")}" download' in page
    assert f'href="{table_url(table_a, "qr_svg")}" download' in page


def test_a_new_restaurants_page_explains_where_its_codes_will_be(charlie: User) -> None:
    response = logged_in(charlie).get(reverse("admin:recommendations_restaurant_add"))

    assert response.status_code == 200
    assert "Save the restaurant first; its QR codes appear here." in response.content.decode()


def test_the_tables_list_links_each_tables_codes(alice_client: Client, table_a: Table, table_b: Table) -> None:
    page = alice_client.get(reverse("admin:recommendations_table_changelist")).content.decode()

    assert f'href="{table_url(table_a, "qr_png")}"' in page
    assert f'href="{table_url(table_a, "qr_svg")}"' in page
    assert table_url(table_b, "qr_png") not in page


TABLE_CHANGELIST = reverse("admin:recommendations_table_changelist")


def print_cards(client: Client, *tables: Table) -> _MonkeyPatchedWSGIResponse:
    return client.post(
        TABLE_CHANGELIST, {"action": "print_table_cards", "_selected_action": [table.pk for table in tables]}
    )


def test_the_tables_list_reprints_the_selected_tables_cards(
    alice_client: Client, restaurant_a: Restaurant, table_a: Table
) -> None:
    TableFactory.create(restaurant=restaurant_a, number=2)
    table_7 = TableFactory.create(restaurant=restaurant_a, number=7)

    response = print_cards(alice_client, table_7, table_a)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert decoded_pdf_images(response.content) == [
        "https://wine.example.com/r/bistro-a/?table=7",
        "https://wine.example.com/r/bistro-a/?table=12",
    ]


def test_the_reprint_never_includes_another_restaurants_table(
    alice_client: Client, table_a: Table, table_b: Table
) -> None:
    response = print_cards(alice_client, table_a, table_b)

    assert decoded_pdf_images(response.content) == ["https://wine.example.com/r/bistro-a/?table=12"]
    assert print_cards(alice_client, table_b)["Content-Type"].startswith("text/html")


def test_the_reprint_asks_for_one_restaurant_at_a_time(charlie: User, table_a: Table, table_b: Table) -> None:
    response = print_cards(logged_in(charlie), table_a, table_b)

    assert response.status_code == 302
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert messages == ["Select tables of one restaurant to print their cards."]


def test_the_demo_loader_prints_the_diner_and_table_card_addresses() -> None:
    out = StringIO()

    call_command("load_demo_data", stdout=out)

    bistro = Restaurant.objects.get(slug="bistro-marguerite")
    text = out.getvalue()
    assert "diner page  https://wine.example.com/r/bistro-marguerite/?table=1" in text
    assert f"table cards https://wine.example.com{restaurant_url(bistro, 'table_cards')}" in text
