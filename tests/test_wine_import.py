"""The wine-list import: all or nothing, idempotent, updating in place, every problem reported."""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal
from io import StringIO
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from recommendations.leases import LeaseKind, lease_is_held
from recommendations.models import ImportStatus, Restaurant, Wine, WineListImport
from recommendations.retrieval.vector_index import indexed_wine_count, wine_index_drop
from recommendations.services import stalled_work_requeue
from recommendations.tasks import wine_index_task
from recommendations.winelist.imports import WineListRejected, _import_attempt, wine_list_import, wine_list_import_run
from tests.csv_files import HEADER, three_wines, wine_csv, wine_row
from tests.factories import WineFactory

pytestmark = pytest.mark.django_db


def problems(data: bytes, restaurant: Restaurant) -> list[tuple[int, str, str]]:
    with pytest.raises(WineListRejected) as rejection:
        wine_list_import(restaurant=restaurant, data=data)
    return [(error.line, error.column, error.message) for error in rejection.value.errors]


def test_it_imports_a_wine_list(restaurant_a: Restaurant) -> None:
    summary = wine_list_import(restaurant=restaurant_a, data=wine_csv(three_wines()))

    assert (summary.total, summary.created, summary.updated, summary.unchanged, summary.removed) == (3, 3, 0, 0, 0)
    champagne = Wine.objects.get(restaurant=restaurant_a, sku="W-2")
    assert champagne.vintage is None
    assert champagne.grapes == ["Pinot Noir", "Chardonnay", "Pinot Meunier"]
    assert champagne.colour == "sparkling"
    assert champagne.bottle_price == Decimal("95.00")
    assert champagne.glass_price is None
    rose = Wine.objects.get(restaurant=restaurant_a, name="Bandol Rosé")
    assert (rose.colour, rose.bottle_price, rose.glass_price, rose.in_stock) == (
        "rose",
        Decimal("72.00"),
        Decimal("18.00"),
        False,
    )
    assert rose.content_hash == rose.compute_content_hash()
    restaurant_a.refresh_from_db()
    assert restaurant_a.wine_list_version == 2


def test_it_changes_nothing_when_the_same_file_is_imported_again(restaurant_a: Restaurant) -> None:
    data = wine_csv(three_wines())
    wine_list_import(restaurant=restaurant_a, data=data)
    before = list(Wine.objects.filter(restaurant=restaurant_a).values("pk", "content_hash", "updated_at"))

    summary = wine_list_import(restaurant=restaurant_a, data=data)

    assert (summary.created, summary.updated, summary.unchanged, summary.removed) == (0, 0, 3, 0)
    after = list(Wine.objects.filter(restaurant=restaurant_a).values("pk", "content_hash", "updated_at"))
    assert after == before
    restaurant_a.refresh_from_db()
    assert restaurant_a.wine_list_version == 2


def test_it_updates_changed_wines_in_place_by_sku_and_by_producer_name_vintage(restaurant_a: Restaurant) -> None:
    wine_list_import(restaurant=restaurant_a, data=wine_csv(three_wines()))
    ids_before = dict(Wine.objects.filter(restaurant=restaurant_a).values_list("name", "pk"))
    changed = three_wines()
    changed[0]["price"] = "62.00"  # matched by SKU W-1
    changed[0]["name"] = "Morgon Côte du Py (magnum pour)"
    changed[2]["description"] = "Now with more garrigue."  # no SKU: matched by producer + name + vintage
    changed[2]["producer"] = "DOMAINE  TEMPIER"  # case and spacing do not make a new wine

    summary = wine_list_import(restaurant=restaurant_a, data=wine_csv(changed))

    assert (summary.created, summary.updated, summary.unchanged) == (0, 2, 1)
    morgon = Wine.objects.get(pk=ids_before["Morgon Côte du Py"])
    assert (morgon.name, morgon.bottle_price) == ("Morgon Côte du Py (magnum pour)", Decimal("62.00"))
    assert Wine.objects.get(pk=ids_before["Bandol Rosé"]).description == "Now with more garrigue."
    assert Wine.objects.filter(restaurant=restaurant_a).count() == 3
    restaurant_a.refresh_from_db()
    assert restaurant_a.wine_list_version == 3


