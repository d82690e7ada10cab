"""Menu and house documents: upload, extraction, chunking, the per-restaurant index, search and tenancy.

Real Chroma (in the test run's temp directory), the real embedding model,
real PostgreSQL. Indexing is queued on commit: tests that need the chunks
wrap the write in ``django_capture_on_commit_callbacks(execute=True)``.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from io import BytesIO
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader, PdfWriter

from api.keys import api_key_create
from recommendations.documents import (
    CHUNK_MAX_CHARS,
    CHUNK_TARGET_CHARS,
    DOCUMENT_MAX_BYTES,
    PDF_MAX_PAGES,
    DocumentIndexSummary,
    chunk_document,
    chunk_id,
    collection_name,
    document_create,
    document_index_sync,
    document_search,
    title_from_filename,
)
from recommendations.models import Document, DocumentKind, Restaurant
from recommendations.retrieval.vector_index import wine_index_drop, wine_index_sync
from recommendations.retrieval.vector_store import chroma_client
from recommendations.tasks import document_index_task
from tests.conftest import logged_in
from tests.factories import WineFactory

pytestmark = pytest.mark.django_db

OnCommit = Callable[..., AbstractContextManager[list[Callable[[], Any]]]]

ALLERGENS_MD = """# Spring menu

## Starters

Burrata with blood orange, fennel and pistachio. Contains milk and tree nuts.

Chicken liver parfait with brioche and pickled shallots. Contains gluten, milk and eggs.

## Mains

Roast rack of lamb with rosemary, white beans and salsa verde. The lamb is gluten-free and dairy-free.

Pan-fried sea bass with brown butter and capers. Contains fish and milk.

## Desserts

