"""What a food term is: one part of a dish and what it brings to the glass.

The builders (``ing``, ``cut``, ``method``, ``sauce``, ``dish``, ``cuisine``, ``course``)
check every term as it is written: an unknown facet or protein is an error at import,
not a silently ignored word. The lexicon's tables (``lexicon``, ``lexicon_world``) are
written with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from recommendations.pairing.text import word_list

Kind = Literal["ingredient", "cut", "method", "sauce", "dish", "cuisine", "course"]

PROTEINS: Final = (
    "red_meat",
    "lamb",
    "game",
    "duck",
    "pork",
    "veal",
    "poultry",
    "fish",
    "shellfish",
    "mushroom",
    "vegetarian",
    "cheese",
    "chocolate",
    "dessert",
)
FACETS: Final = frozenset(
    word_list(
        "tomato, cream, butter, cheese, earthy, herbal, pepper, citrus, vinegar, fried, raw, grilled, smoked, "
        "roasted, braised, red_wine, white_wine, garlic, mustard, nutty, fruit, caramel, custard, chocolate, coffee, "
        "soy, coconut, curry, warm_spice, anise, ginger, starch, cured, egg, bitter, sweet_sour, mineral, poached, "
        "tomato_sauce"
    )
)


@dataclass(frozen=True)
class FoodTerm:
    name: str  # canonical, in English, as ``understood`` shows it
    kind: Kind
    aliases: tuple[str, ...] = ()
    # Aliases that are another food of the same kind, read the same way but named as written:
    # barramundi is not a sea bass, though it drinks like one ("the barramundi", never "the sea bass").
    kinds: tuple[str, ...] = ()
    protein: str | None = None  # the main a dish is about, for ingredients (and dishes, via their parts)
    detail: str = ""  # oily, lean, briny, rich, cephalopod, blue, goat, fresh, aged, washed, fruit, custard...
    # A garnish or seasoning (anchovy in a sauce, lardons on a salad): half the evidence of a main.
    seasoning: bool = False
    weight: int = 0
    fat: int = 0
    acid: int = 0
    salt: int = 0
    heat: int = 0
    sweet: int = 0
    smoke: int = 0
    umami: int = 0
    facets: frozenset[str] = frozenset()
    parts: tuple[str, ...] = ()  # dishes: the names of the terms they are made of
    cuisine: str = ""


def _term(kind: Kind, name: str, aliases: str, **values: object) -> FoodTerm:
    facets = frozenset(word_list(str(values.pop("facets", ""))))
    unknown = facets - FACETS
    if unknown:
        raise ValueError(f"{name}: unknown facets {sorted(unknown)}")
    parts = word_list(str(values.pop("parts", "")))
    protein = values.get("protein")
    if protein is not None and protein not in PROTEINS:
        raise ValueError(f"{name}: unknown protein {protein}")
    kinds = word_list(str(values.pop("kinds", "")))
    return FoodTerm(
        name=name,
        kind=kind,
        aliases=(*word_list(aliases), *kinds),
        kinds=kinds,
        facets=facets,
        parts=parts,
        **values,  # type: ignore[arg-type]
    )


def ing(name: str, aliases: str = "", **values: object) -> FoodTerm:
    return _term("ingredient", name, aliases, **values)


def cut(name: str, aliases: str = "", **values: object) -> FoodTerm:
    return _term("cut", name, aliases, **values)


def method(name: str, aliases: str = "", **values: object) -> FoodTerm:
    return _term("method", name, aliases, **values)


def sauce(name: str, aliases: str = "", **values: object) -> FoodTerm:
    return _term("sauce", name, aliases, **values)


def dish(name: str, aliases: str = "", **values: object) -> FoodTerm:
    return _term("dish", name, aliases, **values)


def cuisine(name: str, aliases: str = "", **values: object) -> FoodTerm:
    return _term("cuisine", name, aliases, cuisine=name, **values)


def course(name: str, aliases: str = "", **values: object) -> FoodTerm:
    return _term("course", name, aliases, **values)