def test_it_keeps_wines_missing_from_the_file_unless_asked_to_remove_them(restaurant_a: Restaurant) -> None:
    wine_list_import(restaurant=restaurant_a, data=wine_csv(three_wines()))
    shorter = wine_csv(three_wines()[:1])

    kept = wine_list_import(restaurant=restaurant_a, data=shorter)
    assert (kept.unchanged, kept.removed) == (1, 0)
    assert Wine.objects.filter(restaurant=restaurant_a).count() == 3

    removed = wine_list_import(restaurant=restaurant_a, data=shorter, remove_missing=True)
    assert removed.removed == 2
    assert list(Wine.objects.filter(restaurant=restaurant_a).values_list("sku", flat=True)) == ["W-1"]


def test_it_never_touches_another_restaurants_list(restaurant_a: Restaurant, restaurant_b: Restaurant) -> None:
    other = WineFactory.create(restaurant=restaurant_b, sku="W-1", name="Bob's wine")

    wine_list_import(restaurant=restaurant_a, data=wine_csv(three_wines()), remove_missing=True)

    other.refresh_from_db()
    assert other.name == "Bob's wine"
    assert Wine.objects.filter(restaurant=restaurant_a).count() == 3


def test_it_reports_every_bad_row_with_its_line_and_imports_nothing(restaurant_a: Restaurant) -> None:
    existing = WineFactory.create(restaurant=restaurant_a, name="Already here")
    rows = [
        wine_row(sku="A"),  # line 2: fine
        wine_row(sku="B", price="cheap"),  # line 3
        wine_row(sku="C", colour="purple"),  # line 4
        wine_row(sku="D", name=""),  # line 5
        wine_row(sku="E", price="-5"),  # line 6
        wine_row(sku="F", glass_price="80", price="40"),  # line 7
        wine_row(sku="G", vintage="1066"),  # line 8
        wine_row(sku="A", name="Other"),  # line 9: duplicate SKU
        wine_row(sku="H", in_stock="maybe"),  # line 10
    ]

    assert problems(wine_csv(rows), restaurant_a) == [
        (3, "price", "'cheap' is not a price (write it like 45, 45.50 or 45,50)."),
        (4, "colour", "Unknown colour 'purple'; use red, white, rosé, sparkling, dessert or orange."),
        (5, "name", "The wine has no name."),
        (6, "price", "'-5' is not a price (write it like 45, 45.50 or 45,50)."),
        (7, "glass_price", "The glass price 80.00 is not below the bottle price 40.00."),
        (8, "vintage", f"'1066' is not a year between 1800 and {timezone.now().year + 1}, or NV."),
        (9, "sku", "SKU 'A' is also on line 2."),
        (10, "in_stock", "'maybe' is not yes/no or true/false."),
    ]
    assert list(Wine.objects.filter(restaurant=restaurant_a)) == [existing]


def test_it_counts_lines_across_quoted_multi_line_descriptions(restaurant_a: Restaurant) -> None:
    rows = [wine_row(sku="A", description="First line\nsecond line"), wine_row(sku="B", price="")]

    assert problems(wine_csv(rows), restaurant_a) == [(4, "price", "The price is missing.")]


def test_it_rejects_a_file_that_is_not_utf8_naming_the_line(restaurant_a: Restaurant) -> None:
    data = wine_csv([wine_row(sku="A"), wine_row(sku="B")]).replace("Côte".encode(), "Côte".encode("latin-1"))

    assert problems(data, restaurant_a) == [
        (
            2,
            "",
            "The file is not UTF-8 encoded (byte 0xf4 cannot be read); save it as 'CSV UTF-8' and upload again.",
        )
    ]


def test_it_rejects_a_utf16_file(restaurant_a: Restaurant) -> None:
    data = wine_csv([wine_row()]).decode().encode("utf-16")

    assert problems(data, restaurant_a)[0][2] == "The file is UTF-16 encoded; save it as 'CSV UTF-8' and upload again."


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_it_reads_a_file_a_european_spreadsheet_wrote(restaurant_a: Restaurant, delimiter: str) -> None:
    rows = [
        wine_row(sku="EU-1", price="38,50", glass_price="9,50"),
        wine_row(sku="EU-2", name="Morgon Javernières", price="1.250,00", glass_price=""),
    ]
    buffer = StringIO()
    writer = csv.DictWriter(buffer, fieldnames=HEADER, delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)

    wine_list_import(restaurant=restaurant_a, data=buffer.getvalue().encode())

    prices = dict(restaurant_a.wines.values_list("sku", "bottle_price"))
    assert prices == {"EU-1": Decimal("38.50"), "EU-2": Decimal("1250.00")}
    assert restaurant_a.wines.get(sku="EU-1").glass_price == Decimal("9.50")


