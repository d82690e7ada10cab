"""The learned part of the pairing score: what published guidance accepts, fitted on the tuning half.

The rules (``rules``) say why a wine suits a dish; they were written one observation at a
time and each knows only its own corner. This model looks at all of the tuning half's
guidance at once (``eval_data/pairings.json``: the wine styles pairing guides accept for
each dish) and learns how a dish's parts (its main, its kind, weight, fat, acidity, heat,
sauces and cuisine) meet a wine's shape (colour, body, acidity, tannin, sweetness, oak,
style words, grapes). It is bilinear: a weight for every pair of one dish feature and one
wine feature, so it generalises to dishes it never saw through their parts, never by name.

Beside the weights it keeps the guidance itself: each tuning dish's features and the wine
styles guidance accepts for it. A dish asks the ten tuning dishes most like it (by their
shared parts, rarer parts counting more) and a wine earns the share of them whose styles
accept it. The styles speak of colour, grape and structure, so they judge a wine on a list
the weights never saw as they judge one they did.

It is fitted by ``python manage.py train_pairing_model`` on the tuning half of the dishes
and the demo lists only: the test half and the held-out lists stay unseen, so the figures
``make eval`` prints for them are honest. The weights live beside this file
(``learned_weights.json``, a few hundred KB of plain numbers), and scoring is a pure
function: no database, no model file, no randomness.
"""

from __future__ import annotations

import heapq
import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any, Final

from recommendations.pairing.dishes import DishProfile
from recommendations.pairing.grapes import canonical_grape
from recommendations.pairing.lexicon import TERMS_BY_NAME
from recommendations.pairing.styles import Style, canonical_grapes, read_style
from recommendations.pairing.text import fold_text
from recommendations.pairing.wines import WineProfile

WEIGHTS_PATH: Final = Path(__file__).resolve().parent / "learned_weights.json"
_DISH_LEVELS: Final = ("fat", "acidity", "sweetness", "spice", "saltiness", "smoke", "umami")


def _ladder(name: str, value: int, low: int, high: int) -> list[str]:
    """A level as thresholds ("body>=3", "body<=3"): neighbouring levels share most features."""
    return [f"{name}>={level}" for level in range(low + 1, value + 1)] + [
        f"{name}<={level}" for level in range(value, high)
    ]


def dish_features(dish: DishProfile) -> list[str]:
    features = ["*", f"main:{dish.protein}", *_ladder("weight", dish.weight, 1, 5)]
    if dish.detail:
        features.append(f"kind:{dish.protein}/{dish.detail}")
    for name in _DISH_LEVELS:
        features += [f"{name}>={level}" for level in range(1, getattr(dish, name) + 1)]
    features += [f"facet:{facet}" for facet in sorted(dish.facets)]
    if dish.cuisine:
        features.append(f"cuisine:{dish.cuisine}")
    features += [f"part:{name}" for name in _parts(dish)]
    return features


def _parts(dish: DishProfile) -> list[str]:
    """The dish's ingredients, methods and sauces by name, a named dish read as what it is made of.

    A dish's own name would be a feature only that dish has; its parts are shared with dishes
    the model never saw ("moussaka" is lamb, aubergine, tomato sauce, bechamel). Measured by
    two-fold cross-validation on the tuning half (regularisation 0.03): 84.6% without the parts,
    85.2% with them, 84.9% with the dishes' own names instead; on 60 dishes written on
    2026-12-04 before any rule or weight saw them, 92.6% / 88.4% without (menu / bare, all six
    lists, the model's ranking alone), 94.4% / 88.6% with the parts.
    """
    names: list[str] = []
    for word in dish.words:
        term = TERMS_BY_NAME.get(word)
        names += term.parts if term is not None and term.kind == "dish" else (word,)
    return list(dict.fromkeys(names))


