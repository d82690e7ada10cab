"""From a diner's question, in its conversation, to the best few wines on that restaurant's list.

The choice is deterministic and explainable: the question is read (``question``) and
understood in its conversation (``dialogue``); hard constraints filter the list (price,
colour, by the glass, in stock — enforced in the database query, again in Python, and
never relaxed silently); then each candidate is scored by the pairing rules against
the dish, understood from its parts (``pairing``), and by vector similarity to the
question, which carries the score for whatever the rules do not understand. No model
is called here: the words are written afterwards, from these facts.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from statistics import fmean
from typing import Any, Final

from django.db.models import QuerySet

from recommendations.dialogue import (
    DialogueState,
    ShownWine,
    Turn,
    asks_about_wine,
    names_a_dish,
    next_turn,
    state_after,
)
from recommendations.diners import colour_bases_said, diner_colours_said, diner_meant, diners_merged, diners_said
from recommendations.documents import DocumentHit, document_search
from recommendations.models import Course, MenuItem, Restaurant, Wine, WineColour
from recommendations.pairing import (
    DishProfile,
    PairingScore,
    WineProfile,
    board_parts,
    canonical_grape,
    describe_wine_style,
    dish_profile,
    fold_text,
    grape_traits,
    pairing_score,
    read_food,
    wine_profile,
    words_of,
)
from recommendations.pairing.dishes import name_in_sentence, suits_diet
from recommendations.pairing.grapes import appellation_of
from recommendations.pairing.places import from_origin, origins_asked
from recommendations.pairing.rules import colour_fit
from recommendations.pairing.suggested import names_the_dish, suggested_for
from recommendations.pairing.text import word_list
from recommendations.pairing.wines import alcohol_free, called_oaky, fortified, in_half_bottles, made_naturally
from recommendations.question import (
    HOUSE_WINE_NAMED,
    Constraints,
    ParsedQuestion,
    Said,
    Superlative,
    asked_of_the_food,
    dessert_course_alone,
    off_menu,
    parse_question,
)
from recommendations.retrieval.vector_index import wine_search
from recommendations.selectors import wines_in_stock

logger = logging.getLogger(__name__)

# How much each signal counts when the diner names a dish the rules understand. Measured
# with `make eval` on the tuning half (287-dish set, menu dishes): similarity 0.20 / pairing
# 0.70 gave 77.6%, 0.10 / 0.80 gave 78.0% (bare phrases 73.2%); before the food lexicon, on
# the first 57 dishes, 0.45 / 0.45 gave 81.3% and 0.20 / 0.70 84.6%. A dish the rules only
# partly understand hands its share of pairing to similarity (see _score).
SIMILARITY_WEIGHT = 0.10
PAIRING_WEIGHT = 0.80
# A dish of which nothing is understood is ranked as a savoury dish of middle weight would be
# (see _score); beside similarity's 0.9 at no confidence, enough to keep dessert wines and
# fortified wines away from a main nobody knows.
UNKNOWN_DISH: Final = DishProfile(weight=3, fat=1, acidity=1, sweetness=0, spice=0, saltiness=1)
UNKNOWN_DISH_WEIGHT = 0.5
STYLE_WEIGHT = 0.10
FIRM_TANNIN = 4  # WineProfile.tannin from which a wine is "firmly tannic" (0 none .. 5)
# "Another like the second": a wine of the same appellation (region) counts this much more alike,
# beside colour (1) and structure (up to 1).
LIKE_SAME_APPELLATION = 0.4
LIKE_SAME_REGION = 0.2
# ...and a fortified wine is the likeness a Port or a sherry asks for (a Rutherglen Muscat for a Port).
LIKE_FORTIFIED = 0.5
LIST_NOTE_FLOOR = 0.85  # the pairing score of a wine the list's own note suggests for the dish
# A body asked for ("not too heavy", "full-bodied") counts twice a descriptive word ("juicy"):
# the pairing itself ranks by body, so a body word has to outvote it to win as the diner's own
# words should (a full Syrah scores 0.13 ahead of a medium Rioja for a ribeye). Counted twice
# for every style word instead, "something juicy" left one wine standing and dropped the rest.
_BODY_WORDS: Final = frozenset({"not heavy", "light", "medium-bodied", "full-bodied", "bold", "rich"})
# "my main", "the mains", "main course", "plat principal", "secondo": a main not named.
# "The sole and the steak", "oysters and a cheeseburger", "one has the sole, the other the steak":
# a determiner after the "and" says the diner means two dishes.
_TWO_DISHES = re.compile(
    r"\b(?:and|&|plus|et|e|y)\s+(?:then\s+|puis\s+|poi\s+|luego\s+)?(?:the|a|an|some|my|his|her|their|our|one|le|la|les|un|une|il|lo|el|los|las|uno|una)\b|"
    r"\bthe other\b|\bl'autre\b|\bl'altro\b|\bel otro\b|"
    # "The lamb for me, the sole for my wife": another diner's dish.
    r"\bfor (?:my|his|her|our) (?:wife|husband|partner|friend|girlfriend|boyfriend|mother|father|mum|mom|dad|"
    r"son|daughter|brother|sister|colleague|guest)\b|\bfor (?:her|him)\b|"
    # "Steak and then chocolate mousse", "the lamb, followed by the tart": courses in turn (not
    # "..., then what do you suggest?").
    r"\b(?:and\s+)?(?:then|followed by|afterwards|puis|ensuite|poi|luego|despues|dann|danach)\s+"
    r"(?!(?:what|which|how|do|does|can|could|would|should|is|are|any|anything|something|maybe|i|we)\b)(?=\w)"
)
# Not "il secondo va bene" nor "il secondo è secco?": the second wine shown ("il secondo e il dolce"
# are courses).
_MY_MAIN = re.compile(
    r"\b(my|our|the|a) mains?\b|\bmain (course|dish)|\bplat principal\b|"
    r"\bsecondo\b(?! (?:va|vino|costa|com'?e)\b| e (?!(?:il|la|lo|i|le|gli|l'|un|una|poi)\b))"
)
# Similarities fetched from the vector index, unfiltered: the hard constraints are
# applied in the database, and Chroma's `where` filters scan every collection in the
# instance (measured by bench/bench_retrieval.py: a 1K list answered in ~5 ms alone but
# ~320 ms beside 100K other wines with filters, 2-8 ms without). 200 covers a whole list.
RETRIEVAL_DEPTH = 200
# With a dish, wines scoring this far below the best are left out rather than shown as
# padding. Measured on the tuning half: the gaps between three suitable reds for lamb stay
# under 0.08, while a crémant behind the one dessert wine for crème brûlée is 0.2 behind.
PICK_SCORE_GAP = 0.12
# With no dish, a sweet wine outside the dessert wines is shown after the dry ones of its colour.
NO_DISH_SWEET_PENALTY = 0.15
# A dish whose colour is this clear (red meat's red: 1.0) drops picks of a colour fitting it less
# than this share as well (a rosé with braised beef: 0.35).
CLEAR_COLOUR_FIT = 0.8
UNWANTED_COLOUR_SHARE = 0.5
# "No bubbles" leaves five colours; a diner naming colours one by one names fewer, and seldom
# both the orange and the dessert wines.
_LEFT_AFTER_A_REFUSAL: Final = frozenset({"orange", "dessert"})
# "Anything organic?": the organic wines are shown when the best of them pairs within this much of
# the best wine for the dish; a red Morgon is no oyster wine, organic or not.
WISH_PAIRING_MARGIN = 0.15
# A place asked for is firmer than a wish: its wines are set aside only when none of them is a
# match for the dish at all (for a steak, a Moscato scores 0.004 and a Soave 0.04, the Cabernet
# 0.85) while another wine is; a Chianti for duck (0.58, a Pinot Noir 0.9) is the diner's to ask for,
# and so is a Georgian Mukuzani for khachapuri and pork skewers (0.22, the Morgon 0.61).
PLACE_NO_MATCH_BELOW = 0.15
# Two dishes that want different wines ("the sole and the steak"): when the best wine for the
# pair falls this far short of the best for one of them on that dish (and the dishes' best
# wines differ in colour), the answer is the one bottle that serves both, then a wine for each
# dish. Below it, one style suits both.
SPLIT_MARGIN = 0.05
# With no budget said, a wine priced far above the list's middle gives way to an equally good
# one nearer it: a sommelier does not lead with the $450 Champagne because nobody said not to.
# Per doubling of the price over the median of the wines that fit.
PRICE_RESTRAINT = 0.02
_COLOUR_FAMILY: Final = {"red": "red", "dessert": "sweet"}  # the rest (white, rosé, sparkling) go with the same dishes
# When nothing fits, alternatives are the wines whose price misses the asked range by
# at most this factor of the nearest miss (so "under $20" offers the $45 wines, not the $95 one).
ALTERNATIVE_PRICE_STRETCH = Decimal("1.5")
# ...and the wine within this many more price steps that pairs with the dish this much better than
# every one of them joins them, last: the nearest prices alone can be a rosé for the lamb.
ALTERNATIVE_MATCH_REACH = 6
ALTERNATIVE_MATCH_MARGIN = 0.1
# A house-document chunk joins the answer above this cosine similarity. Measured with
# MiniLM: "is the lamb gluten-free?" vs the allergen chunk 0.70, "when are you open?" vs
# the opening hours 0.61, while "a red under $60 for the lamb?" vs the allergens is 0.28.
DOCUMENT_RELEVANCE = 0.5
# Without a dish, a first answer spans the list's colours ("what do you recommend?").
_SPREAD_ORDER = ("sparkling", "white", "red", "rose", "orange", "dessert")


@dataclass(frozen=True)
class Pick:
    wine: Wine
    score: float
    reasons: tuple[str, ...]  # why it suits the dish, in a sommelier's words (best first)
    tasting_note: str  # the card's note: the list's own words first
    profile: WineProfile
    alternative: bool = False  # outside what was asked: shown only when nothing fits, and labelled
    for_dish: str = ""  # of two unlike dishes, the one this wine is for ("" for both, or one dish)
    nearby_match: bool = False  # when nothing fits: past the nearest prices, the wine that suits the dish

    @property
    def reason(self) -> str:
        """One line for API clients: the reasons, or the wine's style when there is no dish."""
        if self.reasons:
            text = "; ".join(self.reasons)
        else:
            text = f"a {describe_wine_style(self.profile, colour=self.wine.colour)}"
        return text[0].upper() + text[1:] + "."


@dataclass(frozen=True)
class Understood:
    """What the question was taken to mean, returned with every answer so a diner (or a test) can see it."""

    dish: str | None  # as the menu or the diner names it
    dish_source: str | None  # "menu", "question", "conversation", "mains", "desserts", "vegan", "vegetarian" or None
    parts: tuple[str, ...]  # what the lexicon understood of the dish: main, cut, method, sauce...
    cuisine: str
    unknown: tuple[str, ...]  # words it did not understand (retrieval similarity covers them)
    constraints: Constraints
    refinements: tuple[str, ...]
    new_topic: bool
    appellations: tuple[str, ...] = ()
    contradictions: tuple[str, ...] = ()
    places_missing: tuple[str, ...] = ()  # origins asked for that the list has no wine from, or none for the dish
    names_missing: tuple[str, ...] = ()  # grapes and appellations asked for that the list does not have
    # "Under $14 a glass", then "a bottle this time": the budget was the glass's, so it was let go.
    glass_budget_dropped: bool = False
    # The dish as a sentence names it: "the wild mushroom risotto and hamachi crudo" for the menu's
    # "Wild mushroom risotto" and "Hamachi crudo"; "the lamb shoulder" for "lamb shoulder, slow roasted".
    in_a_sentence: str | None = None
    # "What's the house wine?": "" when not asked; "none" when the list names no house wine,
    # "shown" when one is shown, "not shown" when the list's are not what was asked (a rosé, the duck).
    house_wine: str = ""
    language: str = "en"  # the language the diner writes in, which the house voice answers in
    board: bool = False  # a cheese board with a blue: the last wine is for the cheeses the first kind is not
    # "Would the Barolo work with grilled salmon?": the wine asked for, named, when it clashes with
    # the dish; the wines after it are the ones that suit the dish.
    named_clash: str = ""
    # "Would it work with the schnitzel?", "would the Cornas work with the lamb?": "yes" when the
    # wine asked about (first) suits the dish; "fair" when it would do but the wines after it suit
    # it better; "" when not asked (or it clashes: ``named_clash``).
    fit: str = ""

    def as_json(self) -> dict[str, Any]:
        constraints = self.constraints
        return {
            "dish": self.dish,
            "dish_source": self.dish_source,
            "parts": list(self.parts),
            "cuisine": self.cuisine or None,
            "unknown_words": list(self.unknown),
            "colours": sorted(constraints.colours),
            "max_price": str(constraints.max_price) if constraints.max_price is not None else None,
            "min_price": str(constraints.min_price) if constraints.min_price is not None else None,
            "by_the_glass": constraints.by_the_glass,
            "grapes": list(constraints.grapes),
            "refused_grapes": list(constraints.refused_grapes),
            "occasion": constraints.occasion,
            "appellations": list(self.appellations),
            "places": list(constraints.places),
            "refused_places": list(constraints.refused_places),
            "style_words": list(constraints.style_words),
            "refinements": list(self.refinements),
            "new_topic": self.new_topic,
            "contradictions": list(self.contradictions),
            "places_missing": list(self.places_missing),
            "names_missing": list(self.names_missing),
            "language": self.language,
            "fit": self.fit or ("no" if self.named_clash else None),
        }