def test_it_names_missing_and_unknown_columns(restaurant_a: Restaurant) -> None:
    header = [column for column in HEADER if column != "price"] + ["glass size"]

    found = problems(wine_csv([wine_row()], header=header), restaurant_a)

    assert [(line, column) for line, column, _ in found] == [(1, "glass size"), (1, "price")]
    assert found[1][2] == "Missing column 'price'."


def test_it_accepts_the_american_spelling_of_colour(restaurant_a: Restaurant) -> None:
    data = wine_csv([wine_row()]).replace(b"colour", b"color", 1)

    assert wine_list_import(restaurant=restaurant_a, data=data).created == 1


def test_it_rejects_a_row_with_too_many_fields(restaurant_a: Restaurant) -> None:
    data = wine_csv([wine_row()]) + b"W-9,Extra,Producer,Region,France,2020,Gamay,red,40,,true,desc,surplus\n"

    assert problems(data, restaurant_a) == [
        (3, "", "Expected 12 fields, found 13; a value containing a comma must be in double quotes.")
    ]


def test_it_rejects_an_empty_file_and_a_header_only_file(restaurant_a: Restaurant) -> None:
    assert problems(b"", restaurant_a)[0][2] == "The file is empty; expected a header line and one wine per line."
    assert problems(wine_csv([]), restaurant_a) == [(2, "", "The file has a header but no wines.")]


@override_settings(WINE_IMPORT_MAX_ROWS=2)
def test_it_refuses_a_file_over_the_row_limit_counting_wines_not_lines(restaurant_a: Restaurant) -> None:
    assert problems(wine_csv(three_wines()), restaurant_a) == [(0, "", "The file has 3 wines; the limit is 2.")]
    two_long_wines = [wine_row(sku="A", description="one\ntwo\nthree"), wine_row(sku="B", description="four\nfive")]
    assert wine_list_import(restaurant=restaurant_a, data=wine_csv(two_long_wines)).created == 2


def test_it_leaves_stock_alone_when_the_file_does_not_say(restaurant_a: Restaurant) -> None:
    header = [column for column in HEADER if column != "in_stock"]
    data = wine_csv(three_wines(), header=header)
    wine_list_import(restaurant=restaurant_a, data=data)
    Wine.objects.filter(restaurant=restaurant_a).update(in_stock=False)
    Wine.objects.filter(restaurant=restaurant_a).update(content_hash="")
    for wine in Wine.objects.filter(restaurant=restaurant_a):
        Wine.objects.filter(pk=wine.pk).update(content_hash=wine.compute_content_hash())

    summary = wine_list_import(restaurant=restaurant_a, data=data)

    assert (summary.updated, summary.unchanged) == (0, 3)
    assert not Wine.objects.filter(restaurant=restaurant_a, in_stock=True).exists()


def test_a_row_without_sku_finds_its_wine_after_staff_gave_it_one(restaurant_a: Restaurant) -> None:
    data = wine_csv([wine_row(sku="")])
    wine_list_import(restaurant=restaurant_a, data=data)
    Wine.objects.filter(restaurant=restaurant_a).update(sku="POS-17")

    summary = wine_list_import(restaurant=restaurant_a, data=data, remove_missing=True)

    assert (summary.created, summary.removed) == (0, 0)
    assert list(Wine.objects.filter(restaurant=restaurant_a).values_list("sku", flat=True)) == ["POS-17"]


def test_the_same_text_in_another_unicode_form_is_the_same_wine(restaurant_a: Restaurant) -> None:
    import unicodedata

    composed = wine_csv([wine_row(sku="")])
    wine_list_import(restaurant=restaurant_a, data=composed)

    summary = wine_list_import(restaurant=restaurant_a, data=unicodedata.normalize("NFD", composed.decode()).encode())

    assert (summary.created, summary.unchanged) == (0, 1)


