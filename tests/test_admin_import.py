"""Uploading a wine list in the admin: small files at once, large ones through Celery with progress."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse

from recommendations.models import ImportStatus, Restaurant, Wine, WineListImport
from tests.conftest import logged_in
from tests.csv_files import three_wines, wine_csv, wine_row

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("admin:recommendations_winelistimport_add")


def upload(client: Client, restaurant: Restaurant, data: bytes, name: str = "list.csv", **extra: str) -> object:
    return client.post(
        UPLOAD_URL, {"restaurant": restaurant.pk, "file": SimpleUploadedFile(name, data, "text/csv"), **extra}
    )


def detail_url(wine_import: WineListImport) -> str:
    return reverse("admin:recommendations_winelistimport_change", args=[wine_import.pk])


def test_it_imports_a_small_file_at_once_and_shows_the_result(alice_client: Client, restaurant_a: Restaurant) -> None:
    response = upload(alice_client, restaurant_a, wine_csv(three_wines()))

    wine_import = WineListImport.objects.get()
    assert response.status_code == 302  # type: ignore[attr-defined]
    assert response["Location"] == detail_url(wine_import)  # type: ignore[index]
    assert wine_import.status == ImportStatus.SUCCEEDED
    assert wine_import.created_by is not None
    assert wine_import.created_by.username == "alice"
    page = alice_client.get(detail_url(wine_import)).content.decode()
    assert "<li>3 added</li>" in page
    assert Wine.objects.filter(restaurant=restaurant_a).count() == 3


def test_it_shows_every_problem_of_a_rejected_file(alice_client: Client, restaurant_a: Restaurant) -> None:
    upload(alice_client, restaurant_a, wine_csv([wine_row(price="abc"), wine_row(sku="X", colour="<b>teal</b>")]))

    wine_import = WineListImport.objects.get()
    assert wine_import.status == ImportStatus.FAILED
    page = alice_client.get(detail_url(wine_import)).content.decode()
    assert "Nothing was imported." in page
    assert "<td>2</td><td>price</td><td>&#x27;abc&#x27; is not a price (write it like 45, 45.50 or 45,50).</td>" in page
    # What staff typed is escaped, never interpreted as HTML.
    assert "&lt;b&gt;teal&lt;/b&gt;" in page
    assert "<b>teal</b>" not in page
    assert not Wine.objects.exists()


@override_settings(WINE_IMPORT_INLINE_MAX_ROWS=2)
def test_it_sends_a_large_file_to_celery_after_commit(
    alice_client: Client, restaurant_a: Restaurant, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = upload(alice_client, restaurant_a, wine_csv(three_wines()))

    wine_import = WineListImport.objects.get()
    assert response.status_code == 302  # type: ignore[attr-defined]
    assert wine_import.status == ImportStatus.PENDING
    assert len(callbacks) == 1

    callbacks[0]()  # the commit: eager Celery runs wine_list_import_task here

    wine_import.refresh_from_db()
    assert (wine_import.status, wine_import.processed_rows, wine_import.total_rows) == (ImportStatus.SUCCEEDED, 3, 3)
    assert Wine.objects.filter(restaurant=restaurant_a).count() == 3


def test_the_progress_partial_polls_while_running_and_stops_when_done(
    alice_client: Client, restaurant_a: Restaurant
) -> None:
    wine_import = WineListImport.objects.create(
        restaurant=restaurant_a,
        filename="big.csv",
        source=b"",
        status=ImportStatus.RUNNING,
        total_rows=400,
        processed_rows=100,
    )

    running = alice_client.get(detail_url(wine_import), headers={"HX-Request": "true"}).content.decode()
    assert running.lstrip().startswith('<div id="import-progress"')
    assert 'hx-trigger="every 1s"' in running
    assert '<progress max="100" value="25"' in running
    assert "<html" not in running

    WineListImport.objects.filter(pk=wine_import.pk).update(status=ImportStatus.SUCCEEDED, processed_rows=400)
    done = alice_client.get(detail_url(wine_import), headers={"HX-Request": "true"}).content.decode()
    assert "hx-trigger" not in done
    assert '<progress max="100" value="100"' in done


def test_the_full_page_includes_the_same_progress_fragment(alice_client: Client, restaurant_a: Restaurant) -> None:
    wine_import = WineListImport.objects.create(restaurant=restaurant_a, filename="big.csv", source=b"", total_rows=10)

    page = alice_client.get(detail_url(wine_import)).content.decode()

    assert "<html" in page
    assert '<div id="import-progress"' in page
    assert "vendor/htmx.min.js" in page


def test_it_refuses_an_upload_into_another_restaurant(alice_client: Client, restaurant_b: Restaurant) -> None:
    response = upload(alice_client, restaurant_b, wine_csv(three_wines()))

    assert response.status_code == 200  # type: ignore[attr-defined]
    assert response.context["form"].errors["restaurant"] == [  # type: ignore[attr-defined]
        "Select a valid choice. That choice is not one of the available choices."
    ]
    assert not WineListImport.objects.exists()
    assert not Wine.objects.exists()


def test_it_refuses_a_file_that_is_not_csv(alice_client: Client, restaurant_a: Restaurant) -> None:
    response = upload(alice_client, restaurant_a, b"PK\x03\x04", name="list.xlsx")

    assert response.context["form"].errors["file"] == [  # type: ignore[attr-defined]
        "Upload a .csv file (export it from your spreadsheet as 'CSV UTF-8')."
    ]


def test_it_hides_another_restaurants_imports(
    alice_client: Client, bob: User, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    upload(logged_in(bob), restaurant_b, wine_csv(three_wines()))
    bobs_import = WineListImport.objects.get()

    assert (
        list(alice_client.get(reverse("admin:recommendations_winelistimport_changelist")).context["cl"].result_list)
        == []
    )
    response = alice_client.get(detail_url(bobs_import))
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


def test_a_viewer_cannot_upload(victor: User, restaurant_a: Restaurant) -> None:
    response = upload(logged_in(victor), restaurant_a, wine_csv(three_wines()))

    assert response.status_code == 403  # type: ignore[attr-defined]
    assert not WineListImport.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_an_import_that_cannot_be_queued_says_so_instead_of_waiting_forever(restaurant_a: Restaurant) -> None:
    # A fresh process whose broker is down from the start: Celery's connection pools
    # in this test process would otherwise still point at the real Redis.
    code = (
        "from recommendations.models import Restaurant; from recommendations.winelist.imports import wine_list_import_create; "
        "print(wine_list_import_create(restaurant=Restaurant.objects.get(slug='bistro-a'), filename='l.csv', "
        f"data={wine_csv(three_wines())!r}, run_inline=False).pk)"
    )
    database = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "CELERY_BROKER_URL": f"redis://127.0.0.1:{_closed_port()}/0",
        "CELERY_TASK_ALWAYS_EAGER": "false",
    }

    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", code],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    wine_import = WineListImport.objects.get(pk=int(result.stdout.strip()))
    assert wine_import.status == ImportStatus.FAILED
    assert wine_import.errors[0]["message"] == "The import could not be queued (the task queue is down); try again."


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- the dry run: see what an import would do, then apply exactly that file ----------------------


def test_checking_a_file_shows_every_change_and_changes_nothing(alice_client: Client, restaurant_a: Restaurant) -> None:
    upload(alice_client, restaurant_a, wine_csv(three_wines()))
    before = list(Wine.objects.order_by("pk").values())
    changed = [wine_row(price="62.00", in_stock="false"), *three_wines()[1:2], wine_row(sku="W-9", name="Fleurie")]

    response = upload(alice_client, restaurant_a, wine_csv(changed), remove_missing="on", check="1")

    page = response.content.decode()  # type: ignore[attr-defined]
    assert response.status_code == 200  # type: ignore[attr-defined]
    for part in ("<strong>1 added</strong>", "<strong>1 changed</strong>", "1 unchanged", "<strong>1 removed</strong>"):
        assert part in page
    assert "price 58.00 → 62.00; in stock yes → no" in page
    assert "Fleurie" in page
    assert list(Wine.objects.order_by("pk").values()) == before
    assert WineListImport.objects.count() == 1  # only the first, real import


def test_applying_a_checked_file_imports_exactly_it_once(alice_client: Client, restaurant_a: Restaurant) -> None:
    response = upload(alice_client, restaurant_a, wine_csv(three_wines()), check="1")
    token = re.search(r'name="checked" value="([^"]+)"', response.content.decode())  # type: ignore[attr-defined]
    assert token is not None
    assert not Wine.objects.exists()

    applied = alice_client.post(UPLOAD_URL, {"checked": token.group(1)})

    wine_import = WineListImport.objects.get()
    assert applied["Location"] == detail_url(wine_import)
    assert wine_import.status == ImportStatus.SUCCEEDED
    assert Wine.objects.filter(restaurant=restaurant_a).count() == 3
    again = alice_client.post(UPLOAD_URL, {"checked": token.group(1)})  # applied once: the token is spent
    assert again["Location"] == UPLOAD_URL
    assert WineListImport.objects.count() == 1


def test_another_user_cannot_apply_a_checked_file(
    alice_client: Client, bob: User, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    response = upload(alice_client, restaurant_a, wine_csv(three_wines()), check="1")
    token = re.search(r'name="checked" value="([^"]+)"', response.content.decode())  # type: ignore[attr-defined]
    assert token is not None

    logged_in(bob).post(UPLOAD_URL, {"checked": token.group(1)})

    assert not Wine.objects.exists()
    assert not WineListImport.objects.exists()


def test_checking_a_bad_file_lists_its_problems(alice_client: Client, restaurant_a: Restaurant) -> None:
    response = upload(alice_client, restaurant_a, wine_csv([wine_row(price="free")]), check="1")

    page = response.content.decode()  # type: ignore[attr-defined]
    assert "line 2, column &#x27;price&#x27;: &#x27;free&#x27; is not a price" in page
    assert "Apply these changes" not in page