@dataclass(frozen=True)
class Recommendations:
    picks: list[Pick]
    parsed: ParsedQuestion
    constraints: Constraints
    dishes: list[MenuItem]
    nothing_fits: bool
    understood: Understood
    turn: Turn
    dish_profiles: tuple[DishProfile, ...] = ()
    documents: list[DocumentHit] = field(default_factory=list)
    currency: str = "EUR"
    steps: tuple[Step, ...] = ()  # "drier?": what was asked of the wine the last answer led with

    @property
    def step_keys(self) -> frozenset[str]:
        """The traits the diner asked more or less of than the wines shown, as ``Step.key`` says
        them: "drier?" is "sweetness-", "lighter?" "body-"."""
        keys = {step.key for step in self.steps}
        if "lighter" in self.understood.refinements:
            keys.add("body-")
        if "bolder" in self.understood.refinements:
            keys.add("body+")
        return frozenset(keys)

    def state(self) -> DialogueState:
        """The conversation state after this answer."""
        basis = self.constraints.by_the_glass
        # The wines that answer the question; when none does, the closest the diner was shown,
        # which "the first two" still means.
        answering = [pick for pick in self.picks if not pick.alternative] or self.picks
        shown = [
            ShownWine(
                pick.wine.pk,
                pick.wine.glass_price if basis and pick.wine.glass_price is not None else pick.wine.bottle_price,
                pick.wine.colour,
                pick.profile.body,
                bottle_only=basis and pick.wine.glass_price is None,
            )
            for pick in answering
        ]
        turn = self.turn
        if self.nothing_fits and "cheaper" in turn.refinements and turn.budget_said is not None:
            # Nothing was cheaper: the next question starts from the budget the diner said, not
            # from a ceiling below the least expensive wine there is.
            budget = turn.budget_said
            constraints = replace(
                turn.constraints,
                max_price=budget.max_price,
                min_price=budget.min_price,
                price_per_glass=budget.per_glass,
            )
            turn = replace(turn, constraints=constraints, budget_said=None)
        if self.nothing_fits:
            turn = replace(turn, passed=())  # the closest shown were not what was asked: none was passed over
        return state_after(turn, shown)


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
    if by_the_glass is not None:
        constraints = replace(constraints, by_the_glass=by_the_glass)
    if max_price is not None:
        constraints = replace(constraints, max_price=max_price, price_per_glass=constraints.by_the_glass)
    if colour is not None:
        constraints = replace(constraints, colours=frozenset({colour}))
    return constraints


SWEET_WINE: Final = 3  # WineProfile.sweetness from which a wine answers "something sweet"


def price_of(wine: Wine, constraints: Constraints) -> Decimal:
    if constraints.by_the_glass and wine.glass_price is not None:
        return wine.glass_price
    return wine.bottle_price


def satisfies(wine: Wine, constraints: Constraints) -> bool:
    """The hard constraints, checked in Python on every wine we are about to show."""
    if not wine.in_stock:
        return False
    if constraints.by_the_glass and wine.glass_price is None:
        return False
    price = price_of(wine, constraints)
    if constraints.max_price is not None and price > constraints.max_price:
        return False
    if constraints.min_price is not None and price < constraints.min_price:
        return False
    if constraints.colours and wine.colour not in constraints.colours:
        return False
    if constraints.refused_grapes and grapes_of(wine) & {
        canonical_grape(grape) for grape in constraints.refused_grapes
    }:
        return False
    if constraints.refused_names and _named_as(wine, constraints.refused_names):
        return False
    if _from_a_refused_place(wine, constraints):
        return False
    if constraints.sweet and wine.colour == "dessert" and not _of_the_hue_asked(wine, constraints.colours):
        return False
    # Sweet as the wine tastes, in any section: a dry Fino listed among the dessert wines is not.
    return not (constraints.sweet and profile_of(wine).sweetness < SWEET_WINE)


def _of_the_hue_asked(wine: Wine, colours: Collection[str]) -> bool:
    """ "A sweet red" is a Port, a Maury or a Recioto from the dessert section, not a Sauternes; "a
    sweet white" no Port. A dessert wine's hue is its main grape's."""
    hues = {"red", "white"} & set(colours)
    grapes = profile_of(wine).grapes
    traits = grape_traits(grapes[0]) if grapes else None
    return len(hues) != 1 or traits is None or traits.colour in hues


def _from_a_refused_place(wine: Wine, constraints: Constraints) -> bool:
    """ "No French wine": none from France, but for a wine then asked for by its place or name ("ok,
    a Sancerre then")."""
    if not constraints.refused_places:
        return False
    asked = _named_as(wine, constraints.appellations) or any(
        from_origin(place, country=wine.country, region=wine.region, name=wine.name) for place in constraints.places
    )
    return not asked and any(
        from_origin(place, country=wine.country, region=wine.region, name=wine.name)
        for place in constraints.refused_places
    )


def constrained_wines(restaurant: Restaurant, constraints: Constraints) -> QuerySet[Wine]:
    """The restaurant's wines that may be recommended, filtered in the database."""
    wines = wines_in_stock(restaurant=restaurant)
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
    try:
        hits = wine_search(restaurant_id=restaurant.pk, query=query, k=RETRIEVAL_DEPTH, in_stock_only=False)
    except Exception:
        # The vector store being down costs ranking quality, not the answer.
        logger.exception("vector search failed for restaurant %s", restaurant.pk)
        return {}
    return {hit.wine_id: hit.similarity for hit in hits}


def _retrieval_text(parsed: ParsedQuestion, dishes: Sequence[MenuItem], dish_words: Sequence[str]) -> str:
    parts = [parsed.text]
    parts += [f"{dish.name}. {dish.description}" for dish in dishes]
    if not dishes and dish_words and not any(word in parsed.text for word in dish_words):
        parts += list(dish_words)  # a refinement of a dish named before: search for that dish
    parts += list(parsed.constraints.style_words)
    return " ".join(part for part in parts if part)


@lru_cache(maxsize=8192)
def _wine_profile(
    colour: str, grapes: tuple[str, ...], description: str, region: str, name: str, country: str
) -> WineProfile:
    """Profiles are pure functions of the wine's words; a list is ranked again on every question."""
    return wine_profile(
        colour=colour, grapes=grapes, description=description, region=region, name=name, country=country
    )


def profile_of(wine: Wine) -> WineProfile:
    return _wine_profile(wine.colour, tuple(wine.grapes), wine.description, wine.region, wine.name, wine.country)


def served_colour(wine: Wine) -> str:
    """The colour a wine pairs and is spoken of as: a bone-dry fino a list files among its dessert
    wines pours as a white (with the olives, never the chocolate tart), and is no "dessert wine"."""
    if wine.colour == WineColour.DESSERT and profile_of(wine).sweetness <= 1:
        return WineColour.WHITE
    return wine.colour


def _dish_profiles(dishes: Sequence[MenuItem], dish_words: Sequence[str]) -> list[DishProfile]:
    return [dish_profile(name=dish.name, description=dish.description, tags=dish.tags) for dish in dishes] + [
        dish_profile(name=words) for words in dish_words
    ]


@dataclass(frozen=True)
class _Board:
    """A cheese board with a blue among other cheeses (``board_parts``)."""

    whole: DishProfile  # paired, as any board, by its first cheese
    apart: DishProfile  # the cheeses the first does not speak for: the blue, or the others
    said: str  # how a sentence names it: "cheese board", "Comté and Roquefort"


def _profiles_and_board(
    dishes: Sequence[MenuItem], dish_words: Sequence[str]
) -> tuple[tuple[DishProfile, ...], _Board | None]:
    """Each dish's profile; a cheese board with a blue as one, with its blue (or its others) apart."""
    profiles = tuple(_dish_profiles(dishes, dish_words))
    board = _board(dishes, dish_words, profiles)
    return ((board.whole,) if board is not None else profiles), board


def _board(dishes: Sequence[MenuItem], dish_words: Sequence[str], profiles: Sequence[DishProfile]) -> _Board | None:
    """The cheese board asked about, if one with a blue among its cheeses is.

    The diner's "the cheese board: Comté, Roquefort and a crottin" reads as several dishes, each
    a cheese: together they are the one board."""
    if not profiles or not all(profile.protein == "cheese" or "cheese board" in profile.words for profile in profiles):
        return None
    if len(dishes) > 1 or (dishes and dish_words):
        return None  # two plates of the menu are two dishes
    name, description = (dishes[0].name, dishes[0].description) if dishes else (", ".join(dish_words), "")
    # A menu's board keeps its tags; the diner's cheeses are read together.
    whole = profiles[0] if len(profiles) == 1 else dish_profile(name=name, description=description)
    parts = board_parts(name=name, description=description, profile=whole)
    if parts is None:
        return None
    others, blue = parts
    first = name.split(",")[0].strip()
    # "The cheese board" when the diner called it so, else its cheeses, never the first cheese alone.
    reading = read_food(first)
    called = [
        written for term, written in zip(reading.terms, reading.surfaces, strict=True) if term.name == "cheese board"
    ] or [first for term in reading.terms if term.name == "cheese"]
    said = first if dishes else called[0] if called else f"{others.subject} and {blue.subject}"
    return _Board(whole=whole, apart=others if whole.detail == "blue" else blue, said=said)


@dataclass(frozen=True)
class _Wanted:
    """What the diner asked for beyond the hard constraints: grapes, places, style words, a wine to echo."""

    grapes: frozenset[str]
    appellations: tuple[str, ...]
    style_words: frozenset[str]
    like: WineProfile | None = None
    like_colour: str = ""
    like_place: tuple[str, str] = ("", "")  # the liked wine's appellation and region, folded
    like_fortified: bool = False  # a Port or a sherry is liked: the fortified wines are nearest
    # Show only the named grapes or places when the list has them ("a Pinot Noir for the salmon");
    # off for a contradiction ("a white Barolo"), where the real options span both.
    only_named: bool = True
    price_order: str | None = None  # "high": dearest first ("your most expensive red"); "low": cheapest first
    places: tuple[str, ...] = ()  # origins asked for: "Oregon", "Italy"
    # Two dishes on the table, not one dish whose name has an "and" in it ("salt and pepper
    # squid"): the answer may offer one bottle for both, then one for each.
    separate_dishes: bool = False
    one_for_all: bool = False  # "one bottle for both": the wine whose worse dish fares best (see Said)
    each_their_own: bool = False  # "a glass each": a wine for each dish, none across both (see Said)
    colours_said: frozenset[str] = frozenset()  # the colours asked for, if any
    # "Which would go better with the sole?" of the wines shown: the best match first, not the
    # order they were shown in.
    best_first: bool = False
    # "Drier?", "moins tannique ?", "¿más fresco?": more (or less) of something than the wine the
    # last answer led with, as (profile axis, +1 or -1, the lead's value on it).
    steps: tuple[Step, ...] = ()
    step_colours: frozenset[str] = frozenset()  # the colours of the wines shown before the step
    # A cheese board with a blue among other cheeses: its last wine is for the part of the board
    # its first cheese does not speak for (the Roquefort's Sauternes beside the Comté's whites).
    board_apart: DishProfile | None = None


@dataclass(frozen=True)
class Step:
    axis: str  # a WineProfile field: "sweetness", "acidity", "tannin", "oak", "body"
    direction: int  # +1 more of it, -1 less
    lead: int  # the value of the wine the last answer led with

    def past(self, profile: WineProfile) -> bool:
        value: int = getattr(profile, self.axis)
        return self.direction * (value - self.lead) > 0

    @property
    def key(self) -> str:
        """How the writers look its words up: "sweetness-" is drier, "oak+" oakier."""
        return f"{self.axis}{'+' if self.direction > 0 else '-'}"


# The style words a comparative asks of the wines shown ("drier", "plus rond", "meno tannico"):
# the axis of the wine's profile each moves along, and which way.
_STEPS: Final = {
    "dry": ("sweetness", -1),
    "off-dry": ("sweetness", +1),
    "round": ("acidity", -1),
    "crisp": ("acidity", +1),
    "smooth": ("tannin", -1),
    "tannic": ("tannin", +1),
    "unoaked": ("oak", -1),
    "oaky": ("oak", +1),
}


def _steps(said: Said | None, turn: Turn, in_stock: Sequence[Wine]) -> tuple[tuple[Step, ...], frozenset[str]]:
    """The steps a comparative asks from the wine the last answer led with ("drier?" after three
    whites: drier than the first of them), and the colours those wines were in."""
    if said is None or not {"other", "lighter", "bolder"} & set(turn.refinements) or not turn.shown_before:
        return (), frozenset()
    by_id = {wine.pk: wine for wine in in_stock}
    shown = [by_id[wine_id] for wine_id in turn.shown_before if wine_id in by_id]
    if not shown:
        return (), frozenset()
    led = by_id.get(turn.lead_wine_id or shown[0].pk, shown[0])  # "le deuxième est boisé ?", then "moins boisé ?"
    lead = profile_of(led)
    steps: dict[str, Step] = {}  # by axis: "not dry enough, something drier" is one step, the last said
    for style in said.style_words:
        if style not in _STEPS:
            continue
        axis, direction = _STEPS[style]
        if axis == "tannin" and led.colour not in ("red", "orange"):
            axis = "body"  # "more structured" of a white: a fuller white, not a red
        if axis == "body" and {"lighter", "bolder"} & set(turn.refinements):
            continue  # "more structure" of a white: fuller, which "bolder" already asks
        steps[axis] = Step(axis, direction, getattr(lead, axis))
    return tuple(steps.values()), frozenset(wine.colour for wine in shown) if steps else frozenset()


def _past_the_lead(wines: list[Wine], wanted: _Wanted) -> list[Wine]:
    """After "drier?", "rounder?": the wines further along than the last answer's lead, in the colours
    shown unless the diner named others; when none is, the rest (the answer still names the style)."""
    if not wanted.steps:
        return wines
    if wanted.step_colours and not wanted.colours_said:
        wines = [wine for wine in wines if wine.colour in wanted.step_colours] or wines
    return [wine for wine in wines if all(step.past(profile_of(wine)) for step in wanted.steps)] or wines


def _from_places(wine: Wine, wanted: _Wanted) -> bool:
    """Whether a wine comes from one of the places the diner asked for (any, when none was asked)."""
    return not wanted.places or any(_comes_from(wine, place) for place in wanted.places)


def _comes_from(wine: Wine, place: str) -> bool:
    return from_origin(place, country=wine.country, region=wine.region, name=wine.name)


# Colours that say which wines of a place were asked for: "un bourgogne rouge" is no Chablis.
_PLAIN_COLOURS: Final = frozenset({"red", "white", "rose", "orange"})


def _named_match(wine: Wine, wanted: _Wanted) -> bool:
    """Whether a wine is of a grape or place the diner named ("a Pinot Noir", "any Chablis?"), in
    the plain colour asked for when one was."""
    if wanted.colours_said and wanted.colours_said <= _PLAIN_COLOURS and wine.colour not in wanted.colours_said:
        return False
    if wanted.grapes and _of_named_grape(wine, wanted):
        return True
    return _named_as(wine, wanted.appellations)


