"""From a diner's question to the best few wines on that restaurant's list.

The choice is deterministic and explainable: hard constraints filter the list
(price, colour, by the glass, in stock — enforced in the database query, again
in Python, and never relaxed silently), then each candidate is scored by vector
similarity to the question and by classic pairing rules against the dishes
asked about. The gateway only writes the short explanation around that choice,
and its text is checked; when no model can, the answer is the retrieval-only
one, labelled so.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from asgiref.sync import sync_to_async
from django.db.models import QuerySet

from chat.gateway.gateway import Gateway, get_gateway
from chat.gateway.limits import BudgetExceeded
from chat.gateway.tenancy import restaurant_request_options
from chat.gateway.types import GatewayError, GatewayRequest
from recommendations.documents import DocumentHit, document_search
from recommendations.models import Course, MenuItem, Restaurant, Wine, WineColour
from recommendations.pairing import (
    DishProfile,
    WineProfile,
    describe_wine_style,
    dish_profile,
    fold_text,
    pairing_score,
    wine_profile,
)
from recommendations.question import Constraints, ParsedQuestion, parse_question

logger = logging.getLogger(__name__)

# How much each signal counts when the diner names a dish. Measured with `make eval`
# (share of top-3 wines in an acceptable style, 57 dishes x 3 demo lists): similarity
# 0.45 / pairing 0.45 gave 81.3%, 0.30 / 0.60 gave 82.7%, 0.20 / 0.70 gave 84.6%.
# Without a dish, similarity and style words carry the score (see _score).
SIMILARITY_WEIGHT = 0.20
PAIRING_WEIGHT = 0.70
STYLE_WEIGHT = 0.10
# "my main", "the mains", "main course", "plat principal", "secondo": a main not named.
_MY_MAIN = re.compile(r"\b(my|our|the|a) mains?\b|\bmain (course|dish)|\bplat principal\b|\bsecondo\b")
# Similarities fetched from the vector index, unfiltered: the hard constraints are
# applied in the database, and Chroma's `where` filters scan every collection in the
# instance (measured by bench/bench_retrieval.py: a 1K list answered in ~5 ms alone but
# ~320 ms beside 100K other wines with filters, 2-8 ms without). 200 covers a whole list.
RETRIEVAL_DEPTH = 200
# When nothing fits, alternatives are the wines whose price misses the asked range by
# at most this factor of the nearest miss (so "under $20" offers the $45 wines, not the $95 one).
ALTERNATIVE_PRICE_STRETCH = Decimal("1.5")
# A house-document chunk joins the answer above this cosine similarity. Measured with
# MiniLM: "is the lamb gluten-free?" vs the allergen chunk 0.70, "when are you open?" vs
# the opening hours 0.61, while "a red under $60 for the lamb?" vs the allergens is 0.28.
DOCUMENT_RELEVANCE = 0.5


@dataclass(frozen=True)
class Pick:
    wine: Wine
    score: float
    reason: str
    tasting_note: str
    pairing_note: str
    alternative: bool = False  # outside what was asked: shown only when nothing fits, and labelled


@dataclass(frozen=True)
class Recommendations:
    picks: list[Pick]
    parsed: ParsedQuestion
    constraints: Constraints
    dishes: list[MenuItem]
    nothing_fits: bool
    documents: list[DocumentHit] = field(default_factory=list)
    explanation: str = ""
    model_used: str = "none"
    cached: bool = False
    degraded: bool = True
    degraded_reason: str = "not explained"


def wine_payload(wine: Wine) -> dict[str, Any]:
    return {
        "id": wine.pk,
        "name": wine.name,
        "producer": wine.producer,
        "vintage": wine.vintage,
        "colour": wine.colour,
        "price": str(wine.bottle_price),
        "glass_price": str(wine.glass_price) if wine.glass_price is not None else None,
        "region": wine.region,
        "country": wine.country,
        "grapes": wine.grapes,
    }


def merge_overrides(
    constraints: Constraints,
    *,
    max_price: Decimal | None = None,
    colour: str | None = None,
    by_the_glass: bool | None = None,
) -> Constraints:
    """Explicit API fields win over what the text says."""
    if max_price is not None:
        constraints = replace(constraints, max_price=max_price)
    if colour is not None:
        constraints = replace(constraints, colours=frozenset({colour}))
    if by_the_glass is not None:
        constraints = replace(constraints, by_the_glass=by_the_glass)
    return constraints


def _price_of(wine: Wine, constraints: Constraints) -> Decimal:
    if constraints.by_the_glass and wine.glass_price is not None:
        return wine.glass_price
    return wine.bottle_price


def satisfies(wine: Wine, constraints: Constraints) -> bool:
    """The hard constraints, checked in Python on every wine we are about to show."""
    if not wine.in_stock:
        return False
    if constraints.by_the_glass and wine.glass_price is None:
        return False
    price = _price_of(wine, constraints)
    if constraints.max_price is not None and price > constraints.max_price:
        return False
    if constraints.min_price is not None and price < constraints.min_price:
        return False
    if constraints.colours and wine.colour not in constraints.colours:
        return False
    return not (constraints.sweet and wine.colour != WineColour.DESSERT and "sweet" not in wine.description.lower())


def constrained_wines(restaurant: Restaurant, constraints: Constraints) -> QuerySet[Wine]:
    """The restaurant's wines that may be recommended, filtered in the database."""
    wines = Wine.objects.filter(restaurant=restaurant, in_stock=True)
    if constraints.colours:
        wines = wines.filter(colour__in=constraints.colours)
    if constraints.by_the_glass:
        wines = wines.filter(glass_price__isnull=False)
        price_field = "glass_price"
    else:
        price_field = "bottle_price"
    if constraints.max_price is not None:
        wines = wines.filter(**{f"{price_field}__lte": constraints.max_price})
    if constraints.min_price is not None:
        wines = wines.filter(**{f"{price_field}__gte": constraints.min_price})
    return wines


