"""Each restaurant's wines as vectors in Chroma: the documents, the sync, the filtered search.

One collection per restaurant (``wines-r<id>``), not one shared collection
with a restaurant filter: a query can only ever reach the collection it names,
so a forgotten or buggy ``where`` clause cannot leak another tenant's wines,
and dropping a restaurant's index is one call.

The hard constraints (colour, price, by the glass, in stock) are Chroma
``where`` filters on each vector's metadata, applied during the search, so the
k nearest are the k nearest *among wines that may be served*; the recommender
checks them again against the database.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from recommendations.leases import LeaseKind, lease
from recommendations.models import Restaurant, Wine, WineColour
from recommendations.retrieval.embeddings import embed_array, embed_query, embedding_model_name
from recommendations.retrieval.vector_store import chroma_client

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection

# Bump when wine_document() changes: every vector is then re-embedded on the
# next sync, as when the embedding model changes.
DOCUMENT_VERSION = 1
# Wines embedded and written per Chroma upsert. Embedding dominates (64 wines:
# ~1 s on 2 cores; the upsert ~0.12 s, and 256 per upsert would save only ~2%
# of a sync), so batches stay small: progress moves every second or so, and a
# worker killed mid-sync loses little (what was written stays; the next sync
# does only the rest).
SYNC_BATCH_SIZE = 64
# Vectors' metadata read per page when diffing: a few MB of JSON per page from
# a Chroma server, well under its 5,461-record batch limit.
METADATA_PAGE_SIZE = 5000


@dataclass(frozen=True)
class IndexSummary:
    embedded: int
    removed: int
    unchanged: int


@dataclass(frozen=True)
class WineHit:
    wine_id: int
    # Cosine similarity in [-1, 1]; higher is closer.
    similarity: float


def collection_name(restaurant_id: int) -> str:
    return f"wines-r{restaurant_id}"


# --- The document that gets embedded ------------------------------------------------------

_COLOUR_WORDS: dict[str, str] = {
    WineColour.RED: "Red wine.",
    WineColour.WHITE: "White wine.",
    WineColour.ROSE: "Rosé wine, pink.",
    WineColour.SPARKLING: "Sparkling wine, bubbles, fizz.",
    WineColour.DESSERT: "Dessert wine, sweet.",
    WineColour.ORANGE: "Orange wine, skin-contact white.",
}

_FULL_RED = "full-bodied, tannic, dark fruit"
_MEDIUM_RED = "medium-bodied, savoury, red and dark fruit"
_LIGHT_RED = "light-bodied, crisp, high acidity, red fruit, soft tannins"
_CRISP_WHITE = "light-bodied, crisp, high acidity, citrus"
_MEDIUM_WHITE = "medium-bodied, fresh, orchard fruit"
_FULL_WHITE = "full-bodied, rich, creamy, ripe fruit"
_AROMATIC_WHITE = "aromatic, floral, high acidity"

# The classic style of each grape as sommeliers teach it (WSET level 3 style
# grids). Lower-case; synonyms listed separately so a list written either way matches.
_GRAPE_STYLES: dict[str, str] = {
    **dict.fromkeys(
        (
            "cabernet sauvignon",
            "syrah",
            "shiraz",
            "nebbiolo",
            "mourvèdre",
            "mourvedre",
            "monastrell",
            "mataro",
            "malbec",
            "tannat",
            "petite sirah",
            "durif",
            "aglianico",
            "sagrantino",
            "touriga nacional",
            "zinfandel",
            "primitivo",
            "petit verdot",
            "nero d'avola",
            "pinotage",
            "tempranillo",
        ),
        _FULL_RED,
    ),
    **dict.fromkeys(
        (
            "merlot",
            "sangiovese",
            "grenache",
            "garnacha",
            "cannonau",
            "cabernet franc",
            "barbera",
            "montepulciano",
            "carignan",
            "cariñena",
            "corvina",
            "dolcetto",
            "nerello mascalese",
            "blaufränkisch",
            "mencía",
            "mencia",
            "carmenère",
            "carmenere",
            "negroamaro",
            "xinomavro",
        ),
        _MEDIUM_RED,
    ),
    **dict.fromkeys(
        (
            "pinot noir",
            "pinot nero",
            "spätburgunder",
            "gamay",
            "frappato",
            "schiava",
            "cinsault",
            "trousseau",
            "poulsard",
            "zweigelt",
            "grignolino",
        ),
        _LIGHT_RED,
    ),
    **dict.fromkeys(
        (
            "sauvignon blanc",
            "albariño",
            "albarino",
            "alvarinho",
            "muscadet",
            "melon de bourgogne",
            "picpoul",
            "grüner veltliner",
            "gruner veltliner",
            "pinot grigio",
            "assyrtiko",
            "verdejo",
            "vermentino",
            "hondarrabi zuri",
            "loureiro",
            "arinto",
            "aligoté",
            "aligote",
            "chasselas",
            "glera",
            "verdicchio",
            "cortese",
            "garganega",
            "trebbiano",
            "sylvaner",
            "furmint",
        ),
        _CRISP_WHITE,
    ),
    **dict.fromkeys(
        ("chenin blanc", "pinot gris", "pinot blanc", "pinot bianco", "godello", "fiano", "falanghina", "friulano"),
        _MEDIUM_WHITE,
    ),
    **dict.fromkeys(
        ("chardonnay", "viognier", "marsanne", "roussanne", "sémillon", "semillon", "grenache blanc"), _FULL_WHITE
    ),
    **dict.fromkeys(
        ("riesling", "gewürztraminer", "gewurztraminer", "muscat", "moscato", "torrontés", "torrontes"),
        _AROMATIC_WHITE,
    ),
}

_COLOUR_STYLES: dict[str, str] = {
    WineColour.RED: _MEDIUM_RED,
    WineColour.WHITE: _MEDIUM_WHITE,
    WineColour.ROSE: "dry, fresh, light-bodied, red berries",
    WineColour.SPARKLING: "sparkling, bubbles, crisp, high acidity, celebratory",
    WineColour.DESSERT: "sweet, luscious, rich, honeyed",
    WineColour.ORANGE: "textured, tannic grip, dried fruit",
}
# Styles set by how the wine is made, whatever the grapes (a sparkling Pinot Noir is not a light red).
_STYLE_BY_COLOUR_ONLY = {WineColour.ROSE, WineColour.SPARKLING, WineColour.DESSERT, WineColour.ORANGE}

# What the list's own description says beats the grape's classic style. Only
# explicit phrases: "light" alone is as often "a light touch of oak" on a big red.
_DESCRIBED_BODY = (
    (re.compile(r"\b(full[- ]bodied|powerful|robust)\b", re.IGNORECASE), "full-bodied"),
    (re.compile(r"\b(medium[- ]bodied|light[- ]to[- ]medium)\b", re.IGNORECASE), "medium-bodied"),
    (re.compile(r"\blight[- ]bodied\b|^light\b", re.IGNORECASE), "light-bodied"),
)
_BODY_WORDS = re.compile(r"\b(full|medium|light)-bodied\b")
# Not "sweet" alone: dry reds have "sweet spice" and "sweet cherry".
_SWEET = re.compile(
    r"\b(off-dry|medium-sweet|semi-sweet|sweet wine|lusciously sweet|botrytis|late harvest|spätlese|auslese)\b",
    re.IGNORECASE,
)
_OAKED = re.compile(r"\b(oak|oaked|barrel-aged|barrel-fermented|buttery)\b", re.IGNORECASE)
_UNOAKED = re.compile(r"\b(unoaked|no oak|without oak|stainless steel)\b", re.IGNORECASE)


def _style(wine: Wine) -> str:
    style = _COLOUR_STYLES.get(wine.colour, _MEDIUM_RED)
    if wine.colour not in _STYLE_BY_COLOUR_ONLY:
        # The first known grape is the dominant one on every list we have seen.
        known = [_GRAPE_STYLES[grape.lower()] for grape in wine.grapes if grape.lower() in _GRAPE_STYLES]
        if known:
            style = known[0]
    for pattern, body in _DESCRIBED_BODY:
        if pattern.search(wine.description):
            style = _BODY_WORDS.sub(body, style) if _BODY_WORDS.search(style) else f"{body}, {style}"
            break
    extras = []
    if wine.colour != WineColour.DESSERT and _SWEET.search(wine.description):
        extras.append("sweet")
    if _OAKED.search(wine.description) and not _UNOAKED.search(wine.description):
        extras.append("oaked")
    return ", ".join([style, *extras])


def wine_document(wine: Wine) -> str:
    """The text embedded for retrieval: what a diner's words will be compared with.

    Not the CSV row: MiniLM ranks "full-bodied red for grilled lamb" nearer a
    crisp Sauvignon Blanc's tasting note than a Cabernet's unless the text
    says "red wine, full-bodied, tannic" in so many words. So the colour and
    the style (from the grapes, corrected by the description) lead, then the
    grapes and origin, the wine's name, and the list's own description.
    """
    origin = ", ".join(part for part in (wine.region, wine.country) if part)
    grapes = ", ".join(wine.grapes)
    vintage = str(wine.vintage) if wine.vintage else "NV"
    parts = [
        _COLOUR_WORDS.get(wine.colour, "Wine."),
        f"{_style(wine).capitalize()}.",
        f"{grapes}." if grapes else "",
        f"From {origin}." if origin else "",
        " ".join(part for part in (wine.producer, wine.name, vintage) if part) + ".",
        wine.description.strip(),
    ]
    return " ".join(part for part in parts if part)


def wine_metadata(wine: Wine, *, list_version: int) -> dict[str, str | int | float | bool]:
    """What the search filters on (Chroma metadata holds no None: -1 and 0 stand for "none")."""
    return {
        "wine_id": wine.pk,
        "colour": wine.colour,
        "bottle_price": float(wine.bottle_price),
        "glass_price": float(wine.glass_price) if wine.glass_price is not None else -1.0,
        "by_the_glass": wine.glass_price is not None,
        "in_stock": wine.in_stock,
        "vintage": wine.vintage or 0,
        "content_hash": wine.content_hash,
        # The list version this vector was written at (vectors of unchanged wines keep theirs).
        "list_version": list_version,
        "index_version": _index_version(),
    }


def _index_version() -> str:
    return f"{embedding_model_name()}/doc{DOCUMENT_VERSION}"


# --- Sync ---------------------------------------------------------------------------------


@contextmanager
def _sync_lock(restaurant_id: int) -> Iterator[None]:
    """One sync per restaurant at a time, across every worker.

    Two syncs racing (two edits in quick succession, a worker per edit) could
    otherwise end with the older one writing last: a stale vector whose hash
    looks current until the next change. Serialised, the second sync starts
    after the first and sees the final list. The lease also tells the sweeper
    that a sync is alive (it dies with its worker's connection).
    """
    with lease(LeaseKind.WINE_INDEX, restaurant_id, wait=True):
        yield


def wine_collection(restaurant_id: int) -> Collection:
    """The restaurant's collection, created on first use; cosine space because the vectors are unit length."""
    return chroma_client().get_or_create_collection(
        collection_name(restaurant_id), configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
    )


def _stored_versions(collection: Collection) -> dict[str, tuple[Any, Any]]:
    """Each stored vector's (content_hash, index_version), by id."""
    stored: dict[str, tuple[Any, Any]] = {}
    offset = 0
    while True:
        page = collection.get(include=["metadatas"], limit=METADATA_PAGE_SIZE, offset=offset)
        metadatas = page["metadatas"] or [{} for _ in page["ids"]]
        for vector_id, metadata in zip(page["ids"], metadatas, strict=True):
            stored[vector_id] = (metadata.get("content_hash"), metadata.get("index_version"))
        if len(page["ids"]) < METADATA_PAGE_SIZE:
            return stored
        offset += METADATA_PAGE_SIZE


def wine_index_sync(
    *, restaurant_id: int, progress: Callable[[int, int], None] | None = None, from_scratch: bool = False
) -> IndexSummary:
    """Bring the restaurant's vectors in line with its wine list, doing only the missing work.

    A wine is (re-)embedded when it has no vector or its vector's content hash
    or index version differs; vectors of wines no longer on the list are
    deleted. Running it twice changes nothing. ``progress(done, total)`` is
    called after each batch written, ``total`` being the wines to embed.
    ``from_scratch`` drops the restaurant's vectors first (inside the sync's lock,
    so a concurrent sync cannot mark a half-built index current).
    Raises Restaurant.DoesNotExist when the restaurant is gone.
    """
    with _sync_lock(restaurant_id):
        # Read inside the lock: a sync that waited sees the list as it is now.
        list_version = Restaurant.objects.values_list("wine_list_version", flat=True).get(pk=restaurant_id)
        if from_scratch:
            wine_index_drop(restaurant_id=restaurant_id)
        wines = list(Wine.objects.filter(restaurant_id=restaurant_id).order_by("pk"))
        collection = wine_collection(restaurant_id)
        stored = _stored_versions(collection)
        index_version = _index_version()

        current_ids = {str(wine.pk) for wine in wines}
        gone = [vector_id for vector_id in stored if vector_id not in current_ids]
        max_batch = chroma_client().get_max_batch_size()
        for start in range(0, len(gone), max_batch):
            collection.delete(ids=gone[start : start + max_batch])

        stale = [wine for wine in wines if stored.get(str(wine.pk)) != (wine.content_hash, index_version)]
        if progress is not None:
            progress(0, len(stale))
        for start in range(0, len(stale), SYNC_BATCH_SIZE):
            batch = stale[start : start + SYNC_BATCH_SIZE]
            documents = [wine_document(wine) for wine in batch]
            collection.upsert(
                ids=[str(wine.pk) for wine in batch],
                embeddings=embed_array(documents),
                documents=documents,
                metadatas=[wine_metadata(wine, list_version=list_version) for wine in batch],
            )
            if progress is not None:
                progress(start + len(batch), len(stale))
        # Never backwards: a sync that read an older list may finish after a newer one.
        Restaurant.objects.filter(pk=restaurant_id, wine_index_version__lt=list_version).update(
            wine_index_version=list_version
        )
    return IndexSummary(embedded=len(stale), removed=len(gone), unchanged=len(wines) - len(stale))


def indexed_wine_count(*, restaurant_id: int) -> int:
    """How many of the restaurant's wines have a vector now (the admin shows it as indexing progress)."""
    from chromadb.errors import NotFoundError

    try:
        return int(chroma_client().get_collection(collection_name(restaurant_id)).count())
    except NotFoundError:
        return 0


def wine_index_drop(*, restaurant_id: int) -> None:
    """Delete the restaurant's collection (nothing to do when it has none)."""
    from chromadb.errors import NotFoundError

    with suppress(NotFoundError):
        chroma_client().delete_collection(collection_name(restaurant_id))


# --- Search -------------------------------------------------------------------------------


def search_filter(
    *, colours: Sequence[str] | None, max_price: Decimal | None, by_the_glass: bool, in_stock_only: bool
) -> dict[str, Any] | None:
    """The Chroma ``where`` clause for wine_search's hard constraints (None: no constraint)."""
    clauses: list[dict[str, Any]] = []
    if in_stock_only:
        clauses.append({"in_stock": True})
    if by_the_glass:
        clauses.append({"by_the_glass": True})
    if colours:
        clauses.append({"colour": {"$in": list(colours)}})
    if max_price is not None:
        price_field = "glass_price" if by_the_glass else "bottle_price"
        # Stored prices are float(Decimal) of two-decimal prices; the same
        # conversion of the limit compares equal at the boundary.
        clauses.append({price_field: {"$lte": float(max_price)}})
    if not clauses:
        return None
    if len(clauses) == 1:
        return clauses[0]
    return {"$and": clauses}


def wine_search(
    *,
    restaurant_id: int,
    query: str,
    k: int = 20,
    colours: Sequence[str] | None = None,
    max_price: Decimal | None = None,
    by_the_glass: bool = False,
    in_stock_only: bool = True,
) -> list[WineHit]:
    """The restaurant's k wines nearest to the query among those meeting every constraint, best first.

    ``max_price`` applies to the glass price when ``by_the_glass``, else to
    the bottle. Empty ``colours`` means any colour. Returns [] when the
    restaurant has no index yet (never indexed, or dropped).
    """
    from chromadb.errors import NotFoundError

    if k <= 0:
        return []
    try:
        collection = chroma_client().get_collection(collection_name(restaurant_id), embedding_function=None)
    except NotFoundError:
        return []
    result = collection.query(
        query_embeddings=embed_query(query),
        n_results=k,
        where=search_filter(
            colours=colours, max_price=max_price, by_the_glass=by_the_glass, in_stock_only=in_stock_only
        ),
        include=["distances"],
    )
    ids = result["ids"][0]
    distances = (result["distances"] or [[]])[0]
    # Chroma's cosine distance is 1 - cosine similarity.
    return [
        WineHit(wine_id=int(vector_id), similarity=1.0 - float(distance))
        for vector_id, distance in zip(ids, distances, strict=True)
    ]