def _named_as(wine: Wine, names: Iterable[str]) -> bool:
    """Whether a wine's name, region or producer says it is one of the places or wines named
    ("Chablis", "sherry", "whispering angel")."""
    text = " ".join(words_of(f"{wine.name} {wine.region} {wine.producer}"))
    return any(
        re.search(rf"\b{re.escape(name)}\b", text)
        for named in names
        for name in (" ".join(words_of(named)), *_FAMILY_NAMES.get(named, ()), *_of_its_colour(wine, named))
    )


# "Un bourgogne blanc" is any white Burgundy: the family's name and the colour, said in French.
_FRENCH_COLOURS: Final = {"blanc": "white", "rouge": "red", "rose": "rose"}


def _of_its_colour(wine: Wine, named: str) -> tuple[str, ...]:
    family, _, colour = " ".join(words_of(named)).rpartition(" ")
    if _FRENCH_COLOURS.get(colour) != wine.colour or family not in _FAMILY_NAMES:
        return ()
    return (family, *_FAMILY_NAMES[family])


_PORT_NAMES: Final = tuple(word_list("port, porto, oporto, tawny, ruby, lbv, late bottled vintage, colheita"))
# A wine asked for by its family's name is listed by its style or town: "a sherry?" is the Fino
# Inocente from Jerez, "any port?" the 20 Year Old Tawny.
_FAMILY_NAMES: Final = {
    "sherry": tuple(
        word_list("jerez, xeres, fino, manzanilla, amontillado, palo cortado, oloroso, pedro ximenez, sanlucar")
    ),
    # "¿Un oporto?", "un porto ?": Port, said as Spain and France say it; each is the others too.
    **{said: tuple(name for name in _PORT_NAMES if name != said) for said in ("port", "porto", "oporto")},
    "madeira": tuple(word_list("malmsey, bual, boal, sercial, verdelho")),
    # "Un bourgogne rouge" is any red Burgundy, which an English list calls by its English name.
    "bourgogne": ("burgundy",),
    "burgundy": ("bourgogne",),
    # The same places in the diner's language: "nix aus dem Elsass", "un Borgogna".
    **dict.fromkeys(("burgund", "borgogna", "borgona"), ("bourgogne", "burgundy")),
    "elsass": ("alsace",),
}


def grapes_of(wine: Wine) -> set[str]:
    """A wine's grapes by canonical name: as listed, or as its name and place say."""
    return {canonical_grape(grape) for grape in wine.grapes} if wine.grapes else set(profile_of(wine).grapes)


def _of_named_grape(wine: Wine, wanted: _Wanted) -> bool:
    named = wanted.grapes & grapes_of(wine)
    if not named or wanted.colours_said:
        return bool(named)
    # "A glass of Pinot Noir" is the red: a Champagne with Pinot Noir in its blend is not one,
    # unless the diner asked for bubbles.
    # A white grape's sweet wines are that grape's too: "PX?" is the Pedro Ximénez, a dessert wine.
    return any(
        (traits := grape_traits(grape)) is None
        or traits.colour == wine.colour
        or (traits.colour == "white" and wine.colour == "dessert")
        for grape in named
    )


def _style_score(wine: Wine, profile: WineProfile, wanted: _Wanted) -> tuple[float, str | None]:
    words = wanted.style_words
    if not words:
        return 0.0, None
    described = _described(wine, profile)
    credits = {word: _style_credit(word, profile, described) for word in sorted(words)}
    matched = [_AS_ASKED.get(word, f"it is {word}") for word, credit in credits.items() if credit > 0]
    if not matched:
        return 0.0, None
    weighted = sum(credit * (2 if word in _BODY_WORDS else 1) for word, credit in credits.items())
    return weighted / len(words), f"{' and '.join(matched)}, as you asked"


# A wish said of how a wine is made or poured, as the reason says it was met.
_AS_ASKED: Final = {
    "natural": "it is made with little intervention",
    "half-bottle": "it comes in a half bottle",
    "unfortified": "it is not fortified",
}


def as_listed(wine: Wine) -> str:
    """The wine's name and note: a list says "(37.5cl)" or "Organic" in either."""
    return f"{wine.name}. {wine.description}"


def _described(wine: Wine, profile: WineProfile) -> set[str]:
    """The style words a wine earns: its profile's, its note's words, and how the list says it is
    made ("biodynamic", "minimal sulphur": natural) or poured ("half bottle"). The bare word
    "natural" in a note ("a natural opener for oysters") says nothing of how it was made."""
    described = (set(profile.style_words) | set(words_of(wine.description))) - {"natural"}
    if made_naturally(as_listed(wine)):
        described.add("natural")
    if in_half_bottles(as_listed(wine)):
        described.add("half-bottle")
    if fortified(wine.name, wine.region):
        described.add("fortified")
    return described


def _style_credit(word: str, profile: WineProfile, described: set[str]) -> float:
    """How far a wine is what a style word asks: "bold" is the fullest and firmest the list has,
    so a full, firm Syrah (1.0) comes before a medium-to-full, supple Pinot Noir (0.5)."""
    body = profile.body
    if word in ("full-bodied", "bold", "rich"):
        fullness = 1.0 if body >= 5 else 0.5 if body == 4 else 0.0
        if word == "bold" and fullness:
            fullness = (fullness + (1.0 if profile.tannin >= 3 else 0.5)) / 2
        return max(fullness, 0.5 if word in described else 0.0)
    if word == "not heavy":
        return 1.0 if body <= 3 else 0.5 if body == 4 else 0.0
    if word == "light":
        # The body decides: "light" in a full-bodied Rioja's note ("light on oak") is no light wine.
        return 1.0 if body <= 2 else 0.5 if body == 3 and word in described else 0.0
    if word == "dry":
        # The sugar decides: an "off-dry" note has the word "dry" in it.
        return float(_at_the_level(word, profile))
    if word in _CREDITED_AT_THEIR_LEVEL:
        return float(word in described or _at_the_level(word, profile))
    return float(
        word in described
        or (word == "crisp" and profile.acidity >= 4)
        or (word == "round" and profile.acidity <= 3)
        or (word == "smooth" and profile.tannin <= 2)
        or (word == "unoaked" and profile.oak == 0)
        or (word == "unfortified" and "fortified" not in described)
        or (word == "low-alcohol" and "high-alcohol" not in described and profile.body <= 2)
    )


def _place_of(wine: Wine) -> tuple[str, str]:
    """A wine's appellation (from its name, else its region) and region, folded, for "one like it"."""
    appellation = appellation_of(wine.name, wine.region)
    if appellation is None:
        return "", " ".join(words_of(wine.region))
    # The name as the wine is called by it: one table entry may hold several ("mosel, pfalz, ...").
    text = f" {' '.join(words_of(f'{wine.name} {wine.region}'))} "
    called = next((name for name in appellation.names if f" {' '.join(words_of(name))} " in text), appellation.names[0])
    return " ".join(words_of(called)), " ".join(words_of(wine.region))


def _like_score(wine: Wine, profile: WineProfile, wanted: _Wanted) -> float:
    target = wanted.like
    if target is None:
        return 0.0
    colour = wine.colour
    distance = (
        abs(profile.body - target.body)
        + abs(profile.acidity - target.acidity)
        + abs(profile.tannin - target.tannin)
        + abs(profile.sweetness - target.sweetness)
        + abs(profile.oak - target.oak)
    )
    shared = len(set(profile.style_words) & set(target.style_words)) + 2 * len(set(profile.grapes) & set(target.grapes))
    # "Like the Les Clos but cheaper": a village Chablis is the likeness a sommelier means first.
    appellation, region = _place_of(wine)
    if appellation and appellation == wanted.like_place[0]:
        place = LIKE_SAME_APPELLATION
    elif region and region == wanted.like_place[1]:
        place = LIKE_SAME_REGION
    else:
        place = 0.0
    if wanted.like_fortified and fortified(wine.name, wine.region):
        place += LIKE_FORTIFIED
    return (1.0 if colour == wanted.like_colour else 0.0) + max(0.0, 1.0 - distance / 8) + 0.1 * shared + place


@dataclass(frozen=True)
class _Scored:
    score: float
    wine: Wine
    profile: WineProfile
    reasons: tuple[str, ...]
    # With several dishes: the score and reasons as if each dish were the only one.
    per_dish: tuple[float, ...] = ()
    per_dish_reasons: tuple[tuple[str, ...], ...] = ()
    for_dish: str = ""
    # How much the list's own note lifted it ("Raclette wine"): the wines shown beside it are
    # judged against its merit without the lift, so one noted wine does not stand alone.
    lift: float = 0.0


def _score(wine: Wine, *, similarity: float, profiles: Sequence[DishProfile], wanted: _Wanted, turn: Turn) -> _Scored:
    profile = profile_of(wine)
    reasons: list[str] = []
    pairing = lift = 0.0
    confidence = 0.0
    if profiles:
        plain = [pairing_score(profile, dish, wine_colour=served_colour(wine)) for dish in profiles]
        scores = [_with_list_note(wine, dish, score) for dish, score in zip(profiles, plain, strict=True)]
        pairing = sum(score.score for score in scores) / len(scores)
        lift = pairing - sum(score.score for score in plain) / len(plain)
        best = max(scores, key=lambda score: score.score)
        confidence = sum(dish.confidence for dish in profiles) / len(profiles)
        if confidence:  # no reason is given for a dish of which nothing is understood
            reasons += list(best.reasons)
    style, style_reason = _style_score(wine, profile, wanted)
    if style_reason:
        reasons.insert(0, style_reason)
    if profiles:
        # What the rules understand of the dish counts as pairing; the rest is left to similarity.
        score = (
            (SIMILARITY_WEIGHT + PAIRING_WEIGHT * (1 - confidence)) * max(0.0, similarity)
            + PAIRING_WEIGHT * confidence * pairing
            + STYLE_WEIGHT * style
        )
    else:
        score = 0.8 * max(0.0, similarity) + 0.2 * style
        if profile.sweetness >= 3 and wine.colour != WineColour.DESSERT:
            # "What would you recommend?": a Moscato d'Asti is nobody's first glass of the evening
            # unless sweetness is asked for (then every wine shown is sweet, and this is even).
            score -= NO_DISH_SWEET_PENALTY
    if profiles and not any(dish.confidence for dish in profiles):
        # Nothing of the dish understood ("pique macho"): what a sommelier pours for a dish they
        # do not know, a dry, versatile wine of middle weight, not a Moscato the words happen to
        # sit near. It only ranks: no reason is claimed of a dish nobody understood.
        score += UNKNOWN_DISH_WEIGHT * pairing_score(profile, UNKNOWN_DISH, wine_colour=served_colour(wine)).score
    if _named_match(wine, wanted):
        score += 0.3
    if wanted.like is not None:
        score = 0.3 * score + 0.7 * _like_score(wine, profile, wanted) / 2.5
    if turn.max_body is not None:
        score += 0.05 * (turn.max_body - profile.body)  # "lighter": the lighter the better
    if turn.min_body is not None:
        score += 0.05 * (profile.body - turn.min_body)
    per_dish: tuple[float, ...] = ()
    per_dish_reasons: tuple[tuple[str, ...], ...] = ()
    if len(profiles) > 1 and wanted.like is None:
        per_dish = tuple(score + PAIRING_WEIGHT * confidence * (each.score - pairing) for each in scores)
        per_dish_reasons = tuple(
            tuple(dict.fromkeys([style_reason, *each.reasons])) if style_reason else each.reasons for each in scores
        )
    noted = PAIRING_WEIGHT * confidence * lift
    return _Scored(score, wine, profile, tuple(dict.fromkeys(reasons)), per_dish, per_dish_reasons, lift=noted)


def _with_list_note(wine: Wine, dish: DishProfile, score: PairingScore) -> PairingScore:
    """The list's own note on the dish leads the reasons ("great with roast pork" beside the
    roast pork). A note naming the dish itself ("Raclette wine", "a classic partner for vitello
    tonnato") also lifts the wine to at least ``LIST_NOTE_FLOOR``: the restaurant's sommelier
    wrote it for that dish. A main made a certain way ("roast pork", "chicken in cream") does
    not: measured on the evaluation's tuning half, those lifts cost more pairings than they won
    (guidance disagrees with the lists' notes on char siu and chicken korma)."""
    item = suggested_for(wine.description, dish)
    if item is None:
        return score
    reason = f"our list itself suggests it with the {dish.subject}"
    lifted = max(score.score, LIST_NOTE_FLOOR) if names_the_dish(item) else score.score
    return PairingScore(score=lifted, reasons=(reason, *score.reasons)[:3])


def tasting_note(wine: Wine) -> str:
    """The list's own words first: staff wrote them, so they are true."""
    if wine.description:
        first = wine.description.strip().split(". ")[0].rstrip(".")
        return first + "."
    profile = profile_of(wine)
    return f"A {describe_wine_style(profile, colour=wine.colour)}" + (f" from {wine.region}." if wine.region else ".")


# Wishes of how a wine is made or poured that the list's notes say: the style word, how a note
# says it, and what the answer calls such a wine.
WISHES: Final[tuple[tuple[str, Callable[[str], bool], str], ...]] = (
    ("natural", made_naturally, "organic or natural wine"),
    ("half-bottle", in_half_bottles, "half bottle"),
)


# The shape a diner names is theirs to choose: "a light red for the rib-eye" is a light red, however
# well a fuller one would suit the steak, while the list has one; the looser test when none passes
# the first ("light": a medium-bodied red before a full one). By style word: the trait (a
# WineProfile field) and the two tests of its level.
_SHAPE_WISHES: Final[dict[str, tuple[str, Callable[[int], bool], Callable[[int], bool]]]] = {
    "light": ("body", lambda body: body <= 2, lambda body: body <= 3),
    "not heavy": ("body", lambda body: body <= 3, lambda body: body <= 3),
    "medium-bodied": ("body", lambda body: body == 3, lambda body: 2 <= body <= 4),
    # Not "rich": a diner says it of the food as often as of the wine ("the sauce is quite rich").
    **dict.fromkeys(("full-bodied", "bold"), ("body", lambda body: body >= 4, lambda body: body >= 3)),
    "dry": ("sweetness", lambda sugar: sugar == 0, lambda sugar: sugar <= 1),
    "off-dry": ("sweetness", lambda sugar: 1 <= sugar <= 2, lambda sugar: 1 <= sugar <= 3),
    # With a dessert (only then, see _shape_wishes): a gentle sweet wine, a Moscato d'Asti before a Tokaji.
    "not too sweet": ("sweetness", lambda sugar: 2 <= sugar <= 3, lambda sugar: 2 <= sugar <= 4),
    "tannic": ("tannin", lambda grip: grip >= 4, lambda grip: grip >= 3),
    "oaky": ("oak", lambda oak: oak >= 2, lambda oak: oak >= 1),
    # "Not oaky" of a lamb's reds: no Rioja Reserva of vanilla and American oak while a red of old
    # casks is on the list (a red we would not call oaky may still show its oak, ``called_oaky``).
    "unoaked": ("oak", lambda oak: oak <= 1, lambda oak: oak <= 2),
}