def _similarities(restaurant: Restaurant, query: str) -> dict[int, float]:
    from recommendations.vector_index import wine_search

    try:
        hits = wine_search(restaurant_id=restaurant.pk, query=query, k=RETRIEVAL_DEPTH, in_stock_only=False)
    except Exception:
        # The vector store being down costs ranking quality, not the answer.
        logger.exception("vector search failed for restaurant %s", restaurant.pk)
        return {}
    return {hit.wine_id: hit.similarity for hit in hits}


def _retrieval_text(parsed: ParsedQuestion, dishes: Sequence[MenuItem]) -> str:
    parts = [parsed.text]
    parts += [f"{dish.name}. {dish.description}" for dish in dishes]
    parts += list(parsed.constraints.style_words)
    return " ".join(part for part in parts if part)


@lru_cache(maxsize=4096)
def _wine_profile(colour: str, grapes: tuple[str, ...], description: str, region: str) -> WineProfile:
    """Profiles are pure functions of the wine's words; a list is ranked again on every question."""
    return wine_profile(colour=colour, grapes=grapes, description=description, region=region)


def _dish_profiles(dishes: Sequence[MenuItem], parsed: ParsedQuestion) -> list[DishProfile]:
    profiles = [dish_profile(name=d.name, description=d.description, tags=d.tags) for d in dishes]
    if not profiles and parsed.dish_words:
        profiles = [dish_profile(name=" ".join(parsed.dish_words))]
    return profiles


