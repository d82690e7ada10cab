"""Tasting notes per wine and food pairings per style, written by the gateway and cached 30 days.

Keys follow seed 000: a tasting note depends on producer, region, name and vintage
(and the list's own description of the wine); a pairing note on colour, region and
grapes. The list version is left out of these keys on purpose, so a price change does
not throw away a month of notes. With only the bundled tiny model configured, notes
come from the list's own descriptions instead: it writes fluent nonsense about wines,
and a strong model makes notes better, never different in kind.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from llm.gateway import Gateway, get_gateway
from llm.registry import ModelSpec
from llm.types import BudgetScope, GatewayRequest
from recommendations.models import Restaurant, Wine
from recommendations.selectors import wines_in_stock

logger = logging.getLogger(__name__)


def remote_models_configured(registry: dict[str, ModelSpec]) -> bool:
    return any(spec.is_remote for spec in registry.values())


def tasting_note_request(wine: Wine, restaurant: Restaurant) -> GatewayRequest:
    facts = (
        f"Producer: {wine.producer}\nWine: {wine.name}\nVintage: {wine.vintage or 'NV'}\nRegion: {wine.region}, "
        f"{wine.country}\nGrapes: {', '.join(wine.grapes)}\nColour: {wine.get_colour_display()}\n"
        f"Our notes: {wine.description}"
    )
    return GatewayRequest(
        messages=(
            {
                "role": "system",
                "content": "Write a two-sentence tasting note for a restaurant guest using only these facts.",
            },
            {"role": "user", "content": facts},
        ),
        operation="tasting_note",
        restaurant_id=restaurant.pk,
        max_tokens=90,
        local_only=restaurant.llm_policy == "local_only",
        budgets=(BudgetScope(f"restaurant:{restaurant.pk}", restaurant.daily_llm_budget_usd),),
        surface="background",
    )


def pairing_note_request(colour: str, region: str, grapes: Sequence[str], restaurant: Restaurant) -> GatewayRequest:
    style = f"Colour: {colour}\nRegion: {region}\nGrapes: {', '.join(grapes)}"
    return GatewayRequest(
        messages=(
            {"role": "system", "content": "In one sentence, name the foods this style of wine goes with, and why."},
            {"role": "user", "content": style},
        ),
        operation="pairing",
        restaurant_id=restaurant.pk,
        max_tokens=60,
        local_only=restaurant.llm_policy == "local_only",
        budgets=(BudgetScope(f"restaurant:{restaurant.pk}", restaurant.daily_llm_budget_usd),),
        surface="background",
    )


async def cached_tasting_note(wine: Wine, restaurant: Restaurant, *, gateway: Gateway) -> str | None:
    """A note the warm-up already wrote, or None: answering a diner never waits for one."""
    result = await gateway.cached(tasting_note_request(wine, restaurant))
    return result.text if result is not None and not result.degraded else None


async def notes_warm_up(*, restaurant_id: int, gateway: Gateway | None = None) -> int:
    """Write (or find cached) the notes for a restaurant's in-stock wines; returns how many calls answered."""
    gateway = gateway or get_gateway()
    if not remote_models_configured(gateway.registry):
        logger.info("notes warm-up for restaurant %s skipped: no remote model configured", restaurant_id)
        return 0
    restaurant = await Restaurant.objects.filter(pk=restaurant_id).afirst()
    if restaurant is None:
        return 0
    wines = [wine async for wine in wines_in_stock(restaurant=restaurant)]
    answered = 0
    styles: set[tuple[str, str, tuple[str, ...]]] = set()
    try:
        for wine in wines:
            result = await gateway.complete(tasting_note_request(wine, restaurant), fallback=lambda: "")
            answered += not result.degraded
            styles.add((wine.colour, wine.region, tuple(wine.grapes)))
        for colour, region, grapes in sorted(styles):
            result = await gateway.complete(
                pairing_note_request(colour, region, grapes, restaurant), fallback=lambda: ""
            )
            answered += not result.degraded
    finally:
        await gateway.drain()
    return answered