Dark chocolate tart with crème fraîche. Contains gluten, eggs and milk.
"""

HOUSE_RULES = (
    "House rules.\n\nCorkage is 25 dollars a bottle, waived on Mondays.\n\n"
    "Private dining for up to 14 guests in the cellar room; book two weeks ahead."
)
LAMB_QUESTION = "is the lamb gluten-free?"


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_with_text(*lines: str) -> bytes:
    """A real one-page PDF (Helvetica text, correct cross-reference table), built by hand."""
    content = "BT /F1 11 Tf 14 TL 72 720 Td " + " ".join(f"({_pdf_string(line)}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref_at = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    pdf += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    pdf += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref_at}\n%%EOF\n".encode()
    return pdf


def pdf_without_text() -> bytes:
    """What a scanner without OCR gives: pages, but no text layer."""
    return pdf_of_blank_pages(1)


def pdf_with_password(pdf: bytes, *, password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


def pdf_of_blank_pages(count: int) -> bytes:
    writer = PdfWriter()
    for _ in range(count):
        writer.add_blank_page(width=612, height=792)
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


def documents_url(restaurant: Restaurant) -> str:
    return reverse("api-documents", args=[restaurant.slug])


def document_url(restaurant: Restaurant, document_id: int) -> str:
    return reverse("api-document", args=[restaurant.slug, document_id])


def search_url(restaurant: Restaurant) -> str:
    return reverse("api-search", args=[restaurant.slug])


def upload(client: Client, restaurant: Restaurant, name: str, data: bytes, **fields: str) -> Any:
    return client.post(documents_url(restaurant), {"file": SimpleUploadedFile(name, data), **fields})


def stored_chunks(restaurant: Restaurant, document_id: int) -> dict[str, Any]:
    collection = chroma_client().get_or_create_collection(collection_name(restaurant.pk), embedding_function=None)
    result = collection.get(where={"document_id": document_id}, include=["metadatas", "documents", "embeddings"])
    embeddings: Any = result["embeddings"]
    return {
        vector_id: (metadata, text, list(embedding))
        for vector_id, metadata, text, embedding in zip(
            result["ids"], result["metadatas"] or [], result["documents"] or [], embeddings, strict=True
        )
    }


def search(restaurant: Restaurant, query: str, limit: int = 10) -> list[dict[str, Any]]:
    _, raw_key = api_key_create(restaurant=restaurant, name="search", scopes=["read"])
    response = Client().post(
        search_url(restaurant),
        {"query": query, "limit": limit},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw_key}",
    )
    assert response.status_code == 200
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def document_results(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [result for result in results if result["type"] == "document"]


def collection_names() -> set[str]:
    return {collection.name for collection in chroma_client().list_collections()}


@pytest.fixture(autouse=True)
def _document_indexes_dropped() -> Iterator[None]:
    yield
    # Chroma lives outside the test's database transaction.
    for name in collection_names():
        if name.startswith("docs-r"):
            chroma_client().delete_collection(name)


@pytest.fixture
def victor_client(victor: User) -> Client:
    return logged_in(victor)


@pytest.fixture
def allergens_a(alice: User, restaurant_a: Restaurant, django_capture_on_commit_callbacks: OnCommit) -> Document:
    with django_capture_on_commit_callbacks(execute=True):
        document = document_create(
            restaurant=restaurant_a, filename="spring-menu.md", data=ALLERGENS_MD.encode(), created_by=alice
        )
    document.refresh_from_db()
    return document


@pytest.fixture
def rules_b(restaurant_b: Restaurant, django_capture_on_commit_callbacks: OnCommit) -> Document:
    with django_capture_on_commit_callbacks(execute=True):
        document = document_create(restaurant=restaurant_b, filename="house-rules.txt", data=HOUSE_RULES.encode())
    document.refresh_from_db()
    return document


# --- Chunking -----------------------------------------------------------------------------


def test_it_keeps_a_short_document_in_one_chunk_led_by_its_title() -> None:
    assert chunk_document(title="Corkage", text="Corkage is 25 dollars.\n\nWaived on Mondays.") == [
        "Corkage\nCorkage is 25 dollars.\nWaived on Mondays."
    ]


def test_it_cuts_long_text_into_chunks_of_600_to_900_characters_with_overlap() -> None:
    sentences = [f"Dish number {n} is a seasonal plate of vegetables with herbs and olive oil." for n in range(60)]
    text = "\n\n".join(" ".join(sentences[start : start + 3]) for start in range(0, 60, 3))

    chunks = chunk_document(title="Menu", text=text)

    bodies = [chunk.removeprefix("Menu\n") for chunk in chunks]
    assert all(chunk.startswith("Menu\n") for chunk in chunks)
    assert all(len(body) <= CHUNK_MAX_CHARS for body in bodies)
    assert all(len(body) >= CHUNK_TARGET_CHARS for body in bodies[:-1])
    for previous, following in itertools.pairwise(bodies):
        repeated = following.split("\n", 1)[0]
        assert previous.endswith(repeated)
        assert 0 < len(repeated) <= 150
    assert "Dish number 0 " in bodies[0]
    assert "Dish number 59 " in bodies[-1]


def test_it_starts_a_section_in_a_new_chunk_and_names_it_in_later_chunks() -> None:
    long_section = "\n\n".join(
        f"Mains dish {n}: slow-roasted with garlic, thyme and a red wine jus." for n in range(20)
    )
    text = f"## Starters\n\n{'Burrata with blood orange. ' * 10}\n\n## Mains\n\n{long_section}"

    chunks = chunk_document(title="Dinner", text=text)

    assert chunks[0].startswith("Dinner\nStarters\nBurrata")
    assert chunks[1].startswith("Dinner\nMains\nMains dish 0:")
    assert chunks[2].startswith("Dinner — Mains\n")


def test_it_titles_a_document_after_its_file_when_staff_give_none() -> None:
    assert title_from_filename("lunch_menu-2025.pdf") == "Lunch menu 2025"


# --- Uploading through the API ------------------------------------------------------------


def test_it_uploads_a_markdown_file_and_indexes_its_chunks(
    alice_client: Client, restaurant_a: Restaurant, django_capture_on_commit_callbacks: OnCommit
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(alice_client, restaurant_a, "spring-menu.md", ALLERGENS_MD.encode(), title="Spring menu")

    document = Document.objects.get()
    assert response.status_code == 201
    assert response.json() == {
        "id": document.pk,
        "title": "Spring menu",
        "filename": "spring-menu.md",
        "kind": "markdown",
        # The response leaves before the commit that queues indexing.
        "chunk_count": 0,
        "created_at": document.created_at.isoformat().replace("+00:00", "Z"),
        "indexed_at": None,
    }
    assert document.kind == DocumentKind.MARKDOWN
    assert document.created_by is not None
    assert document.created_by.username == "alice"
    assert document.content_hash == hashlib.sha256(document.text.encode()).hexdigest()
    assert document.indexed_at is not None
    chunks = stored_chunks(restaurant_a, document.pk)
    assert document.chunk_count == len(chunks) >= 1
    assert sorted(chunks) == [chunk_id(document.pk, n) for n in range(document.chunk_count)]
    metadata, text, _ = chunks[chunk_id(document.pk, 0)]
    assert metadata["document_id"] == document.pk
    assert metadata["chunk"] == 0
    assert metadata["title"] == "Spring menu"
    assert metadata["content_hash"] == document.content_hash
    assert text.startswith("Spring menu\n")


def test_it_finds_the_allergen_chunk_for_a_diners_question(allergens_a: Document, restaurant_a: Restaurant) -> None:
    hits = document_search(restaurant_id=restaurant_a.pk, query=LAMB_QUESTION, k=3)

    assert hits[0].document_id == allergens_a.pk
    assert hits[0].title == "Spring menu"
    assert "The lamb is gluten-free" in hits[0].text
    assert 0 < hits[0].similarity <= 1


def test_it_uploads_a_text_file(
    alice_client: Client, restaurant_a: Restaurant, django_capture_on_commit_callbacks: OnCommit
) -> None:
    text = "Allergens.\n\nThe lamb shoulder is gluten-free. The sea bass contains fish.\n"
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(alice_client, restaurant_a, "allergens.txt", text.encode())

    assert response.status_code == 201
    assert response.json()["title"] == "Allergens"
    assert response.json()["kind"] == "text"
    hits = document_search(restaurant_id=restaurant_a.pk, query=LAMB_QUESTION)
    assert [hit.text for hit in hits] == [
        "Allergens\nAllergens.\nThe lamb shoulder is gluten-free. The sea bass contains fish."
    ]


def test_it_uploads_a_pdf_and_reads_its_text(
    alice_client: Client, restaurant_a: Restaurant, django_capture_on_commit_callbacks: OnCommit
) -> None:
    pdf = pdf_with_text("Allergen guide", "Roast lamb: gluten-free, dairy-free.", "Sea bass: contains fish.")
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(alice_client, restaurant_a, "Allergens.PDF", pdf, title="Allergen guide")

    document = Document.objects.get()
    assert response.status_code == 201
    assert document.kind == DocumentKind.PDF
    assert document.text == "Allergen guide\nRoast lamb: gluten-free, dairy-free.\nSea bass: contains fish."
    hits = document_search(restaurant_id=restaurant_a.pk, query=LAMB_QUESTION)
    assert "Roast lamb: gluten-free" in hits[0].text


def test_it_opens_a_pdf_encrypted_without_a_password(
    alice_client: Client, restaurant_a: Restaurant, django_capture_on_commit_callbacks: OnCommit
) -> None:
    # Printing or copying restricted, as many exported menus are: readable all the same.
    pdf = pdf_with_password(pdf_with_text("Roast lamb: gluten-free."), password="")

    response = upload(alice_client, restaurant_a, "menu.pdf", pdf)

    assert response.status_code == 201
    assert Document.objects.get().text == "Roast lamb: gluten-free."


BAD_FILES = [
    pytest.param(
        "menu.txt",
        "Café crème".encode("latin-1"),
        "The file is not UTF-8 text (byte 4 is not valid). Save it as UTF-8 and upload it again.",
        id="not-utf8",
    ),
    pytest.param("menu.txt", b"", "The file is empty.", id="empty"),
    pytest.param("menu.md", b" \n\n \r\n", "The file has no text.", id="blank"),
    pytest.param(
        "menu.txt", b"MZ\x00\x00\x01", "The file is not plain text; upload a .txt, .md or .pdf file.", id="binary"
    ),
    pytest.param(
        "menu.txt",
        b"a" * (DOCUMENT_MAX_BYTES + 1),
        f"The file is {DOCUMENT_MAX_BYTES + 1:,} bytes; the limit is {DOCUMENT_MAX_BYTES:,}.",
        id="oversized",
    ),
    pytest.param("menu.docx", b"PK\x03\x04", "Upload a .txt, .md or .pdf file.", id="unsupported-extension"),
    pytest.param(
        "scan.pdf",
        pdf_without_text(),
        "The PDF has no text to read (a scan or pictures only?). Export it with text, or upload a .txt file.",
        id="pdf-without-text",
    ),
    pytest.param(
        "locked.pdf",
        pdf_with_password(pdf_with_text("Roast lamb: gluten-free."), password="secret"),
        "The PDF is password-protected. Upload a copy without a password.",
        id="pdf-with-password",
    ),
    pytest.param(
        "manual.pdf",
        pdf_of_blank_pages(PDF_MAX_PAGES + 1),
        f"The PDF has {PDF_MAX_PAGES + 1} pages; the limit is {PDF_MAX_PAGES}.",
        id="pdf-too-long",
    ),
    pytest.param(
        "broken.pdf",
        b"%PDF-1.4\nthis is not really a PDF",
        "The PDF could not be read; it may be damaged. Export it again and upload it.",
        id="damaged-pdf",
    ),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES)
def test_it_refuses_a_file_without_usable_text_and_stores_nothing(
    alice_client: Client,
    restaurant_a: Restaurant,
    django_capture_on_commit_callbacks: OnCommit,
    name: str,
    data: bytes,
    message: str,
) -> None:
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = upload(alice_client, restaurant_a, name, data)

    assert response.status_code == 400
    assert response.json() == {
        "error": {
            "code": "invalid",
            "message": "The request is not valid; see details.",
            "details": {"file": [message]},
        }
    }
    assert not Document.objects.exists()
    assert callbacks == []
    assert collection_name(restaurant_a.pk) not in collection_names()


def test_it_requires_a_file(alice_client: Client, restaurant_a: Restaurant) -> None:
    response = alice_client.post(documents_url(restaurant_a), {"title": "Menu"})

    assert response.status_code == 400
    assert response.json()["error"]["details"] == {"file": ["No file was submitted."]}


def test_it_lists_the_restaurants_documents_newest_first(
    alice_client: Client, allergens_a: Document, restaurant_a: Restaurant, django_capture_on_commit_callbacks: OnCommit
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        rules = document_create(restaurant=restaurant_a, filename="house-rules.txt", data=HOUSE_RULES.encode())
    rules.refresh_from_db()

    response = alice_client.get(documents_url(restaurant_a))

    assert response.status_code == 200
    assert [(row["id"], row["title"], row["kind"]) for row in response.json()["documents"]] == [
        (rules.pk, "House rules", "text"),
        (allergens_a.pk, "Spring menu", "markdown"),
    ]
    assert response.json()["documents"][0]["chunk_count"] == rules.chunk_count == 1
    assert set(response.json()["documents"][0]) == {
        "id",
        "title",
        "filename",
        "kind",
        "chunk_count",
        "created_at",
        "indexed_at",
    }


def test_it_lists_documents_in_a_fixed_number_of_queries(
    alice_client: Client,
    allergens_a: Document,
    restaurant_a: Restaurant,
    django_assert_num_queries: Callable[[int], AbstractContextManager[Any]],
) -> None:
    document_create(restaurant=restaurant_a, filename="house-rules.txt", data=HOUSE_RULES.encode())

    # The rate-limit count (one upsert), session, user, the user's restaurant, the documents.
    with django_assert_num_queries(5):
        response = alice_client.get(documents_url(restaurant_a))

    assert len(response.json()["documents"]) == 2


# --- Deleting -----------------------------------------------------------------------------


def test_it_deletes_a_document_and_its_vectors(
    alice_client: Client, allergens_a: Document, restaurant_a: Restaurant, django_capture_on_commit_callbacks: OnCommit
) -> None:
    assert stored_chunks(restaurant_a, allergens_a.pk)

    with django_capture_on_commit_callbacks(execute=True):
        response = alice_client.delete(document_url(restaurant_a, allergens_a.pk))

    assert response.status_code == 204
    assert not Document.objects.exists()
    assert stored_chunks(restaurant_a, allergens_a.pk) == {}
    assert document_search(restaurant_id=restaurant_a.pk, query=LAMB_QUESTION) == []
    assert document_results(search(restaurant_a, LAMB_QUESTION)) == []


def test_it_hides_chunks_whose_document_is_gone_even_if_their_removal_failed(
    allergens_a: Document, restaurant_a: Restaurant
) -> None:
    # Deleted without its on-commit chunk removal, as when Chroma was unreachable then.
    Document.objects.filter(pk=allergens_a.pk).delete()

    assert document_search(restaurant_id=restaurant_a.pk, query=LAMB_QUESTION) != []
    assert document_results(search(restaurant_a, LAMB_QUESTION)) == []


# --- Search over wines and documents ------------------------------------------------------


def test_it_merges_wines_and_document_chunks_by_score(allergens_a: Document, restaurant_a: Restaurant) -> None:
    WineFactory.create(restaurant=restaurant_a, name="Pauillac", grapes=["Cabernet Sauvignon"])
    WineFactory.create(restaurant=restaurant_a, name="Sancerre", grapes=["Sauvignon Blanc"], colour="white")
    wine_index_sync(restaurant_id=restaurant_a.pk)
    try:
        results = search(restaurant_a, LAMB_QUESTION, limit=3)
    finally:
        wine_index_drop(restaurant_id=restaurant_a.pk)

    assert len(results) == 3
    assert [result["score"] for result in results] == sorted((result["score"] for result in results), reverse=True)
    assert {result["type"] for result in results} == {"wine", "document"}
    first_document = document_results(results)[0]
    assert set(first_document) == {"type", "document_id", "title", "text", "score"}
    assert first_document["document_id"] == allergens_a.pk
    assert first_document["title"] == "Spring menu"
    assert "The lamb is gluten-free" in first_document["text"]


# --- Tenants ------------------------------------------------------------------------------


def test_it_never_shows_one_restaurants_chunks_to_another(
    allergens_a: Document, rules_b: Document, restaurant_a: Restaurant, restaurant_b: Restaurant
) -> None:
    hits_b = document_search(restaurant_id=restaurant_b.pk, query=LAMB_QUESTION, k=50)
    results_b = search(restaurant_b, LAMB_QUESTION, limit=50)

    assert {hit.document_id for hit in hits_b} == {rules_b.pk}
    assert {result["document_id"] for result in document_results(results_b)} == {rules_b.pk}
    assert {hit.document_id for hit in document_search(restaurant_id=restaurant_a.pk, query="corkage", k=50)} == {
        allergens_a.pk
    }


def test_it_returns_no_chunks_for_a_restaurant_without_documents(restaurant_a: Restaurant) -> None:
    assert document_search(restaurant_id=restaurant_a.pk, query=LAMB_QUESTION) == []


def test_it_treats_another_restaurants_documents_as_missing(
    alice_client: Client, restaurant_a: Restaurant, restaurant_b: Restaurant, rules_b: Document
) -> None:
    not_found = {"error": {"code": "not_found", "message": "Not found.", "details": {}}}

    listing = alice_client.get(documents_url(restaurant_b))
    deletion = alice_client.delete(document_url(restaurant_b, rules_b.pk))
    # Nor through her own restaurant's address.
    deletion_via_own = alice_client.delete(document_url(restaurant_a, rules_b.pk))
    upload_elsewhere = upload(alice_client, restaurant_b, "menu.txt", b"Lamb.")

    assert (listing.status_code, listing.json()) == (404, not_found)
    assert (deletion.status_code, deletion.json()) == (404, not_found)
    assert (deletion_via_own.status_code, deletion_via_own.json()) == (404, not_found)
    assert (upload_elsewhere.status_code, upload_elsewhere.json()) == (404, not_found)
    assert Document.objects.filter(pk=rules_b.pk).exists()
    assert Document.objects.count() == 1


def test_it_lets_a_viewer_read_the_list_but_not_upload_or_delete(
    victor_client: Client, restaurant_a: Restaurant, allergens_a: Document
) -> None:
    forbidden = {
        "error": {"code": "forbidden", "message": "Only a manager or owner of Bistro A may do this.", "details": {}}
    }

    listing = victor_client.get(documents_url(restaurant_a))
    uploading = upload(victor_client, restaurant_a, "menu.txt", b"Lamb.")
    deletion = victor_client.delete(document_url(restaurant_a, allergens_a.pk))

    assert listing.status_code == 200
    assert [row["id"] for row in listing.json()["documents"]] == [allergens_a.pk]
    assert (uploading.status_code, uploading.json()) == (403, forbidden)
    assert (deletion.status_code, deletion.json()) == (403, forbidden)
    assert list(Document.objects.all()) == [allergens_a]


def test_it_refuses_callers_who_are_not_logged_in(restaurant_a: Restaurant, allergens_a: Document) -> None:
    not_authenticated = {
        "error": {
            "code": "not_authenticated",
            "message": "Authentication credentials were not provided.",
            "details": {},
        }
    }

    listing = Client().get(documents_url(restaurant_a))
    uploading = upload(Client(), restaurant_a, "menu.txt", b"Lamb.")

    # 401 with a challenge: the endpoints take an API key as well as the admin's session.
    assert (listing.status_code, listing.json()) == (401, not_authenticated)
    assert (uploading.status_code, uploading.json()) == (401, not_authenticated)
    assert listing["WWW-Authenticate"].startswith("Bearer")


def test_it_enforces_csrf_for_a_logged_in_browser(alice: User, restaurant_a: Restaurant) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)

    response = upload(client, restaurant_a, "menu.txt", b"Lamb.")

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"
    assert response.json()["error"]["message"].startswith("CSRF Failed")
    assert not Document.objects.exists()


def test_it_lets_a_superuser_upload_anywhere(
    charlie: User, restaurant_b: Restaurant, django_capture_on_commit_callbacks: OnCommit
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(logged_in(charlie), restaurant_b, "rules.txt", HOUSE_RULES.encode())

    assert response.status_code == 201
    assert Document.objects.get().restaurant == restaurant_b


# --- Indexing -----------------------------------------------------------------------------


def test_it_changes_nothing_when_indexing_the_same_content_again(
    allergens_a: Document, restaurant_a: Restaurant
) -> None:
    before = stored_chunks(restaurant_a, allergens_a.pk)

    summary = document_index_sync(document_id=allergens_a.pk)
    document_index_task.delay(allergens_a.pk)

    assert summary == DocumentIndexSummary(embedded=0, removed=0)
    assert stored_chunks(restaurant_a, allergens_a.pk) == before
    indexed_at = allergens_a.indexed_at
    allergens_a.refresh_from_db()
    assert allergens_a.indexed_at == indexed_at


def test_it_replaces_a_documents_chunks_when_its_text_changed(allergens_a: Document, restaurant_a: Restaurant) -> None:
    text = "Roast lamb: gluten-free."
    Document.objects.filter(pk=allergens_a.pk).update(text=text, content_hash=hashlib.sha256(text.encode()).hexdigest())
    chunks_before = allergens_a.chunk_count

    summary = document_index_sync(document_id=allergens_a.pk)

    assert summary == DocumentIndexSummary(embedded=1, removed=chunks_before - 1)
    assert [text for _, text, _ in stored_chunks(restaurant_a, allergens_a.pk).values()] == [
        "Spring menu\nRoast lamb: gluten-free."
    ]
    allergens_a.refresh_from_db()
    assert allergens_a.chunk_count == 1


def test_it_indexes_nothing_for_a_document_deleted_before_its_task_ran(restaurant_a: Restaurant) -> None:
    document = document_create(restaurant=restaurant_a, filename="rules.txt", data=HOUSE_RULES.encode())
    document_id = document.pk
    document.delete()

    assert document_index_sync(document_id=document_id) == DocumentIndexSummary(embedded=0, removed=0)
    assert collection_name(restaurant_a.pk) not in collection_names()


# --- The admin ----------------------------------------------------------------------------

ADMIN_ADD = reverse("admin:recommendations_document_add")
ADMIN_CHANGELIST = reverse("admin:recommendations_document_changelist")


def test_it_uploads_a_document_from_the_admin(
    alice_client: Client, restaurant_a: Restaurant, django_capture_on_commit_callbacks: OnCommit
) -> None:
    page = alice_client.get(ADMIN_ADD)
    with django_capture_on_commit_callbacks(execute=True):
        response = alice_client.post(
            ADMIN_ADD,
            {
                "restaurant": restaurant_a.pk,
                "title": "",
                "file": SimpleUploadedFile("spring-menu.md", ALLERGENS_MD.encode()),
            },
        )

    assert page.status_code == 200
    assert list(page.context["form"].fields["restaurant"].queryset) == [restaurant_a]
    assert response.status_code == 302
    assert response["Location"] == ADMIN_CHANGELIST
    document = Document.objects.get()
    assert (document.title, document.restaurant, document.created_by) == (
        "Spring menu",
        restaurant_a,
        User.objects.get(username="alice"),
    )
    assert document.chunk_count == len(stored_chunks(restaurant_a, document.pk)) >= 1


def test_it_shows_the_reason_for_a_refused_file_on_the_admin_page(
    alice_client: Client, restaurant_a: Restaurant
) -> None:
    response = alice_client.post(
        ADMIN_ADD, {"restaurant": restaurant_a.pk, "file": SimpleUploadedFile("scan.pdf", pdf_without_text())}
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "file": ["The PDF has no text to read (a scan or pictures only?). Export it with text, or upload a .txt file."]
    }
    assert not Document.objects.exists()


def test_it_shows_a_documents_text_read_only_in_the_admin(alice_client: Client, allergens_a: Document) -> None:
    response = alice_client.get(reverse("admin:recommendations_document_change", args=[allergens_a.pk]))

    assert response.status_code == 200
    assert "The lamb is gluten-free and dairy-free." in response.content.decode()
    assert 'name="title"' not in response.content.decode()


def test_it_lists_only_the_staff_members_own_documents_in_the_admin(
    alice_client: Client, allergens_a: Document, rules_b: Document
) -> None:
    response = alice_client.get(ADMIN_CHANGELIST)

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [allergens_a]
    assert "House rules" not in response.content.decode()


def test_it_does_not_let_a_viewer_upload_in_the_admin(victor_client: Client, restaurant_a: Restaurant) -> None:
    response = victor_client.post(
        ADMIN_ADD, {"restaurant": restaurant_a.pk, "file": SimpleUploadedFile("menu.txt", b"Lamb.")}
    )

    assert response.status_code == 403
    assert not Document.objects.exists()


def test_it_removes_the_vectors_when_deleting_from_the_admin(
    alice_client: Client, allergens_a: Document, restaurant_a: Restaurant, django_capture_on_commit_callbacks: OnCommit
) -> None:
    delete_url = reverse("admin:recommendations_document_delete", args=[allergens_a.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = alice_client.post(delete_url, {"post": "yes"})

    assert response.status_code == 302
    assert not Document.objects.exists()
    assert stored_chunks(restaurant_a, allergens_a.pk) == {}