def test_it_tolerates_what_spreadsheets_add(restaurant_a: Restaurant) -> None:
    excel = wine_csv(three_wines()).decode().replace("\n", ",,\r\n")
    data = ("\r\n\r\n" + excel).encode("utf-8-sig")

    summary = wine_list_import(restaurant=restaurant_a, data=data)

    assert summary.created == 3
    assert Wine.objects.get(restaurant=restaurant_a, sku="W-2").grapes == ["Pinot Noir", "Chardonnay", "Pinot Meunier"]


def test_a_value_under_an_unnamed_column_is_reported(restaurant_a: Restaurant) -> None:
    header, row = wine_csv([wine_row()]).decode().splitlines()
    data = f"{header},\n{row},stray\n".encode()

    assert problems(data, restaurant_a) == [(2, "", "The value 'stray' is in a column with no name.")]


def test_it_rejects_nul_characters_and_odd_digits(restaurant_a: Restaurant) -> None:
    assert problems(wine_csv([wine_row(name="Bad\x00name")]), restaurant_a) == [
        (2, "", "The file contains NUL characters: it is not a text CSV export.")
    ]
    assert problems(wine_csv([wine_row(vintage="²⁰²⁰")]), restaurant_a)[0][1] == "vintage"


def test_a_very_long_field_does_not_hide_the_problems_after_it(restaurant_a: Restaurant) -> None:
    rows = [wine_row(sku="A", description="x" * 200_000), wine_row(sku="B", price="oops")]

    assert [(line, column) for line, column, _ in problems(wine_csv(rows), restaurant_a)] == [
        (2, "description"),
        (3, "price"),
    ]


def test_it_asks_for_a_sku_when_two_wines_share_producer_name_and_vintage(restaurant_a: Restaurant) -> None:
    WineFactory.create(restaurant=restaurant_a, producer="Jean Foillard", name="Morgon Côte du Py", vintage=2021)
    WineFactory.create(restaurant=restaurant_a, producer="Jean Foillard", name="Morgon Côte du Py", vintage=2021)

    found = problems(wine_csv([wine_row(sku="")]), restaurant_a)

    assert found == [
        (
            2,
            "sku",
            "2 wines on the list have this producer, name and vintage; add a SKU to say which one this row is.",
        )
    ]


def test_a_dry_run_reports_and_changes_nothing(restaurant_a: Restaurant) -> None:
    summary = wine_list_import(restaurant=restaurant_a, data=wine_csv(three_wines()), dry_run=True)

    assert summary.created == 3
    assert not Wine.objects.exists()