# Words a wine earns when its note says them or its profile is at the level they name (as the
# filter above reads it); "not too sweet" earns nothing with a main, so it is not among them.
_CREDITED_AT_THEIR_LEVEL: Final = frozenset({"medium-bodied", "tannic", "oaky", "off-dry"})


def _at_the_level(word: str, profile: WineProfile) -> bool:
    """Whether a wine is at the level a shape word names: "tannic" is tannin 4 or more."""
    axis, strict, _looser = _SHAPE_WISHES[word]
    return strict(getattr(profile, axis))


def _shape_wishes(wines: list[Wine], wanted: _Wanted, profiles: Sequence[DishProfile], turn: Turn) -> list[Wine]:
    """The wines of the body, sweetness, grip or oak the diner named, while any is on the list. A
    step ("drier?", "a touch sweeter?") measures its trait from the wine shown, not from a word;
    "not too sweet" with a main course is any wine the dish suits; "are the first two oaky?" asks
    of both, whatever their oak."""
    if turn.only_wine_ids:
        return wines
    stepped = {step.axis for step in wanted.steps}
    if {"lighter", "bolder"} & set(turn.refinements):
        stepped.add("body")  # "a bit lighter" after a Barolo: lighter than it, not the lightest
    dessert = any(profile.protein in ("dessert", "chocolate") for profile in profiles)
    for word in sorted(wanted.style_words & _SHAPE_WISHES.keys()):
        axis, strict, loose = _SHAPE_WISHES[word]
        if axis in stepped or (word == "not too sweet" and not dessert):
            continue
        levels = {wine.pk: getattr(profile_of(wine), axis) for wine in wines}
        wines = (
            [wine for wine in wines if strict(levels[wine.pk])]
            or [wine for wine in wines if loose(levels[wine.pk])]
            or wines
        )
    return wines


def _style_wishes(wines: list[Wine], wanted: _Wanted, profiles: Sequence[DishProfile], turn: Turn) -> list[Wine]:
    """Wishes that sort the list in two: "I don't like oaky wines" (a wine our own words would
    call oaky is not shown while another fits), "anything natural?", "a half bottle?" (only the
    wines the list says are, while one of them suits the dish). Wishes, not constraints: when no
    wine meets them, the rest still answer (and the answer says the list has none, see
    ``_names_missing``); a half bottle of Eiswein is no answer for the schnitzel."""
    wines = _shape_wishes(wines, wanted, profiles, turn)
    if "unoaked" in wanted.style_words:
        wines = [wine for wine in wines if not called_oaky(profile_of(wine), colour=wine.colour)] or wines
    if "unfortified" in wanted.style_words:
        wines = [wine for wine in wines if not fortified(wine.name, wine.region)] or wines
    if "smooth" in wanted.style_words and not wanted.style_words & {"full-bodied", "bold", "rich"}:
        # "Pas trop tannique", "nothing too tannic": a firmly tannic red is no answer while a
        # softer one is on the list, however well its grip would suit the beef.
        wines = [wine for wine in wines if profile_of(wine).tannin < FIRM_TANNIN] or wines
    for wish, met, _name in WISHES:
        if wish in wanted.style_words:
            wished = [wine for wine in wines if met(as_listed(wine))]
            if wished and (not profiles or _pairs_about_as_well(wished, wines, profiles)):
                wines = wished
    return wines


def _pairs_about_as_well(some: Sequence[Wine], wines: Sequence[Wine], profiles: Sequence[DishProfile]) -> bool:
    """Whether the best of ``some`` pairs with the dishes nearly as well as the best of ``wines``."""
    return _best_pairing(some, profiles) >= _best_pairing(wines, profiles) - WISH_PAIRING_MARGIN


def _best_pairing(pool: Sequence[Wine], profiles: Sequence[DishProfile]) -> float:
    """The best pairing score of a pool of wines, averaged over the dishes."""
    return max(
        sum(pairing_score(profile_of(wine), dish, wine_colour=served_colour(wine)).score for dish in profiles)
        / len(profiles)
        for wine in pool
    )


def past_the_lead(body: int, turn: Turn) -> bool:
    """After "lighter" ("bolder"), whether a wine is lighter (fuller) than the last answer's lead."""
    if turn.lead_body is None:
        return True
    if turn.max_body is not None:
        return body < turn.lead_body
    return turn.min_body is None or body > turn.lead_body


def _refinement_filters(wines: list[Wine], turn: Turn) -> list[Wine]:
    """The refinements' own filters: not the wines just shown, in the colours just shown, lighter
    or fuller than them. They hold like the constraints: when nothing is left, nothing fits, and
    the answer says there is nothing cheaper, lighter or fuller rather than switching colour."""
    kept = [
        wine
        for wine in wines
        if wine.pk not in turn.exclude_wine_ids
        and (not turn.only_wine_ids or wine.pk in turn.only_wine_ids)
        and (not turn.same_colours or wine.colour in turn.same_colours)
        and (turn.max_body is None or profile_of(wine).body <= turn.max_body)
        and (turn.min_body is None or profile_of(wine).body >= turn.min_body)
    ]
    # Lighter (fuller) than the wine the last answer led with, when any is; else lighter (fuller)
    # than the heaviest (lightest) shown, and the answer says there is nothing lighter than that.
    return [wine for wine in kept if past_the_lead(profile_of(wine).body, turn)] or kept


def _from_elsewhere(picks: Sequence[Pick], wanted: _Wanted, places_missing: tuple[str, ...]) -> bool:
    """ "Anything from the Rhône?" on a list with none: the wines come from elsewhere, said so
    (nothing fits as asked)."""
    return bool(places_missing) and not any(_from_places(pick.wine, wanted) for pick in picks)


# "Would the Barolo work with the salmon?": a wine asked for by its name or grape that pairs this
# badly (tannin on oily fish, a Muscadet beside a steak) while the list has a wine that pairs this
# well is said to clash, and those wines follow it. Measured on pairing_score: clashes score under
# 0.15, the wines a list would pour above 0.7.
CLASH_BELOW: Final = 0.2
CLASH_BETTER_ABOVE: Final = 0.5


def clash_kind(wine: Wine, dishes: Sequence[DishProfile]) -> str:
    """How a wine fights the dishes, when it plainly does: "dessert" (a dry wine with a dessert),
    "sweet" (a sweet one with a savoury dish), "tannic fish" or "soft fish" (a red with fish),
    "light" (a featherweight beside a rich dish), "heavy" (the reverse); "" for none of these.
    A cheese takes too many wines for any of them to be a plain clash."""
    profile, colour = profile_of(wine), served_colour(wine)
    if not dishes or any(dish.protein == "cheese" for dish in dishes):
        return ""
    if any(dish.protein in ("dessert", "chocolate") for dish in dishes):
        return "dessert" if profile.sweetness < 3 else ""
    if profile.sweetness >= 3:
        return "sweet"
    if colour in ("red", "orange") and any(dish.protein in ("fish", "shellfish") for dish in dishes):
        return "tannic fish" if profile.tannin >= 3 else "soft fish"
    if profile.body <= 2 and any(dish.weight >= 4 for dish in dishes):
        return "light"
    if colour in ("white", "rose", "sparkling") and any(
        dish.protein in ("red_meat", "lamb", "game") and dish.weight >= 4 for dish in dishes
    ):
        return "pale meat"
    if profile.body >= 4 and all(dish.weight <= 2 for dish in dishes):
        return "heavy"
    return ""


@dataclass(frozen=True)
class _Chosen:
    picks: list[Pick]
    nothing_fits: bool
    places_missing: tuple[str, ...]
    clash: str = ""  # the wine asked for by name that clashes with the dish (``Understood.named_clash``)
    fit: str = ""  # "yes" or "fair": how the wine asked about suits the dish (``Understood.fit``)


# "Would it work with the schnitzel?": the wine asked about suits the dish ("yes") when it scores
# this with it, or this close to the best the list has for it; below, the closer matches follow it.
FIT_GOOD: Final = 0.55
FIT_NEAR_BEST: Final = 0.12
# One bottle for two dishes: the worse dish's score, and this much of the mean (a tie-breaker).
ONE_FOR_ALL_MEAN: Final = 0.05


def _chosen_and_checked(**arguments: Any) -> _Chosen:
    """``choose``, and how the wine asked about with the dish suits it: asked of yes or no ("would
    it work with the schnitzel?", "would the Barolo work with grilled salmon?"), it leads, with the
    closer matches after it when it is not one of the best; asked for by name with the dish ("the
    Barolo with the salmon") and clashing, the wines that suit the dish follow it."""
    picks, nothing_fits, places_missing = choose(**arguments)
    chosen = _Chosen(picks, nothing_fits, places_missing)
    wanted, profiles = arguments["wanted"], arguments["profiles"]
    turn: Turn = arguments["turn"]
    said = arguments["parsed"].said
    if said is not None and said.fit_asked and (nothing_fits or not picks) and profiles and not turn.refinements:
        # "Would the Sancerre go with the sole?" of a Sancerre above the budget said before: judged
        # all the same (the answer says its price is above that budget).
        return _fit_of_a_wine_over_budget(chosen, arguments)
    if not (profiles and picks) or nothing_fits:
        return chosen
    if turn.fit_wine_id is not None:
        return _fit_of_the_wine_asked(turn.fit_wine_id, chosen, arguments)
    if not (wanted.grapes or wanted.appellations) or turn.refinements or not _named_match(picks[0].wine, wanted):
        # Nothing named, or not a wine the list has under that name: the preamble says so, and
        # these are its nearest.
        return chosen
    if said is not None and said.fit_asked:
        # As for a wine pointed at; when it suits the dish, the others by that name follow it.
        return _verdict(picks[0], _for_the_dish_alone(arguments), chosen, arguments)
    if wanted.only_named and turn.new_topic:
        # Named with the dish ("the Barolo with grilled salmon"), not "a Muscadet?" later on: only
        # a clash is worth a word.
        verdict = _verdict(picks[0], _for_the_dish_alone(arguments), chosen, arguments)
        if verdict.clash:
            return verdict
    return chosen


def _fit_of_a_wine_over_budget(chosen: _Chosen, arguments: dict[str, Any]) -> _Chosen:
    """The wine named and asked about with the dish, priced out of the budget: its verdict, with
    the wines within the budget after it (those that suit the dish better when it is not one of
    the best)."""
    wanted: _Wanted = arguments["wanted"]
    if not (wanted.grapes or wanted.appellations):
        return chosen
    any_price = replace(arguments["constraints"], max_price=None, min_price=None, colours=frozenset())
    named, none_fit, _ = choose(**{**arguments, "constraints": any_price})
    if not named or none_fit or not _named_match(named[0].wine, wanted):
        return chosen
    for_the_dish = _for_the_dish_alone(arguments)  # within the budget
    within_budget = _Chosen(picks=for_the_dish, nothing_fits=False, places_missing=chosen.places_missing)
    return _verdict(named[0], for_the_dish, within_budget, arguments)


def _for_the_dish_alone(arguments: dict[str, Any]) -> list[Pick]:
    """The wines for the dish, the grape or place named aside (and the colour that came with the
    name: a Sauternes is a dessert wine, the dish chooses now)."""
    wanted, constraints = arguments["wanted"], arguments["constraints"]
    unnamed = replace(wanted, grapes=frozenset(), appellations=(), only_named=False, colours_said=frozenset())
    unconstrained = replace(constraints, grapes=(), appellations=(), colours=frozenset())
    others, _, _ = choose(**{**arguments, "wanted": unnamed, "constraints": unconstrained})
    return others


def _fit_of_the_wine_asked(wine_id: int, chosen: _Chosen, arguments: dict[str, Any]) -> _Chosen:
    """ "Would it work with the schnitzel?", "does the Von der Fels go with the venison?": the wine
    asked about leads whatever else was said before (its colour, the budget)."""
    open_to_it = replace(
        arguments["constraints"],
        colours=frozenset(),
        max_price=None,
        min_price=None,
        by_the_glass=False,
        grapes=(),
        appellations=(),
        places=(),
    )
    asked, _, _ = choose(
        **{
            **arguments,
            "constraints": open_to_it,
            "wanted": replace(arguments["wanted"], grapes=frozenset(), appellations=(), only_named=False),
            "turn": replace(arguments["turn"], only_wine_ids=frozenset({wine_id})),
        }
    )
    if not asked or asked[0].wine.pk != wine_id:
        return chosen  # no longer on the list
    # A wine shown that suits the dish is answered alone: "Yes, it works well with the schnitzel."
    return _verdict(asked[0], chosen.picks, replace(chosen, picks=[]), arguments)


def _verdict(asked: Pick, for_the_dish: Sequence[Pick], chosen: _Chosen, arguments: dict[str, Any]) -> _Chosen:
    """The wine asked about first, with how it suits the dish. It suits it ("yes") when it pairs
    well, or nearly as well as the best of ``for_the_dish`` (the best wines for the dish); then the
    wines chosen follow it (none for a wine shown). It clashes when it pairs this badly in a plain way (``clash_kind``)
    while the list has wines that pair well, and those follow it. Otherwise it would do ("fair"),
    and those that suit the dish better follow it."""
    profiles: Sequence[DishProfile] = arguments["profiles"]
    wine, k = asked.wine, arguments["k"]
    score = _best_pairing([wine], profiles)
    others = [(pick, _best_pairing([pick.wine], profiles)) for pick in for_the_dish if pick.wine.pk != wine.pk]
    better = [pick for pick, other in others if other > score]
    best = max((other for _, other in others), default=score)
    if score >= FIT_GOOD or score >= best - FIT_NEAR_BEST or not better:
        return replace(
            chosen, picks=[asked, *(pick for pick in chosen.picks if pick.wine.pk != wine.pk)][:k], fit="yes"
        )
    pairing_well = [pick for pick, other in others if other >= CLASH_BETTER_ABOVE]
    if score < CLASH_BELOW and clash_kind(wine, profiles) and pairing_well:
        return replace(chosen, picks=[asked, *pairing_well][:k], clash=wine.name)
    return replace(chosen, picks=[asked, *better][:k], fit="fair")