def _score(
    wine: Wine,
    *,
    similarity: float,
    dishes: Sequence[MenuItem],
    dish_profiles: Sequence[DishProfile],
    parsed: ParsedQuestion,
) -> tuple[float, list[str], str]:
    profile = _wine_profile(wine.colour, tuple(wine.grapes), wine.description, wine.region)
    reasons: list[str] = []
    pairing_note = ""
    pairing = 0.0
    if dish_profiles:
        scores = [pairing_score(profile, dish, wine_colour=wine.colour) for dish in dish_profiles]
        pairing = sum(score.score for score in scores) / len(scores)
        best = max(scores, key=lambda score: score.score)
        reasons += list(best.reasons[:2])
        if len(dishes) > 2:
            target = "our mains" if all(dish.course == Course.MAIN for dish in dishes) else "these dishes"
        elif dishes:
            target = " and ".join(dish.name for dish in dishes)
        else:
            target = " ".join(parsed.dish_words)
        pairing_note = (
            f"With {target}: {'; '.join(best.reasons[:2])}." if best.reasons else f"A fair match for {target}."
        )
    wanted = {word.lower() for word in parsed.constraints.style_words} | {g.lower() for g in parsed.constraints.grapes}
    described = set(" ".join([*profile.style_words, *wine.grapes, wine.description]).lower().replace(",", " ").split())
    grape_names = {grape.lower() for grape in wine.grapes}
    style = 0.0
    if wanted:
        matched = [w for w in wanted if w in described or w in grape_names]
        style = len(matched) / len(wanted)
        if matched:
            reasons.append(f"{', '.join(sorted(matched))} as asked")
    # Without a dish, similarity and style carry the whole score.
    weights = (SIMILARITY_WEIGHT, PAIRING_WEIGHT, STYLE_WEIGHT) if dish_profiles else (0.8, 0.0, 0.2)
    score = weights[0] * max(0.0, similarity) + weights[1] * pairing + weights[2] * style
    return score, reasons, pairing_note


def _tasting_note(wine: Wine) -> str:
    """The list's own words first: staff wrote them, so they are true."""
    if wine.description:
        first = wine.description.strip().split(". ")[0].rstrip(".")
        return first + "."
    profile = wine_profile(colour=wine.colour, grapes=wine.grapes, description="", region=wine.region)
    return f"A {describe_wine_style(profile, colour=wine.colour)}" + (f" from {wine.region}." if wine.region else ".")


def _reason(wine: Wine, constraints: Constraints, reasons: list[str], *, alternative: bool) -> str:
    parts: list[str] = []
    if not reasons:
        # No dish to pair with: say what the wine is like, from its grapes and the list's words.
        profile = wine_profile(colour=wine.colour, grapes=wine.grapes, description=wine.description, region=wine.region)
        parts.append(f"a {describe_wine_style(profile, colour=wine.colour)}")
    parts += reasons
    price = _price_of(wine, constraints)
    if constraints.max_price is not None and not alternative:
        parts.append(f"at {price}, within your {constraints.max_price}")
    if constraints.by_the_glass and wine.glass_price is not None:
        parts.append(f"poured by the glass at {wine.glass_price}")
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def choose(
    *, restaurant: Restaurant, parsed: ParsedQuestion, constraints: Constraints, dishes: Sequence[MenuItem], k: int
) -> tuple[list[Pick], bool]:
    """The top ``k`` wines meeting every constraint; labelled alternatives when none does."""
    similarities = _similarities(restaurant, _retrieval_text(parsed, dishes))
    candidates = [wine for wine in constrained_wines(restaurant, constraints) if satisfies(wine, constraints)]
    picks = _rank(candidates, similarities, parsed, dishes, constraints, k, alternative=False)
    if picks:
        return picks, False
    # Nearest alternatives: first the same colour at the nearest price, then any colour.
    # Never out of stock, and by the glass stays by the glass.
    for relaxed in (
        replace(constraints, max_price=None, min_price=None, sweet=False),
        replace(constraints, max_price=None, min_price=None, colours=frozenset(), sweet=False),
    ):
        pool = [wine for wine in constrained_wines(restaurant, relaxed) if satisfies(wine, relaxed)]
        if pool:
            pool.sort(key=lambda wine: _price_distance(wine, constraints))
            nearest = [
                wine
                for wine in pool
                if _price_distance(wine, constraints)
                <= _price_distance(pool[0], constraints) * ALTERNATIVE_PRICE_STRETCH
            ]
            return _rank(nearest or pool, similarities, parsed, dishes, relaxed, k, alternative=True), True
    return [], True


def _price_distance(wine: Wine, constraints: Constraints) -> Decimal:
    """How far a wine's price is outside the asked range (0 inside it)."""
    price = _price_of(wine, constraints)
    if constraints.max_price is not None and price > constraints.max_price:
        return price - constraints.max_price
    if constraints.min_price is not None and price < constraints.min_price:
        return constraints.min_price - price
    return Decimal(0)