def wine_features(wine: WineProfile, colour: str) -> list[str]:
    colour = fold_text(colour).strip()
    features = [
        "*",
        f"colour:{colour}",
        *_ladder("body", wine.body, 1, 5),
        *_ladder("acidity", wine.acidity, 1, 5),
        *_ladder("tannin", wine.tannin, 0, 5),
        *_ladder("sweetness", wine.sweetness, 0, 5),
        *_ladder("oak", wine.oak, 0, 3),
    ]
    # Within a colour the shape means more: a firm red and a firm orange wine are not one thing.
    features += [f"{colour}:tannin>={level}" for level in range(2, wine.tannin + 1)]
    features += [f"{colour}:sweetness>={level}" for level in range(1, wine.sweetness + 1)]
    features += [f"{colour}:body>={level}" for level in range(3, wine.body + 1)]
    features += [f"style:{word}" for word in sorted(set(wine.style_words))]
    features += [f"grape:{canonical_grape(grape)}" for grape in sorted(set(wine.grapes))]
    if wine.country:
        features.append(f"country:{fold_text(wine.country).strip()}")
    return features


def rarity(pool: Sequence[Sequence[str]]) -> dict[str, float]:
    """How telling each dish feature is among the guided dishes (inverse document frequency):
    "main:lamb" says more about a dish than "weight>=2", which nearly every dish has."""
    counts = Counter(feature for features in pool for feature in set(features))
    return {feature: math.log(len(pool) / count) for feature, count in counts.items()}


def guidance_vector(features: Sequence[str], rarity: Mapping[str, float]) -> dict[str, float]:
    """A guided dish's features weighted by rarity, to unit length: dishes compare by cosine."""
    vector = {feature: rarity.get(feature, 0.0) for feature in set(features)}
    norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
    return {feature: value / norm for feature, value in vector.items() if value}


def posting_lists(vectors: Sequence[Mapping[str, float]]) -> dict[str, tuple[tuple[int, float], ...]]:
    """The guided dishes' vectors turned inside out: for each feature, the dishes that have it
    and its weight there. A dish has a dozen features among a few thousand, so its similarities
    are summed over its own features' lists instead of over every guided dish."""
    lists: dict[str, list[tuple[int, float]]] = {}
    for index, vector in enumerate(vectors):
        for feature, value in vector.items():
            lists.setdefault(feature, []).append((index, value))
    return {feature: tuple(entries) for feature, entries in lists.items()}


def nearest(
    features: Sequence[str],
    index: Mapping[str, Sequence[tuple[int, float]]],
    rarity: Mapping[str, float],
    count: int,
) -> tuple[tuple[int, float], ...]:
    """The ``count`` guided dishes most like a dish, as (index, share): shares sum to 1.

    ``index`` is the guided dishes' ``posting_lists``. The dish's own norm is left out: it scales
    every similarity alike, and only the neighbours' order and their similarities' ratios
    count. Ties go to the earlier dish, so the answer is the same on every run.
    """
    similarities: dict[int, float] = {}
    for feature in set(features):
        weight = rarity.get(feature)
        if weight is None:
            continue
        for guided, value in index.get(feature, ()):
            similarities[guided] = similarities.get(guided, 0.0) + weight * value
    # The most similar first, ties to the earlier dish: the smallest (-similarity, index) pairs.
    best = heapq.nsmallest(
        count, ((-similarity, guided) for guided, similarity in similarities.items() if similarity > 0)
    )
    total = -sum(negated for negated, _ in best)
    return tuple((guided, -negated / total) for negated, guided in best) if total else ()


@dataclass(frozen=True)
class GuidedDish:
    """A tuning-half dish the model has read guidance for: its features and the styles it accepts."""

    vector: dict[str, float]
    styles: tuple[Style, ...]