def choose(
    *,
    restaurant: Restaurant,
    parsed: ParsedQuestion,
    constraints: Constraints,
    dishes: Sequence[MenuItem],
    k: int,
    turn: Turn,
    dish_words: Sequence[str],
    profiles: Sequence[DishProfile],
    wanted: _Wanted,
    in_stock: Sequence[Wine],
) -> tuple[list[Pick], bool, tuple[str, ...]]:
    """The top ``k`` wines meeting every constraint; labelled alternatives when none does; and the
    places asked for that none of the wines meeting the rest of the question comes from."""
    if "alcohol_free" in turn.refinements and not turn.only_wine_ids:
        return [], True, ()  # "anything non-alcoholic?": none of this list's wines answers
    similarities = _similarities(restaurant, _retrieval_text(parsed, dishes, dish_words))
    candidates, on_list = _meeting_the_question(restaurant, constraints, turn, wanted, in_stock)
    # The place first: "an organic red from Spain" is from Spain, organic if one of those is.
    placed_bottles = _placed_by_the_bottle(restaurant, constraints, wanted, turn, candidates)
    none_placed = not any(_from_places(wine, wanted) for wine in candidates)
    candidates, places_missing = _within_places(candidates, wanted, profiles)
    if places_missing and none_placed and _relative_to_a_place(turn, wanted, in_stock):
        # "Something from Sonoma?", then "cheaper?": nothing cheaper from Sonoma is nothing cheaper,
        # and the nearest is the least expensive from Sonoma, not three wines from elsewhere.
        candidates = []
    if placed_bottles:
        # "Something from Sonoma?", then "by the glass?" with none poured by the glass: the Sonoma
        # wines by the bottle, said so, not glasses from elsewhere (as for a colour or a grape).
        bottles = replace(constraints, by_the_glass=False)
        picks = _rank(placed_bottles, similarities, profiles, wanted, turn, bottles, k, alternative=True)
        return picks, True, ()
    candidates = _past_the_lead(_style_wishes(candidates, wanted, profiles, turn), wanted)
    picks = _rank(candidates, similarities, profiles, wanted, turn, constraints, k, alternative=False)
    if picks:
        return picks, _from_elsewhere(picks, wanted, places_missing), places_missing
    bolder_bottles = _fuller_or_lighter_by_the_bottle(restaurant, constraints, turn)
    if bolder_bottles:
        # "Something bolder" with nothing bolder by the glass: the bolder wines by the bottle,
        # labelled, before the glasses already shown come back as "the closest".
        bolder_bottles = _within_places(bolder_bottles, wanted)[0]
        picks = _rank(bolder_bottles, similarities, profiles, wanted, turn, constraints, k, alternative=True)
        return picks, True, places_missing
    # Nearest alternatives: first the same colour at the nearest price, then any colour.
    # Never out of stock, and by the glass stays by the glass, unless the colour or grape asked
    # for is poured by the bottle only: "an orange wine by the glass" is then answered with the
    # orange wines by the bottle (said so), not with a sparkling wine by the glass.
    any_price = replace(constraints, max_price=None, min_price=None, sweet=False)
    by_the_bottle = constraints.by_the_glass and bool(constraints.colours or constraints.grapes or on_list)
    relaxations = [any_price, replace(any_price, by_the_glass=False)] if by_the_bottle else [any_price]
    relaxations.append(replace(any_price, colours=frozenset()))
    for relaxed in relaxations:
        pool = [wine for wine in constrained_wines(restaurant, relaxed) if satisfies(wine, relaxed)]
        if on_list:
            named = [wine for wine in pool if _named_match(wine, wanted)]
            # A Pinot Noir by the bottle before another grape by the glass.
            pool = named if by_the_bottle and relaxed is not relaxations[-1] else named or pool
        pool = _within_places(pool, wanted)[0]
        if turn.same_colours:
            # "Cheaper" with nothing cheaper: the nearest in the colours just shown, not another colour.
            pool = [wine for wine in pool if wine.colour in turn.same_colours] or pool
        if pool:
            pool.sort(key=lambda wine: _price_distance(wine, constraints))
            nearest = [
                wine
                for wine in pool
                if _price_distance(wine, constraints)
                <= _price_distance(pool[0], constraints) * ALTERNATIVE_PRICE_STRETCH
            ] or pool
            picks = _rank_nearest(nearest, similarities, profiles, wanted, turn, relaxed, k)
            if profiles and picks and not (turn.only_wine_ids or turn.refinements) and wanted.price_order is None:
                picks = _with_a_nearby_match(picks, pool, similarities, profiles, wanted, turn, relaxed, k)
            # The nearest may come from the place after all (a dearer Sonoma wine after "cheaper?").
            unshown = tuple(
                place for place in places_missing if not any(_comes_from(pick.wine, place) for pick in picks)
            )
            return picks, True, unshown
    return [], True, places_missing


def _rank_nearest(
    nearest: list[Wine],
    similarities: dict[int, float],
    profiles: Sequence[DishProfile],
    wanted: _Wanted,
    turn: Turn,
    relaxed: Constraints,
    k: int,
) -> list[Pick]:
    """The nearest alternatives ranked; after "lighter" ("bolder") with nothing lighter, the lightest
    (fullest) there is leads, not the best pairing of any weight ("even lighter, by the glass" is
    answered with the lightest glass), and the others follow it."""
    if turn.max_body is None and turn.min_body is None:
        return _rank(nearest, similarities, profiles, wanted, turn, relaxed, k, alternative=True)
    direction = 1 if turn.max_body is not None else -1
    closest = min(direction * profile_of(wine).body for wine in nearest)
    lightest = [wine for wine in nearest if direction * profile_of(wine).body == closest]
    lead = _rank(lightest, similarities, profiles, wanted, turn, relaxed, 1, alternative=True)
    others = [wine for wine in nearest if wine.pk not in {pick.wine.pk for pick in lead}]
    return [*lead, *_rank(others, similarities, profiles, wanted, turn, relaxed, k - len(lead), alternative=True)]


def _meeting_the_question(
    restaurant: Restaurant, constraints: Constraints, turn: Turn, wanted: _Wanted, in_stock: Sequence[Wine]
) -> tuple[list[Wine], bool]:
    """The wines meeting every constraint and refinement, and whether a grape or place named is on the list."""
    candidates = [wine for wine in constrained_wines(restaurant, constraints) if satisfies(wine, constraints)]
    candidates = _refinement_filters(candidates, turn) if candidates else []
    if not candidates and turn.only_wine_ids and turn.keep_shown:
        # "What's the difference between the first two?" after nothing fitted: the wines asked
        # about are the nearest ones shown, which the constraints had already let go of.
        candidates = [wine for wine in in_stock if wine.pk in turn.only_wine_ids]
    if constraints.modest_price and constraints.max_price is None:
        candidates = _modest_end(candidates, constraints)
    asks_by_name = wanted.only_named and bool(wanted.grapes or wanted.appellations)
    on_list = asks_by_name and any(_named_match(wine, wanted) for wine in in_stock)
    if on_list:
        # "A Pinot Noir for the salmon": the Pinot Noirs; if none fits the rest of the question,
        # nothing fits, and the nearest Pinot Noirs are offered, labelled. A grape the list does
        # not have at all only guides the ranking.
        candidates = [wine for wine in candidates if _named_match(wine, wanted)]
    return candidates, on_list


def _placed_by_the_bottle(
    restaurant: Restaurant, constraints: Constraints, wanted: _Wanted, turn: Turn, glasses: Sequence[Wine]
) -> list[Wine]:
    """The wines from the places asked for that meet the rest of the question by the bottle, when a
    glass was asked and none of the ``glasses`` comes from there (none when no place was asked, or
    the budget is a glass's)."""
    if not (wanted.places and constraints.by_the_glass) or any(_from_places(wine, wanted) for wine in glasses):
        return []
    return [wine for wine in _by_the_bottle(restaurant, constraints, turn) if _from_places(wine, wanted)]


def _by_the_bottle(restaurant: Restaurant, constraints: Constraints, turn: Turn) -> list[Wine]:
    """The wines meeting the rest of the question by the bottle, for a glass asked that is not
    poured (none under a budget for a glass, which says nothing of a bottle's price)."""
    if constraints.price_per_glass and (constraints.max_price is not None or constraints.min_price is not None):
        return []
    bottles = replace(constraints, by_the_glass=False, price_per_glass=False)
    return _refinement_filters(
        [wine for wine in constrained_wines(restaurant, bottles) if satisfies(wine, bottles)], turn
    )


def _fuller_or_lighter_by_the_bottle(restaurant: Restaurant, constraints: Constraints, turn: Turn) -> list[Wine]:
    """Lighter or fuller than the glasses just shown, by the bottle: what a diner who asked for
    "something bolder" by the glass is offered when no glass is bolder (none when no body was asked)."""
    if not constraints.by_the_glass or (turn.min_body is None and turn.max_body is None):
        return []
    return _by_the_bottle(restaurant, constraints, turn)


def _with_a_nearby_match(
    picks: list[Pick],
    pool: list[Wine],
    similarities: dict[int, float],
    profiles: Sequence[DishProfile],
    wanted: _Wanted,
    turn: Turn,
    constraints: Constraints,
    k: int,
) -> list[Pick]:
    """The nearest prices, and after them the wine a few steps further that suits the dish clearly
    better: under a $30 budget for tripe stew, the $38 Chenin Blanc is the closest, and the $46
    Rhône red the one a sommelier would pour with it. Not after "cheaper", "lighter" or "another":
    those ask about the wines just shown. ``pool`` is sorted by price distance."""
    if k < 2 or len(profiles) > 1:
        return picks  # the closest must stay; two dishes each keep their own wine
    shown = {pick.wine.pk for pick in picks}
    reach = [wine for wine in pool[: len(shown) + ALTERNATIVE_MATCH_REACH] if wine.pk not in shown]
    if not reach:
        return picks
    better = _rank(reach, similarities, profiles, wanted, turn, constraints, 1, alternative=True)
    if not better or better[0].score < max(pick.score for pick in picks) + ALTERNATIVE_MATCH_MARGIN:
        return picks
    return [*picks[: k - 1], replace(better[0], nearby_match=True)]