def _rank(
    wines: Sequence[Wine],
    similarities: dict[int, float],
    parsed: ParsedQuestion,
    dishes: Sequence[MenuItem],
    constraints: Constraints,
    k: int,
    *,
    alternative: bool,
) -> list[Pick]:
    scored = []
    dish_profiles = _dish_profiles(dishes, parsed)
    for wine in wines:
        score, reasons, pairing_note = _score(
            wine,
            similarity=similarities.get(wine.pk, 0.0),
            dishes=dishes,
            dish_profiles=dish_profiles,
            parsed=parsed,
        )
        scored.append((score, wine, reasons, pairing_note))
    # Ties go to the cheaper wine: the diner set a budget, not a target.
    scored.sort(key=lambda item: (-item[0], _price_of(item[1], constraints), item[1].pk))
    return [
        Pick(
            wine=wine,
            score=round(score, 4),
            reason=_reason(wine, constraints, reasons, alternative=alternative),
            tasting_note=_tasting_note(wine),
            pairing_note=pairing_note,
            alternative=alternative,
        )
        for score, wine, reasons, pairing_note in scored[:k]
    ]


def recommend(
    *,
    restaurant: Restaurant,
    query: str,
    k: int | None = None,
    max_price: Decimal | None = None,
    colour: str | None = None,
    by_the_glass: bool | None = None,
    previous: Constraints | None = None,
    previous_dish_ids: Sequence[int] = (),
    previous_cheapest: Decimal | None = None,
) -> Recommendations:
    """The deterministic part: parse, filter, rank. No model is called.

    ``previous``/``previous_dish_ids`` are the conversation so far: a follow-up that names
    no dish ("something cheaper?") is still about the dish asked about before, and
    "cheaper" means cheaper than ``previous_cheapest`` (the cheapest wine shown) when given.
    """
    menu = list(restaurant.menu_items.filter(is_available=True))
    parsed = parse_question(query, menu=menu, previous=previous)
    constraints = merge_overrides(parsed.constraints, max_price=max_price, colour=colour, by_the_glass=by_the_glass)
    ceiling = previous_cheapest if previous_cheapest is not None else (previous.max_price if previous else None)
    if constraints.cheaper_than_previous and previous is not None and ceiling is not None:
        # "Cheaper" lowers the ceiling and drops any floor ("between $55 and $70", then "cheaper?").
        constraints = replace(constraints, max_price=ceiling - Decimal("0.01"), min_price=None)
    elif (
        previous is not None
        and constraints.by_the_glass
        and not previous.by_the_glass
        and (constraints.max_price, constraints.min_price) == (previous.max_price, previous.min_price)
    ):
        # "And by the glass?" after "under $60": that $60 was for a bottle, and glass prices
        # are compared with the bound, so the bottle's bound is dropped rather than misread.
        constraints = replace(constraints, max_price=None, min_price=None)
    by_id = {item.pk: item for item in menu}
    dish_ids = parsed.dish_ids
    if not dish_ids and not parsed.dish_words and _MY_MAIN.search(fold_text(query)):
        # "Pair with my main" without saying which: wines that go with tonight's mains.
        dish_ids = tuple(item.pk for item in menu if item.course == Course.MAIN)
    elif not dish_ids and not parsed.dish_words and previous is not None:
        dish_ids = tuple(previous_dish_ids)
    dishes = [by_id[dish_id] for dish_id in dish_ids if dish_id in by_id]
    picks, nothing_fits = choose(
        restaurant=restaurant,
        parsed=parsed,
        constraints=constraints,
        dishes=dishes,
        k=k or restaurant.recommendation_count,
    )
    return Recommendations(
        picks=picks,
        parsed=parsed,
        constraints=constraints,
        dishes=dishes,
        nothing_fits=nothing_fits,
        documents=relevant_documents(restaurant, query),
        explanation=retrieval_only_explanation(picks, nothing_fits=nothing_fits, currency=restaurant.currency),
    )