def write_csv(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    return path


def test_the_command_imports_and_reports(restaurant_a: Restaurant, tmp_path: Path) -> None:
    out = StringIO()

    call_command(
        "import_wine_list", str(write_csv(tmp_path, wine_csv(three_wines()))), restaurant="bistro-a", stdout=out
    )

    assert out.getvalue().strip() == "Bistro A: 3 wines in list.csv: 3 added, 0 updated, 0 unchanged, 0 removed."
    assert WineListImport.objects.get().status == ImportStatus.SUCCEEDED


def test_the_command_lists_problems_and_fails(restaurant_a: Restaurant, tmp_path: Path) -> None:
    err = StringIO()
    path = write_csv(tmp_path, wine_csv([wine_row(price="free"), wine_row(sku="B", colour="blue")]))

    with pytest.raises(CommandError, match=r"^2 problem\(s\) in list.csv; nothing was imported.$"):
        call_command("import_wine_list", str(path), restaurant="bistro-a", stderr=err)

    problems = [line for line in err.getvalue().splitlines() if not line.startswith("importing list.csv: ")]
    assert problems == [
        "list.csv: line 2, column 'price': 'free' is not a price (write it like 45, 45.50 or 45,50).",
        "list.csv: line 3, column 'colour': Unknown colour 'blue'; use red, white, rosé, sparkling, dessert or orange.",
    ]
    assert not Wine.objects.exists()


def test_the_command_refuses_an_unknown_restaurant_and_a_missing_file(restaurant_a: Restaurant, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"^No restaurant with slug 'nowhere'\.$"):
        call_command("import_wine_list", str(tmp_path / "x.csv"), restaurant="nowhere")
    with pytest.raises(CommandError, match=r"^Cannot read .*x\.csv: No such file or directory\.$"):
        call_command("import_wine_list", str(tmp_path / "x.csv"), restaurant="bistro-a")


def test_the_command_dry_run_changes_nothing(restaurant_a: Restaurant, tmp_path: Path) -> None:
    out = StringIO()

    call_command(
        "import_wine_list",
        str(write_csv(tmp_path, wine_csv(three_wines()))),
        restaurant="bistro-a",
        dry_run=True,
        stdout=out,
    )

    assert out.getvalue().startswith("Dry run, nothing changed. 3 wines in the file: 3 added")
    assert not Wine.objects.exists()
    assert not WineListImport.objects.exists()


def test_running_a_recorded_import_twice_imports_once(restaurant_a: Restaurant) -> None:
    wine_import = WineListImport.objects.create(
        restaurant=restaurant_a, filename="l.csv", source=wine_csv(three_wines())
    )

    wine_list_import_run(import_id=wine_import.pk)
    wine_list_import_run(import_id=wine_import.pk)

    wine_import.refresh_from_db()
    assert (wine_import.status, wine_import.created_count, wine_import.processed_rows) == (ImportStatus.SUCCEEDED, 3, 3)
    assert Wine.objects.count() == 3


def test_running_a_deleted_import_does_nothing(restaurant_a: Restaurant) -> None:
    wine_import = WineListImport.objects.create(
        restaurant=restaurant_a, filename="l.csv", source=wine_csv(three_wines())
    )
    import_id = wine_import.pk
    wine_import.delete()

    wine_list_import_run(import_id=import_id)

    assert not Wine.objects.exists()


@contextmanager
def another_owner_holds(kind: LeaseKind, object_id: int) -> Iterator[None]:
    """A live owner elsewhere: a second database session holding the lease until the block ends."""
    parameters = connection.get_connection_params()
    parameters.pop("cursor_factory", None)
    parameters.pop("context", None)
    with psycopg.connect(**parameters, autocommit=True) as owner:
        owner.execute("SELECT pg_advisory_lock(%s, %s)", (int(kind), object_id))
        yield
    # The owner's session is gone; its server process lets go of the lock as it exits, a
    # moment after the client hung up.
    deadline = time.monotonic() + 10
    while lease_is_held(kind, object_id) and time.monotonic() < deadline:
        time.sleep(0.01)


def test_an_import_whose_owner_is_alive_is_left_alone_and_taken_over_once_it_dies(restaurant_a: Restaurant) -> None:
    running = WineListImport.objects.create(
        restaurant=restaurant_a,
        filename="l.csv",
        source=wine_csv(three_wines()),
        status=ImportStatus.RUNNING,
        attempts=1,
        started_at=timezone.now() - timedelta(hours=1),
    )

    with another_owner_holds(LeaseKind.WINE_IMPORT, running.pk):
        wine_list_import_run(import_id=running.pk)
        running.refresh_from_db()
        assert (running.status, running.attempts) == (ImportStatus.RUNNING, 1)
        assert not Wine.objects.exists()
    # The owner's session is gone (its process died): the next run takes the import over.
    wine_list_import_run(import_id=running.pk)

    running.refresh_from_db()
    assert (running.status, running.attempts, running.created_count) == (ImportStatus.SUCCEEDED, 2, 3)
    assert Wine.objects.filter(restaurant=restaurant_a).count() == 3


@override_settings(WORK_MAX_ATTEMPTS=2)
def test_an_import_that_keeps_killing_its_worker_fails_with_a_reason(restaurant_a: Restaurant) -> None:
    doomed = WineListImport.objects.create(
        restaurant=restaurant_a,
        filename="l.csv",
        source=wine_csv(three_wines()),
        status=ImportStatus.RUNNING,
        attempts=2,
    )

    wine_list_import_run(import_id=doomed.pk)

    doomed.refresh_from_db()
    assert doomed.status == ImportStatus.FAILED
    assert doomed.finished_at is not None
    assert "stopped its worker 2 times" in doomed.errors[0]["message"]
    assert not Wine.objects.exists()


def test_an_attempt_taken_over_meanwhile_writes_nothing(restaurant_a: Restaurant) -> None:
    wine_import = WineListImport.objects.create(
        restaurant=restaurant_a,
        filename="l.csv",
        source=wine_csv(three_wines()),
        status=ImportStatus.RUNNING,
        attempts=2,
    )

    # Attempt 1 wakes up after attempt 2 took over (a paused, not dead, worker).
    _import_attempt(wine_import.pk, 1)

    wine_import.refresh_from_db()
    assert (wine_import.status, wine_import.attempts) == (ImportStatus.RUNNING, 2)
    assert not Wine.objects.exists()


def test_the_sweeper_finishes_orphaned_imports_and_leaves_live_and_fresh_ones(
    restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    long_ago = timezone.now() - timedelta(minutes=5)
    orphaned = WineListImport.objects.create(
        restaurant=restaurant_a,
        filename="l.csv",
        source=wine_csv(three_wines()),
        status=ImportStatus.RUNNING,
        attempts=1,
    )
    never_started = WineListImport.objects.create(
        restaurant=restaurant_b, filename="m.csv", source=wine_csv([wine_row(sku="Z")])
    )
    just_queued = WineListImport.objects.create(
        restaurant=restaurant_b, filename="n.csv", source=wine_csv([wine_row(sku="Y")])
    )
    live = WineListImport.objects.create(
        restaurant=restaurant_b, filename="o.csv", source=wine_csv([wine_row(sku="X")]), status=ImportStatus.RUNNING
    )
    WineListImport.objects.filter(pk__in=[orphaned.pk, never_started.pk, live.pk]).update(created_at=long_ago)

    with another_owner_holds(LeaseKind.WINE_IMPORT, live.pk):
        # Eager Celery in tests: each queued task runs right here.
        requeued = stalled_work_requeue()
        again = stalled_work_requeue()

    assert sorted(requeued.imports) == sorted([orphaned.pk, never_started.pk])
    assert again.imports == []  # queued once per WORK_REQUEUE_EVERY_SECONDS
    statuses = dict(WineListImport.objects.values_list("pk", "status"))
    assert statuses[orphaned.pk] == statuses[never_started.pk] == ImportStatus.SUCCEEDED
    assert statuses[just_queued.pk] == ImportStatus.PENDING  # still within its grace
    assert statuses[live.pk] == ImportStatus.RUNNING
    assert Wine.objects.filter(restaurant=restaurant_a).count() == 3


def test_the_sweeper_requeues_an_index_left_behind_its_list(restaurant_a: Restaurant) -> None:
    WineFactory.create_batch(3, restaurant=restaurant_a)
    # The list moved on and its index job died with its worker.
    Restaurant.objects.filter(pk=restaurant_a.pk).update(
        wine_list_version=5, wine_index_version=4, updated_at=timezone.now() - timedelta(minutes=5)
    )
    try:
        with another_owner_holds(LeaseKind.WINE_INDEX, restaurant_a.pk):
            assert stalled_work_requeue().wine_indexes == []  # a sync is running: leave it
        requeued = stalled_work_requeue()

        assert requeued.wine_indexes == [restaurant_a.pk]
        restaurant_a.refresh_from_db()
        assert restaurant_a.wine_index_version == 5
        assert indexed_wine_count(restaurant_id=restaurant_a.pk) == 3
    finally:
        wine_index_drop(restaurant_id=restaurant_a.pk)


def test_an_index_that_keeps_taking_its_worker_down_is_skipped_until_the_hour_is_over(
    restaurant_a: Restaurant,
) -> None:
    WineFactory.create_batch(2, restaurant=restaurant_a)
    # Three starts whose process died (their count was never taken back).
    cache.set(f"crashes:wine-index:{restaurant_a.pk}", settings.WORK_MAX_ATTEMPTS, timeout=60)
    try:
        wine_index_task(restaurant_a.pk)
        assert indexed_wine_count(restaurant_id=restaurant_a.pk) == 0
        assert cache.get(f"crashes:wine-index:{restaurant_a.pk}") == settings.WORK_MAX_ATTEMPTS

        cache.delete(f"crashes:wine-index:{restaurant_a.pk}")  # the hour is over
        wine_index_task(restaurant_a.pk)
        assert indexed_wine_count(restaurant_id=restaurant_a.pk) == 2
        assert cache.get(f"crashes:wine-index:{restaurant_a.pk}") == 0  # a run that ended takes its start back
    finally:
        wine_index_drop(restaurant_id=restaurant_a.pk)


def test_a_list_written_in_its_own_words_imports(restaurant_a: Restaurant) -> None:
    # Another restaurant's spreadsheet: "Type", "Bottle price", "Tasting notes", and its colours
    # as its list prints them, in English or in its own language.
    header = ["sku", "wine", "winery", "region", "country", "year", "grape", "type", "bottle_price", "glass_price",
              "in_stock", "tasting_notes"]  # fmt: skip
    rows = [
        {"sku": "A", "wine": "Morgon", "winery": "Foillard", "region": "Beaujolais", "country": "France",
         "year": "2021", "grape": "Gamay", "type": "Vin rouge", "bottle_price": "58", "glass_price": "14",
         "in_stock": "true", "tasting_notes": "cerise, léger"},
        {"sku": "B", "wine": "Tawny 20", "winery": "Taylor's", "region": "Douro", "country": "Portugal",
         "year": "NV", "grape": "", "type": "Fortified", "bottle_price": "90", "glass_price": "",
         "in_stock": "true", "tasting_notes": "nutty"},
        {"sku": "C", "wine": "Brut", "winery": "Gimonnet", "region": "Champagne", "country": "France",
         "year": "NV", "grape": "Chardonnay", "type": "Champagne & Sparkling", "bottle_price": "95", "glass_price": "",
         "in_stock": "true", "tasting_notes": "chalky"},
        {"sku": "D", "wine": "Ramato", "winery": "Ronco", "region": "Friuli", "country": "Italy",
         "year": "2022", "grape": "Pinot Grigio", "type": "Skin contact", "bottle_price": "60", "glass_price": "",
         "in_stock": "true", "tasting_notes": "copper"},
    ]  # fmt: skip

    summary = wine_list_import(restaurant=restaurant_a, data=wine_csv(rows, header=header))

    assert summary.created == 4
    colours = dict(Wine.objects.filter(restaurant=restaurant_a).values_list("sku", "colour"))
    assert colours == {"A": "red", "B": "dessert", "C": "sparkling", "D": "orange"}
    assert Wine.objects.get(restaurant=restaurant_a, sku="A").bottle_price == Decimal("58")


def test_a_column_given_twice_under_another_name_says_which(restaurant_a: Restaurant) -> None:
    header = [*HEADER, "notes"]
    rows = [{**wine_row(), "notes": "also a note"}]

    assert problems(wine_csv(rows, header=header), restaurant_a) == [
        (1, "description", "Column 'description' appears twice ('notes' is read as 'description')."),
    ]


def test_in_stock_is_read_in_the_lists_own_language(restaurant_a: Restaurant) -> None:
    rows = [wine_row(sku="IT-1", in_stock="sì"), wine_row(sku="IT-2", name="Other", in_stock="nein")]

    wine_list_import(restaurant=restaurant_a, data=wine_csv(rows))

    assert dict(restaurant_a.wines.values_list("sku", "in_stock")) == {"IT-1": True, "IT-2": False}


def test_a_fully_quoted_semicolon_export_with_excels_separator_line_is_read(restaurant_a: Restaurant) -> None:
    buffer = StringIO()
    buffer.write("sep=;\n")
    writer = csv.DictWriter(buffer, fieldnames=HEADER, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writeheader()
    writer.writerows([wine_row(sku="Q-1", price="38,50", in_stock="✔")])

    wine_list_import(restaurant=restaurant_a, data=buffer.getvalue().encode())

    assert restaurant_a.wines.get(sku="Q-1").bottle_price == Decimal("38.50")


def test_a_bad_row_after_excels_separator_line_keeps_its_line_number(restaurant_a: Restaurant) -> None:
    buffer = StringIO()
    buffer.write("sep=;\n")
    writer = csv.DictWriter(buffer, fieldnames=HEADER, delimiter=";", lineterminator="\n")
    writer.writeheader()
    writer.writerows([wine_row(sku="Q-1"), wine_row(sku="Q-2", name="Other", price="cheap")])

    assert [(line, column) for line, column, _ in problems(buffer.getvalue().encode(), restaurant_a)] == [(4, "price")]