def _modest_end(wines: list[Wine], constraints: Constraints) -> list[Wine]:
    """ "Not too expensive" with no number: the wines at or below the median price of those that
    meet the rest of the question (by the glass when asked), so the budget follows the list."""
    if not wines:
        return wines
    prices = sorted(price_of(wine, constraints) for wine in wines)
    median = prices[(len(prices) - 1) // 2]
    return [wine for wine in wines if price_of(wine, constraints) <= median]


def _relative_to_a_place(turn: Turn, wanted: _Wanted, in_stock: Sequence[Wine]) -> bool:
    """Whether "cheaper", "lighter" or "bolder" refines wines from places the list has."""
    relative = {"cheaper", "lighter", "bolder"} & set(turn.refinements)
    return bool(relative) and all(any(_comes_from(wine, place) for wine in in_stock) for place in wanted.places)


def _within_places(
    wines: list[Wine], wanted: _Wanted, profiles: Sequence[DishProfile] = ()
) -> tuple[list[Wine], tuple[str, ...]]:
    """ "Something from Oregon": the wines from the places asked for, and the places none comes from.

    When none of the wines comes from any of them, the rest of the question stands: the wines
    come from elsewhere, and the answer says so first (``Understood.places_missing``; nothing
    fits as asked, so ``nothing_fits``), rather than answering with nothing. So too
    when none from there suits the dish: "back to the steak: anything from Italy?" on a list whose
    only Italian wine is a Moscato d'Asti is answered from elsewhere, not with the Moscato.
    """
    if not wanted.places:
        return wines, ()
    missing = tuple(place for place in wanted.places if not any(_comes_from(wine, place) for wine in wines))
    placed = [wine for wine in wines if _from_places(wine, wanted)]
    if placed and profiles and _best_pairing(placed, profiles) < PLACE_NO_MATCH_BELOW < _best_pairing(wines, profiles):
        return wines, tuple(dict.fromkeys([*missing, *wanted.places]))
    return placed or wines, missing


def _price_distance(wine: Wine, constraints: Constraints) -> Decimal:
    """How far a wine's price is outside the asked range (0 inside it)."""
    price = price_of(wine, constraints)
    if constraints.max_price is not None and price > constraints.max_price:
        return price - constraints.max_price
    if constraints.min_price is not None and price < constraints.min_price:
        return constraints.min_price - price
    return Decimal(0)


def _colours_asked(colours: frozenset[str]) -> frozenset[str]:
    """The colours each asked for: not those left after a refusal ("no bubbles" leaves five, "no
    red, no white" four with the orange and the dessert wines), while "red, white, rosé or
    sparkling?" names four."""
    left = len(colours) >= 5 or (len(colours) == 4 and colours >= _LEFT_AFTER_A_REFUSAL)
    return frozenset() if left else colours


def _rank(
    wines: Sequence[Wine],
    similarities: dict[int, float],
    profiles: Sequence[DishProfile],
    wanted: _Wanted,
    turn: Turn,
    constraints: Constraints,
    k: int,
    *,
    alternative: bool,
) -> list[Pick]:
    scored = [
        _score(wine, similarity=similarities.get(wine.pk, 0.0), profiles=profiles, wanted=wanted, turn=turn)
        for wine in wines
    ]
    special = constraints.occasion and not constraints.modest_price
    if profiles and scored and _no_budget(constraints, wanted) and not special:
        scored = _restrained(scored, constraints)
    # Ties go to the cheaper wine: the diner set a budget, not a target.
    scored.sort(key=lambda item: (-item.score, price_of(item.wine, constraints), item.wine.pk))
    if turn.only_wine_ids and turn.keep_shown and not wanted.best_first:
        # "Are they dry?": the wines in the order the diner was shown them, the order "the
        # second" still refers to.
        shown_at = {wine.wine_id: position for position, wine in enumerate(turn.keep_shown)}
        scored.sort(key=lambda item: shown_at.get(item.wine.pk, len(shown_at)))
    if wanted.price_order is not None:
        # "Your most expensive red": the list's order by price is the answer; the score breaks ties.
        sign = -1 if wanted.price_order == "high" else 1
        scored.sort(key=lambda item: sign * price_of(item.wine, constraints))
    # With no dish, or one of which nothing is understood, the answer spans the list's colours.
    understood = any(dish.confidence for dish in profiles)
    colours_asked = _colours_asked(constraints.colours)
    if not understood and not colours_asked and wanted.like is None and wanted.price_order is None:
        scored = _spread(scored, k)
    elif (
        len(colours_asked) > 1 and not wanted.separate_dishes and not turn.only_wine_ids and wanted.price_order is None
    ):
        # "One white, one red", "a red or a rosé for the duck": the best of each colour asked for.
        scored = _spread(scored, k, colours=constraints.colours)
    elif profiles and scored and not turn.only_wine_ids:
        if wanted.one_for_all and len(profiles) > 1 and scored[0].per_dish:
            # One bottle for both: judged by the dish it suits least, so the steak's big red
            # does not win on the steak's account alone; of two that serve it alike, the one that
            # serves the other dish better ("no red" with the sole and the steak: the Meursault,
            # not a Champagne as thin with the sole as it is with the steak). With the dishes
            # apart (``_one_for_each``), that bottle first, then one for each.
            scored = sorted(
                (replace(item, score=min(item.per_dish) + ONE_FOR_ALL_MEAN * fmean(item.per_dish)) for item in scored),
                key=lambda item: (-item.score, price_of(item.wine, constraints), item.wine.pk),
            )
        # A sommelier names the wines that suit the dish, not three for the sake of three: the
        # only dessert wine by the glass is not padded out with a rosé and a crémant.
        scored = (
            _one_for_each(scored, profiles, k, across=_a_bottle_across(profiles, wanted))
            if wanted.separate_dishes
            else None
        ) or [item for item in scored if item.score >= scored[0].score - scored[0].lift - PICK_SCORE_GAP]
        if len(profiles) == 1 and not colours_asked:
            scored = _in_the_dishs_colours(scored, profiles[0])
    if special and not turn.only_wine_ids and wanted.price_order is None:
        # An occasion: of the wines that suit the dish, the finest (the dearest) first; with no dish
        # the finest of each colour, bubbles first.
        scored = sorted(scored, key=lambda item: -price_of(item.wine, constraints))
        if not profiles and not constraints.colours:
            scored = _spread(scored, k)
            scored.sort(key=lambda item: item.wine.colour != WineColour.SPARKLING)
    scored = _with_the_board_apart(scored, wines, similarities, wanted, turn, k)  # last, whatever the order
    return [
        Pick(
            wine=item.wine,
            score=round(item.score, 4),
            reasons=item.reasons,
            tasting_note=tasting_note(item.wine),
            profile=item.profile,
            alternative=alternative,
            for_dish=item.for_dish,
        )
        for item in scored[:k]
    ]


def _in_the_dishs_colours(scored: list[_Scored], dish: DishProfile) -> list[_Scored]:
    """Braised short ribs under $20 a glass: the two light reds, not a rosé to make three. A wine
    of a colour the dish plainly does not want is no pick when the first is of one it does."""
    first = colour_fit(dish, scored[0].wine.colour)
    if first < CLEAR_COLOUR_FIT:
        return scored
    return [
        item
        for item in scored
        if item.wine.colour == scored[0].wine.colour
        or colour_fit(dish, item.wine.colour) >= first * UNWANTED_COLOUR_SHARE
    ]


def _no_budget(constraints: Constraints, wanted: _Wanted) -> bool:
    return (
        constraints.max_price is None
        and constraints.min_price is None
        and not constraints.modest_price
        and wanted.price_order is None
    )


def _restrained(scored: list[_Scored], constraints: Constraints) -> list[_Scored]:
    prices = sorted(price_of(item.wine, constraints) for item in scored)
    median = prices[(len(prices) - 1) // 2]
    if median <= 0:
        return scored
    restrained = []
    for item in scored:
        ratio = float(price_of(item.wine, constraints) / median)
        if ratio <= 1:
            restrained.append(item)
            continue
        penalty = PRICE_RESTRAINT * math.log2(ratio)
        restrained.append(
            replace(item, score=item.score - penalty, per_dish=tuple(score - penalty for score in item.per_dish))
        )
    return restrained


def _a_bottle_across(profiles: Sequence[DishProfile], wanted: _Wanted) -> bool:
    """Whether two dishes are offered one bottle for both before a wine each: not when each diner
    asked for their own, nor for a main course and a dessert unless the diner asked for one bottle
    (no wine a sommelier would pour serves a steak and a chocolate mousse)."""
    if wanted.each_their_own:
        return False
    courses = {
        "sweet" if profile.protein in ("dessert", "chocolate") else "cheese" if profile.protein == "cheese" else "main"
        for profile in profiles
    }
    return wanted.one_for_all or not {"sweet", "main"} <= courses  # a Port for the mousse and the cheeses


def _one_for_each(
    scored: list[_Scored], profiles: Sequence[DishProfile], k: int, *, across: bool = True
) -> list[_Scored] | None:
    """Two dishes that want different wines: the bottle that serves both best (the best of its
    worse dish; not ``across`` when each diner asked for their own), then the best left for each
    dish, with that dish's reasons. None when the best wine for the pair is near the best for each
    dish."""
    if len(profiles) != 2 or k < 3 or not scored[0].per_dish:
        return None
    tops = [_best_for(scored, index) for index in range(2)]
    if across and len({_COLOUR_FAMILY.get(top.wine.colour, "light") for top in tops}) == 1:
        return None  # duck and lamb: reds for both, and the best for the pair is one of them
    if across and all(scored[0].per_dish[index] >= tops[index].per_dish[index] - SPLIT_MARGIN for index in range(2)):
        return None
    bridge = max(scored, key=lambda item: (min(item.per_dish), item.score))
    chosen = [bridge] if across else []
    for index, dish in enumerate(profiles):
        rest = [item for item in scored if all(item.wine.pk != other.wine.pk for other in chosen)]
        if not rest:
            break
        best = _best_for(rest, index)
        chosen.append(replace(best, reasons=best.per_dish_reasons[index], for_dish=dish.subject))
    return chosen


def _with_the_board_apart(
    scored: list[_Scored], wines: Sequence[Wine], similarities: dict[int, float], wanted: _Wanted, turn: Turn, k: int
) -> list[_Scored]:
    """The board's wines, then the best for its cheeses its first does not speak for, said as theirs:
    "and for the Roquefort, the Sauternes"."""
    apart = wanted.board_apart
    if apart is None or k < 2 or not scored or turn.only_wine_ids or wanted.like is not None:
        return scored
    if _colours_asked(wanted.colours_said) or wanted.grapes or wanted.appellations:
        return scored  # "a red for the cheese board", "a Port with the cheese board": what was asked, all of it
    kept = scored[: k - 1]
    rest = [wine for wine in wines if all(wine.pk != item.wine.pk for item in kept)]
    if not rest:
        return scored
    best = max(
        (
            _score(wine, similarity=similarities.get(wine.pk, 0.0), profiles=[apart], wanted=wanted, turn=turn)
            for wine in rest
        ),
        key=lambda item: (item.score, -item.wine.pk),
    )
    return [*kept, replace(best, for_dish=apart.subject)]


def _best_for(scored: Sequence[_Scored], index: int) -> _Scored:
    return max(scored, key=lambda item: (item.per_dish[index], item.score))


def _spread(scored: list[_Scored], k: int, colours: Collection[str] = _SPREAD_ORDER) -> list[_Scored]:
    """No dish and no colour asked (or several colours asked): the best of each colour first, so
    the answer spans the list."""
    chosen: list[_Scored] = []
    for colour in (colour for colour in _SPREAD_ORDER if colour in colours):
        best = next((item for item in scored if item.wine.colour == colour), None)
        if best is not None and len(chosen) < k:
            chosen.append(best)
    chosen.sort(key=lambda item: -item.score)
    return chosen + [item for item in scored if item not in chosen]


def _contradictions(constraints: Constraints, appellations: Sequence[str]) -> tuple[tuple[str, ...], Constraints]:
    """ "A white Barolo": name the clash back, and widen the colours to the real options."""
    notes: list[str] = []
    colours = set(constraints.colours)
    for name in appellations:
        appellation = appellation_of(name)
        if appellation is None or not constraints.colours:
            continue
        made = set(appellation.grapes)
        if made and not made & constraints.colours:
            asked = " or ".join(sorted(_COLOUR_WORDS.get(colour, colour) for colour in constraints.colours))
            real = " and ".join(sorted(_COLOUR_WORDS.get(colour, colour) for colour in made))
            notes.append(f"{name.title()} is only made as a {real} wine, never a {asked}")
            colours |= made
    return tuple(notes), replace(constraints, colours=frozenset(colours))


def _body_contradiction(constraints: Constraints, said: Said | None) -> tuple[tuple[str, ...], Constraints]:
    """ "Full-bodied but light": no wine is both, so the middle way, said back when said now (after
    it, "cheaper?" keeps the middle way without saying so again). The wine named stays asked for."""
    words = constraints.style_words
    light, full = [word for word in words if word in _LIGHT_WORDS], [word for word in words if word in _FULL_WORDS]
    if not (light and full):
        return (), constraints
    kept = tuple(word for word in words if word not in _LIGHT_WORDS and word not in _FULL_WORDS)
    constraints = replace(constraints, style_words=(*kept, "medium-bodied"))
    if said is None or not {light[0], full[0]} <= set(said.style_words):
        return (), constraints
    return (f"No wine is {light[0]} and {full[0]} at once, so I have looked between the two",), constraints


_LIGHT_WORDS: Final = frozenset({"light"})
_FULL_WORDS: Final = frozenset({"full-bodied"})  # not "bold": said of flavour as often as of body


_COLOUR_WORDS = {"rose": "rosé", "dessert": "sweet", "sparkling": "sparkling"}


def _names_on_the_list(wines: Sequence[Wine]) -> list[tuple[int, str]]:
    """Each wine by its name and by its producer's: "the Cristal", "the Tempier one"."""
    return [(wine.pk, wine.name) for wine in wines] + [(wine.pk, wine.producer) for wine in wines if wine.producer]


# "The Oregon one", "the Italian wine", "the one from the Loire": a wine shown, called by its place.
_THE_PLACE_ONE = re.compile(
    r"\bthe (?:[a-z'-]+ ){1,3}(?:one|wine|bottle)\b|\bthe (?:one|wine|bottle) from (?:the )?(?:[a-z'-]+ ?){1,3}"
)


# "Is the Encruzado oaky?", "how dry is the Albariño?": a question about the list's wine of that
# grape, asked by its grape where its name holds nothing else to call it by.
_ASKED_OF_THE_GRAPE = re.compile(
    r"^(?:and |so |but |ok |okay )?(?:is|does|how (?:dry|sweet|oaky|tannic|light|heavy|full|crisp|big) is) "
    r"(?:the|your) (?!a\b|an\b|one\b|wine\b|first\b|second\b|third\b|last\b|other\b)"
)
# Of three Albariños, "is the Albariño dry?" asks about none of them in particular.
NAMED_WINES_AT_MOST = 2


def _named_in_full(parsed: ParsedQuestion, in_stock: Sequence[Wine]) -> ParsedQuestion:
    """ "Is the Vintage Port ready to drink?" of a list whose "Vintage Port" is Graham's: the wine
    called by its whole name, though every word of it is a word of the trade."""
    said = parsed.said
    if said is None or said.wine_ids or names_a_dish(parsed):
        return parsed
    folded = f" {' '.join(words_of(parsed.text))} "
    if " the " not in folded:
        return parsed  # most questions: no wine list scan on the hot path
    # Two words at least: a wine called "Rosé" or "Albariño" is not what "forget the rosé" or "we've
    # had the albariño" mean.
    wines = [
        wine
        for wine in in_stock
        if len(name := words_of(wine.name)) >= 2
        and f" the {' '.join(name)} " in folded
        and re.search(rf"\bthe {re.escape(' '.join(name))}\b(?! \w+ (?:one|wine))", folded)
    ]
    return _asked_about(parsed, wines, grapes=said.grapes)


def _asked_about(parsed: ParsedQuestion, wines: Sequence[Wine], *, grapes: tuple[str, ...]) -> ParsedQuestion:
    """The question as one about ``wines`` (one or two of them), else as it was read."""
    if parsed.said is None or not 1 <= len(wines) <= NAMED_WINES_AT_MOST:
        return parsed
    return replace(parsed, said=replace(parsed.said, grapes=grapes, wine_ids=tuple(wine.pk for wine in wines)))


def _named_by_grape_or_place(
    parsed: ParsedQuestion, in_stock: Sequence[Wine], state: DialogueState | None
) -> ParsedQuestion:
    """ "Is the Encruzado oaky?" of a list whose only Encruzado is the "Encruzado Reserva": that
    wine, asked about, not a search for Encruzados that are oaky. Of a grape the list has more
    of, the ones just shown: "is the Riesling sweet?" after a Riesling was shown."""
    said = parsed.said
    if said is None or said.wine_ids or names_a_dish(parsed):
        return parsed
    folded = fold_text(parsed.text)
    if not _ASKED_OF_THE_GRAPE.match(folded) or _COLOUR_SAID.search(folded):
        return parsed  # not "is the red Lambrusco sweet?": a colour said asks for that colour
    if len(said.grapes) == 1:
        grape = canonical_grape(said.grapes[0])
        # Of its grapes as listed, or as its name says them; not those its place only makes likely.
        wines = [wine for wine in in_stock if grape in grapes_of(wine) and not profile_of(wine).grapes_guessed]
    elif len(said.appellations) == 1 and not said.grapes and state is not None and state.shown:
        # "Is the Sauternes sweet?" beside the lamb: the list's Sauternes, asked about.
        place = appellation_of(said.appellations[0])
        wines = [wine for wine in in_stock if place is not None and appellation_of(wine.name, wine.region) is place]
    else:
        return parsed
    shown = {wine.wine_id for wine in state.shown} if state is not None else set()
    if len(wines) > NAMED_WINES_AT_MOST and (of_those_shown := [wine for wine in wines if wine.pk in shown]):
        wines = of_those_shown
    return _asked_about(parsed, wines, grapes=())


_COLOUR_SAID = re.compile(r"\b(?:red|white|rose|pink|orange|sparkling|fizzy)\b")


def _shown_by_place(parsed: ParsedQuestion, state: DialogueState | None, in_stock: Sequence[Wine]) -> ParsedQuestion:
    """ "Is the Oregon one more like Chablis?": the wines just shown from that place, not a new
    search for wines from Oregon. Only when the place is said inside "the ... one" and nothing
    else new is asked ("do you have a red from France?" is a new search)."""
    said = parsed.said
    if said is None or not said.places or said.wine_ids or state is None or not state.shown:
        return parsed
    if said.about_picks or said.colours or said.grapes or said.superlative is not None:
        return parsed
    folded = fold_text(parsed.text)
    places = {place for match in _THE_PLACE_ONE.finditer(folded) for place in origins_asked(match.group())}
    if not places:
        return parsed
    by_id = {wine.pk: wine for wine in in_stock}
    shown = [by_id[wine.wine_id] for wine in state.shown if wine.wine_id in by_id]
    named = tuple(
        wine.pk
        for wine in shown
        if any(from_origin(place, country=wine.country, region=wine.region, name=wine.name) for place in places)
    )
    return replace(parsed, said=replace(said, wine_ids=named, places=())) if named else parsed


def recommend(
    *,
    restaurant: Restaurant,
    query: str,
    k: int | None = None,
    max_price: Decimal | None = None,
    colour: str | None = None,
    by_the_glass: bool | None = None,
    state: DialogueState | None = None,
    menu: Sequence[MenuItem] | None = None,
) -> Recommendations:
    """The deterministic part: read, understand in the conversation, filter, rank. No model is called.

    ``state`` is the conversation so far (``Recommendations.state()`` of the last answer):
    a follow-up that names no dish ("something cheaper?") is still about the dish asked
    about before, and "cheaper" means cheaper than the cheapest wine just shown.
    """
    if menu is None:
        menu = list(restaurant.menu_items.filter(is_available=True))
    in_stock = list(wines_in_stock(restaurant=restaurant))  # read once: named wines, named grapes
    parsed, turn = _read_in_conversation(restaurant, query, state, menu, in_stock)
    constraints = merge_overrides(turn.constraints, max_price=max_price, colour=colour, by_the_glass=by_the_glass)
    said = parsed.said
    appellations = constraints.appellations
    clashes, constraints = _contradictions(constraints, appellations)
    body, constraints = _body_contradiction(constraints, said)
    if clashes:
        # "A white Barolo" is said back once; the next question starts from the real options.
        turn = replace(turn, constraints=replace(turn.constraints, appellations=()))
    by_id = {item.pk: item for item in menu}
    turn, source = _dishes_of_the_menu(parsed, turn, query, menu)
    dish_ids, dish_words, source = turn.dish_ids, turn.dish_words, source or _dish_source(parsed, turn)
    dishes = [by_id[dish_id] for dish_id in dish_ids if dish_id in by_id]  # not a dish since taken off
    words = off_menu(dish_words, menu) if dishes else dish_words  # "the salmon and a cheeseburger": both
    profiles, board = _profiles_and_board(dishes, words)
    asked = replace(
        _wanted(constraints, appellations, turn, _steps(said, turn, in_stock)),
        only_named=not clashes,
        price_order=said.price_order if said is not None else None,
    )
    wanted = replace(
        _dishes_wanted(query, said, turn, dishes, profiles, asked), board_apart=board.apart if board else None
    )
    names_missing, every_name_missing, wanted = _names_missing(in_stock, wanted, with_dish=bool(profiles))
    chosen = _chosen_and_checked(
        restaurant=restaurant,
        parsed=parsed,
        constraints=constraints,
        dishes=dishes,
        k=k or restaurant.recommendation_count,
        turn=turn,
        dish_words=words,
        profiles=profiles,
        wanted=wanted,
        in_stock=in_stock,
    )
    if every_name_missing and not (chosen.nothing_fits or clashes or turn.refinements or turn.only_wine_ids):
        # "Any Port?" with no Port: the nearest, labelled (not on a refinement: "cheaper?" asks of the wines shown).
        chosen = replace(chosen, picks=[replace(pick, alternative=True) for pick in chosen.picks], nothing_fits=True)
    return Recommendations(
        picks=chosen.picks,
        parsed=parsed,
        constraints=constraints,
        dishes=dishes,
        nothing_fits=chosen.nothing_fits,
        understood=replace(
            _understood(dishes, words, source, profiles, constraints, turn, appellations, (*clashes, *body), board),
            places_missing=chosen.places_missing,
            names_missing=() if clashes else names_missing,
            glass_budget_dropped=_glass_budget_dropped(state, constraints, said),
            house_wine=_house_wine(said, in_stock, chosen.picks),
            named_clash=chosen.clash,
            fit=chosen.fit,
        ),
        turn=replace(turn, dish_ids=tuple(dish.pk for dish in dishes), dish_words=words),
        dish_profiles=profiles,
        documents=relevant_documents(restaurant, query),
        currency=restaurant.currency,
        steps=wanted.steps,
    )


def _read_in_conversation(
    restaurant: Restaurant,
    query: str,
    state: DialogueState | None,
    menu: Sequence[MenuItem],
    in_stock: Sequence[Wine],
) -> tuple[ParsedQuestion, Turn]:
    """The question read, and understood after the ones before it (with who is having which dish)."""
    names = _names_on_the_list(in_stock)
    talked_about = (
        (*(item.name for item in menu if item.pk in state.dish_ids), *state.dish_words)
        if state is not None and state.shown
        else ()
    )

    def parse(text: str) -> ParsedQuestion:
        return parse_question(
            text, menu=menu, wines=names, local=restaurant.local_wines_from, talked_about=talked_about
        )

    named = _named_by_grape_or_place(_named_in_full(parse(query), in_stock), in_stock, state)
    parsed = _poured_as_said(_shown_by_place(named, state, in_stock), state)
    parsed = _the_dish_again(parsed, state, menu)
    turn = _turn_in_conversation(parsed, state, in_stock)
    for_a_diner = _for_a_diner(parsed, query, turn, parse)
    if for_a_diner is not parsed:
        parsed = for_a_diner
        turn = _turn_in_conversation(parsed, state, in_stock)

    def is_dish(words: str) -> bool:
        return names_a_dish(parse(words))

    turn = replace(turn, colour_bases=_colour_bases_kept(turn.colour_bases, colour_bases_said(query), parsed.said))
    said = diners_said(query, is_dish=is_dish)
    colours = diner_colours_said(query, is_dish=is_dish)
    if said or colours:
        # A diner's new dish takes the colour said for the old one with it (rule 3 of the dialogues).
        kept = tuple((who, colour) for who, colour in turn.diner_colours if who not in dict(said))
        turn = replace(turn, diners=diners_merged(turn.diners, said), diner_colours=diners_merged(kept, colours))
    return parsed, turn


# Words of a dish's name that name no food: "the", "with", "a la", "al".
_MENU_GLUE: Final = frozenset(
    word_list(
        "the, a, an, with, and, of, in, on, la, le, les, el, los, las, il, al, alla, a la, de, del, di, du, des, au, aux"
    )
)
# A dish named by its kind: "is the fish served whole?", "what about bubbles for the fish?".
_DISH_KIND: Final = frozenset(
    word_list(
        "fish, seafood, meat, poisson, pesce, pescado, peixe, fisch, carne, viande, fleisch, "
        "the fish, the seafood, the meat, le poisson, il pesce, el pescado, o peixe, den fisch, la carne, la viande"
    )
)


def _the_dish_again(parsed: ParsedQuestion, state: DialogueState | None, menu: Sequence[MenuItem]) -> ParsedQuestion:
    """ "Is the fish served whole?" of the sole, "how rare do they cook the roo?" of the kangaroo,
    "for the lamb then" of the lamb peka: a dish talked about, named again more loosely, is that
    dish (of two talked about, the one it names), not a new one."""
    if state is None or not parsed.dish_words or not (state.dish_ids or state.dish_words):
        return parsed
    talked: list[tuple[tuple[int, ...], tuple[str, ...], str, DishProfile]] = [
        ((item.pk,), (), item.name, dish_profile(name=item.name, description=item.description, tags=item.tags))
        for item in menu
        if item.pk in state.dish_ids
    ]
    talked += [((), (words,), words, dish_profile(name=words)) for words in state.dish_words]
    named = fold_text(" ".join(parsed.dish_words))
    now = dish_profile(name=named)
    aside = _food_question(parsed)
    matched = [
        (ids, words) for ids, words, name, before in talked if _names_it_again(named, now, name, before, aside=aside)
    ]
    if not matched:
        return parsed
    # Of several dishes talked about, the one it names; when it names them all ("the lamb" of the
    # lamb chops and the lamb shoulder), the same dishes.
    dish_ids, dish_words = matched[0] if len(matched) == 1 < len(talked) else (state.dish_ids, state.dish_words)
    said = parsed.said
    if aside and said is not None:
        said = replace(said, asked_of_the_food=True)  # for the staff: the wines shown are kept
    return replace(parsed, dish_ids=dish_ids, dish_words=dish_words, said=said)


def _names_it_again(named: str, now: DishProfile, name: str, before: DishProfile, *, aside: bool) -> bool:
    """Whether food named now is a dish talked about: by fewer of the words of its name ("the lamb"
    of the lamb peka), by another name read the same ("the roo" of the kangaroo), by its kind ("the
    fish" of the sole), or, in a question about the food and not the wine ("does the fondue come
    with potatoes?"), by a word of its name. Not by an ingredient it holds ("the vitello" is no
    osso buco, "the cheese plate" no risotto with Parmesan)."""
    of_its_name = set(words_of(name)) - _MENU_GLUE
    said = set(words_of(named)) - _MENU_GLUE
    if said and said <= of_its_name:
        return True
    if now.words and (set(now.words) == set(before.words) or (named in _DISH_KIND and now.protein == before.protein)):
        return True
    return aside and bool(of_its_name & said)


def _food_question(parsed: ParsedQuestion) -> bool:
    """ "Does the fondue come with potatoes?", "¿el pulpo lleva pimentón?": asked of the food, no wine."""
    said = parsed.said
    return asked_of_the_food(parsed.text) and said is not None and not asks_about_wine(said)


def _poured_as_said(parsed: ParsedQuestion, state: DialogueState | None) -> ParsedQuestion:
    """ "White under 50" after "a glass of red for me and a bottle of white for the table": the
    white's bottle, as said for it, when this question names that colour alone and no basis."""
    said = parsed.said
    if state is None or not state.colour_bases or said is None or said.by_the_glass is not None or said.start_over:
        return parsed
    if len(said.colours) != 1 or (basis := dict(state.colour_bases).get(next(iter(said.colours)))) is None:
        return parsed
    return replace(parsed, said=replace(said, by_the_glass=basis))


def _colour_bases_kept(
    before: tuple[tuple[str, bool], ...], said_now: tuple[tuple[str, bool], ...], said: Said | None
) -> tuple[tuple[str, bool], ...]:
    """Each colour's glass or bottle, after this message: as said now when it says both; gone on
    "start over" or when a basis is said that is not the one kept for the colour asked ("actually
    a bottle of red for everyone")."""
    if said_now:
        return said_now
    if said is None or said.start_over:
        return ()
    if said.by_the_glass is not None:
        kept = dict(before)
        if len(said.colours) != 1 or kept.get(next(iter(said.colours))) is not said.by_the_glass:
            return ()
    return before


def _for_a_diner(
    parsed: ParsedQuestion, query: str, turn: Turn, parse: Callable[[str], ParsedQuestion]
) -> ParsedQuestion:
    """ "And just for her, a glass?" after "I'm having the lamb, she's having the halibut": her
    dish, as if named (a new topic: the colour said for the bottle for both goes). Not when the
    question is about the wines shown or refines them ("I'll take the first one for her",
    "anything cheaper for him?"), nor after "start over" (``turn.diners`` is then empty)."""
    if not (turn.diners or turn.diner_colours) or names_a_dish(parsed) or turn.refinements or turn.only_wine_ids:
        return parsed
    who = diner_meant(query)
    dish = dict(turn.diners).get(who) if who is not None else None
    colour = dict(turn.diner_colours).get(who) if who is not None else None
    if dish is not None:
        of_the_dish = parse(dish)
        parsed = replace(parsed, dish_ids=of_the_dish.dish_ids, dish_words=of_the_dish.dish_words)
    said = parsed.said
    if colour is not None and said is not None and not _names_the_wine(said):
        # "Hers under 12" after "white for her and red for me": her white.
        parsed = replace(parsed, said=replace(said, colours=frozenset({colour})))
    return parsed


def _names_the_wine(said: Said) -> bool:
    """Whether a question says what wine it wants beyond a price: a colour, a grape, a place's
    wine, a wine of the list, sweetness ("and for me, a Chardonnay?" is no red for me)."""
    return bool(
        said.colours
        or said.any_colour
        or said.refused_colours
        or said.grapes
        or said.appellations
        or said.wine_ids
        or said.sweet
    )


def _dishes_of_the_menu(
    parsed: ParsedQuestion, turn: Turn, query: str, menu: Sequence[MenuItem]
) -> tuple[Turn, str | None]:
    """The menu's dishes a question means without naming one, and what they are ("mains", "vegan")."""
    if parsed.dish_words or turn.only_wine_ids:
        return turn, None
    said = parsed.said
    if said is not None and said.diet is not None and not parsed.dish_ids:
        # "We're vegan, what do you recommend?": wines for the menu's dishes with no meat or fish
        # (none but plants for a vegan), or for the list as a whole when it has none.
        dish_ids = tuple(
            item.pk
            for item in menu
            if item.course in (Course.MAIN, Course.STARTER)
            and suits_diet(
                dish_profile(name=item.name, description=item.description, tags=item.tags),
                said.diet,
                label=f"{item.name} {item.description} {' '.join(item.tags)}",
            )
        )
        return replace(turn, dish_ids=dish_ids, dish_words=()), said.diet
    if _MY_MAIN.search(fold_text(query)):
        # "Pair with my main" without saying which: wines that go with tonight's mains.
        dish_ids = tuple(item.pk for item in menu if item.course == Course.MAIN)
        return replace(turn, dish_ids=dish_ids, dish_words=()), "mains"
    return turn, None


def _alcohol_free(turn: Turn, in_stock: Sequence[Wine]) -> Turn:
    """ "Anything non-alcoholic?": the list's wines with no alcohol, and only those (maybe none).
    Shown, they are the wines "the first" means next; when there are none, the last ones still are."""
    free = frozenset(wine.pk for wine in in_stock if alcohol_free(f"{wine.name} {wine.description}"))
    if not free:
        return replace(turn, only_wine_ids=free)
    return replace(turn, only_wine_ids=free, keep_shown=(), focus=None)


def _dishes_wanted(
    query: str,
    said: Said | None,
    turn: Turn,
    dishes: Sequence[MenuItem],
    profiles: Sequence[DishProfile],
    wanted: _Wanted,
) -> _Wanted:
    """What is wanted, with whether two dishes may each have a wine (``_Wanted.separate_dishes``),
    whether one wine must serve them all (``_Wanted.one_for_all``) and whether each diner asked for
    their own (``_Wanted.each_their_own``: no wine across both).

    "One bottle for both" with the dishes: that bottle first, then a wine for each as a choice
    (``_one_for_each``). Asked again of dishes already talked about, the diner means it: bottles
    for both, all of them."""
    one_for_all = said is not None and said.one_for_all
    each_their_own = turn.each_their_own and not one_for_all
    # "Octopus and lamb, a glass each": two dishes however they are said when each has a glass.
    two_said = each_their_own or bool(_TWO_DISHES.search(fold_text(query)))
    separate = (
        len(profiles) == 2
        and not (one_for_all and not turn.new_topic)
        and (len(dishes) == 2 or (two_said and all(p.protein for p in profiles)))
    )
    return replace(
        wanted,
        separate_dishes=separate,
        one_for_all=one_for_all,
        each_their_own=each_their_own,
        best_first=said is not None and said.your_choice,
    )


def _turn_in_conversation(parsed: ParsedQuestion, state: DialogueState | None, in_stock: Sequence[Wine]) -> Turn:
    """The question understood in its conversation, "which is the driest?" narrowed to that wine."""
    turn = next_turn(parsed, state)
    if parsed.said is not None and parsed.said.superlative is not None and "about" in turn.refinements:
        compared = parsed.said.about_picks != (1, 2, 3)
        turn = _the_most(turn, in_stock, parsed.said.superlative, compared=compared)
    said = parsed.said
    if said is not None and said.each_their_own:
        turn = replace(turn, each_their_own=True)  # "a glass each": so "cheaper?" is still a glass each
    if said is not None and said.house_wine and not names_a_dish(parsed) and not turn.only_wine_ids:
        # "What's the house wine?", "the house red?": the wines the list names as the house's, in
        # the colour asked, when it has any (else the question is answered as any other).
        colours = turn.constraints.colours
        house = frozenset(
            wine.pk for wine in in_stock if is_house_wine(wine) and (not colours or wine.colour in colours)
        )
        if house:
            turn = replace(turn, only_wine_ids=house, keep_shown=(), focus=None)
    if "alcohol_free" in turn.refinements:
        # Asked alone ("I'm pregnant, anything non-alcoholic?"); beside a wish for the others
        # ("no alcohol for me, but a red for the lamb for him") the wish is what is answered.
        turn = _alcohol_free(turn, in_stock)
    if turn.keep_shown and turn.constraints.by_the_glass and state is not None and not state.constraints.by_the_glass:
        # "Can I get that by the glass?": glasses from now on, so the wines shown are priced by the
        # glass ("cheaper" next means a cheaper glass); one poured by the bottle only keeps its price.
        glasses = {wine.pk: wine.glass_price for wine in in_stock if wine.glass_price is not None}
        turn = replace(
            turn,
            keep_shown=tuple(
                replace(shown, price=glasses.get(shown.wine_id, shown.price)) for shown in turn.keep_shown
            ),
        )
    return turn


def _house_wine(said: Said | None, in_stock: Sequence[Wine], picks: Sequence[Pick]) -> str:
    """Whether the house wine was asked, and if so whether the list has one and it was shown."""
    if said is None or not said.house_wine:
        return ""
    if not any(is_house_wine(wine) for wine in in_stock):
        return "none"
    return "shown" if any(is_house_wine(pick.wine) for pick in picks) else "not shown"


def is_house_wine(wine: Wine) -> bool:
    """Whether the list names a wine as the house's own ("Rosso della Casa", "house red")."""
    return bool(HOUSE_WINE_NAMED.search(fold_text(f"{wine.name} {wine.description}")))


def measure(profile: WineProfile, superlative: Superlative) -> tuple[int, ...]:
    """How much of what the superlative asks a wine has: "bolder" is its body, then its grip."""
    value = getattr(profile, superlative.attribute)
    return (value, profile.tannin) if superlative.attribute == "body" else (value,)


def _the_most(turn: Turn, in_stock: Sequence[Wine], superlative: Superlative, *, compared: bool = False) -> Turn:
    """ "Which is the driest?" of the wines shown: the one most so, the first shown on a tie.
    Of two set side by side ("which is bolder, the 1st or the 2nd?"), both stay, that one in focus."""
    order = {wine.wine_id: position for position, wine in enumerate(turn.keep_shown)}
    asked = sorted(
        (wine for wine in in_stock if wine.pk in turn.only_wine_ids), key=lambda wine: order.get(wine.pk, 99)
    )
    if len(asked) < 2:
        return turn
    if superlative.attribute == "price":
        # Each suits the dish (they were chosen for it), so the one that costs least is the best value.
        most = min(asked, key=lambda wine: -superlative.direction * price_of(wine, turn.constraints))
    elif superlative.attribute == "vintage":
        # "Which is older?": by the vintage on the list; a wine with none (a non-vintage blend) is left out.
        dated = [wine for wine in asked if wine.vintage]
        if not dated:
            return turn
        most = max(dated, key=lambda wine: superlative.direction * (wine.vintage or 0))
    else:
        most = max(
            asked,
            key=lambda wine: tuple(superlative.direction * value for value in measure(profile_of(wine), superlative)),
        )
    return replace(turn, only_wine_ids=turn.only_wine_ids if compared else frozenset({most.pk}), focus=most.pk)


def _names_missing(
    in_stock: Sequence[Wine], wanted: _Wanted, *, with_dish: bool
) -> tuple[tuple[str, ...], bool, _Wanted]:
    """The grapes and appellations asked for that no wine in stock is of, whether that is every one
    named ("any Port?" with no Port), and what is wanted then.

    A place the list does not pour ("a glass of Chablis" with no Chablis) still says what the
    diner likes: its grapes guide the choice (a Chardonnay), and the answer says the Chablis is
    missing rather than passing a Torrontés off as one."""
    missing: list[str] = []
    grapes = set(wanted.grapes)
    of_places: set[str] = set()  # the grapes of the places missing
    # The wine the missing one would have been, when its colour is plain: the nearest in style
    # stand in for it (no Barolo: the firmest reds, not a sparkling rosé and a white).
    likeness: tuple[WineProfile, str] | None = None
    for grape in sorted(wanted.grapes):
        if not any(
            _named_match(wine, replace(wanted, grapes=frozenset({grape}), appellations=())) for wine in in_stock
        ):
            missing.append(grape)
            traits = grape_traits(grape)
            if traits is not None and likeness is None and wanted.colours_said <= {traits.colour}:
                likeness = _wine_profile(traits.colour, (grape,), "", "", "", ""), traits.colour
    for name in wanted.appellations:
        if any(_named_match(wine, replace(wanted, grapes=frozenset(), appellations=(name,))) for wine in in_stock):
            continue
        missing.append(name.title())
        appellation = appellation_of(name)
        if appellation is not None:
            colours = wanted.colours_said or frozenset(appellation.grapes)
            of_places |= {canonical_grape(grape) for colour in colours for grape in appellation.grapes_for(colour)[:1]}
            if len(colours) == 1 and likeness is None:
                (colour,) = colours
                likeness = _wine_profile(colour, appellation.grapes_for(colour)[:1], "", "", name, ""), colour
    named = len(wanted.grapes) + len(wanted.appellations)
    every_named = bool(named) and len(missing) == named
    for wish, met, name in WISHES:
        if wish in wanted.style_words and not any(met(as_listed(wine)) for wine in in_stock):
            missing.append(name)
    # With a dish, the dish chooses among the wines of the missing one's grape or colour: a wine
    # like a Zinfandel is no answer for the oysters.
    if likeness is not None and wanted.like is None and not with_dish:
        standing_in = [name for name in wanted.appellations if name.title() in missing]
        wanted = replace(wanted, like=likeness[0], like_colour=likeness[1], like_fortified=fortified(*standing_in[:1]))
        if standing_in and (appellation := appellation_of(standing_in[0])) is not None:
            # "Something like a Chablis?" with no Chablis: a Chardonnay that tastes like one, and
            # when the list's only Chardonnay is a buttery Californian, the wines that do (crisp,
            # unoaked). Another place missing ("a Chablis or a Barolo?") still brings its grape.
            grapes_of_place = {canonical_grape(grape) for grape in appellation.grapes_for(likeness[1])[:1]}
            if not any(
                wine.colour == likeness[1]
                and grapes_of_place & grapes_of(wine)
                and _tastes_alike(profile_of(wine), likeness[0])
                for wine in in_stock
            ):
                of_places -= grapes_of_place
    return tuple(missing), every_named, replace(wanted, grapes=frozenset(grapes | of_places))


def _tastes_alike(profile: WineProfile, other: WineProfile) -> bool:
    """Within a step of each other in body and oak: a Bourgogne Blanc for a Chablis, not a
    buttery, new-oaked Russian River Chardonnay."""
    return abs(profile.body - other.body) <= 1 and abs(profile.oak - other.oak) <= 1


def _glass_budget_dropped(state: DialogueState | None, constraints: Constraints, said: Said | None) -> bool:
    """A budget said per glass let go because the diner now wants a bottle (not because they
    started over, which drops everything without a word)."""
    before = state.constraints if state is not None else None
    return (
        before is not None
        and not (said is not None and said.start_over)
        and before.price_per_glass
        and (before.max_price is not None or before.min_price is not None)
        and not constraints.by_the_glass
        and constraints.max_price is None
        and constraints.min_price is None
    )


def _dish_source(parsed: ParsedQuestion, turn: Turn) -> str | None:
    if not turn.dish_ids and not turn.dish_words:
        return None
    if not turn.new_topic and not (parsed.dish_ids or parsed.dish_words):
        return "conversation"
    if len(turn.dish_ids) > 1 and dessert_course_alone(parsed.dish_words):
        return "desserts"  # "and for dessert?": the menu's desserts, each of them
    return "menu" if turn.dish_ids else "question"


def _wanted(
    constraints: Constraints,
    appellations: Sequence[str],
    turn: Turn,
    steps: tuple[tuple[Step, ...], frozenset[str]] = ((), frozenset()),
) -> _Wanted:
    like = like_colour = None
    like_place = ("", "")
    like_fortified = False
    if turn.like_wine_id is not None:
        wine = Wine.objects.filter(pk=turn.like_wine_id).first()
        if wine is not None:
            like, like_colour, like_place = profile_of(wine), wine.colour, _place_of(wine)
            like_fortified = fortified(wine.name, wine.region)
    # "Un brunello?": the Brunello di Montalcino, though "brunello" is Sangiovese's name there too.
    by_place = {canonical_grape(name) for name in appellations}
    return _Wanted(
        grapes=frozenset(canonical_grape(grape) for grape in constraints.grapes) - by_place,
        appellations=tuple(" ".join(words_of(name)) for name in appellations),
        style_words=frozenset(constraints.style_words),
        places=constraints.places,
        like=like,
        like_colour=like_colour or "",
        like_place=like_place,
        like_fortified=like_fortified,
        colours_said=constraints.colours,
        steps=steps[0],
        step_colours=steps[1],
    )


def _joined(names: Sequence[str]) -> str | None:
    """ "the duck", "the duck and the lamb", "the tart, the crisp and the pot de crème", "..., and more"."""
    if not names:
        return None
    if len(names) > 3:
        return ", ".join(names[:3]) + " and more"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _understood(
    dishes: Sequence[MenuItem],
    dish_words: Sequence[str],
    source: str | None,
    profiles: Sequence[DishProfile],
    constraints: Constraints,
    turn: Turn,
    appellations: Sequence[str],
    contradictions: Sequence[str],
    board: _Board | None = None,
) -> Understood:
    names = [item.name for item in dishes] + list(dish_words)
    dish = _joined(names)
    # A diner's own words keep what comes before a comma: the rest says how it is cooked.
    in_a_sentence = (
        "tonight's desserts"
        if source == "desserts"
        else board.said
        if board is not None and not dishes
        else _joined([name_in_sentence(item.name) for item in dishes] + [w.split(",")[0] for w in dish_words])
    )
    parts = tuple(dict.fromkeys(part for profile in profiles for part in profile.words))
    unknown = tuple(dict.fromkeys(word for profile in profiles for word in profile.unknown))
    cuisine = next((profile.cuisine for profile in profiles if profile.cuisine), "")
    return Understood(
        dish=dish,
        in_a_sentence=in_a_sentence,
        dish_source=source,
        parts=parts,
        cuisine=cuisine,
        unknown=unknown,
        constraints=constraints,
        refinements=turn.refinements,
        new_topic=turn.new_topic,
        appellations=tuple(appellations),
        contradictions=tuple(contradictions),
        language=turn.language,
        board=board is not None,
    )


def relevant_documents(restaurant: Restaurant, query: str) -> list[DocumentHit]:
    """House-document passages that answer the question ("is the lamb gluten-free?")."""
    try:
        hits = document_search(restaurant_id=restaurant.pk, query=query, k=2)
    except Exception:
        logger.exception("document search failed for restaurant %s", restaurant.pk)
        return []
    return [hit for hit in hits if hit.similarity >= DOCUMENT_RELEVANCE]