@dataclass(frozen=True, eq=False)  # hashed by identity: the caches below key on the model
class PairingModel:
    """Weights of (dish feature, wine feature) pairs; unseen features weigh nothing.

    Beside the weights, the guidance itself (``guided``): for a dish, the styles published
    guidance accepts for the tuning dishes most like it, applied to the wine. The weights
    know a wine by the features of the demo lists' wines; the styles speak of colour, grape
    and structure, so they judge any wine on any list the same way.
    """

    dish_index: dict[str, int]
    wine_index: dict[str, int]
    weights: list[list[float]]  # [dish feature][wine feature]
    blend: float  # the learned probability's share of the pairing score
    prior_scale: float  # how much the rules' score moves the logit before any weight speaks
    guided: tuple[GuidedDish, ...] = ()
    rarity: dict[str, float] = field(default_factory=dict)
    guidance_share: float = 0.0  # the nearest dishes' guidance beside the blended score
    neighbours: int = 0

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> PairingModel:
        """The model from what ``learned_weights.json`` holds (``training.FittedModel.as_json``)."""
        guidance = document.get("guidance") or {}
        rarity_table = {str(feature): float(value) for feature, value in guidance.get("rarity", {}).items()}
        return cls(
            dish_index={feature: index for index, feature in enumerate(document["dish_features"])},
            wine_index={feature: index for index, feature in enumerate(document["wine_features"])},
            weights=document["weights"],
            blend=float(document["blend"]),
            prior_scale=float(document.get("prior_scale", 0.0)),
            guided=tuple(
                GuidedDish(
                    vector=guidance_vector(dish["features"], rarity_table),
                    styles=tuple(map(read_style, dish["styles"])),
                )
                for dish in guidance.get("dishes", ())
            ),
            rarity=rarity_table,
            guidance_share=float(guidance.get("share", 0.0)),
            neighbours=int(guidance.get("neighbours", 0)),
        )

    @cached_property
    def postings(self) -> dict[str, tuple[tuple[int, float], ...]]:
        """The guided dishes by feature, built once (``nearest`` reads it for every new dish)."""
        return posting_lists([guided.vector for guided in self.guided])

    def dish_weights(self, dish: DishProfile) -> dict[int, float]:
        """What each wine feature is worth for this dish: its dish features' rows, summed. A list is
        scored against one dish, so this is worked out once per dish, not once per wine."""
        return _dish_weights(self, dish)

    def probability(self, wine: WineProfile, dish: DishProfile, *, wine_colour: str, rules_score: float) -> float:
        """The probability guidance accepts the wine, given the rules' score as the prior."""
        worth = self.dish_weights(dish)
        # A profile's grapes and country take no part in its equality; the features do read them.
        columns = _wine_columns(self, wine, wine.grapes, wine.country, fold_text(wine_colour).strip())
        value = self.prior_scale * (rules_score - 0.5) + sum(worth.get(column, 0.0) for column in columns)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, value))))

    def guidance(self, wine: WineProfile, dish: DishProfile, *, wine_colour: str) -> float:
        """The share of the dish's nearest guided dishes whose guidance accepts this wine (0..1)."""
        colour = fold_text(wine_colour).strip()
        grapes = canonical_grapes(wine.grapes)
        return sum(
            share
            for index, share in _nearest_guided(self, dish)
            if any(style.matches(colour=colour, grapes=grapes, profile=wine) for style in self.guided[index].styles)
        )


# A dish is asked of every list in turn (the evaluation asks 1,600 of each list): enough room for
# each dish to be worked out once.
DISHES_CACHED: Final = 4096


@lru_cache(maxsize=DISHES_CACHED)
def _nearest_guided(model: PairingModel, dish: DishProfile) -> tuple[tuple[int, float], ...]:
    return nearest(dish_features(dish), model.postings, model.rarity, model.neighbours) if model.neighbours else ()


@lru_cache(maxsize=DISHES_CACHED)
def _dish_weights(model: PairingModel, dish: DishProfile) -> dict[int, float]:
    rows = [
        model.weights[index] for feature in dish_features(dish) if (index := model.dish_index.get(feature)) is not None
    ]
    return {column: sum(row[column] for row in rows) for column in range(len(model.wine_index))} if rows else {}


@lru_cache(maxsize=8192)
def _wine_columns(
    model: PairingModel, wine: WineProfile, grapes: tuple[str, ...], country: str, colour: str
) -> tuple[int, ...]:
    return tuple(
        index for feature in wine_features(wine, colour) if (index := model.wine_index.get(feature)) is not None
    )


@cache
def pairing_model() -> PairingModel | None:
    """The fitted model, or None before ``train_pairing_model`` has written one."""
    if not WEIGHTS_PATH.exists():
        return None
    return PairingModel.from_document(json.loads(WEIGHTS_PATH.read_text(encoding="utf-8")))
