"""Wine documents, the per-restaurant Chroma index and filtered search, on real Chroma and the real model."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import numpy as np
import pytest
from chromadb.errors import NotFoundError

from recommendations.models import Restaurant, Wine
from recommendations.retrieval.embeddings import embed_query, embed_texts
from recommendations.retrieval.vector_index import (
    IndexSummary,
    collection_name,
    wine_document,
    wine_index_drop,
    wine_index_sync,
    wine_search,
)
from recommendations.retrieval.vector_store import chroma_client
from recommendations.services import wine_save, wines_delete
from recommendations.tasks import wine_index_task
from tests.factories import WineFactory

CABERNET: dict[str, Any] = {
    "producer": "Silver Oak",
    "name": "Alexander Valley Cabernet",
    "vintage": 2018,
    "region": "Alexander Valley",
    "country": "United States",
    "grapes": ["Cabernet Sauvignon"],
    "colour": "red",
    "description": "Blackcurrant, cedar and graphite with firm tannins and a long finish.",
}
SAUVIGNON: dict[str, Any] = {
    "producer": "Domaine Vacheron",
    "name": "Sancerre",
    "vintage": 2022,
    "region": "Loire",
    "country": "France",
    "grapes": ["Sauvignon Blanc"],
    "colour": "white",
    "description": "Crisp and zesty with gooseberry, cut grass and a flinty finish; lovely with goat cheese.",
}


def wine(restaurant: Restaurant, name: str, **fields: Any) -> Wine:
    defaults: dict[str, Any] = {"bottle_price": Decimal("40.00"), "glass_price": None}
    return WineFactory.create(restaurant=restaurant, name=name, **{**defaults, **fields})


def cosine(a: list[float], b: list[float]) -> float:
    return float(np.dot(a, b))


def hit_ids(hits: list[Any]) -> set[int]:
    return {hit.wine_id for hit in hits}


@pytest.fixture
def bistro(restaurant_a: Restaurant) -> Iterator[Restaurant]:
    yield restaurant_a
    wine_index_drop(restaurant_id=restaurant_a.pk)


@pytest.fixture
def harbor(restaurant_b: Restaurant) -> Iterator[Restaurant]:
    yield restaurant_b
    wine_index_drop(restaurant_id=restaurant_b.pk)


# --- The document ---------------------------------------------------------------------------


def test_it_builds_a_document_with_colour_style_origin_name_and_description() -> None:
    document = wine_document(Wine(**CABERNET))

    assert document == (
        "Red wine. Full-bodied, tannic, dark fruit. Cabernet Sauvignon. From Alexander Valley, United States. "
        "Silver Oak Alexander Valley Cabernet 2018. "
        "Blackcurrant, cedar and graphite with firm tannins and a long finish."
    )


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"colour": "white", "grapes": ["Sauvignon Blanc"]}, ["White wine", "light-bodied, crisp, high acidity"]),
        ({"colour": "white", "grapes": ["Albariño"]}, ["light-bodied, crisp, high acidity"]),
        ({"colour": "white", "grapes": ["Melon de Bourgogne"]}, ["light-bodied, crisp, high acidity"]),
        ({"colour": "red", "grapes": ["Gamay"]}, ["Red wine", "light-bodied, crisp, high acidity"]),
        ({"colour": "red", "grapes": ["Syrah", "Grenache"]}, ["full-bodied, tannic, dark fruit"]),
        ({"colour": "red", "grapes": ["Nebbiolo"]}, ["full-bodied, tannic, dark fruit"]),
        ({"colour": "red", "grapes": ["Mourvèdre"]}, ["full-bodied, tannic, dark fruit"]),
        ({"colour": "dessert", "grapes": ["Sémillon"]}, ["Dessert wine, sweet"]),
        ({"colour": "sparkling", "grapes": ["Pinot Noir", "Chardonnay"]}, ["Sparkling wine, bubbles", "sparkling"]),
        ({"colour": "rose", "grapes": ["Grenache"]}, ["Rosé wine"]),
        ({"colour": "orange", "grapes": ["Rkatsiteli"]}, ["Orange wine, skin-contact"]),
        ({"colour": "red", "grapes": ["Obscure Local Grape"]}, ["Red wine", "medium-bodied"]),
    ],
)
def test_it_infers_the_style_from_colour_and_grapes(fields: dict[str, Any], words: list[str]) -> None:
    document = wine_document(Wine(name="Cuvée", description="", **fields)).lower()

    assert all(word.lower() in document for word in words), document


def test_it_lets_the_description_correct_the_grapes_body() -> None:
    light_syrah = Wine(name="Cuvée", colour="red", grapes=["Syrah"], description="Light-bodied and peppery.")

    assert wine_document(light_syrah).startswith("Red wine. Light-bodied, tannic, dark fruit.")


@pytest.mark.parametrize(
    ("description", "style"),
    [
        ("Sweet cherry and sweet spice, firm tannins.", "Full-bodied, tannic, dark fruit."),
        ("Off-dry, with a lusciously sweet finish.", "Full-bodied, tannic, dark fruit, sweet."),
        ("Cassis and cedar from 18 months in French oak.", "Full-bodied, tannic, dark fruit, oaked."),
        ("Unoaked, pure cassis; no oak at all.", "Full-bodied, tannic, dark fruit."),
        ("Cassis with a light touch of vanilla.", "Full-bodied, tannic, dark fruit."),
    ],
)
def test_it_reads_sweetness_and_oak_only_from_explicit_words(description: str, style: str) -> None:
    document = wine_document(Wine(name="Cuvée", colour="red", grapes=["Cabernet Sauvignon"], description=description))

    assert document.startswith(f"Red wine. {style} ")


def test_it_says_non_vintage_and_skips_missing_parts() -> None:
    document = wine_document(Wine(name="Brut", colour="sparkling", grapes=[], vintage=None, description=""))

    assert document == "Sparkling wine, bubbles, fizz. Sparkling, bubbles, crisp, high acidity, celebratory. Brut NV."


def test_it_ranks_a_full_bodied_red_above_a_crisp_white_for_lamb() -> None:
    query = embed_query("full-bodied red for grilled lamb")
    cabernet, sauvignon = embed_texts([wine_document(Wine(**CABERNET)), wine_document(Wine(**SAUVIGNON))])

    assert cosine(query, cabernet) > cosine(query, sauvignon)


def test_it_needs_the_document_builder_for_that() -> None:
    # The same wines as CSV rows: MiniLM puts the Sauvignon Blanc first, which is
    # why the document spells out colour and style.
    def csv_row(fields: dict[str, Any]) -> str:
        return ",".join(str(value) if not isinstance(value, list) else ";".join(value) for value in fields.values())

    query = embed_query("full-bodied red for grilled lamb")
    cabernet, sauvignon = embed_texts([csv_row(CABERNET), csv_row(SAUVIGNON)])

    assert cosine(query, cabernet) < cosine(query, sauvignon)


# --- Sync -------------------------------------------------------------------------------


def test_it_embeds_every_wine_then_nothing_the_second_time(bistro: Restaurant) -> None:
    for n in range(5):
        wine(bistro, f"Cuvée {n}")

    first = wine_index_sync(restaurant_id=bistro.pk)
    second = wine_index_sync(restaurant_id=bistro.pk)

    assert first == IndexSummary(embedded=5, removed=0, unchanged=0)
    assert second == IndexSummary(embedded=0, removed=0, unchanged=5)
    assert chroma_client().get_collection(collection_name(bistro.pk)).count() == 5


def test_it_re_embeds_only_the_wine_whose_price_changed(bistro: Restaurant) -> None:
    wines = [wine(bistro, f"Cuvée {n}") for n in range(4)]
    wine_index_sync(restaurant_id=bistro.pk)
    wines[2].bottle_price = Decimal("41.00")
    wine_save(wine=wines[2])

    summary = wine_index_sync(restaurant_id=bistro.pk)

    assert summary == IndexSummary(embedded=1, removed=0, unchanged=3)
    stored = chroma_client().get_collection(collection_name(bistro.pk)).get(ids=[str(wines[2].pk)])
    assert stored["metadatas"] is not None
    assert stored["metadatas"][0]["bottle_price"] == 41.0


def test_it_removes_the_vector_of_a_deleted_wine(bistro: Restaurant) -> None:
    kept, deleted = wine(bistro, "Kept"), wine(bistro, "Deleted")
    wine_index_sync(restaurant_id=bistro.pk)
    wines_delete(wines=Wine.objects.filter(pk=deleted.pk))

    summary = wine_index_sync(restaurant_id=bistro.pk)

    assert summary == IndexSummary(embedded=0, removed=1, unchanged=1)
    assert chroma_client().get_collection(collection_name(bistro.pk)).get()["ids"] == [str(kept.pk)]


def test_it_stores_the_metadata_the_filters_need(bistro: Restaurant) -> None:
    by_the_bottle = wine(bistro, "Bottle", colour="white", bottle_price=Decimal("38.50"), vintage=None)
    by_the_glass = wine(bistro, "Glass", bottle_price=Decimal("60"), glass_price=Decimal("14.5"), in_stock=False)
    wine_index_sync(restaurant_id=bistro.pk)

    stored = chroma_client().get_collection(collection_name(bistro.pk)).get(ids=[str(by_the_bottle.pk)])
    glass = chroma_client().get_collection(collection_name(bistro.pk)).get(ids=[str(by_the_glass.pk)])

    assert stored["metadatas"] is not None
    assert glass["metadatas"] is not None
    metadata = dict(stored["metadatas"][0])
    assert metadata.pop("index_version") == "all-MiniLM-L6-v2-onnx-int8@1.0.0/doc1"
    assert metadata == {
        "wine_id": by_the_bottle.pk,
        "colour": "white",
        "bottle_price": 38.5,
        "glass_price": -1.0,
        "by_the_glass": False,
        "in_stock": True,
        "vintage": 0,
        "content_hash": by_the_bottle.content_hash,
        "list_version": 1,
    }
    assert {key: glass["metadatas"][0][key] for key in ("glass_price", "by_the_glass", "in_stock", "vintage")} == {
        "glass_price": 14.5,
        "by_the_glass": True,
        "in_stock": False,
        "vintage": 2019,
    }
    assert stored["documents"] == [wine_document(by_the_bottle)]


def test_it_reports_progress_batch_by_batch(bistro: Restaurant) -> None:
    for n in range(70):
        wine(bistro, f"Cuvée {n}")
    calls: list[tuple[int, int]] = []

    wine_index_sync(restaurant_id=bistro.pk, progress=lambda done, total: calls.append((done, total)))

    assert calls == [(0, 70), (64, 70), (70, 70)]


def test_it_indexes_an_empty_list_as_an_empty_collection(bistro: Restaurant) -> None:
    assert wine_index_sync(restaurant_id=bistro.pk) == IndexSummary(embedded=0, removed=0, unchanged=0)
    assert wine_search(restaurant_id=bistro.pk, query="a red") == []


def test_it_refuses_a_restaurant_that_does_not_exist(db: None) -> None:
    with pytest.raises(Restaurant.DoesNotExist):
        wine_index_sync(restaurant_id=987654321)


def test_it_indexes_from_the_task(bistro: Restaurant) -> None:
    cuvee = wine(bistro, "Cuvée")

    wine_index_task.delay(bistro.pk)

    assert hit_ids(wine_search(restaurant_id=bistro.pk, query="a red")) == {cuvee.pk}


def test_it_lets_the_task_exit_quietly_when_the_restaurant_is_gone(db: None) -> None:
    wine_index_task.delay(987654321)

    with pytest.raises(NotFoundError):
        chroma_client().get_collection(collection_name(987654321))


# --- Search -------------------------------------------------------------------------------


@pytest.fixture
def cellar_with_traps(bistro: Restaurant) -> dict[str, Wine]:
    """Wines that match "a full-bodied red" in words, most of them breaking one constraint."""
    red = {"colour": "red", "grapes": ["Syrah"], "description": "Full-bodied red, dark fruit and pepper; for lamb."}
    wines = {
        "fits": wine(bistro, "Fits", **red, bottle_price=Decimal("45"), glass_price=Decimal("11")),
        "at_the_limit": wine(bistro, "At the limit", **red, bottle_price=Decimal("50.00"), glass_price=Decimal("12")),
        "too_dear": wine(bistro, "Too dear", **red, bottle_price=Decimal("50.01"), glass_price=Decimal("9")),
        "white": wine(bistro, "White", **{**red, "colour": "white"}, glass_price=Decimal("8")),
        "sold_out": wine(bistro, "Sold out", **red, in_stock=False, glass_price=Decimal("8")),
        "bottle_only": wine(bistro, "Bottle only", **red, bottle_price=Decimal("30")),
        "dear_glass": wine(bistro, "Dear glass", **red, bottle_price=Decimal("49"), glass_price=Decimal("12.50")),
    }
    wine_index_sync(restaurant_id=bistro.pk)
    return wines


def test_it_returns_only_in_stock_wines_of_the_colour_within_the_bottle_price(
    bistro: Restaurant, cellar_with_traps: dict[str, Wine]
) -> None:
    hits = wine_search(
        restaurant_id=bistro.pk, query="a full-bodied red for lamb", colours=["red"], max_price=Decimal("50")
    )

    names = {name for name, w in cellar_with_traps.items() if w.pk in hit_ids(hits)}
    assert names == {"fits", "at_the_limit", "bottle_only", "dear_glass"}


def test_it_applies_the_price_to_the_glass_when_asked_by_the_glass(
    bistro: Restaurant, cellar_with_traps: dict[str, Wine]
) -> None:
    hits = wine_search(
        restaurant_id=bistro.pk,
        query="a glass of full-bodied red",
        colours=["red", "rose"],
        max_price=Decimal("12"),
        by_the_glass=True,
    )

    names = {name for name, w in cellar_with_traps.items() if w.pk in hit_ids(hits)}
    assert names == {"fits", "at_the_limit", "too_dear"}


@pytest.mark.parametrize(
    "query", ["a white", "something sold out", "the most expensive bottle", "bottle only", "full-bodied red"]
)
@pytest.mark.parametrize(("by_the_glass", "max_price"), [(False, Decimal("45")), (True, Decimal("11"))])
def test_it_never_breaks_a_constraint_whatever_the_question(
    bistro: Restaurant, cellar_with_traps: dict[str, Wine], query: str, by_the_glass: bool, max_price: Decimal
) -> None:
    by_pk = {w.pk: w for w in cellar_with_traps.values()}

    hits = wine_search(
        restaurant_id=bistro.pk, query=query, colours=["red"], max_price=max_price, by_the_glass=by_the_glass
    )

    found = [by_pk[hit.wine_id] for hit in hits]
    assert found
    for w in found:
        price = w.glass_price if by_the_glass else w.bottle_price
        assert (w.colour, w.in_stock) == ("red", True)
        assert price is not None
        assert price <= max_price


def test_it_finds_out_of_stock_wines_only_when_asked(bistro: Restaurant, cellar_with_traps: dict[str, Wine]) -> None:
    everything = wine_search(restaurant_id=bistro.pk, query="red", in_stock_only=False)

    assert hit_ids(everything) == {w.pk for w in cellar_with_traps.values()}


def test_it_returns_at_most_k_hits_best_first(bistro: Restaurant) -> None:
    wine(bistro, **{**CABERNET, "name": "Cabernet"})
    wine(bistro, **{**SAUVIGNON, "name": "Sancerre"})
    for n in range(5):
        wine(bistro, f"Filler {n}", description="Light, bright red fruit.")
    wine_index_sync(restaurant_id=bistro.pk)

    hits = wine_search(restaurant_id=bistro.pk, query="a crisp Sauvignon Blanc for goat cheese", k=3)

    assert len(hits) == 3
    assert Wine.objects.get(pk=hits[0].wine_id).name == "Sancerre"
    assert [hit.similarity for hit in hits] == sorted((hit.similarity for hit in hits), reverse=True)
    assert all(-1.0 <= hit.similarity <= 1.0 for hit in hits)


def test_it_scores_with_cosine_similarity(bistro: Restaurant) -> None:
    cabernet = wine(bistro, **{**CABERNET, "name": "Cabernet"})
    wine_index_sync(restaurant_id=bistro.pk)

    [hit] = wine_search(restaurant_id=bistro.pk, query="full-bodied red for grilled lamb")

    expected = cosine(embed_query("full-bodied red for grilled lamb"), embed_texts([wine_document(cabernet)])[0])
    assert hit.similarity == pytest.approx(expected, abs=1e-4)


def test_it_never_returns_another_restaurants_wines(bistro: Restaurant, harbor: Restaurant) -> None:
    ours = {wine(bistro, **{**CABERNET, "name": f"Same {n}"}).pk for n in range(3)}
    theirs = {wine(harbor, **{**CABERNET, "name": f"Same {n}"}).pk for n in range(3)}
    wine_index_sync(restaurant_id=bistro.pk)
    wine_index_sync(restaurant_id=harbor.pk)

    hits = wine_search(restaurant_id=bistro.pk, query="Cabernet", k=50, in_stock_only=False)

    assert hit_ids(hits) == ours
    assert hit_ids(wine_search(restaurant_id=harbor.pk, query="Cabernet", k=50)) == theirs


def test_it_returns_nothing_for_a_restaurant_without_an_index(bistro: Restaurant) -> None:
    wine(bistro, "Never indexed")

    assert wine_search(restaurant_id=bistro.pk, query="a red") == []


def test_it_forgets_a_dropped_index(bistro: Restaurant) -> None:
    wine(bistro, "Cuvée")
    wine_index_sync(restaurant_id=bistro.pk)

    wine_index_drop(restaurant_id=bistro.pk)
    wine_index_drop(restaurant_id=bistro.pk)

    assert wine_search(restaurant_id=bistro.pk, query="a red") == []