def relevant_documents(restaurant: Restaurant, query: str) -> list[DocumentHit]:
    """House-document passages that answer the question ("is the lamb gluten-free?")."""
    try:
        hits = document_search(restaurant_id=restaurant.pk, query=query, k=2)
    except Exception:
        logger.exception("document search failed for restaurant %s", restaurant.pk)
        return []
    return [hit for hit in hits if hit.similarity >= DOCUMENT_RELEVANCE]


def retrieval_only_explanation(picks: Sequence[Pick], *, nothing_fits: bool, currency: str) -> str:
    if not picks:
        return "Nothing on our list fits that right now. Ask about another colour or price and I'll look again."
    opening = "Nothing on the list matches exactly; the nearest alternatives are:" if nothing_fits else "From our list:"
    lines = [
        f"{pick.wine} ({currency} {pick.wine.bottle_price}"
        + (f", {pick.wine.glass_price} a glass" if pick.wine.glass_price is not None else "")
        + f"): {pick.reason}"
        for pick in picks
    ]
    return " ".join([opening, *lines])


def explanation_request(restaurant: Restaurant, result: Recommendations) -> GatewayRequest:
    """A short, concrete prompt: the choice is made; the model only says it well."""
    wines = "\n".join(
        f"{i}. {pick.wine} — {pick.tasting_note} {pick.reason}" for i, pick in enumerate(result.picks, start=1)
    )
    if result.documents:
        wines += "\nHouse notes (answer the guest's question from these if it asks):\n" + "\n".join(
            hit.text for hit in result.documents
        )
    # The already-filtered wines go in the system prompt: small models follow it best there.
    return GatewayRequest(
        messages=(
            {
                "role": "system",
                "content": "You are a restaurant sommelier. In 2-3 warm sentences, recommend these wines to the guest, "
                f"using only these facts. Name each wine. Mention no other wine.\nWines:\n{wines}",
            },
            {"role": "user", "content": result.parsed.text},
        ),
        operation="recommendation",
        max_tokens=160,
        allowed_names=tuple(pick.wine.name for pick in result.picks),
        forbidden_names=tuple(
            Wine.objects.filter(restaurant=restaurant)
            .exclude(pk__in=[pick.wine.pk for pick in result.picks])
            .values_list("name", flat=True)
        ),
        **restaurant_request_options(restaurant),
    )


async def explain(
    restaurant: Restaurant, result: Recommendations, *, gateway: Gateway | None = None
) -> Recommendations:
    """Add the gateway's explanation; keep the retrieval-only one (labelled degraded) when no model can."""
    if not result.picks:
        return result
    gateway = gateway or get_gateway()
    result = await _with_cached_notes(restaurant, result, gateway)
    fallback_text = result.explanation
    try:
        # explanation_request reads the rest of the list: ORM work, off the event loop.
        request = await sync_to_async(explanation_request)(restaurant, result)
        answer = await gateway.complete(request, fallback=lambda: fallback_text)
    except (GatewayError, BudgetExceeded) as error:
        # Over budget or no model: the diner still gets the list's own answer, labelled.
        return replace(result, degraded=True, degraded_reason=str(error))
    return replace(
        result,
        explanation=answer.text,
        model_used=answer.model_used,
        cached=answer.cached,
        degraded=answer.degraded,
        degraded_reason=answer.degraded_reason,
    )


async def _with_cached_notes(restaurant: Restaurant, result: Recommendations, gateway: Gateway) -> Recommendations:
    """Swap in the gateway's tasting notes where the warm-up has written them."""
    from recommendations.notes import cached_tasting_note

    picks = []
    for pick in result.picks:
        note = await cached_tasting_note(pick.wine, restaurant, gateway=gateway)
        picks.append(replace(pick, tasting_note=note) if note else pick)
    return replace(result, picks=picks)


async def arecommend(
    *, restaurant: Restaurant, query: str, explain_with_model: bool = True, **options: object
) -> Recommendations:
    result = await sync_to_async(recommend)(restaurant=restaurant, query=query, **options)  # type: ignore[arg-type]
    if not explain_with_model:
        return result
    return await explain(restaurant, result)
